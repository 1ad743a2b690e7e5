"""The merge stage joined to the store: stories, pledges and near-duplicate documents kept up to date after ingest.

Incremental by neighbourhood: a new article can only join stories whose events fall in the blocking date window of
its own events, so only that neighbourhood (plus the stories it already belongs to) is re-clustered.  Story ids are
content-derived (the earliest member event), so re-clustering a neighbourhood gives untouched stories their old ids.
Pledges are re-tracked only among events that share a party with the new ones.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

import duckdb

from silkwire.merge import DocumentMeta, MergeConfig, build_stories, compare_outlets, near_duplicates, track_pledges
from silkwire.merge.records import MemberRef, StoryRecord
from silkwire.models import Event, Mention, Span
from silkwire.store.db import arrow_table, bulk_insert

NEAR_DUP_WINDOW_DAYS = 3




def _events(con: duckdb.DuckDBPyConnection, where: str, params: list) -> list[Event]:
    rows = con.execute("SELECT id, document, type, mode, status, sources, targets, participants, persons, date, "
                       "place, topics, meeting, ev_start, ev_end, ev_text, story, month_day FROM events WHERE " + where,
                       params).fetchall()
    return [Event(id=r[0], document=r[1], type=r[2], mode=r[3], status=r[4], sources=tuple(r[5] or ()),
                  targets=tuple(r[6] or ()), participants=tuple(r[7] or ()), persons=tuple(r[8] or ()), date=r[9],
                  place=r[10], topics=tuple(r[11] or ()), meeting=r[12], evidence=Span(r[13], r[14], r[15]),
                  story=r[16], month_day=r[17]) for r in rows]


def _documents(con: duckdb.DuckDBPyConnection, ids: set[str]) -> dict[str, DocumentMeta]:
    if not ids:
        return {}
    rows = con.execute("SELECT id, outlet, published FROM documents WHERE list_contains(?, id)",
                       [sorted(ids)]).fetchall()
    return {r[0]: DocumentMeta(r[0], r[1], r[2]) for r in rows}


def _anchor_days(events: list[Event], docs: dict[str, DocumentMeta]) -> list[dt.date]:
    days = []
    for e in events:
        for value in (e.date, docs[e.document].published if e.document in docs else None):
            if value and len(value) >= 4:
                parts = [*value.split("-"), "01", "01"][:3]
                try:
                    days.append(dt.date(int(parts[0]), int(parts[1]), int(parts[2])))
                    break
                except ValueError:
                    continue
    return days


def _month_days(days: list[dt.date], window: int) -> set[str]:
    """``MM-DD`` of every day within the window of the given days."""
    return {(d + dt.timedelta(days=k)).strftime("%m-%d") for d in days for k in range(-window, window + 1)}


def _yearless_neighbours(new_events: list[Event], days: list[dt.date], window: int) -> tuple[str, list]:
    """The query for stored events a yearless report can join: for the new dated events, stored events known only
    by day and month near their days; for new events known only by day and month, stored events of any year whose
    day and month are near."""
    yearless = [dt.date(2000, int(e.month_day[:2]), int(e.month_day[3:])) for e in new_events
                if e.month_day and not e.date]
    near_dated, near_yearless = _month_days(days, window), _month_days(yearless, window)
    return ("list_contains(?, month_day) OR (length(sort_date) = 10 AND list_contains(?, substr(sort_date, 6, 5)))",
            [sorted(near_dated | near_yearless), sorted(near_yearless)])


def update_merged(store, new_documents: list[str] | None = None, config: MergeConfig | None = None) -> dict:
    """Re-cluster the neighbourhood of the new documents' events; re-track their pledges; find near-duplicates."""
    con = store.con
    config = config or MergeConfig()
    if new_documents is None:
        new_documents = [d for (d,) in con.execute("SELECT id FROM documents").fetchall()]
    new_events = _events(con, "list_contains(?, document)", [new_documents])
    docs = _documents(con, set(new_documents))
    days = _anchor_days(new_events, docs)
    neighbourhood = {e.id: e for e in new_events}
    if days:
        lo = (min(days) - dt.timedelta(days=config.window_days + 31)).isoformat()
        hi = (max(days) + dt.timedelta(days=config.window_days + 31)).isoformat()
        for e in _events(con, "document IN (SELECT id FROM documents WHERE published BETWEEN ? AND ?) "
                              "OR (date BETWEEN ? AND ?)", [lo, hi, lo, hi]):
            neighbourhood.setdefault(e.id, e)
    where, params = _yearless_neighbours(new_events, days, config.window_days)
    for e in _events(con, where, params) if any(params) else ():
        neighbourhood.setdefault(e.id, e)
    stories_before = {e.story for e in neighbourhood.values() if e.story}
    if stories_before:
        for e in _events(con, "list_contains(?, story)", [sorted(stories_before)]):
            neighbourhood.setdefault(e.id, e)
    events = list(neighbourhood.values())
    docs = _documents(con, {e.document for e in events})
    records, _ = build_stories(events, docs, config)
    with store.transaction():
        _write_stories(con, records)
        n_pledges = _write_pledges(con, new_events)
        n_dups = _write_near_duplicates(con, new_documents)
    return {"stories": len(records), "pledges": n_pledges, "near_duplicates": n_dups}


