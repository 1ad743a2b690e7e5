"""Held-out evaluation gate: ingest the twelve held-out articles (tests/eval/heldout), export, score with the shared
scorer and hold each figure to its floor in heldout/baseline.json.  The seed gate measures the development set; this
one measures how the pipeline does on texts its rules were not written against.  Skipped only where ../shared (the
scorer and goldlib) is not beside the project."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from silkwire.cli import app

from .test_seed_quality import SHARED

HELDOUT = Path(__file__).parent / "heldout"
BASELINE = json.loads((HELDOUT / "baseline.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval not present")


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads((HELDOUT / "heldout.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(tmp_path_factory, gold) -> dict:
    tmp = tmp_path_factory.mktemp("heldout")
    runner = CliRunner()
    db = tmp / "heldout.duckdb"
    assert runner.invoke(app, ["ingest", str(HELDOUT / "articles"), "--db", str(db), "-q"]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", str(tmp / "out")]).exit_code == 0
    return _load("score", SHARED / "eval" / "score.py").score(gold, tmp / "out")


def test_committed_gold_is_what_the_spec_generates(gold):
    """A spec edit without regenerating heldout.gold.json (make_gold.sh) would score against stale gold."""
    goldlib = _load("goldlib", SHARED / "eval" / "goldlib.py")
    spec = _load("heldout_spec", HELDOUT / "heldout_spec.py")
    assert goldlib.build(spec.SPEC, HELDOUT / "articles") == gold


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
