"""Event typing, status and arguments on sentences written in the style of Arabic wire copy."""
from __future__ import annotations

import pytest


def countries(ids) -> set[str]:
    return {a.split("/", 1)[1] for a in ids if a.startswith("country/")}

TYPES = [
    ("التقى الرئيس الصيني مع نظيره الكازاخستاني في بكين.", "CONSULT"),
    ("اجتمع وزير الخارجية وانغ يي مع لافروف لبحث الأوضاع الإقليمية.", "CONSULT"),
    ("أجرت الصين وروسيا محادثات حول التعاون الاقتصادي.", "CONSULT"),
    ("عقدت الصين وأوزبكستان اجتماعا للجنة التعاون الحكومية.", "CONSULT"),
    ("زار توكاييف الصين في زيارة دولة استمرت ثلاثة أيام.", "CONSULT"),
    ("بحثت الصين وروسيا العلاقات الثنائية.", "CONSULT"),
    ("وقعت الصين وقيرغيزستان اتفاقية لبناء خط السكك الحديدية.", "AGREE"),
    ("اتفقت الصين وطاجيكستان على تعزيز التعاون الأمني.", "AGREE"),
    ("توصلت روسيا وبيلاروس إلى توافق بشأن أسعار الغاز.", "AGREE"),
    ("أصدرت الصين وتركمانستان بيانا مشتركا في ختام الزيارة.", "AGREE"),
    ("أعربت أوزبكستان عن دعمها لمبادرة التنمية العالمية التي طرحتها الصين.", "SUPPORT"),
    ("أشاد لافروف بالعلاقات مع الصين.", "SUPPORT"),
    ("تباحث الرئيس الصيني أمس مع رحمن في دوشنبه.", "CONSULT"),  # the bare past verb, not the masdar
    ("تشاور وانغ يي هاتفيا مع لافروف.", "CONSULT"),
    ("بحث الرئيس الكازاخستاني قاسم جومارت توكاييف في أستانا مع لافروف التعاون.", "CONSULT"),  # a long gap before مع
    ("وقال لافروف إن المحادثات كانت مثمرة، معربا عن شكر بلاده للصين.", "SUPPORT"),  # a participle as light verb
    ("وقفت روسيا إلى جانب الصين في مجلس الأمن.", "SUPPORT"),
    ("وأكد توكاييف أن بلاده ستواصل الوقوف إلى جانب قيرغيزستان.", "SUPPORT"),
    ("ووصل وانغ يي إلى موسكو، داعيا روسيا إلى وقف التصعيد.", "REQUEST"),
    # the bare past after و (its homograph noun is excluded only without و)
    ("وحث وانغ يي روسيا على ضبط النفس.", "REQUEST"),
    ("وتباحث وانغ يي مع لافروف.", "CONSULT"),
    ("وشكر توكاييف الصين على دعمها.", "SUPPORT"),
    ("دعت الصين إلى رفض عقلية الحرب الباردة.", "REQUEST"),  # رفض after إلى is the masdar asked for, not a verb
    ("رحبت كازاخستان بقرار الصين إلغاء التأشيرات.", "SUPPORT"),
    ("تعارض الصين أي تدخل خارجي في شؤون آسيا الوسطى.", "REJECT"),
    ("رفضت روسيا العقوبات الغربية.", "REJECT"),
    ("ندد وانغ يي بالهجمات على المنشآت المدنية.", "REJECT"),
    ("تتعاون الصين مع طاجيكستان في مجال الطاقة.", "COOPERATE"),
    ("ستعمل الصين مع قيرغيزستان على توسيع التجارة.", "COOPERATE"),
    ("وتتطلع أوزبكستان إلى رفع حجم التبادل التجاري مع الصين.", "COOPERATE"),
    ("قدمت الصين مساعدات إنسانية إلى أفغانستان.", "AID"),
    ("طالبت كازاخستان روسيا بتسهيل عبور الشاحنات.", "REQUEST"),
    ("اتهمت روسيا أوكرانيا بقصف المنشآت.", "ACCUSE"),
    ("هددت روسيا بقطع إمدادات الغاز.", "THREATEN"),
    ("تظاهر المئات أمام سفارة الصين في بيشكيك.", "PROTEST"),
    ("ودعت أحزاب المعارضة الروسية إلى التظاهر أمام البرلمان.", "PROTEST"),  # a call to protest
    ("فرضت روسيا عقوبات على شركات بيلاروسية.", "SANCTION"),
    ("قصفت القوات الروسية مواقع المسلحين.", "ASSAULT"),
    ("انسحبت القوات الروسية من المنطقة.", "RETREAT"),
]


