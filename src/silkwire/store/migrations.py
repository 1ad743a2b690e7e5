"""Versioned schema migrations, recorded in the `schema_migrations` table.

Each migration runs once, inside a transaction together with its record, so a database is always at a version that
exists in this list.  Add new migrations at the end; never edit one that has shipped.
"""
from __future__ import annotations

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
]

LATEST = MIGRATIONS[-1][0]


def pending(applied: set[int]) -> list[tuple[int, str, str]]:
    return [m for m in MIGRATIONS if m[0] not in applied]
