from __future__ import annotations

import json

import duckdb
import pytest
from tests.conftest import make_analysis

from silkwire.export import JSONL_FILES, export
from silkwire.store import Store


def _load(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def db(tmp_path, sample_article):
    with Store(tmp_path / "s.duckdb") as store:
        store.save(sample_article, make_analysis(sample_article))
        yield store


def test_jsonl_export_writes_every_contract_file(db, tmp_path):
    out = tmp_path / "out"
    export(db.con, out, "jsonl")
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.jsonl" for n in JSONL_FILES)


def test_jsonl_documents_and_mentions_follow_the_contract(db, tmp_path, sample_article):
    out = tmp_path / "out"
    export(db.con, out, "jsonl")
    [doc] = _load(out / "documents.jsonl")
    assert set(doc) == {"id", "source", "outlet", "published", "title", "text", "duplicate_of"}
    assert doc["published"] == "2024-05-20" and doc["text"] == sample_article.text
    for m in _load(out / "mentions.jsonl"):
        assert doc["text"][m["start"]:m["end"]] == m["text"]
        assert set(m) == {"document", "start", "end", "text", "type", "actor"}


def test_jsonl_actors_and_events_follow_the_contract(db, tmp_path):
    out = tmp_path / "out"
    export(db.con, out, "jsonl")
    actors = {a["id"]: a for a in _load(out / "actors.jsonl")}
    wang = actors["person/wang_yi"]
    assert set(wang) == {"id", "type", "name", "aliases", "iso3", "country", "roles"}
    assert wang["roles"][0]["class"] == "foreign_minister" and wang["roles"][0]["evidence"]
    [event] = _load(out / "events.jsonl")
    for key in ("id", "document", "type", "mode", "status", "sources", "targets", "participants", "persons", "date",
                "place", "topics", "evidence", "story"):
        assert key in event
    assert set(event["evidence"]) == {"start", "end", "text"}


def test_reexport_gives_identical_files(db, tmp_path):
    export(db.con, tmp_path / "a", "jsonl")
    export(db.con, tmp_path / "b", "jsonl")
    for name in JSONL_FILES:
        assert (tmp_path / "a" / f"{name}.jsonl").read_bytes() == (tmp_path / "b" / f"{name}.jsonl").read_bytes()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tabular_exports_load_back_in_duckdb(db, tmp_path, fmt, sample_article):
    out = tmp_path / fmt
    export(db.con, out, fmt)
    reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
    rows = duckdb.sql(f"SELECT id, text FROM {reader}('{out / ('documents.' + fmt)}')").fetchall()
    assert rows == [(sample_article.id, sample_article.text)]
    assert duckdb.sql(f"SELECT count(*) FROM {reader}('{out / ('events.' + fmt)}')").fetchall() == [(1,)]


def test_unknown_format_is_refused(db, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export(db.con, tmp_path / "x", "xlsx")
