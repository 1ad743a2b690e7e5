"""View builders: one dict per view, rendered as JSON by /api routes and as HTML by page routes.

Each builder takes a DuckDB connection and validated parameters and returns plain JSON-able data.  The HTML templates
read only that dict, so the page and the API cannot disagree.  Every event dict carries its evidence span.
"""
from __future__ import annotations

from collections.abc import Iterable

import duckdb

from silkwire.lookup import find_actors
from silkwire.search import query_terms, search_key, snippet
from silkwire.store import queries
from silkwire.store.queries import EventFilter
from silkwire.web import queries_extra as qx
from silkwire.web.params import NETWORK_TYPES, PLEDGE_STATUSES, DateRange, EventParams, Page, ParamError

CONTEXT = 240  # characters of article text shown either side of an evidence span in the outlet comparison
ACTOR_EVENTS = 50


class NotFound(LookupError):
    """The thing a path names does not exist: a 404."""


def _labels(con: duckdb.DuckDBPyConnection, rows: Iterable[dict], extra: Iterable[str] = ()) -> dict[str, dict]:
    rows = list(rows)
    return qx.actor_labels(con, qx.event_ids_in(rows) | set(extra))


def _resolve_actor(con: duckdb.DuckDBPyConnection, name: str | None) -> tuple[str, ...] | None:
    """() when no actor filter; None when the name matches no actor (so the result is empty)."""
    if not name:
        return ()
    ids = find_actors(con, name)
    return tuple(ids[:1]) if ids else None


def _filter_dict(p: EventParams, actor_ids: tuple[str, ...] | None) -> dict:
    return {**p.as_dict(), "actor_id": actor_ids[0] if actor_ids else None}


def _paged(total: int, page: Page, items: list) -> dict:
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}


def split_text(text: str, start: int, end: int, context: int | None = None) -> dict:
    """The text cut into before / mark / after around a span, optionally to `context` characters either side
    (cut at a space, with an ellipsis)."""
    before, mark, after = text[:start], text[start:end], text[end:]
    if context is not None:
        if len(before) > context:
            cut = before[-context:]
            before = "…" + cut[cut.find(" ") + 1:] if " " in cut else "…" + cut
        if len(after) > context:
            cut = after[:context]
            after = (cut[: cut.rfind(" ")] if " " in cut else cut) + "…"
    return {"before": before, "mark": mark, "after": after}


# -- events ----------------------------------------------------------------------------------------------------------
def events_view(con: duckdb.DuckDBPyConnection, p: EventParams, page: Page) -> dict:
    """The timeline: events in date order with their evidence, and a summary of each story they belong to."""
    actor_ids = _resolve_actor(con, p.actor)
    items: list[dict] = []
    total, stories = 0, {}
    if actor_ids is not None:
        f = EventFilter(actor_ids=actor_ids, type=p.type, status=p.status, date_from=p.date_from,
                        date_to=p.date_to, outlet=p.outlet, story=p.story, limit=page.limit, offset=page.offset)
        total, items, stories = qx.timeline_page(con, f)
    return {"filters": _filter_dict(p, actor_ids), **_paged(total, page, items),
            "stories": stories, "labels": _labels(con, items)}


def event_view(con: duckdb.DuckDBPyConnection, event_id: str) -> dict:
    """One event with the article text cut around its evidence, and the other reports of its story."""
    ev = qx.event(con, event_id)
    if ev is None:
        raise NotFound(f"no event {event_id!r}")
    doc = qx.document_texts(con, [ev["document"]])[ev["document"]]
    others = [e for e in queries.events(con, EventFilter(story=ev["story"]))] if ev["story"] else []
    others = [e for e in others if e["id"] != ev["id"]]
    return {"event": ev, "document": {k: doc[k] for k in ("id", "source", "outlet", "published", "title")},
            "text": split_text(doc["text"], ev["evidence"]["start"], ev["evidence"]["end"]),
            "story": qx.story_summaries(con, [ev["story"]]).get(ev["story"]) if ev["story"] else None,
            "other_reports": others, "labels": _labels(con, [ev, *others])}


