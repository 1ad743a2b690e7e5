"""The `silkwire` command line: ingest, browse, export, serve.

Every command takes `--db FILE` (default: $SILKWIRE_DB or ./silkwire.duckdb).  Errors print one line naming the file
and the problem, and the exit code is non-zero.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from silkwire import render
from silkwire.errors import SilkwireError
from silkwire.store import Store, default_db_path, queries

app = typer.Typer(help="Arabic news on China–Central Asia diplomacy → a traceable, queryable record of events.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
console = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[Path | None, typer.Option("--db", help="DuckDB file (default: $SILKWIRE_DB or ./silkwire.duckdb)")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table")]


def _open(db: Path | None, *, read_only: bool = True) -> Store:
    path = db or default_db_path()
    try:
        return Store(path, read_only=read_only)
    except SilkwireError as exc:
        err.print(f"[red]error:[/] {exc}", markup=True, highlight=False)
        raise typer.Exit(2) from exc


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


@app.command()
def ingest(paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .html .jsonl .rss/.xml .warc)")],
           db: DbOption = None,
           jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for analysis")] = 1,
           quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False) -> None:
    """Read articles, extract entities and events, and store each document atomically."""
    from silkwire.batch import ingest as run_ingest
    from silkwire.merge_store import update_merged

    with _open(db, read_only=False) as store:
        with render.ingest_progress(console, enabled=not quiet) as notify:
            try:
                summary = run_ingest(paths, store, jobs=jobs, on_item=notify)
            except KeyboardInterrupt:
                err.print("interrupted: every document stored so far is complete; re-run to finish the rest")
                raise typer.Exit(130) from None
        if summary.ingested:
            merged = update_merged(store, summary.documents)
            summary.stories = merged.get("stories", 0)
        render.ingest_summary(console, err, summary)
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def demo(db: DbOption = None,
         examples: Annotated[Path | None, typer.Option(help="Folder of sample inputs")] = None) -> None:
    """Ingest the bundled examples into a fresh database and print a summary."""
    from silkwire.batch import ingest as run_ingest
    from silkwire.merge_store import update_merged

    folder = examples or _examples_folder()
    path = db or Path(tempfile.mkdtemp(prefix="silkwire-demo-")) / "demo.duckdb"
    if path.exists():
        path.unlink()
    with Store(path) as store:
        with render.ingest_progress(console, enabled=True) as notify:
            summary = run_ingest([folder], store, on_item=notify)
        update_merged(store)
        render.ingest_summary(console, err, summary)
        render.stats(console, queries.stats(store.con))
        render.events_table(console, queries.events(store.con, queries.EventFilter(limit=15)))
    console.print(f"database: {path}\ntry: silkwire events --db {path}")
    if not summary.ok:
        raise typer.Exit(1)


def _examples_folder() -> Path:
    for candidate in (Path.cwd() / "examples", Path(__file__).resolve().parents[2] / "examples"):
        if candidate.is_dir():
            return candidate
    err.print("error: no examples/ folder found; pass --examples PATH")
    raise typer.Exit(2)


@app.command()
def documents(db: DbOption = None, outlet: str | None = None,
              limit: Annotated[int, typer.Option(help="How many to list")] = 50, as_json: JsonOption = False) -> None:
    """List stored documents with outlet, date and title."""
    with _open(db) as store:
        rows = queries.documents(store.con, with_text=False, limit=limit, outlet=outlet)
    _print_json(rows) if as_json else render.documents_table(console, rows)


@app.command()
def show(doc: Annotated[str, typer.Argument(help="Document id, id prefix or source file name")],
         db: DbOption = None, as_json: JsonOption = False) -> None:
    """Show one document: metadata, text, entities and events."""
    with _open(db) as store:
        row = queries.document(store.con, doc)
        if row is None:
            err.print(f"error: no document matches {doc!r}")
            raise typer.Exit(1)
        ments = queries.mentions(store.con, row["id"])
        evs = queries.events(store.con, queries.EventFilter(document=row["id"]))
    if as_json:
        _print_json({"document": row, "mentions": ments, "events": evs})
    else:
        render.document_detail(console, row, ments, evs)


@app.command()
def stats(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Counts of documents, outlets, dates, actors, events, stories and pledges."""
    with _open(db) as store:
        data = queries.stats(store.con)
    _print_json(data) if as_json else render.stats(console, data)


@app.command()
def export(out_dir: Annotated[Path, typer.Argument(help="Folder to write into")],
           fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (CONTRACT.md), csv or parquet")] = "jsonl",
           db: DbOption = None) -> None:
    """Export the record: JSON Lines per CONTRACT.md, or documents and events as CSV / parquet."""
    from silkwire.export import FORMATS
    from silkwire.export import export as run_export

    if fmt not in FORMATS:
        err.print(f"error: unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    with _open(db) as store:
        counts = run_export(store.con, out_dir, fmt)
    console.print(", ".join(f"{n} {name}" for name, n in counts.items()) + f" → {out_dir}")


@app.command()
def actors(db: DbOption = None,
           type: Annotated[str | None, typer.Option(help="country, person, organization or place")] = None,
           limit: int = 50, as_json: JsonOption = False) -> None:
    """List actors with aliases, roles and mention counts."""
    with _open(db) as store:
        rows = queries.actors(store.con, type=type)[:limit]
    _print_json(rows) if as_json else render.actors_table(console, rows)


@app.command()
def actor(name: Annotated[str, typer.Argument(help="Any spelling, Arabic or Latin, or an actor id")],
          db: DbOption = None, as_json: JsonOption = False) -> None:
    """Find an actor by any spelling and show its aliases, dated roles and events."""
    from silkwire.lookup import find_actors

    with _open(db) as store:
        ids = find_actors(store.con, name)
        if not ids:
            err.print(f"no actor matches {name!r}")
            raise typer.Exit(1)
        rows = queries.actors(store.con, ids=ids[:1])
        evs = queries.events(store.con, queries.EventFilter(actor_ids=tuple(ids[:1]), limit=20))
    _print_json({"actor": rows[0], "events": evs}) if as_json else render.actor_detail(console, rows[0], evs)


from silkwire import cli_more  # noqa: E402,F401  - registers events, stories, pledges, meetings, serve, train-ner


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover - `python -m silkwire.cli`: the package's app, which cli_more extends
    from silkwire.cli import main as package_main

    package_main()
