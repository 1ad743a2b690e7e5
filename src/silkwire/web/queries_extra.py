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
    rows = _event_rows(con, [event_id])
    return rows[0] if rows else None


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
    where, params = queries.story_where(actor_ids, date_from, date_to)
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
    reported by five outlets weighs 1; `reports` counts the event records.  Pairs are first grouped per story with
    the story's event types as a bit set, so each edge is then one cheap count per type (not a DISTINCT per type).
    """
    where, params = ["list_contains(?, e.type)"], [list(types)]
    if date_from:
        where.append("e.sort_date >= ?")
        params.append(date_from)
    if date_to:
        where.append("left(e.sort_date, ?) <= ?")
        params += [len(date_to), date_to]
    prefixes = " OR ".join(f"starts_with(actor, '{p}')" for p in NETWORK_ACTOR_PREFIXES)
    bits = " ".join(f"WHEN '{t}' THEN {1 << i}" for i, t in enumerate(types))
    sql = f"""
        WITH ev AS (
            SELECT e.id, coalesce(e.story, e.id) AS story, CASE e.type {bits} END AS bit, e.actors AS ids
            FROM events e WHERE {" AND ".join(where)}),
        a AS (SELECT id, story, bit, actor FROM (SELECT id, story, bit, unnest(ids) AS actor FROM ev)
              WHERE {prefixes}),
        s AS (SELECT x.actor AS source, y.actor AS target, count(*) AS n, bit_or(x.bit) AS bits
              FROM a x JOIN a y ON x.id = y.id AND x.actor < y.actor GROUP BY x.actor, y.actor, x.story)
        SELECT source, target, count(*) AS weight, sum(n)::BIGINT AS reports,
               {", ".join(f"count(*) FILTER (WHERE bits & {1 << i} > 0) AS t{i}" for i in range(len(types)))}
        FROM s GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY weight DESC, source, target"""
    rows = _rows(con.execute(sql, [*params, min_weight]))
    return [{"source": r["source"], "target": r["target"], "weight": r["weight"], "reports": r["reports"],
             "types": {t: r[f"t{i}"] for i, t in enumerate(types) if r[f"t{i}"]}} for r in rows]


POSTINGS = "search_postings"  # (term, document), written by the store (migration 8, `Store.save_many`)


def has_postings(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [POSTINGS]).fetchone()[0] > 0


def _phrase_conditions(phrase: str) -> tuple[list[str], list[str]]:
    """Word conditions every text holding `phrase` meets: its first word ends a word of the text, its middle words
    are words of it, its last word starts one.  Texts are single-spaced, so this is exact as a pre-filter."""
    words = phrase.split(" ")
    if len(words) == 1:
        return ["contains(term, ?)"], words
    return (["ends_with(term, ?)", *["term = ?"] * (len(words) - 2), "starts_with(term, ?)"], words)


def _postings_sql(terms: list[str], phrase: str | None) -> tuple[str, list]:
    """The matches from the postings in one pass: each vocabulary word gets a bit per condition it meets (each term,
    then each phrase condition), each document the OR of its words' bits; a document matches when it has every
    term's bit, and only documents with every phrase bit have their text read for the phrase."""
    conditions, params = ["contains(term, ?)"] * len(terms), list(terms)
    if phrase is not None:
        more, words = _phrase_conditions(phrase)
        conditions, params = conditions + more, params + words
    mask = " | ".join(f"(({c})::INTEGER << {i})" for i, c in enumerate(conditions))
    need_terms, need_all = (1 << len(terms)) - 1, (1 << len(conditions)) - 1
    sql = (f"WITH v AS (SELECT term, {mask} AS bits FROM {POSTINGS}_vocab), "
           f"p AS (SELECT s.document, bit_or(v.bits) AS bits FROM {POSTINGS} s JOIN v ON v.term = s.term "
           f"WHERE v.bits > 0 GROUP BY 1 HAVING bit_or(v.bits) & {need_terms} = {need_terms}), "
           # contains() in a projection, not a filter: as a filter DuckDB would run it over every stored text
           f"ph AS (SELECT p.document, contains(d.search_text, ?) AS hit FROM p JOIN documents d ON d.id = p.document "
           f"WHERE p.bits = {need_all}) "
           "SELECT d.id, d.published, coalesce(ph.hit, false) AS in_phrase, count(*) OVER () AS total FROM p "
           "JOIN documents d ON d.id = p.document LEFT JOIN ph ON ph.document = p.document")
    return sql, [*params, phrase]


