"""Exports: the CONTRACT.md JSON Lines files, and documents/events as CSV or parquet for spreadsheets and pandas.

Files are written to a temporary name and renamed when complete, so a reader never sees half an export.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import duckdb

from silkwire.store import queries

JSONL_FILES = ("documents", "mentions", "actors", "events", "stories", "pledges")
FORMATS = ("jsonl", "csv", "parquet")


def _write_jsonl(path: Path, rows: Iterable[dict]) -> int:
    tmp = path.with_suffix(path.suffix + ".part")
    n = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    tmp.replace(path)
    return n


def _documents(con: duckdb.DuckDBPyConnection) -> Iterable[dict]:
    for d in queries.iter_documents(con):
        yield {k: d[k] for k in queries.DOCUMENT_FIELDS}


def _contract_event(e: dict) -> dict:
    return {k: v for k, v in e.items() if k not in ("outlet", "published")}


def _contract_actor(a: dict) -> dict:
    return {k: v for k, v in a.items() if k != "mentions"}


def export_jsonl(con: duckdb.DuckDBPyConnection, out_dir: Path) -> dict[str, int]:
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {
        "documents": _write_jsonl(out_dir / "documents.jsonl", _documents(con)),
        "mentions": _write_jsonl(out_dir / "mentions.jsonl", queries.mentions(con)),
        "actors": _write_jsonl(out_dir / "actors.jsonl", map(_contract_actor, queries.actors(con))),
        "events": _write_jsonl(out_dir / "events.jsonl", map(_contract_event, queries.events(con))),
        "stories": _write_jsonl(out_dir / "stories.jsonl", queries.stories(con)),
        "pledges": _write_jsonl(out_dir / "pledges.jsonl", queries.pledges(con)),
    }
    return counts


TABLE_SQL = {
    "documents": "SELECT id, source, outlet, published, title, text, duplicate_of FROM documents ORDER BY id",
    "events": ("SELECT e.id, e.document, d.outlet, e.type, e.status, "
               "array_to_string(e.sources, ';') AS sources, "
               "array_to_string(e.targets, ';') AS targets, array_to_string(e.participants, ';') AS participants, "
               "array_to_string(e.persons, ';') AS persons, e.date, e.place, array_to_string(e.topics, ';') AS topics, "
               "e.meeting, e.ev_start, e.ev_end, e.ev_text, e.story "
               "FROM events e JOIN documents d ON d.id = e.document ORDER BY e.document, e.ev_start, e.id"),
}


def export_table(con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: str) -> dict[str, int]:
    """documents and events as CSV or parquet, written by DuckDB itself (fast, typed, no pandas needed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, sql in TABLE_SQL.items():
        path = out_dir / f"{name}.{fmt}"
        tmp = out_dir / f".{name}.{fmt}.part"
        opts = "(FORMAT csv, HEADER true)" if fmt == "csv" else "(FORMAT parquet)"
        con.execute(f"COPY ({sql}) TO '{tmp.as_posix()}' {opts}")
        tmp.replace(path)
        counts[name] = con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]
    return counts


def export(con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: str = "jsonl") -> dict[str, int]:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return export_jsonl(con, out_dir) if fmt == "jsonl" else export_table(con, out_dir, fmt)
