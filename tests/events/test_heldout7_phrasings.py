"""Phrasings first met on the seventh held-out set, written anew here with other places and parties: construction
launches, the place that "witnessed" an event, weekdays of events still to come, expectations, and a preview's
meeting named again."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "وشهدت ألماتي اليوم انطلاق أعمال بناء الطريق السريع بين الصين وكازاخستان.",
    "وأطلقت الصين وكازاخستان أمس بناء خط أنابيب جديد.",
    "ودشن الرئيسان اليوم مشروع بناء محطة الطاقة المشتركة بين الصين وكازاخستان.",
    "وأطلقت الصين وقيرغيزستان أمس تشييد جسر حدودي.",
])
def test_a_construction_launch_is_cooperation(run, text):
    e = next(e for e in run(text) if e.type == "COOPERATE")
    assert e.status == "asserted"
    assert {"country/CHN"} < set(e.participants)


def test_launching_a_strike_is_no_construction(run):
    assert not [e for e in run("وأطلقت القوات النار على المتظاهرين في بيشكيك.") if e.type == "COOPERATE"]


def test_the_city_that_witnessed_an_event_is_its_place(run):
    text = "شهدت مدينة سمرقند الأوزبكية، أمس الثلاثاء، توقيع اتفاقية بين الصين وكازاخستان."
    e = next(e for e in run(text, published="2024-05-22") if e.type == "AGREE")
    assert e.place == "place/samarkand" and e.date == "2024-05-21"


def test_a_recalled_event_lends_its_place_to_no_event_of_the_report_day(run):
    text = ("وأكد الرئيس الكازاخستاني اليوم دعم بلاده للصين في المحافل الدولية. "
            "وكانت الصين وكازاخستان قد وقعتا في مارس الماضي في ألماتي اتفاقية للتعاون.")
    events = run(text, published="2024-05-22")
    support = next(e for e in events if e.type == "SUPPORT")
    assert support.date == "2024-05-22" and support.place != "place/almaty"


@pytest.mark.parametrize("text,date", [
    # 2024-05-22 is a Wednesday: a bare weekday is the next one for an event still to come, the last one otherwise
    ("ومن المقرر أن يجري الرئيسان يوم الجمعة في بكين محادثات بين الصين وكازاخستان.", "2024-05-24"),
    ("وسيلتقي وزيرا خارجية الصين وكازاخستان يوم الاثنين في بكين.", "2024-05-27"),
    ("والتقى وزيرا خارجية الصين وكازاخستان يوم الاثنين في بكين.", "2024-05-20"),
    ("والتقى وزيرا خارجية الصين وكازاخستان يوم الاثنين المقبل في بكين.", "2024-05-27"),
])
def test_a_bare_weekday_points_the_way_the_event_lies(run, text, date):
    e = next(e for e in run(text, published="2024-05-22") if e.type == "CONSULT")
    assert e.date == date


@pytest.mark.parametrize("text,status", [
    ("ويتوجه الرئيس الكازاخستاني غدا إلى بكين وسط توقعات بتوقيع اتفاقيات بين الصين وكازاخستان.", "intended"),
    ("ويتوقع أن توقع الصين وكازاخستان اتفاقية للتعاون في مجال الطاقة.", "intended"),
    ("وتوقع الصين وكازاخستان اليوم اتفاقية للتعاون في مجال الطاقة.", "asserted"),  # توقع: "she signs"
])
def test_expectations_make_a_signing_intended(run, text, status):
    e = next(e for e in run(text) if e.type == "AGREE")
    assert e.status == status


def test_a_preview_naming_its_visit_again_reports_no_visit_that_happened(run):
    text = ("يتوجه الرئيس الكازاخستاني غدا إلى الصين في زيارة دولة. "
            "وقال المتحدث باسم الرئاسة إن الزيارة تحظى بأهمية كبيرة لكازاخستان والصين. "
            "ويتضمن برنامج الزيارة لقاءات مع رجال الأعمال.")
    consults = [e for e in run(text, published="2024-05-22") if e.type == "CONSULT"]
    assert consults and all(e.status == "intended" for e in consults)


def test_a_visit_named_again_after_it_happened_is_kept(run):
    text = ("زار الرئيس الكازاخستاني الصين أمس. "
            "وقال المتحدث باسم الرئاسة إن الزيارة عززت العلاقات بين كازاخستان والصين.")
    assert any(e.type == "CONSULT" and e.status == "asserted" for e in run(text, published="2024-05-22"))


@pytest.mark.parametrize("text,status", [
    ("ويأتي الاجتماع تنفيذا لما اتفقت عليه الصين وكازاخستان خلال القمة.", "asserted"),  # لِما: "of what"
    ("ولما تتفق الصين وكازاخستان على موعد القمة.", "negated"),  # لمّا + jussive: "not yet"
])
def test_lamma_negates_only_a_present_verb(run, text, status):
    e = next(e for e in run(text) if e.type == "AGREE")
    assert e.status == status


def test_a_meeting_verb_reaches_its_noun_past_a_long_list_of_ministers(run):
    text = ("عقد وزراء خارجية الصين وانغ يي، وكازاخستان مراد نورتلو، وقيرغيزستان جينبيك كولوبايف، اليوم الأربعاء في "
            "العاصمة الكازاخستانية أستانا، الجولة الخامسة من الحوار.")
    e = next(e for e in run(text, published="2024-05-22") if e.type == "CONSULT")
    assert e.place == "place/astana" and e.date == "2024-05-22"