def _search_sql(terms: list[str], phrase: str, postings: bool) -> tuple[str, list]:
    """The matches as (id, published, in_phrase, total), unordered; in_phrase only counts with several terms."""
    if postings:
        return _postings_sql(terms, phrase if len(terms) > 1 else None)
    phrase_sql, phrase_params = ("contains(d.search_text, ?)", [phrase]) if len(terms) > 1 else ("false", [])
    return (f"SELECT d.id, d.published, {phrase_sql} AS in_phrase, count(*) OVER () AS total FROM documents d WHERE "
            + " AND ".join("contains(d.search_text, ?)" for _ in terms), [*phrase_params, *terms])


def search(con: duckdb.DuckDBPyConnection, terms: list[str], phrase: str, limit: int,
           offset: int, postings: bool = False) -> tuple[int, list[dict]]:
    """Documents whose folded text contains every term; those holding the whole phrase first, then newest.

    Terms hold no spaces, so a term occurs in `search_text` exactly when it occurs inside one of its
    space-separated words: with the postings of those words the match reads the (small) vocabulary and the
    postings instead of scanning every text, and only texts whose words can hold the phrase are read for it.
    Same result either way."""
    sql, params = _search_sql(terms, phrase, postings)
    page = con.execute(f"SELECT id, total FROM ({sql}) d ORDER BY in_phrase DESC, "
                       "published DESC NULLS LAST, id LIMIT ? OFFSET ?",
                       [*params, limit, offset]).fetchall()
    if not page:
        total = 0 if offset == 0 else search(con, terms, phrase, 1, 0, postings)[0]
        return total, []
    docs = document_texts(con, [i for i, _ in page])
    return page[0][1], [docs[i] for i, _ in page]


def event_count(con: duckdb.DuckDBPyConnection, f: EventFilter) -> int:
    """`queries.count_events` (kept as the web's name for it)."""
    return queries.count_events(con, f)


def _event_rows(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict]:
    """The events with these ids, in this order, as `queries.events` dicts.  Documents are looked up apart: joined
    in the same query, DuckDB reads the whole documents table before it filters the events."""
    if not ids:
        return []
    rows = _rows(con.execute("SELECT * EXCLUDE (sort_date, actors) FROM events WHERE list_contains(?, id)", [ids]))
    meta = {d: (o, p) for d, o, p in con.execute(
        "SELECT id, outlet, published FROM documents WHERE list_contains(?, id)",
        [sorted({r["document"] for r in rows})]).fetchall()}
    by_id = {r["id"]: queries.event_dict({**r, "outlet": meta[r["document"]][0], "published": meta[r["document"]][1]})
             for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def _summary(outlets: list[str | None]) -> dict:
    named = sorted({o for o in outlets if o is not None})
    return {"n_events": len(outlets), "n_outlets": len(named), "outlets": named}


def timeline_page(con: duckdb.DuckDBPyConnection, f: EventFilter) -> tuple[int, list[dict], dict[str, dict]]:
    """(total, one page of `queries.events(con, f)`, `story_summaries` of the page's stories), fast on large
    tables: the page is picked on narrow columns of `events` alone (sort_date, actors; no documents join unless
    the outlet is filtered), then only its full rows are read."""
    where, params = queries._event_where(f)
    total = queries.count_events(con, f)
    if total <= f.offset:
        return total, [], {}
    table = "events e JOIN documents d ON d.id = e.document" if queries.needs_documents(f) else "events e"
    picked = con.execute(f"SELECT e.id, e.story FROM {table}{where} ORDER BY {queries.EVENT_ORDER} "
                         f"LIMIT {int(total if f.limit is None else f.limit)} OFFSET {int(f.offset)}",
                         params).fetchall()
    return total, _event_rows(con, [i for i, _ in picked]), story_summaries(con, [s for _, s in picked])


def event_page(con: duckdb.DuckDBPyConnection, f: EventFilter) -> tuple[int, list[dict]]:
    """(total, one page) of `queries.events(con, f)`: same rows in the same order (see `timeline_page`)."""
    total, page, _ = timeline_page(con, f)
    return total, page


def story_summaries(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> dict[str, dict]:
    """{story id: {"n_events", "n_outlets", "outlets"}} counted from the stored events (for timeline grouping)."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    rows = con.execute("SELECT story, document FROM events WHERE list_contains(?, story)", [wanted]).fetchall()
    outlet = dict(con.execute("SELECT id, outlet FROM documents WHERE list_contains(?, id)",
                              [sorted({d for _, d in rows})]).fetchall())
    members: dict[str, list[str | None]] = {}
    for story_id, doc in rows:
        members.setdefault(story_id, []).append(outlet[doc])
    return {s: _summary(outlets) for s, outlets in members.items()}
