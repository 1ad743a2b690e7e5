"""Evaluation gate: ingest the seed articles, export, score with the shared scorer, and hold each figure to its floor
in eval_baseline.json.  Skipped only where ../shared (the gold and the scorer) is not beside the project."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from .gate import FIGURES, SCORER, SHARED, run_and_score

BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval not present")


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    gold = json.loads((SHARED / "eval" / "seeds.gold.json").read_text(encoding="utf-8"))
    return run_and_score(SHARED / "corpus" / "seeds", gold, tmp_path_factory.mktemp("seeds"))


@pytest.mark.parametrize("figure", [k for k in FIGURES if k in BASELINE])
def test_figure_meets_its_floor(report, figure):
    assert FIGURES[figure](report) >= BASELINE[figure]


def test_no_two_people_conflated(report):
    assert report["cross_document_people"]["conflated"] == []
