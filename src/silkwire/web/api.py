"""The read-only JSON API under /api.  Each route returns the dict its view builder makes (see views.py)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

import duckdb
from fastapi import APIRouter, Depends, Query

from silkwire.web import views
from silkwire.web.deps import connection, reference_meetings
from silkwire.web.params import (
    DateRange,
    EventParams,
    Page,
    actor_type,
    date_range,
    event_params,
    optional_text,
    page_params,
    pledge_status,
)

router = APIRouter(prefix="/api", tags=["api"])
Con = Annotated[duckdb.DuckDBPyConnection, Depends(connection)]
Paging = Annotated[Page, Depends(page_params)]
Events = Annotated[EventParams, Depends(event_params)]
Outlet = Annotated[str | None, Query(max_length=200, description="Outlet name as stored, e.g. Xinhua")]
Actor = Annotated[str | None, Query(max_length=200, description="Actor id or any spelling")]
SearchQ = Annotated[str | None, Query(max_length=200, description="Words to find, any spelling variant")]
MinWeight = Annotated[int, Query(ge=1, le=10_000, description="Least number of shared events for an edge")]


@router.get("/documents", summary="Documents (without text), paginated, optionally of one outlet")
def documents(con: Con, page: Paging, outlet: Outlet = None) -> dict:
    return views.documents_view(con, optional_text(outlet), page)


@router.get("/documents/{doc_id}", summary="One document with its text, mentions and events")
def document(con: Con, doc_id: str) -> dict:
    return views.document_view(con, doc_id)


@router.get("/actors", summary="Actors with aliases and roles, optionally of one type")
def actors(con: Con, page: Paging, type: Annotated[str | None, Depends(actor_type)] = None) -> dict:
    return views.actors_view(con, type, page)


@router.get("/actors/{key:path}", summary="One actor by id or any spelling: aliases, dated roles, events")
def actor(con: Con, key: str) -> dict:
    return views.actor_view(con, key)


@router.get("/events", summary="Events with evidence spans; filter by actor, type, status, dates, outlet, story")
def events(con: Con, p: Events, page: Paging) -> dict:
    return views.events_view(con, p, page)


@router.get("/events/{event_id}", summary="One event with its article text cut around the evidence")
def event(con: Con, event_id: str) -> dict:
    return views.event_view(con, event_id)


@router.get("/stories", summary="Stories (one real-world event across outlets); filter by actor and dates")
def stories(con: Con, p: Events, page: Paging) -> dict:
    return views.stories_view(con, p, page)


@router.get("/stories/{story_id}", summary="One story: member events grouped by outlet, with evidence in context")
def story(con: Con, story_id: str) -> dict:
    return views.story_view(con, story_id)


@router.get("/pledges", summary="Pledges in open / fulfilled / overdue columns")
def pledges(con: Con, status: Annotated[str | None, Depends(pledge_status)] = None, actor: Actor = None) -> dict:
    return views.pledges_view(con, status, optional_text(actor))


@router.get("/meetings", summary="C+C5 and SCO meetings from reference data, with the events tagged with each")
def meetings(con: Con, ref: Annotated[Iterable, Depends(reference_meetings)]) -> dict:
    return views.meetings_view(con, ref)


@router.get("/search", summary="Documents containing every word of q, across Arabic spelling variants")
def search(con: Con, page: Paging, q: SearchQ = None) -> dict:
    return views.search_view(con, q, page)


@router.get("/stats", summary="Counts of documents, actors, events, stories, pledges")
def stats(con: Con) -> dict:
    return views.stats_view(con)


@router.get("/network", summary="Actor network: countries and people linked by CONSULT/AGREE/COOPERATE events")
def network(con: Con, r: Annotated[DateRange, Depends(date_range)], min_weight: MinWeight = 1) -> dict:
    return views.network_view(con, r, min_weight)
