"""Guards that bound story building in dense periods: story-level conflicts stop single-link chaining, and the
candidate cap keeps the nearest days."""
from __future__ import annotations

import pytest
from tests.merge.conftest import Doc, docs_meta

from silkwire.merge import MergeConfig, build_stories
from silkwire.merge.blocking import BlockIndex
from silkwire.merge.profile import profile_of

CN_KZ = ("country/CHN", "country/KAZ")
# Reports naming nobody but the countries: each matches both of two different meetings.
GAP_REPORTS = [
    "التقى وزير الخارجية الصيني تشين قانغ مسؤولين من كازاخستان في شيان.",
    "بحث الجانبان الصيني والكازاخستاني في مدينة شيآن العلاقات الثنائية.",
]


def _together(stories, *event_ids: str) -> bool:
    return any({m.event for m in s.members} >= set(event_ids) for s in stories)


@pytest.mark.parametrize("gap", GAP_REPORTS)
def test_a_report_with_gaps_cannot_chain_two_meetings_with_different_people_into_one_story(gap):
    """Qin Gang met the foreign minister (one outlet) and the president (another); a third report names neither."""
    a = Doc("Xinhua", "2023-04-27", ["أجرى وزير الخارجية الصيني تشين قانغ محادثات مع وزير الخارجية "
                                     "القازاقستاني مراد نورتلو في شيآن."])
    b = Doc("Al Ain", "2023-04-27", [gap])
    c = Doc("RT Arabic", "2023-04-27", ["استقبل الرئيس القازاقستاني قاسم جومارت توكاييف وزير الخارجية الصيني "
                                        "تشين قانغ في شيآن."])
    common = {"participants": CN_KZ, "date": "2023-04-26", "place": "place/xian"}
    ea = a.event(0, "CONSULT", persons=("person/qin_gang", "person/murat_nurtleu"), **common)
    eb = b.event(0, "CONSULT", **common)
    ec = c.event(0, "CONSULT", persons=("person/qin_gang", "person/kassym_jomart_tokayev"), **common)
    stories, _ = build_stories(a.events + b.events + c.events, docs_meta(a, b, c))
    assert not _together(stories, ea.id, ec.id)
    assert _together(stories, ea.id, eb.id) or _together(stories, eb.id, ec.id)


@pytest.mark.parametrize("sentence", [
    "عقدت الصين وكازاخستان جولة مشاورات حول التعاون الأمني في أستانا.",
    "أجرى نائبا وزيري خارجية الصين وكازاخستان مشاورات سياسية في أستانا.",
])
def test_rounds_of_talks_days_apart_do_not_chain_beyond_the_window(sentence):
    """Talks reported on the 1st, 3rd and 5th: each neighbour pair is close enough; the chain spans too long."""
    docs, evs = [], []
    for day in ("01", "03", "05"):
        d = Doc(f"outlet-{day}", f"2024-03-{day}", [f"أستانا {int(day)} مارس - {sentence}"])
        evs.append(d.event(0, "CONSULT", participants=CN_KZ, date=f"2024-03-{day}", place="place/astana"))
        docs.append(d)
    stories, _ = build_stories(evs, docs_meta(*docs), MergeConfig(threshold=0.6))
    assert not _together(stories, evs[0].id, evs[2].id)
    assert _together(stories, evs[0].id, evs[1].id) or _together(stories, evs[1].id, evs[2].id)


def test_the_candidate_cap_keeps_the_nearest_days():
    sentence = "أجرى وزير الخارجية الصيني وانغ يي محادثات مع نظيره الكازاخستاني في بكين."
    index = BlockIndex(window=2, max_block=100, max_candidates=2)
    uncapped = BlockIndex(window=2, max_block=100)
    for pos, day in enumerate(["2024-03-08", "2024-03-10", "2024-03-11", "2024-03-12"]):
        d = Doc(f"outlet-{pos}", day, [f"بكين {day[-2:]} مارس - {sentence}"])
        filed = profile_of(d.event(0, "CONSULT", participants=CN_KZ, date=day), d.meta)
        index.add(pos, filed)
        uncapped.add(pos, filed)
    probe = Doc("Xinhua", "2024-03-10", [sentence])
    p = profile_of(probe.event(0, "CONSULT", participants=CN_KZ, date="2024-03-10"), probe.meta)
    assert index.candidates(p) == {1, 2}
    assert uncapped.candidates(p) == {0, 1, 2, 3}


def test_the_candidate_cap_prefers_reports_naming_the_same_parties():
    """A summit report keeps the other summit report over bilateral talks with one of its countries."""
    summit = ("country/CHN", "country/KAZ", "country/KGZ", "country/UZB")
    index = BlockIndex(window=2, max_block=100, max_candidates=1)
    bilateral = Doc("Kazinform", "2023-05-19", ["التقى الرئيس الصيني شي جين بينغ الرئيس القازاقستاني في شيآن."])
    index.add(0, profile_of(bilateral.event(0, "CONSULT", participants=CN_KZ, date="2023-05-19"), bilateral.meta))
    other = Doc("Xinhua", "2023-05-20", ["اختتمت في شيآن قمة الصين وآسيا الوسطى بمشاركة قادة الدول."])
    index.add(1, profile_of(other.event(0, "CONSULT", participants=summit, date="2023-05-20"), other.meta))
    probe = Doc("Al Ain", "2023-05-19", ["انطلقت في مدينة شيان الصينية أعمال القمة الأولى بين الصين ودول آسيا الوسطى."])
    assert index.candidates(profile_of(probe.event(0, "CONSULT", participants=summit, date="2023-05-19"),
                                       probe.meta)) == {1}