@pytest.mark.parametrize("text,etype", TYPES)
def test_trigger_lexicon_types_real_phrasings(run, text, etype):
    assert etype in {e.type for e in run(text)}


STATUS = [
    ("ستوقع الصين وكازاخستان اتفاقية بشأن السفر بدون تأشيرة.", "AGREE", "intended"),
    ("وسوف توقع الصين وأوزبكستان اتفاقية للتجارة الحرة.", "AGREE", "intended"),
    ("وتعتزم الصين وطاجيكستان توسيع التعاون في المجمعات الصناعية.", "COOPERATE", "intended"),
    ("وقال إن الصين على استعداد للعمل مع روسيا لتنفيذ التوافقات.", "COOPERATE", "intended"),
    ("يتعين على الجانبين تعميق التعاون متبادل المنفعة بين الصين وقيرغيزستان.", "COOPERATE", "intended"),
    ("وتأمل أوزبكستان في الاستفادة من الخبرة الصينية في الحد من الفقر.", "COOPERATE", "hoped"),
    ("وتتطلع كازاخستان إلى تعزيز التعاون مع الصين.", "COOPERATE", "hoped"),
    ("لن توقع روسيا أي اتفاق مع أوكرانيا.", "AGREE", "negated"),
    ("ولم تلتق الصين وروسيا منذ أشهر.", "CONSULT", "negated"),
    ("وأكدت قيرغيزستان أنها لن تنضم إلى العقوبات المفروضة على روسيا.", "SANCTION", "negated"),
    ("واتفقت الصين وكازاخستان على عقد اجتماع في ألماتي.", "CONSULT", "intended"),  # agreed to hold: to come
    ("وقعت الصين وكازاخستان اتفاقية بشأن السفر بدون تأشيرة.", "AGREE", "asserted"),
    ("وتعارض الصين أي تدخل في الشؤون الداخلية لدول آسيا الوسطى.", "REJECT", "asserted"),
]


@pytest.mark.parametrize("text,etype,status", STATUS)
def test_status_comes_from_the_governing_cue(run, text, etype, status):
    found = [e for e in run(text) if e.type == etype]
    assert found and found[0].status == status


def test_coordinated_subject_fills_participants(run):
    e = run("وقعت الصين وكازاخستان وأوزبكستان اتفاقية للنقل.")[0]
    assert countries(e.participants) == {"CHN", "KAZ", "UZB"}


def test_ma_partner_joins_symmetric_event(run):
    e = next(e for e in run("ستتعاون طاجيكستان مع الصين في إنشاء مجمعات صناعية.") if e.type == "COOPERATE")
    assert countries(e.participants) == {"TJK", "CHN"}
    assert "industrial parks" in e.topics


def test_directed_event_has_source_and_target(run):
    e = next(e for e in run("ستدعم الصين بحزم كازاخستان في حماية سيادتها.") if e.type == "SUPPORT")
    assert countries(e.sources) == {"CHN"} and countries(e.targets) == {"KAZ"}
    assert e.status == "intended"


