"""Read-side queries.  Each returns plain dicts in the shape of CONTRACT.md, so the CLI, the HTTP API, the web page
and the exports all show the same thing."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import duckdb

DOCUMENT_FIELDS = ("id", "source", "outlet", "published", "title", "text", "duplicate_of")


@dataclass(frozen=True, slots=True)
class EventFilter:
    actor_ids: tuple[str, ...] = ()  # any of these among sources/targets/participants/persons
    type: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    document: str | None = None
    story: str | None = None
    limit: int | None = None
    offset: int = 0


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def documents(con: duckdb.DuckDBPyConnection, *, with_text: bool = True, limit: int | None = None,
              offset: int = 0, outlet: str | None = None) -> list[dict]:
    cols = ", ".join(f'"{c}"' for c in DOCUMENT_FIELDS if with_text or c != "text")
    sql = f"SELECT {cols}, source_kind, fingerprint, dateline_place FROM documents"
    params: list = []
    if outlet:
        sql += " WHERE outlet = ?"
        params.append(outlet)
    sql += " ORDER BY published NULLS LAST, source, id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return _rows(con.execute(sql, params))


def iter_documents(con: duckdb.DuckDBPyConnection, batch: int = 500) -> Iterator[dict]:
    """All documents in a stable order, a batch at a time, so an export never holds the corpus in memory."""
    offset = 0
    while True:
        rows = documents(con, limit=batch, offset=offset)
        if not rows:
            return
        yield from rows
        offset += batch


def document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict | None:
    """One document by id, id prefix or source file name."""
    rows = _rows(con.execute(
        "SELECT * EXCLUDE (ingested_at, search_text) FROM documents WHERE id = ? OR id LIKE ? OR source = ? "
        "OR source LIKE ? ORDER BY (id = ?) DESC LIMIT 2", [doc_id, doc_id + "%", doc_id, "%/" + doc_id, doc_id]))
    return rows[0] if rows else None


def mentions(con: duckdb.DuckDBPyConnection, document: str | None = None) -> list[dict]:
    sql = 'SELECT document, start, "end", text, type, actor FROM mentions'
    params = []
    if document:
        sql += " WHERE document = ?"
        params.append(document)
    return _rows(con.execute(sql + " ORDER BY document, start", params))


def actors(con: duckdb.DuckDBPyConnection, *, type: str | None = None, ids: list[str] | None = None) -> list[dict]:
    """Actors in the CONTRACT.md shape, with mention counts, aliases and roles (evidence merged per role)."""
    sql = ("SELECT a.id, a.type, a.name_en, a.name_ar, a.iso3, a.country, "
           "(SELECT count(*) FROM mentions m WHERE m.actor = a.id) AS mentions FROM actors a")
    params: list = []
    where = []
    if type:
        where.append("a.type = ?")
        params.append(type)
    if ids is not None:
        where.append("list_contains(?, a.id)")
        params.append(ids)
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = _rows(con.execute(sql + " ORDER BY mentions DESC, a.id", params))
    aliases: dict[str, list[str]] = defaultdict(list)
    for actor, alias in con.execute("SELECT actor, alias FROM actor_aliases ORDER BY actor, alias").fetchall():
        aliases[actor].append(alias)
    roles: dict[str, dict[tuple, dict]] = defaultdict(dict)
    for r in _rows(con.execute('SELECT * FROM roles ORDER BY actor, start NULLS FIRST, document, ev_start')):
        key = (r["title"], r["class"], r["country"], r["start"], r["end"])
        role = roles[r["actor"]].setdefault(key, {"title": r["title"], "class": r["class"], "country": r["country"],
                                                  "start": r["start"], "end": r["end"], "evidence": []})
        if r["document"] is not None:
            role["evidence"].append({"document": r["document"], "start": r["ev_start"], "end": r["ev_end"]})
    out = []
    for r in rows:
        out.append({"id": r["id"], "type": r["type"], "name": {"en": r["name_en"], "ar": r["name_ar"]},
                    "aliases": aliases.get(r["id"], []), "iso3": r["iso3"], "country": r["country"],
                    "roles": list(roles.get(r["id"], {}).values()), "mentions": r["mentions"]})
    return out


def _event_where(f: EventFilter) -> tuple[str, list]:
    """The filter as SQL over `events e` (and `documents d` when `needs_documents(f)`), with its parameters.

    Dates and actors read the derived columns `e.sort_date` and `e.actors`, so no filter but the outlet needs the
    documents table."""
    where, params = [], []
    if len(f.actor_ids) == 1:
        where.append("list_contains(e.actors, ?)")
        params.append(f.actor_ids[0])
    elif f.actor_ids:
        where.append("list_has_any(e.actors, ?)")
        params.append(list(f.actor_ids))
    for col, val in (("e.type", f.type and f.type.upper()), ("e.status", f.status), ("e.document", f.document),
                     ("e.story", f.story), ("d.outlet", f.outlet)):
        if val:
            where.append(f"{col} = ?")
            params.append(val)
    if f.date_from:
        where.append("e.sort_date >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("left(e.sort_date, ?) <= ?")
        params += [len(f.date_to), f.date_to]
    return (" WHERE " + " AND ".join(where)) if where else "", params


def needs_documents(f: EventFilter) -> bool:
    """Whether `_event_where(f)` reads the documents table (only the outlet filter does)."""
    return bool(f.outlet)


EVENT_ORDER = "e.sort_date NULLS LAST, e.document, e.ev_start, e.id"


def events(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None) -> list[dict]:
    f = f or EventFilter()
    where, params = _event_where(f)
    sql = ("SELECT e.* EXCLUDE (sort_date, actors), d.outlet, d.published FROM events e "
           "JOIN documents d ON d.id = e.document" + where + " ORDER BY " + EVENT_ORDER)
    if f.limit is not None:
        sql += f" LIMIT {int(f.limit)} OFFSET {int(f.offset)}"
    return [event_dict(r) for r in _rows(con.execute(sql, params))]


def count_events(con: duckdb.DuckDBPyConnection, f: EventFilter | None = None) -> int:
    f = f or EventFilter()
    where, params = _event_where(f)
    table = "events e JOIN documents d ON d.id = e.document" if needs_documents(f) else "events e"
    return con.execute(f"SELECT count(*) FROM {table}{where}", params).fetchone()[0]


def event_dict(r: dict) -> dict:
    """An `events` row (plus the document's outlet and published) in the CONTRACT.md event shape."""
    return {"id": r["id"], "document": r["document"], "type": r["type"], "mode": r["mode"], "status": r["status"],
            "sources": r["sources"] or [], "targets": r["targets"] or [], "participants": r["participants"] or [],
            "persons": r["persons"] or [], "date": r["date"], "place": r["place"], "topics": r["topics"] or [],
            "meeting": r["meeting"], "evidence": {"start": r["ev_start"], "end": r["ev_end"], "text": r["ev_text"]},
            "story": r["story"], "outlet": r.get("outlet"), "published": r.get("published")}


_event_dict = event_dict  # the former private name, for callers written before it was public


def stats(con: duckdb.DuckDBPyConnection) -> dict:
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "documents": one("SELECT count(*) FROM documents"),
        "near_duplicates": one("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"),
        "outlets": dict(con.execute("SELECT coalesce(outlet, '(unknown)'), count(*) FROM documents "
                                    "GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()),
        "published_from": one("SELECT min(published) FROM documents"),
        "published_to": one("SELECT max(published) FROM documents"),
        "mentions": one("SELECT count(*) FROM mentions"),
        "actors": dict(con.execute("SELECT type, count(*) FROM actors GROUP BY 1 ORDER BY 1").fetchall()),
        "events": dict(con.execute("SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC").fetchall()),
        "stories": one("SELECT count(*) FROM stories"),
        "pledges": dict(con.execute("SELECT status, count(*) FROM pledges GROUP BY 1 ORDER BY 1").fetchall()),
        "failures": one("SELECT count(*) FROM ingest_failures"),
    }


def story_where(actor_ids: tuple[str, ...], date_from: str | None, date_to: str | None,
                prefix: str = "") -> tuple[list[str], list]:
    """WHERE conditions and parameters of the story filter (actor, date range), shared by listing and counting."""
    where, params = [], []
    if actor_ids:
        where.append(f"(list_has_any({prefix}participants, ?) OR list_has_any({prefix}persons, ?))")
        params += [list(actor_ids), list(actor_ids)]
    if date_from:
        where.append(f"{prefix}date >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"left({prefix}date, ?) <= ?")
        params += [len(date_to), date_to]
    return where, params


def stories(con: duckdb.DuckDBPyConnection, *, actor_ids: tuple[str, ...] = (), date_from: str | None = None,
            date_to: str | None = None, limit: int | None = None, offset: int = 0,
            ids: list[str] | None = None) -> list[dict]:
    """Stories with their member events' ids, documents and outlets; `ids` keeps only those stories."""
    where, params = story_where(actor_ids, date_from, date_to, "s.")
    if ids is not None:
        where.append("list_contains(?, s.id)")
        params.append(list(ids))
    sql = ("SELECT s.*, list(e.id ORDER BY e.id) AS events, list(DISTINCT e.document) AS documents, "
           "list(DISTINCT d.outlet) FILTER (WHERE d.outlet IS NOT NULL) AS outlets, "
           "(SELECT outlet FROM documents WHERE id = s.first_document) AS first_outlet "
           "FROM stories s LEFT JOIN events e ON e.story = s.id LEFT JOIN documents d ON d.id = e.document"
           + (" WHERE " + " AND ".join(where) if where else "") +
           " GROUP BY ALL ORDER BY s.date NULLS LAST, s.id")
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    out = []
    for r in _rows(con.execute(sql, params)):
        out.append({"id": r["id"], "type": r["type"], "date": r["date"], "place": r["place"],
                    "participants": r["participants"] or [], "persons": r["persons"] or [],
                    "first_reported_by": {"document": r["first_document"], "outlet": r["first_outlet"]},
                    "n_outlets": r["n_outlets"], "n_events": r["n_events"], "events": r["events"] or [],
                    "documents": sorted(r["documents"] or []), "outlets": sorted(r["outlets"] or [])})
    return out


def pledges(con: duckdb.DuckDBPyConnection, *, status: str | None = None,
            actor_ids: tuple[str, ...] = ()) -> list[dict]:
    """Pledges with both evidence spans (the pledge and, when fulfilled, the fulfilling report)."""
    sql = ("SELECT p.*, e.document, e.type, e.participants, e.sources, e.targets, e.topics, e.date, e.ev_start, "
           "e.ev_end, e.ev_text, f.document AS f_document, f.date AS f_date, f.ev_start AS f_start, "
           "f.ev_end AS f_end, f.ev_text AS f_text FROM pledges p JOIN events e ON e.id = p.event "
           "LEFT JOIN events f ON f.id = p.fulfilled_by")
    where, params = [], []
    if status:
        where.append("p.status = ?")
        params.append(status)
    if actor_ids:
        where.append("(list_has_any(e.participants, ?) OR list_has_any(e.sources, ?) OR list_has_any(e.targets, ?))")
        params += [list(actor_ids)] * 3
    if where:
        sql += " WHERE " + " AND ".join(where)
    out = []
    for r in _rows(con.execute(sql + " ORDER BY e.date NULLS LAST, p.id", params)):
        fulfilment = None
        if r["fulfilled_by"]:
            fulfilment = {"event": r["fulfilled_by"], "document": r["f_document"], "date": r["f_date"],
                          "evidence": {"start": r["f_start"], "end": r["f_end"], "text": r["f_text"]}}
        out.append({"id": r["id"], "event": r["event"], "status": r["status"], "due": r["due"],
                    "document": r["document"], "type": r["type"], "date": r["date"],
                    "parties": sorted(set((r["participants"] or []) + (r["sources"] or []) + (r["targets"] or []))),
                    "topics": r["topics"] or [],
                    "evidence": {"start": r["ev_start"], "end": r["ev_end"], "text": r["ev_text"]},
                    "fulfilment": fulfilment})
    return out


def meetings(con: duckdb.DuckDBPyConnection, reference_meetings) -> list[dict]:
    """The mechanism's meetings from reference data, each with the events and articles tagged with it."""
    tagged = {m: (n_e, n_d, docs) for m, n_e, n_d, docs in con.execute(
        "SELECT meeting, count(*), count(DISTINCT document), list(DISTINCT document) FROM events "
        "WHERE meeting IS NOT NULL GROUP BY 1").fetchall()}
    out = []
    for m in sorted(reference_meetings, key=lambda m: (m.start or "", m.id)):
        n_e, n_d, docs = tagged.get(m.id, (0, 0, []))
        out.append({"id": m.id, "series": m.series, "number": m.number, "name_en": m.name_en, "start": m.start,
                    "end": m.end, "place": f"place/{m.place}" if m.place and "/" not in m.place else m.place,
                    "online": m.online, "source": m.source, "n_events": n_e, "n_documents": n_d,
                    "documents": sorted(docs or [])})
    return out