# -- stories ---------------------------------------------------------------------------------------------------------
def stories_view(con: duckdb.DuckDBPyConnection, p: EventParams, page: Page) -> dict:
    actor_ids = _resolve_actor(con, p.actor)
    items: list[dict] = []
    total = 0
    if actor_ids is not None:
        total = qx.count_stories(con, actor_ids, p.date_from, p.date_to)
        items = queries.stories(con, actor_ids=actor_ids, date_from=p.date_from, date_to=p.date_to,
                                limit=page.limit, offset=page.offset)
    return {"filters": _filter_dict(p, actor_ids), **_paged(total, page, items), "labels": _labels(con, items)}


def story_view(con: duckdb.DuckDBPyConnection, story_id: str) -> dict:
    """A story and, per outlet, the evidence of each report in its article context: the outlet comparison."""
    story = qx.story(con, story_id)
    if story is None:
        raise NotFound(f"no story {story_id!r}")
    members = queries.events(con, EventFilter(story=story_id))
    docs = qx.document_texts(con, [e["document"] for e in members])
    by_outlet: dict[str, list[dict]] = {}
    for e in members:
        doc = docs[e["document"]]
        by_outlet.setdefault(doc["outlet"] or "(unknown outlet)", []).append({
            "event": e["id"], "document": doc["id"], "title": doc["title"], "published": doc["published"],
            "source": doc["source"], "type": e["type"], "status": e["status"], "evidence": e["evidence"],
            "context": split_text(doc["text"], e["evidence"]["start"], e["evidence"]["end"], CONTEXT)})
    outlets = [{"outlet": o, "reports": r} for o, r in sorted(by_outlet.items(), key=lambda kv: kv[0].lower())]
    return {"story": story, "members": members, "outlets": outlets, "labels": _labels(con, [story, *members])}


# -- documents -------------------------------------------------------------------------------------------------------
def documents_view(con: duckdb.DuckDBPyConnection, outlet: str | None, page: Page) -> dict:
    items = queries.documents(con, with_text=False, limit=page.limit, offset=page.offset, outlet=outlet)
    return {"filters": {"outlet": outlet}, **_paged(qx.count_documents(con, outlet), page, items)}


