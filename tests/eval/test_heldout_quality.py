"""Held-out evaluation gates: for each held-out set (tests/eval/heldout, heldout2, ... heldout7) ingest its
articles, export, score with the shared scorer and hold each figure to its floor in <set>/baseline.json.  The seed gate
measures the development set; these measure texts the rules were not written against (each set's README says how
much was tuned against it since).  Skipped only where ../shared (the scorer and goldlib) is not beside the project."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from .gate import FIGURES, SCORER, SHARED, load_module, run_and_score

HERE = Path(__file__).parent
SETS = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval not present")


def baseline(name: str) -> dict:
    return json.loads((HERE / name / "baseline.json").read_text(encoding="utf-8"))


def gold(name: str) -> dict:
    return json.loads((HERE / name / f"{name}.gold.json").read_text(encoding="utf-8"))


@cache
def report(name: str) -> dict:
    """One ingest and scoring per set for the whole session (a temporary folder of its own)."""
    import tempfile

    return run_and_score(HERE / name / "articles", gold(name), Path(tempfile.mkdtemp(prefix=f"silkwire-{name}-")))


@pytest.mark.parametrize("name", SETS)
def test_committed_gold_is_what_the_spec_generates(name):
    """A spec edit without regenerating the gold JSON (make_gold.sh) would score against stale gold."""
    goldlib = load_module("goldlib", SHARED / "eval" / "goldlib.py")
    spec = load_module(f"{name}_spec", HERE / name / f"{name}_spec.py")
    assert goldlib.build(spec.SPEC, HERE / name / "articles") == gold(name)


@pytest.mark.parametrize(("name", "figure"), [(n, f) for n in SETS for f in FIGURES if f in baseline(n)])
def test_figure_meets_its_floor(name, figure):
    assert FIGURES[figure](report(name)) >= baseline(name)[figure]


@pytest.mark.parametrize("name", SETS)
def test_no_two_people_conflated(name):
    assert report(name)["cross_document_people"]["conflated"] == []
