"""The DuckDB store: opening, migrating, and the single write path.

Every document is written together with everything extracted from it in one transaction (`Store.save`), so an
ingest killed at any moment leaves either the whole document or nothing, and re-running it completes the rest.
DuckDB itself allows one writing process per file; inside a process, writes go through `Store.transaction()`.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from silkwire.errors import StoreError
from silkwire.models import Actor, Analysis, Article
from silkwire.search import search_key
from silkwire.store.migrations import LATEST, pending

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

    def save(self, article: Article, analysis: Analysis | None = None) -> SaveResult:
        """Store a document and its analysis atomically; the same content twice is reported, not stored."""
        if self.has_document(article.id):
            return SaveResult(article.id, "duplicate", article.id)
        with self.transaction() as con:
            twin = con.execute("SELECT id FROM documents WHERE fingerprint = ? ORDER BY ingested_at, id LIMIT 1",
                               [article.fingerprint]).fetchone()
            duplicate_of = twin[0] if twin else None
            con.execute(
                "INSERT INTO documents (id, source, source_kind, outlet, published, title, text, fingerprint, "
                "dateline_place, duplicate_of, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [article.id, article.source, article.source_kind, article.outlet, article.published, article.title,
                 article.text, article.fingerprint, article.dateline_place, duplicate_of,
                 search_key(f"{article.title or ''}\n{article.text}")])
            if analysis is not None:
                self._write_analysis(con, analysis)
        return SaveResult(article.id, "near_duplicate" if duplicate_of else "new", duplicate_of)

    def replace_analysis(self, analysis: Analysis) -> None:
        """Re-run of the pipeline on a stored document: swap its extractions in one transaction."""
        doc = analysis.article.id
        with self.transaction() as con:
            for table in ("mentions", "events"):
                con.execute(f"DELETE FROM {table} WHERE document = ?", [doc])
            con.execute("DELETE FROM roles WHERE document = ?", [doc])
            self._write_analysis(con, analysis)

    def record_failure(self, source: str, reason: str) -> None:
        with self.transaction() as con:
            con.execute("INSERT INTO ingest_failures (source, reason) VALUES (?, ?)", [source, reason])

    @staticmethod
    def _write_analysis(con: duckdb.DuckDBPyConnection, analysis: Analysis) -> None:
        doc = analysis.article.id
        if analysis.mentions:
            con.executemany(
                'INSERT OR REPLACE INTO mentions (document, start, "end", text, type, actor, recogniser) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [[doc, m.start, m.end, m.text, m.type, m.actor, m.source] for m in analysis.mentions])
        for actor in analysis.actors:
            _upsert_actor(con, actor)
        if analysis.events:
            con.executemany(
                "INSERT OR REPLACE INTO events (id, document, type, mode, status, sources, targets, participants, "
                "persons, date, place, topics, meeting, ev_start, ev_end, ev_text, story) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[e.id, doc, e.type, e.mode, e.status, list(e.sources), list(e.targets), list(e.participants),
                  list(e.persons), e.date, e.place, list(e.topics), e.meeting, e.evidence.start, e.evidence.end,
                  e.evidence.text, e.story] for e in analysis.events])


def _upsert_actor(con: duckdb.DuckDBPyConnection, actor: Actor) -> None:
    con.execute("INSERT OR IGNORE INTO actors (id, type, name_en, name_ar, iso3, country) VALUES (?, ?, ?, ?, ?, ?)",
                [actor.id, actor.type, actor.name_en, actor.name_ar, actor.iso3, actor.country])
    # Fill names that an earlier document could not give (a new person first seen without a Latin name).
    con.execute("UPDATE actors SET name_en = coalesce(name_en, ?), name_ar = coalesce(name_ar, ?), "
                "country = coalesce(country, ?) WHERE id = ?", [actor.name_en, actor.name_ar, actor.country, actor.id])
    if actor.aliases:
        con.executemany("INSERT OR IGNORE INTO actor_aliases (actor, alias) VALUES (?, ?)",
                        [[actor.id, a] for a in actor.aliases])
    rows = []
    for role in actor.roles:
        evs = role.evidence or (None,)
        for ev in evs:
            rows.append([actor.id, role.title, role.role_class, role.country, role.start, role.end,
                         ev.document if ev else None, ev.start if ev else None, ev.end if ev else None])
    if rows:
        # Roles have no natural key (a reference term has no evidence): insert only what is not there yet.
        con.executemany(
            'INSERT INTO roles (actor, title, class, country, start, "end", document, ev_start, ev_end) '
            "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM roles WHERE actor = $1 AND title = $2 "
            "AND class = $3 AND country IS NOT DISTINCT FROM $4 AND start IS NOT DISTINCT FROM $5 "
            'AND "end" IS NOT DISTINCT FROM $6 AND document IS NOT DISTINCT FROM $7 '
            "AND ev_start IS NOT DISTINCT FROM $8)", rows)