def document_view(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict:
    doc = queries.document(con, doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    evs = queries.events(con, EventFilter(document=doc["id"]))
    ms = queries.mentions(con, doc["id"])
    return {"document": doc, "mentions": ms, "events": evs,
            "labels": _labels(con, evs, extra=(m["actor"] for m in ms if m["actor"]))}


# -- actors ----------------------------------------------------------------------------------------------------------
def actors_view(con: duckdb.DuckDBPyConnection, actor_type: str | None, page: Page) -> dict:
    rows = queries.actors(con, type=actor_type)
    return {"filters": {"type": actor_type}, **_paged(len(rows), page, rows[page.offset: page.offset + page.limit])}


def actor_view(con: duckdb.DuckDBPyConnection, key: str) -> dict:
    """An actor by id or any spelling, with aliases, dated roles and its latest events."""
    ids = find_actors(con, key)
    if not ids:
        raise NotFound(f"no actor matches {key!r}")
    [actor] = queries.actors(con, ids=[ids[0]])
    total = qx.event_count(con, EventFilter(actor_ids=(actor["id"],)))
    _, evs = qx.event_page(con, EventFilter(actor_ids=(actor["id"],), limit=ACTOR_EVENTS,
                                            offset=max(0, total - ACTOR_EVENTS)))
    evs = evs[::-1]
    return {"query": key, "actor": actor, "other_matches": ids[1:], "events_total": total, "events": evs,
            "labels": _labels(con, evs, extra=[actor["id"], *ids[1:]])}


# -- pledges, meetings -----------------------------------------------------------------------------------------------
def pledges_view(con: duckdb.DuckDBPyConnection, status: str | None, actor: str | None) -> dict:
    """The pledge board: pledges in open / fulfilled / overdue columns."""
    actor_ids = _resolve_actor(con, actor)
    rows = [] if actor_ids is None else queries.pledges(con, status=status, actor_ids=actor_ids)
    columns: dict[str, list[dict]] = {s: [] for s in PLEDGE_STATUSES}
    for r in rows:
        columns.setdefault(r["status"], []).append(r)
    return {"filters": {"status": status, "actor": actor, "actor_id": actor_ids[0] if actor_ids else None},
            "total": len(rows), "columns": columns, "labels": _labels(con, rows)}


def meetings_view(con: duckdb.DuckDBPyConnection, reference_meetings: Iterable) -> dict:
    """The C+C5 (and SCO) meetings from reference data, and a year × month calendar of them."""
    rows = queries.meetings(con, reference_meetings)
    years: dict[int, list[list[str]]] = {}
    for m in rows:
        if m["start"] and len(m["start"]) >= 7:
            years.setdefault(int(m["start"][:4]), [[] for _ in range(12)])[int(m["start"][5:7]) - 1].append(m["id"])
    calendar = [{"year": y, "months": months} for y, months in sorted(years.items())]
    return {"meetings": rows, "calendar": calendar, "labels": _labels(con, rows)}


# -- search, stats, network ------------------------------------------------------------------------------------------
def search_view(con: duckdb.DuckDBPyConnection, q: str | None, page: Page) -> dict:
    """Documents matching every word of `q` across spelling variants, with a snippet around the first hit."""
    q = (q or "").strip()
    if not q:
        return {"q": "", "terms": [], **_paged(0, page, [])}
    terms = query_terms(q)
    if not terms:
        raise ParamError("q", "the query has no searchable letters or digits (at least two)", q)
    total, rows = qx.search(con, terms, search_key(q), page.limit, page.offset, postings=qx.has_postings(con))
    items = [{"document": r["id"], "title": r["title"], "outlet": r["outlet"], "published": r["published"],
              "source": r["source"], "snippet": snippet(r["text"], terms).as_dict()} for r in rows]
    return {"q": q, "terms": terms, **_paged(total, page, items)}


def stats_view(con: duckdb.DuckDBPyConnection) -> dict:
    return queries.stats(con)


def network_view(con: duckdb.DuckDBPyConnection, r: DateRange, min_weight: int = 1) -> dict:
    """Who meets whom: countries and people linked by shared CONSULT / AGREE / COOPERATE events.

    A person's tie to the country they serve is left out: it says nothing about diplomacy."""
    edges = qx.network(con, NETWORK_TYPES, r.date_from, r.date_to, min_weight)
    labels = qx.actor_labels(con, {e["source"] for e in edges} | {e["target"] for e in edges})

    def own_country(a: str, b: str) -> bool:
        return a.startswith("person/") and b == f"country/{(labels.get(a) or {}).get('country')}"

    edges = [e for e in edges
             if not own_country(e["source"], e["target"]) and not own_country(e["target"], e["source"])]
    nodes: dict[str, dict] = {}
    for e in edges:
        for end in (e["source"], e["target"]):
            lab = labels.get(end) or {}
            n = nodes.setdefault(end, {"id": end, "en": lab.get("en"), "ar": lab.get("ar"),
                                       "type": lab.get("type") or end.split("/")[0], "degree": 0, "weight": 0})
            n["degree"] += 1
            n["weight"] += e["weight"]
    return {"filters": {"from": r.date_from, "to": r.date_to, "min_weight": min_weight, "types": list(NETWORK_TYPES)},
            "nodes": sorted(nodes.values(), key=lambda n: (-n["weight"], n["id"])), "edges": edges}
