"""The CLI over a database built by hand (ingest itself is tested in tests/ingest and tests/test_ingest_cli.py)."""
from __future__ import annotations

import json

import pytest
from tests.conftest import make_analysis
from typer.testing import CliRunner

from silkwire.cli import app
from silkwire.store import Store

runner = CliRunner()


@pytest.fixture
def db(tmp_path, sample_article):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.save(sample_article, make_analysis(sample_article))
    return path


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_every_command_has_help():
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    for name in names:
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert "--db" in result.output or name in ("train-ner",), name


def test_documents_json_lists_the_document(db, sample_article):
    result = run("documents", "--db", db, "--json")
    assert result.exit_code == 0
    [doc] = json.loads(result.output)
    assert doc["id"] == sample_article.id and doc["outlet"] == "Xinhua"


def test_show_accepts_an_id_prefix_and_a_file_name(db, sample_article):
    for key in (sample_article.id[:8], "astana.txt"):
        result = run("show", key, "--db", db, "--json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["document"]["id"] == sample_article.id


def test_show_unknown_document_fails_with_a_message(db):
    result = run("show", "nope", "--db", db)
    assert result.exit_code == 1 and "no document matches" in result.output


def test_stats_counts(db):
    data = json.loads(run("stats", "--db", db, "--json").output)
    assert data["documents"] == 1 and data["events"] == {"CONSULT": 1}


def test_actor_found_by_arabic_spelling_and_english_id(db):
    result = run("actor", "وانغ يي", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["actor"]["id"] == "person/wang_yi"
    by_id = run("actor", "person/wang_yi", "--db", db, "--json")
    assert json.loads(by_id.output)["actor"]["id"] == "person/wang_yi"
    assert run("actor", "Lavrov", "--db", db).exit_code == 1


def test_events_filters_by_type_and_rejects_bad_input(db):
    assert len(json.loads(run("events", "--db", db, "--json", "--type", "consult").output)) == 1
    assert json.loads(run("events", "--db", db, "--json", "--type", "AGREE").output) == []
    bad = run("events", "--db", db, "--type", "HUG")
    assert bad.exit_code == 2 and "unknown event type" in bad.output
    bad_date = run("events", "--db", db, "--from", "20 May")
    assert bad_date.exit_code == 2 and "not a date" in bad_date.output


def test_export_cli_writes_files(db, tmp_path):
    result = run("export", "--db", db, "--format", "jsonl", tmp_path / "out")
    assert result.exit_code == 0
    assert (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").count("\n") == 1


def test_foreign_database_file_gives_one_clear_line(tmp_path):
    bad = tmp_path / "x.duckdb"
    bad.write_bytes(b"PK\x03\x04 zip file")
    result = run("stats", "--db", bad)
    assert result.exit_code == 2 and "not a DuckDB database" in result.output
