"""Shared by the quality gates: ingest a folder of articles with the CLI, export, score with the shared scorer, and
read each summary figure the floors (``*baseline.json``) name."""
from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from typer.testing import CliRunner

from silkwire.cli import app

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"


def _hits(fraction: str) -> int:
    return int(fraction.split("/")[0])


#: floor name -> how to read the figure from score.py's report
FIGURES: dict[str, Callable[[dict], float]] = {
    "documents_found": lambda r: r["documents"]["found"],
    "published_correct": lambda r: r["documents"]["published_correct"],
    "mentions_f1": lambda r: r["mentions"]["f1"],
    "linking_b3_f1": lambda r: r["linking_b3"]["f1"],
    "people_merged": lambda r: r["cross_document_people"]["merged"],
    "roles_f1": lambda r: r["roles"]["f1"],
    "events_f1": lambda r: r["events"]["f1"],
    "events_status_accuracy": lambda r: r["events"]["status_accuracy"],
    "events_dates_hit": lambda r: _hits(r["events"]["date_accuracy"]),
    "events_places_hit": lambda r: _hits(r["events"]["place_accuracy"]),
    "stories_f1": lambda r: r["stories"]["f1"],
}


def load_module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_and_score(articles: Path, gold: dict, tmp: Path) -> dict:
    """The scorer's report for the articles as the CLI ingests and exports them (a fresh database in ``tmp``)."""
    runner = CliRunner()
    db = tmp / "eval.duckdb"
    assert runner.invoke(app, ["ingest", str(articles), "--db", str(db), "-q"]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", str(tmp / "out")]).exit_code == 0
    return load_module("score", SCORER).score(gold, tmp / "out")
