"""Read queries the web needs beyond `silkwire.store.queries`: one event or story, counts for pagination, actor labels,
the actor network and full-text search.  Plain dicts, like `queries`."""
from __future__ import annotations

from collections.abc import Iterable

import duckdb

from silkwire.store import queries
from silkwire.store.queries import EventFilter

NETWORK_ACTOR_PREFIXES = ("country/", "person/")


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def actor_labels(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> dict[str, dict]:
    """Display names for actor ids: {id: {"en", "ar", "type", "country"}}; ids not stored are left out."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    rows = con.execute("SELECT id, name_en, name_ar, type, country FROM actors WHERE list_contains(?, id)",
                       [wanted]).fetchall()
    return {r[0]: {"en": r[1], "ar": r[2], "type": r[3], "country": r[4]} for r in rows}


def event_ids_in(rows: Iterable[dict]) -> set[str]:
    """Every actor id an event (or story/pledge) dict refers to."""
    out: set[str] = set()
    for r in rows:
        for key in ("sources", "targets", "participants", "persons", "parties"):
            out.update(r.get(key) or ())
        if r.get("place"):
            out.add(r["place"])
    return out


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict | None:
    """One event by id, in the `queries.events` shape."""
    row = con.execute("SELECT document FROM events WHERE id = ?", [event_id]).fetchone()
    if row is None:
        return None
    return next(e for e in queries.events(con, EventFilter(document=row[0])) if e["id"] == event_id)


def document_texts(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> dict[str, dict]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = _rows(con.execute("SELECT id, source, outlet, published, title, text FROM documents "
                             "WHERE list_contains(?, id)", [wanted]))
    return {r["id"]: r for r in rows}


def story(con: duckdb.DuckDBPyConnection, story_id: str) -> dict | None:
    rows = _rows(con.execute("SELECT * FROM stories WHERE id = ?", [story_id]))
    if not rows:
        return None
    r = rows[0]
    return {"id": r["id"], "type": r["type"], "date": r["date"], "place": r["place"],
            "participants": r["participants"] or [], "persons": r["persons"] or [],
            "first_document": r["first_document"], "n_outlets": r["n_outlets"], "n_events": r["n_events"]}


def count_documents(con: duckdb.DuckDBPyConnection, outlet: str | None = None) -> int:
    if outlet:
        return con.execute("SELECT count(*) FROM documents WHERE outlet = ?", [outlet]).fetchone()[0]
    return con.execute("SELECT count(*) FROM documents").fetchone()[0]


def count_stories(con: duckdb.DuckDBPyConnection, actor_ids: tuple[str, ...] = (), date_from: str | None = None,
                  date_to: str | None = None) -> int:
    """Same filter as `queries.stories`."""
    where, params = [], []
    if actor_ids:
        where.append("(list_has_any(participants, ?) OR list_has_any(persons, ?))")
        params += [list(actor_ids), list(actor_ids)]
    if date_from:
        where.append("date >= ?")
        params.append(date_from)
    if date_to:
        where.append("left(date, ?) <= ?")
        params += [len(date_to), date_to]
    sql = "SELECT count(*) FROM stories" + (" WHERE " + " AND ".join(where) if where else "")
    return con.execute(sql, params).fetchone()[0]


def meeting_events(con: duckdb.DuckDBPyConnection, meeting_id: str, limit: int = 50) -> list[dict]:
    ids = [r[0] for r in con.execute("SELECT DISTINCT document FROM events WHERE meeting = ?", [meeting_id]).fetchall()]
    out = [e for doc in ids for e in queries.events(con, EventFilter(document=doc)) if e["meeting"] == meeting_id]
    return out[:limit]


def network(con: duckdb.DuckDBPyConnection, types: tuple[str, ...], date_from: str | None = None,
            date_to: str | None = None, min_weight: int = 1) -> list[dict]:
    """Edges between country/person actors that took part in the same event of the given types.

    `weight` counts distinct real-world events (stories; an event without a story counts alone), so one meeting
    reported by five outlets weighs 1; `reports` counts the event records.
    """
    where, params = ["list_contains(?, e.type)"], [list(types)]
    if date_from:
        where.append("coalesce(e.date, d.published) >= ?")
        params.append(date_from)
    if date_to:
        where.append("left(coalesce(e.date, d.published), ?) <= ?")
        params += [len(date_to), date_to]
    prefixes = " OR ".join(f"starts_with(actor, '{p}')" for p in NETWORK_ACTOR_PREFIXES)
    sql = f"""
        WITH ev AS (
            SELECT e.id, coalesce(e.story, e.id) AS story, e.type,
                   list_distinct(list_concat(coalesce(e.participants, []), coalesce(e.sources, []),
                                             coalesce(e.targets, []), coalesce(e.persons, []))) AS ids
            FROM events e JOIN documents d ON d.id = e.document WHERE {" AND ".join(where)}),
        a AS (SELECT id, story, type, actor FROM (SELECT id, story, type, unnest(ids) AS actor FROM ev)
              WHERE {prefixes})
        SELECT x.actor AS source, y.actor AS target, count(DISTINCT x.story) AS weight,
               count(DISTINCT x.id) AS reports,
               {", ".join(f"count(DISTINCT x.story) FILTER (WHERE x.type = '{t}') AS {t.lower()}" for t in types)}
        FROM a x JOIN a y ON x.id = y.id AND x.actor < y.actor
        GROUP BY 1, 2 HAVING count(DISTINCT x.story) >= ? ORDER BY weight DESC, source, target"""
    rows = _rows(con.execute(sql, [*params, min_weight]))
    return [{"source": r["source"], "target": r["target"], "weight": r["weight"], "reports": r["reports"],
             "types": {t: r[t.lower()] for t in types if r[t.lower()]}} for r in rows]


POSTINGS = "search_postings"  # optional (term, document) table: see docs/WEB.md, "Search index"
#: Builds the optional search index from `documents.search_text` (a writable connection: bench, or a migration).
POSTINGS_SQL = f"""
    CREATE OR REPLACE TABLE {POSTINGS} AS
        SELECT DISTINCT unnest(string_split(search_text, ' ')) AS term, id AS document FROM documents;
    CREATE OR REPLACE TABLE {POSTINGS}_vocab AS SELECT DISTINCT term FROM {POSTINGS};
    CREATE INDEX {POSTINGS}_term ON {POSTINGS}(term);
"""


def has_postings(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                       [POSTINGS]).fetchone()[0] > 0


def search(con: duckdb.DuckDBPyConnection, terms: list[str], phrase: str, limit: int,
           offset: int, postings: bool = False) -> tuple[int, list[dict]]:
    """Documents whose folded text contains every term; those holding the whole phrase first, then newest.

    Terms hold no spaces, so a term occurs in `search_text` exactly when it occurs inside one of its
    space-separated words: with a postings table of those words the match reads the (small) vocabulary and the
    postings instead of scanning every text.  Same result either way."""
    if postings:
        cte = " INTERSECT ".join(f"SELECT document FROM {POSTINGS} WHERE term IN "
                                 f"(SELECT DISTINCT term FROM {POSTINGS}_vocab WHERE contains(term, ?))" for _ in terms)
        sql = (f"WITH m AS ({cte}) SELECT d.id, d.source, d.outlet, d.published, d.title, count(*) OVER () AS total "
               "FROM documents d WHERE d.id IN (SELECT document FROM m)")
    else:
        sql = ("SELECT id, source, outlet, published, title, count(*) OVER () AS total FROM documents d WHERE "
               + " AND ".join("contains(d.search_text, ?)" for _ in terms))
    order = (" ORDER BY contains(d.search_text, ?) DESC, d.published DESC NULLS LAST, d.id" if len(terms) > 1
             else " ORDER BY d.published DESC NULLS LAST, d.id")
    rows = _rows(con.execute(sql + order + " LIMIT ? OFFSET ?",
                             [*terms, *([phrase] if len(terms) > 1 else []), limit, offset]))
    if not rows:
        total = 0 if offset == 0 else search(con, terms, phrase, 1, 0, postings)[0]
        return total, []
    texts = {r["id"]: r["text"] for r in document_texts(con, [r["id"] for r in rows]).values()}
    return rows[0]["total"], [{**r, "text": texts[r["id"]]} for r in rows]


def _where(f: EventFilter) -> tuple[str, list, bool]:
    """`queries.events`' filter as SQL, with list_contains (4x faster than list_has_any) for the actor test;
    also says whether it reads the documents table."""
    where, params, joined = [], [], bool(f.outlet or f.date_from or f.date_to)
    if f.actor_ids:
        where.append("(" + " OR ".join(f"list_contains(e.{c}, ?)" for c in ("sources", "targets", "participants",
                                                                           "persons") for _ in f.actor_ids) + ")")
        params += [a for _ in range(4) for a in f.actor_ids]
    for col, val in (("e.type", f.type and f.type.upper()), ("e.status", f.status), ("e.document", f.document),
                     ("e.story", f.story), ("d.outlet", f.outlet)):
        if val:
            where.append(f"{col} = ?")
            params.append(val)
    if f.date_from:
        where.append("coalesce(e.date, d.published) >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("left(coalesce(e.date, d.published), ?) <= ?")
        params += [len(f.date_to), f.date_to]
    return (" WHERE " + " AND ".join(where)) if where else "", params, joined


def event_count(con: duckdb.DuckDBPyConnection, f: EventFilter) -> int:
    """`queries.count_events`, without the documents join when no filter reads it."""
    where, params, joined = _where(f)
    count_from = "events e JOIN documents d ON d.id = e.document" if joined else "events e"
    return con.execute(f"SELECT count(*) FROM {count_from}{where}", params).fetchone()[0]


def event_page(con: duckdb.DuckDBPyConnection, f: EventFilter) -> tuple[int, list[dict]]:
    """(total, one page) of `queries.events(con, f)`, same rows in the same order, fast on large tables: the count
    skips the documents join when no filter needs it, and the page is picked on narrow columns before the full
    rows of just that page are read."""
    where, params, _ = _where(f)
    total = event_count(con, f)
    if total <= f.offset:
        return total, []
    ids = [r[0] for r in con.execute(
        f"SELECT e.id FROM events e JOIN documents d ON d.id = e.document{where} ORDER BY coalesce(e.date, "
        f"d.published) NULLS LAST, e.document, e.ev_start, e.id "
        f"LIMIT {int(total if f.limit is None else f.limit)} OFFSET {int(f.offset)}",
        params).fetchall()]
    if not ids:
        return total, []
    marks = ", ".join("?" * len(ids))
    rows = _rows(con.execute(f"SELECT * FROM events WHERE id IN ({marks})", ids))
    docs = sorted({r["document"] for r in rows})
    meta = {d: (o, p) for d, o, p in con.execute(
        f"SELECT id, outlet, published FROM documents WHERE id IN ({', '.join('?' * len(docs))})", docs).fetchall()}
    by_id = {r["id"]: queries._event_dict({**r, "outlet": meta[r["document"]][0],
                                           "published": meta[r["document"]][1]}) for r in rows}
    return total, [by_id[i] for i in ids]


def story_summaries(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> dict[str, dict]:
    """{story id: {"n_events", "n_outlets", "outlets"}} counted from the stored events (for timeline grouping)."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    rows = con.execute(
        "SELECT e.story, count(*), list(DISTINCT d.outlet) FILTER (WHERE d.outlet IS NOT NULL) "
        "FROM (SELECT story, document FROM events WHERE story IN (SELECT unnest(?))) e "
        "JOIN documents d ON d.id = e.document GROUP BY 1", [wanted]).fetchall()
    return {s: {"n_events": n, "n_outlets": len(o or []), "outlets": sorted(o or [])} for s, n, o in rows}
