// silkwire: the one script of the site.  Data comes from /api fetches and data-* attributes, never inline script.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function el(name, attrs, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;  // textContent: names are data, never markup
  return node;
}

// Force-directed layout (Fruchterman-Reingold), deterministic start on a circle.
function layout(nodes, edges, width, height) {
  const n = nodes.length, index = new Map(nodes.map((d, i) => [d.id, i]));
  const pos = nodes.map((d, i) => ({
    x: width / 2 + (width / 3) * Math.cos((2 * Math.PI * i) / n),
    y: height / 2 + (height / 3) * Math.sin((2 * Math.PI * i) / n),
  }));
  const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.6;
  let temp = width / 8;
  for (let step = 0; step < 300; step++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (k * k) / d;
      disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
      disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
    }
    for (const e of edges) {
      const i = index.get(e.source), j = index.get(e.target);
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = ((d * d) / k) * Math.min(1 + Math.log(e.weight), 3) / 3;
      disp[i].x -= (dx / d) * f; disp[i].y -= (dy / d) * f;
      disp[j].x += (dx / d) * f; disp[j].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {  // a weak pull to the centre keeps small graphs off the edges
      disp[i].x += (width / 2 - pos[i].x) * 0.05 * Math.sqrt(n);
      disp[i].y += (height / 2 - pos[i].y) * 0.05 * Math.sqrt(n);
    }
    for (let i = 0; i < n; i++) {
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
      pos[i].x = Math.min(width - 150, Math.max(40, pos[i].x + (disp[i].x / d) * Math.min(d, temp)));
      pos[i].y = Math.min(height - 30, Math.max(30, pos[i].y + (disp[i].y / d) * Math.min(d, temp)));
    }
    temp *= 0.985;
  }
  return pos;
}

function drawNetwork(svg, data) {
  const width = 900, height = 640, maxNodes = 80;
  const nodes = data.nodes.slice(0, maxNodes), keep = new Set(nodes.map((d) => d.id));
  const edges = data.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  svg.replaceChildren();
  if (!nodes.length) {
    svg.append(el("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" },
      "No meetings in this period · لا لقاءات في هذه الفترة"));
    return;
  }
  const pos = layout(nodes, edges, width, height), at = new Map(nodes.map((d, i) => [d.id, pos[i]]));
  const maxW = Math.max(...edges.map((e) => e.weight), 1), maxN = Math.max(...nodes.map((d) => d.weight), 1);
  const gEdges = el("g", {}), gNodes = el("g", {});
  for (const e of edges) {
    const a = at.get(e.source), b = at.get(e.target);
    const line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "stroke-width": 1 + (6 * e.weight) / maxW });
    line.append(el("title", {}, `${e.source} — ${e.target}: ${e.weight} events`));
    gEdges.append(line);
  }
  nodes.forEach((d, i) => {
    const p = pos[i], r = 5 + 12 * Math.sqrt(d.weight / maxN);
    const link = el("a", { href: `/actors/${d.id}` });
    const circle = el("circle", { cx: p.x, cy: p.y, r, class: d.type === "person" ? "person" : "country" });
    circle.append(el("title", {}, `${d.en || d.id}${d.ar ? " · " + d.ar : ""} (${d.weight})`));
    link.append(circle);
    gNodes.append(link, el("text", { x: p.x + r + 3, y: p.y + 4 }, d.en || d.ar || d.id));
  });
  svg.append(gEdges, gNodes);
}

function initNetwork() {
  const svg = document.getElementById("network");
  if (!svg) return;
  const url = svg.dataset.api || "/api/network";
  fetch(url, { headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((data) => drawNetwork(svg, data))
    .catch((err) => svg.replaceChildren(el("text", { x: 20, y: 40, class: "empty" }, `Network unavailable: ${err.message}`)));
}

// Filter forms: drop empty fields so shared links stay short, and submit selects on change.
function initFilters() {
  for (const form of document.querySelectorAll("form.filters")) {
    form.addEventListener("submit", () => {
      for (const field of form.querySelectorAll("input, select")) if (!field.value) field.disabled = true;
    });
    for (const select of form.querySelectorAll("select")) select.addEventListener("change", () => form.requestSubmit());
  }
}

// Coming back via the history cache must not leave fields disabled by the submit handler above.
window.addEventListener("pageshow", () => {
  for (const field of document.querySelectorAll("form.filters [disabled]")) field.disabled = false;
});

document.addEventListener("DOMContentLoaded", () => { initNetwork(); initFilters(); });
