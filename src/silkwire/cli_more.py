"""CLI commands over extracted events: events, meetings, stories, story, pledges, serve, train-ner."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from silkwire import render
from silkwire.cli import DbOption, JsonOption, _open, _print_json, app, console, err
from silkwire.store import queries

ActorOption = Annotated[str | None, typer.Option("--actor", help="Any spelling of an actor, Arabic or Latin")]
FromOption = Annotated[str | None, typer.Option("--from", help="From date, YYYY[-MM[-DD]]")]
ToOption = Annotated[str | None, typer.Option("--to", help="To date, YYYY[-MM[-DD]]")]


def _actor_ids(con, name: str | None) -> tuple[str, ...]:
    if not name:
        return ()
    from silkwire.lookup import find_actors

    ids = find_actors(con, name)
    if not ids:
        err.print(f"no actor matches {name!r}")
        raise typer.Exit(1)
    return tuple(ids[:1])


def _check_date(value: str | None, option: str) -> str | None:
    import re

    if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        err.print(f"error: {option} {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        raise typer.Exit(2)
    return value


@app.command()
def events(db: DbOption = None, actor: ActorOption = None,
           type: Annotated[str | None, typer.Option(help="PLOVER type, e.g. CONSULT, AGREE")] = None,
           status: Annotated[str | None, typer.Option(help="asserted, intended, hoped or negated")] = None,
           date_from: FromOption = None, date_to: ToOption = None, outlet: str | None = None,
           limit: int = 100, as_json: JsonOption = False) -> None:
    """List events with their evidence snippet, filtered by actor, type, status and date."""
    from silkwire.models import EVENT_STATUSES, EVENT_TYPES

    if type and type.upper() not in EVENT_TYPES:
        err.print(f"error: unknown event type {type!r}; one of {', '.join(EVENT_TYPES)}")
        raise typer.Exit(2)
    if status and status not in EVENT_STATUSES:
        err.print(f"error: unknown status {status!r}; one of {', '.join(EVENT_STATUSES)}")
        raise typer.Exit(2)
    with _open(db) as store:
        f = queries.EventFilter(actor_ids=_actor_ids(store.con, actor), type=type, status=status,
                                date_from=_check_date(date_from, "--from"), date_to=_check_date(date_to, "--to"),
                                outlet=outlet, limit=limit)
        rows = queries.events(store.con, f)
    _print_json(rows) if as_json else render.events_table(console, rows)


@app.command()
def meetings(db: DbOption = None, as_json: JsonOption = False) -> None:
    """The China–Central Asia mechanism's (and the SCO's) meetings, with the events and articles attached to each."""
    from silkwire.pipeline import knowledge_base

    with _open(db) as store:
        rows = queries.meetings(store.con, knowledge_base().meetings)
    _print_json(rows) if as_json else render.meetings_table(console, rows)


@app.command()
def stories(db: DbOption = None, actor: ActorOption = None, date_from: FromOption = None, date_to: ToOption = None,
            limit: int = 100, as_json: JsonOption = False) -> None:
    """Stories: one real-world event with the reports of every outlet."""
    with _open(db) as store:
        rows = queries.stories(store.con, actor_ids=_actor_ids(store.con, actor),
                               date_from=_check_date(date_from, "--from"), date_to=_check_date(date_to, "--to"),
                               limit=limit)
    _print_json(rows) if as_json else render.stories_table(console, rows)


@app.command()
def story(story_id: Annotated[str, typer.Argument(help="Story id or id prefix")], db: DbOption = None,
          as_json: JsonOption = False) -> None:
    """One story with the outlets side by side: what each carries, omits, and how it spells the actors."""
    from silkwire.merge_store import story_view

    with _open(db) as store:
        view = story_view(store.con, story_id)
    if view is None:
        err.print(f"error: no story matches {story_id!r}")
        raise typer.Exit(1)
    _print_json(view) if as_json else render.story_detail(console, view)


@app.command()
def pledges(db: DbOption = None, open_only: Annotated[bool, typer.Option("--open", help="Only open pledges")] = False,
            actor: ActorOption = None, as_json: JsonOption = False) -> None:
    """Pledges (intended events) and the later reports that fulfil them."""
    with _open(db) as store:
        rows = queries.pledges(store.con, status="open" if open_only else None,
                               actor_ids=_actor_ids(store.con, actor))
    _print_json(rows) if as_json else render.pledges_table(console, rows)


@app.command()
def serve(db: DbOption = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the JSON API (/api, OpenAPI at /docs) and the web page on localhost."""
    import uvicorn

    from silkwire.web.app import create_app

    with _open(db):  # fail early, with one clear line, on a missing or foreign database file
        pass
    uvicorn.run(create_app(db), host=host, port=port, log_level="info")


@app.command("train-ner")
def train_ner(out: Annotated[Path | None, typer.Option(help="Model folder (default: the packaged model)")] = None,
              seed: int = 13) -> None:
    """Train the statistical Arabic NER model from ../shared/data/ner (ANERcorp train split)."""
    script = Path(__file__).resolve().parents[2] / "scripts" / "train_ner.py"
    if not script.exists():
        err.print(f"error: {script} not found (train-ner runs from a source checkout)")
        raise typer.Exit(2)
    args = [sys.executable, str(script), "--seed", str(seed)] + (["--out", str(out)] if out else [])
    raise typer.Exit(subprocess.call(args))
