"""Held-out evaluation gate: ingest the twelve held-out articles (tests/eval/heldout), export, score with the shared
scorer and hold each figure to its floor in heldout/baseline.json.  The seed gate measures the development set; this
one measures how the pipeline does on texts its rules were not written against.  Skipped only where ../shared (the
scorer and goldlib) is not beside the project."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from .gate import FIGURES, SCORER, SHARED, load_module, run_and_score

HELDOUT = Path(__file__).parent / "heldout"
BASELINE = json.loads((HELDOUT / "baseline.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval not present")


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads((HELDOUT / "heldout.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(tmp_path_factory, gold) -> dict:
    return run_and_score(HELDOUT / "articles", gold, tmp_path_factory.mktemp("heldout"))


def test_committed_gold_is_what_the_spec_generates(gold):
    """A spec edit without regenerating heldout.gold.json (make_gold.sh) would score against stale gold."""
    goldlib = load_module("goldlib", SHARED / "eval" / "goldlib.py")
    spec = load_module("heldout_spec", HELDOUT / "heldout_spec.py")
    assert goldlib.build(spec.SPEC, HELDOUT / "articles") == gold


@pytest.mark.parametrize("figure", [k for k in FIGURES if k in BASELINE])
def test_figure_meets_its_floor(report, figure):
    assert FIGURES[figure](report) >= BASELINE[figure]


def test_no_two_people_conflated(report):
    assert report["cross_document_people"]["conflated"] == []
