"""Versioned schema migrations, recorded in the `schema_migrations` table.

Each migration runs once, inside a transaction together with its record, so a database is always at a version that
exists in this list.  Add new migrations at the end; never edit one that has shipped.
"""
from __future__ import annotations

#: Derived columns of events, from the event and its document: the date it sorts and filters by (its own date, else
#: the document's publication date) and every actor it names (sources, targets, participants, persons) in one list.
#: The write path computes the same values (`db.event_row`); this fills rows stored before migration 6.
BACKFILL_EVENTS = """
    UPDATE events SET sort_date = coalesce(events.date, d.published),
        actors = list_distinct(list_concat(coalesce(events.sources, []), coalesce(events.targets, []),
                                           coalesce(events.participants, []), coalesce(events.persons, [])))
    FROM documents d WHERE d.id = events.document AND (events.sort_date IS DISTINCT FROM
        coalesce(events.date, d.published) OR events.actors IS NULL);
"""
#: Search postings: each space-separated word of `documents.search_text` with the documents holding it, and the
#: vocabulary of words (a query term is matched against the small vocabulary, then read from the postings).
BACKFILL_POSTINGS = """
    INSERT INTO search_postings (term, document)
        SELECT DISTINCT unnest(string_split(search_text, ' ')) AS term, id FROM documents d
        WHERE search_text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM search_postings p WHERE p.document = d.id);
    INSERT OR IGNORE INTO search_postings_vocab (term) SELECT DISTINCT term FROM search_postings;
"""

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "documents", """
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY,
            source VARCHAR NOT NULL,
            source_kind VARCHAR NOT NULL,
            outlet VARCHAR,
            published VARCHAR,
            title VARCHAR,
            text VARCHAR NOT NULL,
            fingerprint VARCHAR NOT NULL,
            dateline_place VARCHAR,
            duplicate_of VARCHAR,
            ingested_at TIMESTAMP DEFAULT current_timestamp
        );
        CREATE INDEX documents_fingerprint ON documents(fingerprint);
        CREATE TABLE ingest_failures (
            source VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            failed_at TIMESTAMP DEFAULT current_timestamp
        );
    """),
    (2, "entities", """
        CREATE TABLE mentions (
            document VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            actor VARCHAR,
            recogniser VARCHAR,
            PRIMARY KEY (document, start, "end")
        );
        CREATE INDEX mentions_actor ON mentions(actor);
        CREATE TABLE actors (
            id VARCHAR PRIMARY KEY,
            type VARCHAR NOT NULL,
            name_en VARCHAR,
            name_ar VARCHAR,
            iso3 VARCHAR,
            country VARCHAR
        );
        CREATE TABLE actor_aliases (
            actor VARCHAR NOT NULL,
            alias VARCHAR NOT NULL,
            PRIMARY KEY (actor, alias)
        );
        CREATE TABLE roles (
            actor VARCHAR NOT NULL,
            title VARCHAR NOT NULL,
            class VARCHAR NOT NULL,
            country VARCHAR,
            start VARCHAR,
            "end" VARCHAR,
            document VARCHAR,
            ev_start INTEGER,
            ev_end INTEGER
        );
        CREATE INDEX roles_actor ON roles(actor);
    """),
    (3, "events", """
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY,
            document VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            mode VARCHAR,
            status VARCHAR NOT NULL,
            sources VARCHAR[],
            targets VARCHAR[],
            participants VARCHAR[],
            persons VARCHAR[],
            date VARCHAR,
            place VARCHAR,
            topics VARCHAR[],
            meeting VARCHAR,
            ev_start INTEGER NOT NULL,
            ev_end INTEGER NOT NULL,
            ev_text VARCHAR NOT NULL,
            story VARCHAR
        );
        CREATE INDEX events_document ON events(document);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_story ON events(story);
    """),
    (4, "stories and pledges", """
        CREATE TABLE stories (
            id VARCHAR PRIMARY KEY,
            type VARCHAR NOT NULL,
            date VARCHAR,
            place VARCHAR,
            participants VARCHAR[],
            persons VARCHAR[],
            first_document VARCHAR,
            n_outlets INTEGER,
            n_events INTEGER
        );
        CREATE TABLE pledges (
            id VARCHAR PRIMARY KEY,
            event VARCHAR NOT NULL,
            status VARCHAR NOT NULL,
            fulfilled_by VARCHAR,
            due VARCHAR
        );
        CREATE TABLE document_duplicates (
            document VARCHAR NOT NULL,
            other VARCHAR NOT NULL,
            similarity DOUBLE NOT NULL,
            PRIMARY KEY (document, other)
        );
    """),
    (5, "search index", """
        ALTER TABLE documents ADD COLUMN search_text VARCHAR;
    """),
    (6, "event sort date and actor list", """
        ALTER TABLE events ADD COLUMN sort_date VARCHAR;
        ALTER TABLE events ADD COLUMN actors VARCHAR[];
    """ + BACKFILL_EVENTS),
    # DuckDB refuses CREATE INDEX in the transaction that updated the table: its own migration.
    (7, "event sort date index", "CREATE INDEX events_sort_date ON events(sort_date);"),
    (8, "search postings", """
        CREATE TABLE search_postings (term VARCHAR NOT NULL, document VARCHAR NOT NULL);
        CREATE TABLE search_postings_vocab (term VARCHAR PRIMARY KEY);
    """ + BACKFILL_POSTINGS + """
        CREATE INDEX search_postings_term ON search_postings(term);
    """),
    # Search joins the postings to the matching vocabulary by hash, never through this index, and keeping it up
    # cost about 1 ms per stored article.
    (9, "drop unused postings index", "DROP INDEX search_postings_term;"),
    # The day and month of an event whose year the text never gives (a yearless dateline); merge joins it to dated
    # reports of the same day.  Rows stored before have none (their documents were read without it).
    (10, "event month and day without a year", "ALTER TABLE events ADD COLUMN month_day VARCHAR;"),
]

LATEST = MIGRATIONS[-1][0]


def pending(applied: set[int]) -> list[tuple[int, str, str]]:
    return [m for m in MIGRATIONS if m[0] not in applied]
