"""The web page: the same view builders as /api, rendered by templates (or as JSON on request)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from silkwire.web import views
from silkwire.web.api import Actor, Con, Events, MinWeight, Outlet, Paging, SearchQ
from silkwire.web.deps import reference_meetings
from silkwire.web.params import DateRange, actor_type, date_range, optional_text, pledge_status
from silkwire.web.render import respond

router = APIRouter(include_in_schema=False)


@router.get("/")
@router.get("/events")
def timeline(request: Request, con: Con, p: Events, page: Paging) -> Response:
    return respond(request, "timeline.html", views.events_view(con, p, page))


@router.get("/events/{event_id}")
def event(request: Request, con: Con, event_id: str) -> Response:
    return respond(request, "event.html", views.event_view(con, event_id))


@router.get("/stories")
def stories(request: Request, con: Con, p: Events, page: Paging) -> Response:
    return respond(request, "stories.html", views.stories_view(con, p, page))


@router.get("/stories/{story_id}")
def story(request: Request, con: Con, story_id: str) -> Response:
    return respond(request, "story.html", views.story_view(con, story_id))


@router.get("/documents")
def documents(request: Request, con: Con, page: Paging, outlet: Outlet = None) -> Response:
    return respond(request, "documents.html", views.documents_view(con, optional_text(outlet), page))


@router.get("/documents/{doc_id}")
def document(request: Request, con: Con, doc_id: str) -> Response:
    return respond(request, "document.html", views.document_view(con, doc_id))


@router.get("/actors")
def actors(request: Request, con: Con, page: Paging,
           type: Annotated[str | None, Depends(actor_type)] = None) -> Response:
    return respond(request, "actors.html", views.actors_view(con, type, page))


@router.get("/actors/{key:path}")
def actor(request: Request, con: Con, key: str) -> Response:
    return respond(request, "actor.html", views.actor_view(con, key))


@router.get("/pledges")
def pledges(request: Request, con: Con, status: Annotated[str | None, Depends(pledge_status)] = None,
            actor: Actor = None) -> Response:
    return respond(request, "pledges.html", views.pledges_view(con, status, optional_text(actor)))


@router.get("/meetings")
def meetings(request: Request, con: Con, ref: Annotated[Iterable, Depends(reference_meetings)]) -> Response:
    return respond(request, "meetings.html", views.meetings_view(con, ref))


@router.get("/search")
def search(request: Request, con: Con, page: Paging, q: SearchQ = None) -> Response:
    return respond(request, "search.html", views.search_view(con, q, page))


@router.get("/stats")
def stats(request: Request, con: Con) -> Response:
    return respond(request, "stats.html", views.stats_view(con))


@router.get("/network")
def network(request: Request, con: Con, r: Annotated[DateRange, Depends(date_range)],
            min_weight: MinWeight = 1) -> Response:
    return respond(request, "network.html", views.network_view(con, r, min_weight))


@router.get("/docs")
def docs(request: Request) -> Response:
    """The API reference, rendered from the OpenAPI schema (/openapi.json) without any third-party script."""
    return respond(request, "docs.html", api_reference(request.app.openapi()))


def api_reference(schema: dict) -> dict:
    routes = []
    for path, ops in schema.get("paths", {}).items():
        for method, op in ops.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description") or "",
                       "schema": _schema_text(p.get("schema", {}))} for p in op.get("parameters", [])]
            routes.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                           "parameters": params})
    return {"title": schema["info"]["title"], "description": schema["info"].get("description", ""),
            "openapi": "/openapi.json", "routes": routes}


def _schema_text(s: dict) -> str:
    if "anyOf" in s:
        return " | ".join(_schema_text(x) for x in s["anyOf"])
    bits = [s.get("type", "")]
    for k, sym in (("minimum", ">="), ("maximum", "<="), ("maxLength", "max length ")):
        if k in s:
            bits.append(f"{sym}{s[k]}")
    if "default" in s:
        bits.append(f"default {s['default']}")
    return " ".join(b for b in bits if b)