def _write_stories(con: duckdb.DuckDBPyConnection, records: list[StoryRecord]) -> None:
    assignments = arrow_table(("event", "story"), [[m.event, s.id] for s in records for m in s.members])  # noqa: F841
    if records:
        con.execute("UPDATE events SET story = a.story FROM assignments a WHERE events.id = a.event "
                    "AND events.story IS DISTINCT FROM a.story")
    bulk_insert(con, "stories", ("id", "type", "date", "place", "participants", "persons", "first_document",
                                 "n_outlets", "n_events"),
                [[s.id, s.type, s.date, s.place, list(s.participants), list(s.persons), s.first_document,
                  s.n_outlets, len(s.members)] for s in records], "OR REPLACE")
    con.execute("DELETE FROM stories WHERE id NOT IN (SELECT story FROM events WHERE story IS NOT NULL)")


def _write_pledges(con: duckdb.DuckDBPyConnection, new_events: list[Event]) -> int:
    parties = sorted({a for e in new_events for a in (*e.participants, *e.sources, *e.targets)})
    if not parties:
        return 0
    related = _events(con, "list_has_any(list_concat(participants, sources, targets), ?)", [parties])
    docs = _documents(con, {e.document for e in related})
    records = track_pledges(related, docs)
    bulk_insert(con, "pledges", ("id", "event", "status", "fulfilled_by", "due"),
                [[p.event, p.event, p.status, p.fulfilled_by, p.due] for p in records], "OR REPLACE")
    return len(records)


def _write_near_duplicates(con: duckdb.DuckDBPyConnection, new_documents: list[str]) -> int:
    """Compare the new documents with those published within a few days of them (wires are rewritten same-week)."""
    rows = con.execute(
        "SELECT d.id, d.text, d.outlet, d.published FROM documents d WHERE list_contains(?, d.id) OR EXISTS "
        "(SELECT 1 FROM documents n WHERE list_contains(?, n.id) AND n.published IS NOT NULL AND d.published IS NOT "
        "NULL AND abs(date_diff('day', CAST(n.published AS DATE), CAST(d.published AS DATE))) <= ?)",
        [new_documents, new_documents, NEAR_DUP_WINDOW_DAYS]).fetchall()
    texts = {r[0]: r[1] for r in rows}
    docs = {r[0]: DocumentMeta(r[0], r[2], r[3]) for r in rows}
    new = set(new_documents)
    pairs = [p for p in near_duplicates(texts, docs) if p.a in new or p.b in new]
    bulk_insert(con, "document_duplicates", ("document", "other", "similarity"),
                [row for p in pairs for row in ([p.a, p.b, p.jaccard], [p.b, p.a, p.jaccard])], "OR REPLACE")
    return len(pairs)


