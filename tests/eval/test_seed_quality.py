"""Evaluation gate: ingest the seed articles, export, score with the shared scorer, and hold each figure to its floor
in eval_baseline.json.  Skipped only where ../shared (the gold and the scorer) is not beside the project."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from silkwire.cli import app

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval not present")


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("seeds")
    runner = CliRunner()
    db = tmp / "seeds.duckdb"
    assert runner.invoke(app, ["ingest", str(SHARED / "corpus" / "seeds"), "--db", str(db), "-q"]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", str(tmp / "out")]).exit_code == 0
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads((SHARED / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))
    return score.score(gold, tmp / "out")


def test_documents_and_publication_dates(report):
    assert report["documents"]["found"] >= BASELINE["documents_found"]
    assert report["documents"]["published_correct"] >= BASELINE["published_correct"]


def test_mentions_and_linking(report):
    assert report["mentions"]["f1"] >= BASELINE["mentions_f1"]
    assert report["linking_b3"]["f1"] >= BASELINE["linking_b3_f1"]
    assert report["cross_document_people"]["merged"] >= BASELINE["people_merged"]
    assert report["cross_document_people"]["conflated"] == []


def test_roles(report):
    assert report["roles"]["f1"] >= BASELINE["roles_f1"]


def test_events(report):
    events = report["events"]
    assert events["f1"] >= BASELINE["events_f1"]
    assert events["status_accuracy"] >= BASELINE["events_status_accuracy"]
    assert int(events["date_accuracy"].split("/")[0]) >= BASELINE["events_dates_hit"]
    assert int(events["place_accuracy"].split("/")[0]) >= BASELINE["events_places_hit"]


def test_stories(report):
    assert report["stories"]["f1"] >= BASELINE["stories_f1"]
