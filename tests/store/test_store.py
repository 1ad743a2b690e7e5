from __future__ import annotations

import duckdb
import pytest
from tests.conftest import make_analysis, make_article

from silkwire.errors import StoreError
from silkwire.store import Store, queries
from silkwire.store.migrations import LATEST, MIGRATIONS


def test_new_database_records_every_migration(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        versions = [v for (v,) in store.con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
    assert versions == [m[0] for m in MIGRATIONS]


def test_reopening_applies_nothing_twice(tmp_path):
    Store(tmp_path / "s.duckdb").close()
    with Store(tmp_path / "s.duckdb") as store:
        assert store.migrate() == []


def test_file_that_is_not_duckdb_is_refused_and_left_untouched(tmp_path):
    bad = tmp_path / "notes.duckdb"
    bad.write_text("these are my notes, not a database")
    with pytest.raises(StoreError, match="not a DuckDB database"):
        Store(bad)
    assert bad.read_text() == "these are my notes, not a database"


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, 'future')", [LATEST + 1])
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_read_only_open_of_missing_file_names_the_file(tmp_path):
    with pytest.raises(StoreError, match=r"missing\.duckdb"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_save_stores_document_with_its_analysis(tmp_path, sample_article):
    with Store(tmp_path / "s.duckdb") as store:
        result = store.save(sample_article, make_analysis(sample_article))
        assert result.status == "new"
        doc = queries.document(store.con, sample_article.id)
        assert doc["text"] == sample_article.text
        ms = queries.mentions(store.con, sample_article.id)
        assert {m["actor"] for m in ms} == {"person/wang_yi", "country/KAZ", "place/astana"}
        assert all(sample_article.text[m["start"]:m["end"]] == m["text"] for m in ms)
        [event] = queries.events(store.con)
        assert event["participants"] == ["country/CHN", "country/KAZ"]
        assert sample_article.text[event["evidence"]["start"]:event["evidence"]["end"]] == event["evidence"]["text"]


def test_same_content_twice_is_a_duplicate_and_changes_nothing(tmp_path, sample_article):
    with Store(tmp_path / "s.duckdb") as store:
        store.save(sample_article, make_analysis(sample_article))
        before = queries.stats(store.con)
        again = store.save(sample_article, make_analysis(sample_article))
        assert again.status == "duplicate"
        assert queries.stats(store.con) == before


def test_existing_names_only_the_stored_ids_of_a_batch(tmp_path, sample_article):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.existing([sample_article.id]) == set()
        store.save(sample_article)
        assert store.existing([sample_article.id, "0000000000000000"]) == {sample_article.id}
        assert store.existing([]) == set()


def test_near_duplicate_is_stored_with_duplicate_of(tmp_path, sample_article):
    spaced = make_article(sample_article.text.replace(" ", "  "), source="other.txt")
    assert spaced.fingerprint == sample_article.fingerprint and spaced.id != sample_article.id
    with Store(tmp_path / "s.duckdb") as store:
        store.save(sample_article)
        result = store.save(spaced)
        assert result.status == "near_duplicate"
        assert queries.document(store.con, spaced.id)["duplicate_of"] == sample_article.id


def test_failed_write_leaves_no_partial_document(tmp_path, sample_article):
    analysis = make_analysis(sample_article)
    broken_event = analysis.events[0].__class__(**{**{f: getattr(analysis.events[0], f) for f in
                                                    analysis.events[0].__slots__}, "id": None})
    broken = analysis.__class__(sample_article, analysis.mentions, analysis.actors, (broken_event,))
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(duckdb.Error):
            store.save(sample_article, broken)
        assert not store.has_document(sample_article.id)
        assert queries.mentions(store.con) == []


def test_roles_are_not_repeated_when_an_analysis_is_replaced(tmp_path, sample_article):
    with Store(tmp_path / "s.duckdb") as store:
        analysis = make_analysis(sample_article)
        store.save(sample_article, analysis)
        store.replace_analysis(analysis)
        [wang] = queries.actors(store.con, ids=["person/wang_yi"])
        assert len(wang["roles"]) == 1 and len(wang["roles"][0]["evidence"]) == 1


def test_event_filters(tmp_path, sample_article):
    other = make_article("التقى الرئيس الصيني مع رئيس كازاخستان. ", source="b.txt", published="2023-01-02")
    with Store(tmp_path / "s.duckdb") as store:
        store.save(sample_article, make_analysis(sample_article))
        store.save(other, make_analysis(other))
        f = queries.EventFilter
        assert len(queries.events(store.con, f(date_from="2024-01-01"))) == 1
        assert len(queries.events(store.con, f(date_to="2023"))) == 1
        assert len(queries.events(store.con, f(actor_ids=("person/wang_yi",)))) == 2
        assert queries.events(store.con, f(type="AGREE")) == []
        assert queries.count_events(store.con, f(outlet="Xinhua")) == 1


def test_stories_can_be_picked_by_id(tmp_path, sample_article):
    with Store(tmp_path / "s.duckdb") as store:
        store.save(sample_article, make_analysis(sample_article))
        for sid, date in (("story/a", "2024-05-20"), ("story/b", "2024-06-01")):
            store.con.execute("INSERT INTO stories (id, type, date, participants, persons, n_outlets, n_events) "
                              "VALUES (?, 'CONSULT', ?, ['country/CHN', 'country/KAZ'], [], 1, 0)", [sid, date])
        assert [s["id"] for s in queries.stories(store.con, ids=["story/b"])] == ["story/b"]
        assert [s["id"] for s in queries.stories(store.con, ids=["story/a", "story/b"], date_from="2024-06")] == [
            "story/b"]
        assert queries.stories(store.con, ids=[]) == []
        assert len(queries.stories(store.con)) == 2
