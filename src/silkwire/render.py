"""Rich rendering for the CLI: progress, summaries and tables.  Pure presentation of the dicts from `queries`."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

SNIPPET = 90


def _table(title: str, columns: tuple[str, ...]) -> Table:
    table = Table(title=title)
    for col in columns:
        table.add_column(col, overflow="fold")
    return table


def _snip(text: str | None, n: int = SNIPPET) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


@contextmanager
def ingest_progress(console: Console, *, enabled: bool) -> Iterator[Callable[[str, str], None]]:
    """A live bar counting articles by outcome; silent when not a terminal or disabled."""
    counts: Counter[str] = Counter()
    if not enabled or not console.is_terminal:
        yield lambda source, outcome: counts.update([outcome])
        return
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=console, transient=True)
    with progress:
        task = progress.add_task("ingesting", total=None)

        def notify(source: str, outcome: str) -> None:
            counts.update([outcome])
            progress.update(task, advance=1, description=f"ingesting ({counts['new'] + counts['near_duplicate']} new, "
                                                          f"{counts['duplicate']} dup, {counts['failed']} failed)")

        yield notify


def ingest_summary(console: Console, err: Console, summary) -> None:
    console.print(f"ingested {summary.ingested} documents ({summary.near_duplicates} near-duplicates), "
                  f"skipped {summary.duplicates} duplicates, {len(summary.failed)} failed; "
                  f"{summary.events} events, {summary.stories} stories")
    for source, reason in summary.failed:
        err.print(Text(f"failed: {source}: {reason}", style="red"))


def stats(console: Console, data: dict) -> None:
    table = Table(title="silkwire database", show_header=False)
    for key, value in data.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items()) or "—"
        table.add_row(key, str(value))
    console.print(table)


def documents_table(console: Console, rows: list[dict]) -> None:
    table = _table(f"{len(rows)} documents", ("id", "published", "outlet", "title", "source"))
    for r in rows:
        table.add_row(r["id"][:12], r["published"] or "—", r["outlet"] or "—", _snip(r["title"], 60),
                      _snip(r["source"], 50))
    console.print(table)


def events_table(console: Console, rows: list[dict]) -> None:
    table = _table(f"{len(rows)} events", ("date", "type", "status", "parties", "place", "evidence"))
    for e in rows:
        parties = sorted(set(e["participants"]) | set(e["sources"]) | set(e["targets"]))
        table.add_row(e["date"] or "—", e["type"], e["status"], _short_ids(parties), _short_ids([e["place"]]),
                      _snip(e["evidence"]["text"]))
    console.print(table)


def _short_ids(ids: list[str | None]) -> str:
    return ", ".join(i.split("/", 1)[-1] for i in ids if i) or "—"


def document_detail(console: Console, doc: dict, mentions: list[dict], events: list[dict]) -> None:
    console.print(f"[bold]{doc.get('title') or '(untitled)'}[/]  id={doc['id']}")
    console.print(f"source: {doc['source']}  outlet: {doc.get('outlet') or '—'}  published: "
                  f"{doc.get('published') or '—'}  duplicate_of: {doc.get('duplicate_of') or '—'}", highlight=False)
    console.print(Text(doc["text"]))
    table = Table(title=f"{len(mentions)} mentions")
    for col in ("span", "text", "type", "actor"):
        table.add_column(col)
    for m in mentions:
        table.add_row(f"{m['start']}-{m['end']}", m["text"], m["type"], m["actor"] or "—")
    console.print(table)
    events_table(console, events)


def actors_table(console: Console, rows: list[dict]) -> None:
    table = _table(f"{len(rows)} actors", ("id", "type", "name", "aliases", "roles", "mentions"))
    for a in rows:
        roles = "; ".join(f"{r['class']} {r['country'] or ''}".strip() for r in a["roles"])
        name = a["name"]["en"] or a["name"]["ar"] or "—"
        table.add_row(a["id"], a["type"], name, _snip(" | ".join(a["aliases"]), 60),
                      _snip(roles, 60), str(a["mentions"]))
    console.print(table)


def actor_detail(console: Console, a: dict, events: list[dict]) -> None:
    console.print(f"[bold]{a['name']['en'] or '—'}[/] / {a['name']['ar'] or '—'}  ({a['id']}, {a['type']})")
    console.print("aliases: " + (" | ".join(a["aliases"]) or "—"))
    for r in a["roles"]:
        console.print(f"role: {r['title']} [{r['class']}, {r['country'] or '—'}] {r['start'] or '?'} – "
                      f"{r['end'] or ''} ({len(r['evidence'])} evidence spans)", highlight=False)
    events_table(console, events)


def stories_table(console: Console, rows: list[dict]) -> None:
    table = _table(f"{len(rows)} stories", ("id", "date", "type", "participants", "place", "outlets", "events"))
    for s in rows:
        table.add_row(s["id"][:12], s["date"] or "—", s["type"], _short_ids(s["participants"]),
                      _short_ids([s["place"]]), ", ".join(s["outlets"]) or "—", str(s["n_events"]))
    console.print(table)


def pledges_table(console: Console, rows: list[dict]) -> None:
    table = _table(f"{len(rows)} pledges", ("status", "date", "type", "parties", "topics", "pledge", "fulfilled by"))
    for p in rows:
        fulfilled = _snip(p["fulfilment"]["evidence"]["text"], 60) if p["fulfilment"] else "—"
        table.add_row(p["status"], p["date"] or "—", p["type"], _short_ids(p["parties"]), ", ".join(p["topics"]),
                      _snip(p["evidence"]["text"], 70), fulfilled)
    console.print(table)


def meetings_table(console: Console, rows: list[dict]) -> None:
    table = _table(f"{len(rows)} meetings", ("id", "dates", "name", "place", "events", "articles"))
    for m in rows:
        dates = m["start"] if m["start"] == m["end"] else f"{m['start']} – {m['end']}"
        table.add_row(m["id"], dates, m["name_en"], _short_ids([m["place"]]) + (" (online)" if m["online"] else ""),
                      str(m["n_events"]), str(m["n_documents"]))
    console.print(table)


def story_detail(console: Console, view: dict) -> None:
    """A story with its outlets side by side: members, claims carried / omitted, spellings per outlet."""
    console.print(f"[bold]story {view['id']}[/] {view['type']} {view['date'] or '—'} "
                  f"place={_short_ids([view['place']])} parties={_short_ids(view['participants'])}", highlight=False)
    console.print(f"first reported by: {view['first_reported_by']['outlet'] or view['first_reported_by']['document']}")
    outlets = view["outlets"]
    table = Table(title="reports side by side")
    for outlet in outlets:
        table.add_column(outlet, overflow="fold")
    by_outlet: dict[str, list[str]] = {o: [] for o in outlets}
    for m in view["members"]:
        by_outlet.setdefault(m["outlet"] or f"document:{m['document']}", []).append(m["evidence"]["text"])
    table.add_row(*[Text("\n\n".join(_snip(t, 200) for t in by_outlet[o]) or "—") for o in outlets])
    console.print(table)
    claims = _table("claims in these reports", ("type", "status", "parties", *outlets))
    for c in view["claims"]:
        claims.add_row(c["type"], c["status"], _short_ids(c["participants"]),
                       *["✓" if o in c["carried_by"] else "—" for o in outlets])
    console.print(claims)
    for s in view["spellings"]:
        forms = "; ".join(f"{o}: {' | '.join(f)}" for o, f in s["by_outlet"].items())
        console.print(Text(f"{s['actor']}: {forms}"))