def _story_records(con: duckdb.DuckDBPyConnection, story_ids: list[str]) -> list[StoryRecord]:
    events = _events(con, "list_contains(?, story)", [story_ids])
    docs = _documents(con, {e.document for e in events})
    by_story: dict[str, list[Event]] = {}
    for e in events:
        by_story.setdefault(e.story, []).append(e)
    out = []
    for row in con.execute("SELECT id, type, date, place, participants, persons, first_document FROM stories "
                           "WHERE list_contains(?, id)", [story_ids]).fetchall():
        members = sorted(by_story.get(row[0], []), key=lambda e: (docs[e.document].published or "", e.id))
        refs = tuple(MemberRef(e.id, e.document, docs[e.document].outlet, docs[e.document].published)
                     for e in members)
        status = Counter(e.status for e in members).most_common(1)[0][0] if members else "asserted"
        first = docs.get(row[6])
        out.append(StoryRecord(id=row[0], type=row[1], status=status, date=row[2], place=row[3],
                               participants=tuple(row[4] or ()), persons=tuple(row[5] or ()),
                               topics=tuple(sorted({t for e in members for t in e.topics})),
                               meeting=next((e.meeting for e in members if e.meeting), None), members=refs,
                               first_document=row[6], first_outlet=first.outlet if first else None,
                               outlets=tuple(sorted({m.outlet for m in refs if m.outlet}))))
    return out


def story_view(con: duckdb.DuckDBPyConnection, story_id: str) -> dict | None:
    """One story with its members and the outlet comparison, as one dict (CLI, API and page share it)."""
    row = con.execute("SELECT id FROM stories WHERE id = ? OR id LIKE ? ORDER BY (id = ?) DESC LIMIT 1",
                      [story_id, story_id + "%", story_id]).fetchone()
    if row is None:
        return None
    sid = row[0]
    doc_ids = [d for (d,) in con.execute("SELECT DISTINCT document FROM events WHERE story = ?", [sid]).fetchall()]
    events = _events(con, "list_contains(?, document)", [doc_ids])
    records = _story_records(con, sorted({e.story for e in events if e.story}))
    docs = _documents(con, set(doc_ids))
    mentions = [Mention(r[0], r[1], r[2], r[3], r[4], r[5]) for r in con.execute(
        'SELECT document, start, "end", text, type, actor FROM mentions WHERE list_contains(?, document)',
        [doc_ids]).fetchall()]
    comparison = compare_outlets(sid, records, events, docs, mentions)
    story = next(r for r in records if r.id == sid)
    members = [e for e in events if e.story == sid]
    return {
        "id": sid, "type": story.type, "status": story.status, "date": story.date, "place": story.place,
        "participants": list(story.participants), "persons": list(story.persons), "topics": list(story.topics),
        "meeting": story.meeting, "first_reported_by": {"document": story.first_document,
                                                        "outlet": story.first_outlet},
        "outlets": list(comparison.outlets),
        "members": [{"event": e.id, "document": e.document, "outlet": docs[e.document].outlet,
                     "published": docs[e.document].published, "status": e.status, "date": e.date,
                     "evidence": e.evidence.as_dict()} for e in members],
        "claims": [_claim(c) for c in comparison.claims],
        "only_one_outlet": [_claim(c) for c in comparison.only_one_outlet],
        "spellings": [{"actor": s.actor, "by_outlet": {o: list(forms) for o, forms in s.by_outlet}}
                      for s in comparison.spellings],
    }


def _claim(c) -> dict:
    return {"story": c.story, "type": c.type, "status": c.status, "participants": list(c.participants),
            "carried_by": list(c.carried_by), "omitted_by": list(c.omitted_by),
            "evidence": [{"outlet": o, "text": t} for o, t in c.evidence]}