def test_back_reference_resolves_to_parties_named_earlier(run):
    text = ("التقى وزير الخارجية وانغ يي مع نظيره الروسي لافروف في بكين يوم الاثنين. "
            "واتفق الجانبان على تعزيز التنسيق في الشؤون الدولية.")
    agree = next(e for e in run(text) if e.type == "AGREE")
    assert countries(agree.participants) == {"CHN", "RUS"}


def test_numbered_back_reference_takes_the_listed_group(run):
    text = ("التقى وانغ يي مع وزراء خارجية كازاخستان وقيرغيزستان وطاجيكستان وتركمانستان وأوزبكستان. "
            "وأعربت الدول الخمس عن دعمها لمبادرة الحزام والطريق.")
    support = next(e for e in run(text) if e.type == "SUPPORT")
    assert countries(support.sources) == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def test_region_expands_to_member_states(run):
    e = next(e for e in run("ستدعم الصين دول آسيا الوسطى في حماية استقلالها.") if e.type == "SUPPORT")
    assert countries(e.targets) == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def test_separate_talks_give_one_event_per_counterpart(run):
    text = "التقى وزير الخارجية الصيني وانغ يي يوم الاثنين مع نظرائه الروسي والبيلاروسي والأوزبكي على التوالي."
    talks = [e for e in run(text) if e.type == "CONSULT"]
    assert {frozenset(countries(e.participants)) for e in talks} == {
        frozenset({"CHN", "RUS"}), frozenset({"CHN", "BLR"}), frozenset({"CHN", "UZB"})}
    assert all("person/wang_yi" in e.persons for e in talks)


def test_nisba_counterparts_count_as_parties(run):
    e = next(e for e in run("التقى وانغ يي مع نظيره الطاجيكي في بكين.") if e.type == "CONSULT")
    assert countries(e.participants) == {"CHN", "TJK"}


def test_capital_as_subject_is_its_country(run):
    e = next(e for e in run("وأضاف أن بكين ستعزز التعاون مع بيلاروس.") if e.type == "COOPERATE")
    assert countries(e.participants) == {"CHN", "BLR"}


def test_capital_after_fi_is_the_place_not_a_party(run):
    e = next(e for e in run("التقى لافروف مع وانغ يي في موسكو.") if e.type == "CONSULT")
    assert countries(e.participants) == {"CHN", "RUS"} and e.place == "place/moscow"


def test_person_maps_to_the_country_they_serve(run):
    e = next(e for e in run("رفض لافروف الاتهامات الغربية.") if e.type == "REJECT")
    assert countries(e.sources) == {"RUS"}


@pytest.mark.parametrize("text,published,date", [
    ("التقى وانغ يي مع لافروف يوم الاثنين.", "2024-05-22", "2024-05-20"),
    ("أجرى وانغ يي اليوم (الأربعاء) محادثات مع لافروف.", "2024-05-22", "2024-05-22"),
    ("التقى وانغ يي مع لافروف أمس.", "2024-05-22", "2024-05-21"),
    ("وقام الرئيس توكاييف بزيارة دولة إلى الصين في شهر يناير الماضي.", "2024-05-22", "2024-01"),
    ("وقعت الصين وكازاخستان اتفاقية في عام 2022.", "2024-05-22", "2022"),
    ("والتقى الرئيسان مرتين العام الماضي في الصين وكازاخستان.", "2024-05-22", "2023"),
    ("وقعت الصين وأوزبكستان اتفاقية في 12 مارس 2023.", "2024-05-22", "2023-03-12"),
])
def test_event_date_not_publication_date(run, text, published, date):
    assert run(text, published)[0].date == date


def test_dateline_date_is_the_reference(run):
    e = run("ألماتي 30 مارس 2024 (شينخوا) التقى وانغ يي مع توكاييف يوم السبت.", "2024-03-31")[0]
    assert e.date == "2024-03-30"


def test_huna_is_the_dateline_city(run):
    e = run("سمرقند 15 سبتمبر 2022 (شينخوا) التقى الرئيس الصيني هنا مع ميرضيائيف.", "2022-09-15",
            dateline="سمرقند")[0]
    assert e.place == "place/samarkand" and countries(e.participants) == {"CHN", "UZB"}


