"""Derived data the write path keeps next to each row: events.sort_date and events.actors, and the search postings.
Written on save, rewritten by replace_analysis, backfilled by the migration for databases stored before it, and read
by the event filters and the search."""
from __future__ import annotations

import dataclasses

import duckdb
import pytest
from tests.conftest import SAMPLE, make_analysis, make_article

from silkwire.search import query_terms, search_key
from silkwire.store import Store, queries
from silkwire.store.migrations import MIGRATIONS
from silkwire.web import queries_extra as qx

UNDATED = "بحث الرئيس الصيني مع رئيس قيرغيزستان في بيشكك التعاون في مجال الطاقة. وقال إن العلاقات متينة."
PHRASE_TEXTS = [
    "التقى وزير الخارجية الصيني وانغ يي مع نظيره من كازاخستان في أستانا.",
    "قال وزير خارجية كازاخستان إن الوزير الصيني وانغ يي سيزور أستانا في الخريف.",
    "وصل وانغ يي إلى أستانا حيث التقى الرئيس توكاييف.",
]


def _derived(con: duckdb.DuckDBPyConnection) -> dict[str, tuple]:
    return {i: (d, sorted(a)) for i, d, a in con.execute("SELECT id, sort_date, actors FROM events").fetchall()}


def _postings(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str]]:
    return set(con.execute("SELECT term, document FROM search_postings").fetchall())


def _undated(article):
    """The sample analysis with the event's date removed and Kyrgyzstan named as its target only."""
    analysis = make_analysis(article)
    event = dataclasses.replace(analysis.events[0], date=None, targets=("country/KGZ",))
    return dataclasses.replace(analysis, events=(event,))


def test_save_writes_sort_date_and_the_one_list_of_actors(tmp_path, sample_article):
    undated = make_article(UNDATED, source="b.txt", published="2023-03-04")
    with Store(tmp_path / "s.duckdb") as store:
        store.save_many([(sample_article, make_analysis(sample_article)), (undated, _undated(undated))])
        derived = sorted(_derived(store.con).values())
    assert derived == [("2023-03-04", ["country/CHN", "country/KAZ", "country/KGZ", "person/wang_yi"]),
                       ("2024-05-20", ["country/CHN", "country/KAZ", "person/wang_yi"])]


def test_replace_analysis_rewrites_the_derived_columns(tmp_path, sample_article):
    with Store(tmp_path / "s.duckdb") as store:
        store.save(sample_article, make_analysis(sample_article))
        store.replace_analysis(_undated(sample_article))
        assert list(_derived(store.con).values()) == [
            ("2024-05-20", ["country/CHN", "country/KAZ", "country/KGZ", "person/wang_yi"])]
        assert queries.count_events(store.con, queries.EventFilter(actor_ids=("country/KGZ",))) == 1


@pytest.mark.parametrize(("f", "n"), [
    ({"actor_ids": ("country/KGZ",)}, 1),  # named only as a target
    ({"actor_ids": ("person/wang_yi",)}, 2),  # named only among persons
    ({"actor_ids": ("country/KGZ", "place/astana")}, 1),
    ({"date_from": "2023-03", "date_to": "2023-03"}, 1),  # the undated event sorts by its article's date
    ({"date_to": "2023"}, 1),
    ({"date_from": "2024-05-20", "actor_ids": ("country/KAZ",)}, 1),
    ({"outlet": "Xinhua", "actor_ids": ("country/CHN",)}, 1),
])
def test_event_filters_read_the_derived_columns(tmp_path, sample_article, f, n):
    undated = make_article(UNDATED, source="b.txt", published="2023-03-04", outlet="Sputnik")
    with Store(tmp_path / "s.duckdb") as store:
        store.save_many([(sample_article, make_analysis(sample_article)), (undated, _undated(undated))])
        ef = queries.EventFilter(**f)
        assert queries.count_events(store.con, ef) == len(queries.events(store.con, ef)) == n
        assert qx.event_page(store.con, ef) == (n, queries.events(store.con, ef))


def test_events_are_ordered_by_sort_date(tmp_path, sample_article):
    undated = make_article(UNDATED, source="b.txt", published="2023-03-04")
    with Store(tmp_path / "s.duckdb") as store:
        store.save_many([(sample_article, make_analysis(sample_article)), (undated, _undated(undated))])
        assert [e["document"] for e in queries.events(store.con)] == [undated.id, sample_article.id]


