"""A plan dated only to a month (the contract is to be signed next month) meets the dated report of its
fulfilment in that month, in either order; a report of another month stays apart."""
from __future__ import annotations

import pytest
from tests.merge.conftest import Doc, docs_meta, partition

from silkwire.merge import build_stories
from silkwire.merge.blocking import BlockIndex
from silkwire.merge.profile import profile_of as profile

DEAL = ("org/cnpc", "org/turkmengaz")


def _plan() -> Doc:
    d = Doc("TDH", "2025-01-21", ["وتم الإعلان عن أن شركة تركمانغاز ومؤسسة البترول الوطنية الصينية ستوقعان الشهر "
                                  "المقبل في عشق آباد عقدا لزيادة إمدادات الغاز إلى الصين."])
    d.event(0, "AGREE", "intended", participants=DEAL, date="2025-02", place="place/ashgabat", topics=("energy",))
    return d


def _signed(date: str) -> Doc:
    d = Doc("Trend", date, ["عشق آباد - وقعت شركة تركمانغاز ومؤسسة البترول الوطنية الصينية اليوم في عشق آباد عقدا "
                            "جديدا لزيادة إمدادات الغاز الطبيعي إلى الصين."])
    d.event(0, "AGREE", participants=(*DEAL, "country/TKM"), date=date, place="place/ashgabat", topics=("energy",))
    return d


@pytest.mark.parametrize("plan_first", [True, False])
def test_a_plan_for_a_month_meets_the_dated_report_of_that_month(plan_first):
    a, b = _plan(), _signed("2025-02-18")
    first, second = (a, b) if plan_first else (b, a)
    docs = docs_meta(a, b)
    index = BlockIndex(window=2, max_block=100)
    index.add(0, profile(first.events[0], docs[first.id]))
    assert index.candidates(profile(second.events[0], docs[second.id])) == {0}
    stories, _ = build_stories(a.events + b.events, docs)
    assert frozenset({a.events[0].id, b.events[0].id}) in partition(stories)


def test_a_report_of_another_month_never_meets_the_plan():
    a, b = _plan(), _signed("2025-04-18")
    docs = docs_meta(a, b)
    index = BlockIndex(window=2, max_block=100)
    index.add(0, profile(a.events[0], docs[a.id]))
    assert index.candidates(profile(b.events[0], docs[b.id])) == set()