def test_named_meeting_tags_event_and_gives_date_and_place(run):
    text = "شارك وانغ يي في الاجتماع الخامس لوزراء خارجية الصين وآسيا الوسطى."
    e = next(e for e in run(text, None) if e.type == "CONSULT")
    assert e.meeting == "ccas-fm-5" and e.date == "2024-03-30" and e.place == "place/almaty"


def test_evidence_offsets_point_into_original_text(run):
    text = "مقدمة قصيرة.\nوقّعت الصين وكازاخستان اتفاقية للتعاون."
    e = run(text)[0]
    assert text[e.evidence.start:e.evidence.end] == e.evidence.text and "وقّعت" in e.evidence.text


def test_event_ids_are_stable_and_distinct(run):
    text = "التقى وانغ يي يوم الاثنين مع نظرائه الروسي والبيلاروسي على التوالي."
    first, second = run(text), run(text)
    assert [e.id for e in first] == [e.id for e in second] and len({e.id for e in first}) == len(first)


def test_relative_clause_verb_is_background_not_an_event(run):
    events = run("ستعمل الصين مع روسيا على تنفيذ التوافقات التي توصل إليها رئيسا البلدين.")
    assert "AGREE" not in {e.type for e in events}


def test_ungoverned_masdar_is_not_an_event(run):
    assert run("تعزيز التعاون بين الصين وكازاخستان هدف مشترك.") == []


def test_separate_talks_with_a_region_give_one_event_per_member_state(run):
    text = "أجرى وانغ يي اليوم محادثات منفصلة مع الدبلوماسيين الكبار في دول آسيا الوسطى."
    talks = [e for e in run(text) if e.type == "CONSULT"]
    assert {frozenset(countries(e.participants)) for e in talks} == {
        frozenset({"CHN", c}) for c in ("KAZ", "KGZ", "TJK", "TKM", "UZB")}


def test_dateline_city_under_a_headline_naming_a_region_is_the_place(run):
    text = ("وانغ يي يترأس اجتماعا لوزراء خارجية الصين وآسيا الوسطى\n\n"
            "ألماتي 30 مارس 2024 (شينخوا) ترأس وانغ يي اليوم هنا اجتماعا مع توكاييف.")
    events = run(text, "2024-03-30", dateline="ألماتي")
    assert events and all(e.place == "place/almaty" for e in events if e.status == "asserted")


def test_a_date_cue_on_a_second_trigger_of_the_event_dates_it(run):
    text = ("التقى وانغ يي مع توكاييف. واتفق الجانبان على عقد الجولة المقبلة من المشاورات السياسية في ألماتي "
            "خلال الخريف المقبل.")
    planned = next(e for e in run(text, "2024-06-04") if e.type == "CONSULT" and e.status == "intended")
    assert planned.date == "2024" and planned.place == "place/almaty"


def test_a_masdar_after_a_planned_one_is_planned_too(run):
    text = "وقال إن العلاقات دخلت عصرا جديدا، وإن الصين مستعدة للعمل مع روسيا على تنفيذ التوافق المهم."
    assert {e.status for e in run(text) if e.type == "COOPERATE"} == {"intended"}


def test_a_planned_summit_lends_no_place_and_a_placeless_headline_takes_the_days_place(run):
    text = ("وانغ يي وتوكاييف يوقعان بيانا مشتركا\n\nالتقى وانغ يي اليوم مع توكاييف في سمرقند. وقال وانغ يي إن الصين "
            "مستعدة للعمل مع كازاخستان من أجل إنجاح الاجتماع الخامس لوزراء خارجية الصين وآسيا الوسطى.")
    events = [e for e in run(text, "2024-03-20") if e.status == "asserted"]
    assert events and {e.place for e in events} == {"place/samarkand"}  # the planned meeting is in Almaty