def test_save_writes_each_word_of_the_search_text_once_per_document(tmp_path, sample_article):
    with Store(tmp_path / "s.duckdb") as store:
        store.save(sample_article, make_analysis(sample_article))
        store.save(sample_article, make_analysis(sample_article))  # a duplicate adds nothing
        key = search_key(f"\n{sample_article.text}")
        assert _postings(store.con) == {(w, sample_article.id) for w in key.split(" ")}
        assert store.con.execute("SELECT count(*) FROM search_postings").fetchone()[0] == len(set(key.split(" ")))
        vocab = {t for (t,) in store.con.execute("SELECT term FROM search_postings_vocab").fetchall()}
        assert vocab == set(key.split(" "))


def test_replace_analysis_keeps_the_postings_of_the_unchanged_text(tmp_path, sample_article):
    with Store(tmp_path / "s.duckdb") as store:
        store.save(sample_article, make_analysis(sample_article))
        before = _postings(store.con)
        store.replace_analysis(_undated(sample_article))
        assert _postings(store.con) == before


@pytest.mark.parametrize("q", ["وانغ يي", "وزير الخارجية", "الصيني وانغ", "أستانا", "الرئيس توكاييف", "كازاخستان في"])
def test_search_by_postings_ranks_phrase_holders_first_like_the_scan(tmp_path, q):
    articles = [make_article(t, f"{i}.txt", published=f"2024-0{i + 1}-01") for i, t in enumerate(PHRASE_TEXTS)]
    with Store(tmp_path / "s.duckdb") as store:
        store.save_many([(a, None) for a in articles])
        terms = query_terms(q)
        scan = qx.search(store.con, terms, search_key(q), 10, 0, postings=False)
        assert scan[0] > 0
        assert qx.search(store.con, terms, search_key(q), 10, 0, postings=True) == scan


def _old_database(path) -> None:
    """A database at schema version 5 holding one document and one undated event, written by plain SQL."""
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    for version, name, sql in MIGRATIONS[:5]:
        con.execute(sql)
        con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
    con.execute("INSERT INTO documents (id, source, source_kind, published, text, fingerprint, search_text) "
                "VALUES ('d1', 'a.txt', 'txt', '2022-02-02', ?, 'f1', ?)", [SAMPLE, search_key(SAMPLE)])
    con.execute("INSERT INTO events (id, document, type, status, sources, participants, persons, ev_start, ev_end, "
                "ev_text) VALUES ('e1', 'd1', 'CONSULT', 'asserted', ['country/CHN'], ['country/CHN', 'country/KAZ'], "
                "['person/wang_yi'], 0, 5, 'التقى')")
    con.close()


def test_migration_backfills_rows_stored_before_it(tmp_path):
    path = tmp_path / "old.duckdb"
    _old_database(path)
    with Store(path) as store:
        assert _derived(store.con) == {"e1": ("2022-02-02", ["country/CHN", "country/KAZ", "person/wang_yi"])}
        assert _postings(store.con) == {(w, "d1") for w in search_key(SAMPLE).split(" ")}
        assert queries.count_events(store.con, queries.EventFilter(actor_ids=("person/wang_yi",), date_to="2022")) == 1


def test_refresh_derived_fills_rows_written_by_plain_sql(tmp_path, sample_article):
    with Store(tmp_path / "s.duckdb") as store:
        store.save(sample_article, make_analysis(sample_article))
        store.con.execute("INSERT INTO events (id, document, type, status, targets, ev_start, ev_end, ev_text) "
                          "VALUES ('e2', ?, 'AID', 'asserted', ['country/TJK'], 0, 5, 'التقى')", [sample_article.id])
        store.refresh_derived()
        assert _derived(store.con)["e2"] == ("2024-05-20", ["country/TJK"])


def test_story_update_by_merge_keeps_the_derived_columns(tmp_path, sample_article):
    from silkwire.merge_store import update_merged

    other = make_article(SAMPLE.replace("التجارة", "الطاقة"), source="b.txt", published="2024-05-20", outlet="CGTN")
    with Store(tmp_path / "s.duckdb") as store:
        store.save_many([(sample_article, make_analysis(sample_article)), (other, make_analysis(other))])
        before = _derived(store.con)
        update_merged(store)
        stories = {s for (s,) in store.con.execute("SELECT story FROM events").fetchall()}
        assert len(stories) == 1 and None not in stories
        assert _derived(store.con) == before
