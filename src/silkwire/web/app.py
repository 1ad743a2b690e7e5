"""The FastAPI application: the read-only JSON API under /api and the server-rendered web page, from one database.

The database is opened read-only once; each request works on its own cursor (DuckDB connections are not shared
across threads).  Every response carries the security headers (CSP without inline script or style, nosniff,
no referrer leaks); malformed parameters become a 400 with a JSON message (or an HTML error page), never a 500.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from silkwire.store import Store
from silkwire.web import render
from silkwire.web.params import ParamError
from silkwire.web.views import NotFound

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def _default_meetings() -> tuple:
    from silkwire.pipeline import knowledge_base

    return knowledge_base().meetings


def create_app(db_path: Path | None, *, meetings: Callable[[], Iterable] | None = None) -> FastAPI:
    """The app over the database at `db_path` (default: `$SILKWIRE_DB` or ./silkwire.duckdb), opened read-only.

    `meetings` gives the reference meetings (default: the packaged knowledge base, loaded on first use)."""
    store = Store(db_path, read_only=True)
    app = FastAPI(title="silkwire", version="1", docs_url=None, redoc_url=None,
                  description="China–Central Asia diplomacy extracted from Arabic news: documents, actors, events "
                              "with evidence spans, stories, pledges, meetings. Read-only.")
    app.state.store = store
    app.state.meetings = meetings or _default_meetings
    app.router.add_event_handler("shutdown", store.close)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    _add_error_handlers(app)
    static = resources.files("silkwire.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    from silkwire.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def _error(request: Request, status: int, message: str, detail: list[dict] | None = None) -> Response:
    body = {"error": {"status": status, "message": message, "params": detail or []}}
    if render.wants_json(request):
        return JSONResponse(body, status_code=status, headers=SECURITY_HEADERS)
    return render.html(request, "error.html", body, status=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = [{"param": str(e["loc"][-1]) if e.get("loc") else "?", "message": e.get("msg", "invalid"),
                   "value": e.get("input") if isinstance(e.get("input"), str | int | None) else None}
                  for e in exc.errors()]
        message = "; ".join(f"{d['param']}: {d['message']}" for d in detail) or "invalid request"
        return _error(request, 400, message, detail)

    @app.exception_handler(ParamError)
    async def bad_param(request: Request, exc: ParamError) -> Response:
        return _error(request, 400, str(exc), [{"param": exc.param, "message": exc.message,
                                                "value": exc.value if isinstance(exc.value, str) else None}])

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        return JSONResponse({"error": {"status": 500, "message": "internal error", "params": []}}, status_code=500,
                            headers=SECURITY_HEADERS)
