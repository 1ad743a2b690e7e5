"""The DuckDB store: opening, migrating, and the single write path.

Every document is written together with everything extracted from it in one transaction (`Store.save`), so an
ingest killed at any moment leaves either the whole document or nothing, and re-running it completes the rest.
DuckDB itself allows one writing process per file; inside a process, writes go through `Store.transaction()`.
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from silkwire.errors import StoreError
from silkwire.models import Actor, Analysis, Article, Event
from silkwire.search import search_key
from silkwire.store.migrations import BACKFILL_EVENTS, BACKFILL_POSTINGS, LATEST, pending

DEFAULT_DB_ENV = "SILKWIRE_DB"
DUCKDB_MAGIC = b"DUCK"


def default_db_path() -> Path:
    """`$SILKWIRE_DB`, else `./silkwire.duckdb`: a project-local file, like git's .git."""
    return Path(os.environ.get(DEFAULT_DB_ENV, "silkwire.duckdb"))


@dataclass(frozen=True, slots=True)
class SaveResult:
    document: str
    status: str  # "new", "duplicate" (same content already stored), "near_duplicate" (stored, duplicate_of set)
    duplicate_of: str | None = None


def _check_is_duckdb(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        head = fh.read(16)
    if DUCKDB_MAGIC not in head:
        raise StoreError(f"{path}: not a DuckDB database (refusing to touch it)")


class Store:
    """One DuckDB database file. Use as a context manager or call close()."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        _check_is_duckdb(self.path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database (run `silkwire ingest` first)")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open database: {str(exc).splitlines()[0]}") from exc
        self.read_only = read_only
        if not read_only:
            self.migrate()
        else:
            self._check_version()

    # -- lifecycle -------------------------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _applied(self) -> set[int]:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                         "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)")
        return {v for (v,) in self.con.execute("SELECT version FROM schema_migrations").fetchall()}

    def migrate(self) -> list[int]:
        """Apply pending migrations, each in its own transaction with its record."""
        applied = self._applied()
        if applied and max(applied) > LATEST:
            raise StoreError(f"{self.path}: schema version {max(applied)} is newer than this silkwire ({LATEST})")
        done = []
        for version, name, sql in pending(applied):
            with self.transaction():
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            done.append(version)
        return done

    def _check_version(self) -> None:
        try:
            rows = self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: not a silkwire database (no schema_migrations table)") from exc
        if rows is None or rows[0] is None or rows[0] < LATEST:
            raise StoreError(f"{self.path}: schema is out of date; open it once for writing to migrate")

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- the write path --------------------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def existing(self, doc_ids: Sequence[str]) -> set[str]:
        """The ids among ``doc_ids`` already stored: one query per batch (a query per article cost ~0.5 ms)."""
        if not doc_ids:
            return set()
        rows = self.con.execute("SELECT id FROM documents WHERE list_contains(?, id)", [list(doc_ids)]).fetchall()
        return {r[0] for r in rows}

    def save(self, article: Article, analysis: Analysis | None = None) -> SaveResult:
        """Store a document and its analysis atomically; the same content twice is reported, not stored."""
        return self.save_many([(article, analysis)])[0]

    def save_many(self, items: Sequence[tuple[Article, Analysis | None]]) -> list[SaveResult]:
        """Store several documents, each complete with its analysis, in one transaction.

        One commit per batch instead of per document (a DuckDB commit costs ~15 ms), and every table written with
        one bulk insert from Arrow (DuckDB's row-by-row executemany costs milliseconds a row).  A kill mid-batch
        loses the whole uncommitted batch and never a part of one document; re-running stores it.
        """
        ids = [a.id for a, _ in items]
        existing = {r[0] for r in self.con.execute("SELECT id FROM documents WHERE list_contains(?, id)",
                                                   [ids]).fetchall()}
        twins = dict(self.con.execute(
            "SELECT fingerprint, arg_min(id, ingested_at) FROM documents WHERE list_contains(?, fingerprint) "
            "GROUP BY fingerprint", [[a.fingerprint for a, _ in items]]).fetchall())
        results, docs, analyses = [], [], []
        for article, analysis in items:
            if article.id in existing:
                results.append(SaveResult(article.id, "duplicate", article.id))
                continue
            existing.add(article.id)
            duplicate_of = twins.get(article.fingerprint)
            twins.setdefault(article.fingerprint, article.id)
            docs.append([article.id, article.source, article.source_kind, article.outlet, article.published,
                         article.title, article.text, article.fingerprint, article.dateline_place, duplicate_of,
                         search_key(f"{article.title or ''}\n{article.text}")])
            if analysis is not None:
                analyses.append(analysis)
            results.append(SaveResult(article.id, "near_duplicate" if duplicate_of else "new", duplicate_of))
        if docs:
            with self.transaction() as con:
                bulk_insert(con, "documents", DOC_COLUMNS, docs)
                _write_postings(con, [[d[0], d[-1]] for d in docs])
                _write_analyses(con, analyses)
        return results

    def replace_analysis(self, analysis: Analysis) -> None:
        """Re-run of the pipeline on a stored document: swap its extractions in one transaction."""
        doc = analysis.article.id
        with self.transaction() as con:
            for table in ("mentions", "events", "roles"):
                con.execute(f"DELETE FROM {table} WHERE document = ?", [doc])
            _write_analyses(con, [analysis])

    def refresh_derived(self) -> None:
        """Fill the derived data (event sort dates and actor lists, search postings) for rows written by plain SQL
        rather than `save_many` (bulk loaders, benchmarks); rows already filled are left as they are."""
        with self.transaction() as con:
            con.execute(BACKFILL_EVENTS)
            con.execute(BACKFILL_POSTINGS)

    def record_failure(self, source: str, reason: str) -> None:
        with self.transaction() as con:
            con.execute("INSERT INTO ingest_failures (source, reason) VALUES (?, ?)", [source, reason])


DOC_COLUMNS = ("id", "source", "source_kind", "outlet", "published", "title", "text", "fingerprint", "dateline_place",
               "duplicate_of", "search_text")
MENTION_COLUMNS = ("document", "start", "end", "text", "type", "actor", "recogniser")
EVENT_COLUMNS = ("id", "document", "type", "mode", "status", "sources", "targets", "participants", "persons", "date",
                 "place", "topics", "meeting", "ev_start", "ev_end", "ev_text", "story", "sort_date", "actors",
                 "month_day")
ROLE_COLUMNS = ("actor", "title", "class", "country", "start", "end", "document", "ev_start", "ev_end")


def _arrow_type(values: list) -> pa.DataType:
    """int64, float64, list<string> or string, from the first non-null value (all-null columns are strings)."""
    sample = next((v for v in values if v is not None), "")
    if isinstance(sample, float):
        return pa.float64()
    if isinstance(sample, int) and not isinstance(sample, bool):
        return pa.int64()
    return pa.list_(pa.string()) if isinstance(sample, list) else pa.string()


def arrow_table(columns: Sequence[str], rows: list[list]) -> pa.Table:
    arrays = {}
    for i, col in enumerate(columns):
        values = [r[i] for r in rows]
        arrays[col] = pa.array(values, type=_arrow_type(values))
    return pa.table(arrays)


def bulk_insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: list[list],
                conflict: str = "", where: str = "") -> None:
    """INSERT [OR REPLACE|OR IGNORE] INTO table SELECT ... FROM an Arrow table of the rows (no-op for no rows)."""
    if not rows:
        return
    batch = arrow_table(columns, rows)  # noqa: F841 - read by DuckDB's replacement scan below
    cols = ", ".join(f'"{c}"' for c in columns)
    con.execute(f"INSERT {conflict} INTO {table} ({cols}) SELECT DISTINCT {cols} FROM batch AS t {where}")


def _write_analyses(con: duckdb.DuckDBPyConnection, analyses: Sequence[Analysis]) -> None:
    mentions, events, actors = [], {}, {}
    for analysis in analyses:
        doc = analysis.article.id
        mentions += [[doc, m.start, m.end, m.text, m.type, m.actor, m.source] for m in analysis.mentions]
        for e in analysis.events:
            events[e.id] = event_row(e, analysis.article)
        for actor in analysis.actors:
            actors.setdefault(actor.id, []).append(actor)
    bulk_insert(con, "mentions", MENTION_COLUMNS, list({tuple(m[:3]): m for m in mentions}.values()), "OR REPLACE")
    bulk_insert(con, "events", EVENT_COLUMNS, list(events.values()), "OR REPLACE")
    _write_actors(con, actors)


def event_row(e: Event, article: Article) -> list:
    """An event as an `events` row, with its derived columns: `sort_date` (the event's date, else the article's
    publication date) and `actors` (every actor it names, once, in order), so filters read one table."""
    named = list(dict.fromkeys((*e.sources, *e.targets, *e.participants, *e.persons)))
    return [e.id, article.id, e.type, e.mode, e.status, list(e.sources), list(e.targets), list(e.participants),
            list(e.persons), e.date, e.place, list(e.topics), e.meeting, e.evidence.start, e.evidence.end,
            e.evidence.text, e.story, e.date or article.published, named, e.month_day]


def _write_postings(con: duckdb.DuckDBPyConnection, docs: list[list]) -> None:
    """The search postings of new documents ([id, search_text] rows): their distinct words, and new words in the
    vocabulary.  Documents are never rewritten, so postings only ever grow with them."""
    if not docs:
        return
    batch = arrow_table(("id", "search_text"), docs)  # noqa: F841 - read by DuckDB below
    words = ("SELECT DISTINCT unnest(string_split(search_text, ' ')) AS term, id FROM batch "
             "WHERE search_text IS NOT NULL")
    con.execute(f"INSERT INTO search_postings (term, document) {words}")
    con.execute(f"INSERT OR IGNORE INTO search_postings_vocab (term) SELECT DISTINCT term FROM ({words})")


def _first_set(versions: list[Actor], field: str) -> str | None:
    """The field's value in the first version of an actor that has one."""
    return next((getattr(v, field) for v in versions if getattr(v, field)), None)


def _write_actors(con: duckdb.DuckDBPyConnection, actors: dict[str, list[Actor]]) -> None:
    rows, aliases, roles = [], set(), []
    for actor_id, versions in actors.items():
        first = versions[0]
        rows.append([actor_id, first.type, *(_first_set(versions, f) for f in ACTOR_COLUMNS[2:])])
        for v in versions:
            aliases.update((actor_id, a) for a in v.aliases)
            for role in v.roles:
                for ev in role.evidence or (None,):
                    roles.append([actor_id, role.title, role.role_class, role.country, role.start, role.end,
                                  ev.document if ev else None, ev.start if ev else None, ev.end if ev else None])
    bulk_insert(con, "actors", ACTOR_COLUMNS, rows, "OR IGNORE")
    # Fill names that an earlier document could not give (a new person first seen without a Latin name).
    batch = arrow_table(ACTOR_COLUMNS, rows)  # noqa: F841 - read by DuckDB below
    con.execute("UPDATE actors SET name_en = coalesce(actors.name_en, b.name_en), "
                "name_ar = coalesce(actors.name_ar, b.name_ar), country = coalesce(actors.country, b.country) "
                "FROM batch b WHERE actors.id = b.id AND (actors.name_en IS NULL OR actors.name_ar IS NULL "
                "OR actors.country IS NULL)") if rows else None
    bulk_insert(con, "actor_aliases", ("actor", "alias"), [list(a) for a in sorted(aliases)], "OR IGNORE")
    # Roles have no natural key (a reference term has no evidence): insert only what is not there yet.
    bulk_insert(con, "roles", ROLE_COLUMNS, roles, where=(
        "WHERE NOT EXISTS (SELECT 1 FROM roles r WHERE r.actor = t.actor AND r.title = t.title AND r.class = t.class "
        "AND r.country IS NOT DISTINCT FROM t.country AND r.start IS NOT DISTINCT FROM t.start "
        'AND r."end" IS NOT DISTINCT FROM t."end" AND r.document IS NOT DISTINCT FROM t.document '
        "AND r.ev_start IS NOT DISTINCT FROM t.ev_start)"))


ACTOR_COLUMNS = ("id", "type", "name_en", "name_ar", "iso3", "country")
