"""Request-scoped dependencies shared by the API and page routes."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import duckdb
from fastapi import Request


def connection(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor of the app's read-only connection, for this request only (connections are not thread-safe)."""
    cur = request.app.state.store.con.cursor()
    try:
        yield cur
    finally:
        cur.close()


def reference_meetings(request: Request) -> Iterable:
    return request.app.state.meetings()
