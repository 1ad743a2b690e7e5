"""Rendering one view dict as JSON or as an HTML page (Jinja2, autoescaped).

Article text is untrusted: templates never mark data safe.  The only markup built from data is the evidence
highlight, made by escaping before / span / after separately and wrapping the escaped span in <mark>.
"""
from __future__ import annotations

from functools import cache
from urllib.parse import urlencode

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from silkwire.models import EVENT_STATUSES, EVENT_TYPES
from silkwire.web.params import ParamError

FORMATS = ("html", "json")
SERIES = {"ccas_fm": "C+C5 FM", "ccas_summit": "C+C5 summit", "sco_summit": "SCO summit", "sco_fm": "SCO FM"}
NAV = (
    ("/", "Timeline", "الخط الزمني"),
    ("/stories", "Stories", "القصص"),
    ("/network", "Network", "شبكة الفاعلين"),
    ("/actors", "Actors", "الفاعلون"),
    ("/pledges", "Pledges", "التعهدات"),
    ("/meetings", "Meetings", "الاجتماعات"),
    ("/documents", "Articles", "المقالات"),
    ("/docs", "API", "الواجهة البرمجية"),
)


def highlight(parts: dict) -> Markup:
    """before<mark>span</mark>after, each part escaped on its own."""
    return Markup("{}<mark>{}</mark>{}").format(escape(parts.get("before", "")), escape(parts.get("mark", "")),
                                                escape(parts.get("after", "")))


def snip(text: str | None, n: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def with_query(query: dict, **changes: object) -> str:
    """The current query string with some parameters changed (None removes one): for pagination links."""
    merged = {k: v for k, v in query.items() if v not in ("", None)}
    for k, v in changes.items():
        if v is None:
            merged.pop(k, None)
        else:
            merged[k] = v
    return "?" + urlencode(merged) if merged else "?"


@cache
def environment() -> Environment:
    env = Environment(loader=PackageLoader("silkwire.web", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(highlight=highlight, snip=snip)
    env.globals.update(nav=NAV, series=SERIES, event_types=EVENT_TYPES, event_statuses=EVENT_STATUSES,
                       with_query=with_query)
    return env


def wants_json(request: Request) -> bool:
    """JSON for /api paths, `?format=json`, or an Accept header asking for JSON rather than HTML."""
    if request.url.path.startswith("/api/") or request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def html(request: Request, template: str, data: dict, status: int = 200) -> HTMLResponse:
    page = environment().get_template(template).render(
        data=data, path=request.url.path, query=dict(request.query_params))
    return HTMLResponse(page, status_code=status)


def respond(request: Request, template: str, data: dict) -> Response:
    """The view dict as JSON or as the page: the same data either way."""
    fmt = request.query_params.get("format")
    if fmt is not None and fmt not in FORMATS:
        raise ParamError("format", f"unknown value {fmt!r}; one of {', '.join(FORMATS)}", fmt)
    if wants_json(request):
        return JSONResponse(jsonable_encoder(data))
    return html(request, template, data)
