"""Phrasings first met on unseen text (the fifth held-out set): organisation back-references, inclusions in what is
rejected, suffixed event nouns, entry into force, participles of demand, passive discussion."""
from __future__ import annotations

import pytest


def test_the_organisation_is_the_one_whose_name_has_that_noun(run):
    text = ("عقدت منظمة شنغهاي للتعاون قمتها في بكين. وأكد القادة احترام ميثاق الأمم المتحدة. "
            "وأعرب الإعلان عن رفض المنظمة للإجراءات الأحادية.")
    e = next(e for e in run(text) if e.type == "REJECT")
    assert "org/sco" in e.sources and "org/un" not in e.sources


def test_bare_member_states_are_the_organisation_referred_to_most(run):
    text = ("عقدت منظمة شنغهاي للتعاون قمتها في بكين. ورفضت المنظمة العقوبات التي لا تستند إلى ميثاق الأمم المتحدة. "
            "ودعا توكاييف الدول الأعضاء إلى إصلاح آليات العمل.")
    e = next(e for e in run(text) if e.type == "REQUEST")
    assert "org/sco" in e.targets and "org/un" not in e.targets


def test_member_states_of_a_named_organisation_are_that_organisation(run):
    e = next(e for e in run("دانت الدول الأعضاء في منظمة شنغهاي للتعاون الضربات التي شنتها إسرائيل على إيران.")
             if e.type == "REJECT")
    assert e.sources == ("org/sco",)


def test_a_summit_with_a_possessive_suffix_is_a_meeting(run):
    e = next(e for e in run("عقدت منظمة شنغهاي للتعاون قمتها في بكين.") if e.type == "CONSULT")
    assert "org/sco" in e.participants


@pytest.mark.parametrize("text,kept", [
    ("رفضت الصين الإجراءات الأحادية، بما فيها العقوبات والرسوم الجمركية.", False),
    ("رفضت الصين الإجراءات الأحادية، ولا سيما العقوبات.", False),
    ("رفضت الصين الإجراءات الأحادية، وفرضت عقوبات على الشركات.", True),
])
def test_a_hostile_act_included_in_what_is_rejected_is_no_event(run, text, kept):
    types = [e.type for e in run(text)]
    assert "REJECT" in types
    assert ("SANCTION" in types) is kept


@pytest.mark.parametrize("text,etype,status", [
    ("دخلت اتفاقية الإعفاء المتبادل من التأشيرات بين الصين وكازاخستان حيز التنفيذ اليوم.", "COOPERATE", "asserted"),
    ("دخول اتفاقية الإعفاء المتبادل من التأشيرات بين الصين وكازاخستان حيز التنفيذ", "COOPERATE", "asserted"),
    ("وستدخل الاتفاقية بين الصين وكازاخستان حيز النفاذ الشهر المقبل.", "COOPERATE", "intended"),
    ("وقالت إن الصين مستعدة لبحث ترتيبات مماثلة مع قيرغيزستان.", "CONSULT", "intended"),
    ("ودانت روسيا الضربات العسكرية على إيران.", "REJECT", "asserted"),
    ("وشدد توكاييف على أهمية الأمن، مطالباً الصين بتسريع المشاريع.", "REQUEST", "asserted"),
    ("وخلال زيارة وانغ يي إلى أستانا، تم بحث العلاقات بين الصين وكازاخستان.", "CONSULT", "asserted"),
    ("ووصلت إلى بيشكيك اليوم شحنة مساعدات من الصين.", "AID", "asserted"),
    ("وأرسلت الصين قافلة مساعدات إلى قيرغيزستان.", "AID", "asserted"),
    ("وأكد لافروف أن روسيا مستعدة لزيادة إمدادات الطاقة إلى كازاخستان.", "COOPERATE", "intended"),
    ("وتجمع مئات المتظاهرين أمام سفارة الصين في بيشكيك أمس.", "PROTEST", "asserted"),
    ("وخرج مواطنون من قيرغيزستان إلى الشوارع احتجاجا على رفع الأسعار.", "PROTEST", "asserted"),
    ("وشنت روسيا ضربات جوية على مواقع في سوريا أمس.", "ASSAULT", "asserted"),
    ("وفتحت قوات حرس الحدود الطاجيكية النار على دورية من قيرغيزستان.", "ASSAULT", "asserted"),
    ("وانفجرت سيارة مفخخة قرب سفارة الصين في باكستان.", "ASSAULT", "asserted"),
    ("وجاء ذلك خلال استقبال توكاييف أمس وزير الخارجية الصيني وانغ يي.", "CONSULT", "asserted"),
    ("افتتحت الصين أمس رسميا قنصليتها العامة في مدينة أوش بقيرغيزستان.", "COOPERATE", "asserted"),
])
def test_new_trigger_phrasings(run, text, etype, status):
    assert any(e.type == etype and e.status == status for e in run(text)), [(e.type, e.status) for e in run(text)]


@pytest.mark.parametrize("text,value", [
    ("وأعلن أن الصين ستقدم هذا العام منحا لدول آسيا الوسطى", "2025"),
    ("وتتطلع البلدان إلى زيادة التبادل هذه السنة", "2025"),
    ("وستصل الشحنة الثانية الأسبوع المقبل", "2025-06"),
    ("وكانت أوزبكستان قد أرسلت الأسبوع الماضي قافلة", "2025-05"),
    ("والتقى الرئيسان في 17 من الشهر الجاري", "2025-05-17"),
    ("والتقى الرئيسان في 28 من الشهر الماضي", "2025-04-28"),
    ("وأجرى الوزيران محادثات مطلع الأسبوع", "2025-05"),
    ("وسيزور الوزير بكين هذا الشهر", "2025-05"),
    ("وقد وقع البلدان الاتفاقية أواخر السنة الماضية", "2024"),
    ("ووقع القادة استراتيجية تطوير المنظمة حتى عام 2035 في 2 مايو", "2025-05-02"),  # a horizon is no date
])
def test_relative_dates_of_week_month_and_year(text, value):
    from datetime import date

    from silkwire.events.dates import find_dates
    from silkwire.events.forms import norm
    from silkwire.events.lexicon import tokenize

    folded = norm(text)
    found = find_dates(folded, date(2025, 5, 30), tokenize(folded)[0])
    assert [d.value for d in found] == [value]
    assert found == find_dates(folded, date(2025, 5, 30))  # the token path and the text scan agree


@pytest.mark.parametrize("text,kept", [
    ("وكان الرئيس رحمن قد زار المناطق المنكوبة الأسبوع الماضي.", False),
    ("وكان الرئيس شي قد زار المعرض.", False),
    ("وقالت إن كثيرا من الزبائن يزورون كازاخستان للمرة الأولى.", False),
    ("وباتت البحيرة تستقبل آلاف الزوار يوميا.", False),
    ("زار وانغ يي كازاخستان أمس.", True),
    ("واستقبل توكاييف وانغ يي في أستانا.", True),
])
def test_a_visit_or_reception_with_no_party_on_one_side_is_no_meeting(run, text, kept):
    assert any(e.type == "CONSULT" for e in run(text)) is kept


@pytest.mark.parametrize("text,killed", [
    ("ضربت السيول مناطق طاجيكستان وأسفرت عن مقتل 14 شخصا.", False),
    ("وأدى الزلزال إلى مقتل العشرات في قيرغيزستان.", False),
    ("أعلنت كازاخستان مقتل جنديين في هجوم على الحدود.", True),
])
def test_deaths_in_a_natural_disaster_are_no_assault(run, text, killed):
    assert any(e.type == "ASSAULT" for e in run(text)) is killed


def test_a_clause_opened_by_kama_has_its_own_subject_and_object(run):
    text = "أرسلت أوزبكستان قافلة إلى المناطق المتضررة، كما أعلنت كازاخستان تخصيص مليون دولار لجهود الإغاثة."
    aid = sorted((e.sources, e.targets) for e in run(text) if e.type == "AID")
    assert aid == [(("country/KAZ",), ()), (("country/UZB",), ())]


@pytest.mark.parametrize("person,date,org", [
    ("antonio_guterres", "2024-07-04", "org/un"),  # Secretary-General of the United Nations: speaks for the UN
    ("antonio_guterres", "2010-07-04", None),  # before his term
    ("vladimir_norov", "2020-05-01", "org/sco"),  # SCO Secretary-General 2019–2021
    ("vladimir_norov", "2022-06-08", None),  # Uzbekistan's foreign minister then
    ("wang_yi", "2024-07-04", None),
])
def test_a_person_in_an_international_office_represents_the_organisation(person, date, org):
    from silkwire.events.parties import _organisation_of
    from silkwire.models import Actor
    from silkwire.reference import KnowledgeBase

    kb = KnowledgeBase.load()
    assert _organisation_of(Actor(f"person/{person}", "person", None, person), date, kb) == org


def test_a_trigger_word_behind_wa_inside_a_name_is_no_trigger(run):
    from silkwire.models import Mention

    text = "ووقع المعاهدة الرئيس توكاييف وصادر جباروف."
    s = text.index("صادر")
    name = Mention("d", s, s + len("صادر جباروف"), "صادر جباروف", "PER", "person/sadyr_japarov")
    assert not any(e.type == "COERCE" for e in run(text, extra=(name,)))


@pytest.mark.parametrize("text,etype,pair", [
    ("فلم يتوصل الجانبان الصيني والطاجيكي إلى اتفاق نهائي.", "AGREE", {"country/CHN", "country/TJK"}),
    ("واتفق الجانبان الروسي والكازاخستاني على تعزيز التعاون.", "AGREE", {"country/RUS", "country/KAZ"}),
])
def test_a_dual_followed_by_two_nisbas_names_those_countries(run, text, etype, pair):
    e = next(e for e in run("التقى وانغ يي مع لافروف في موسكو. " + text) if e.type == etype)
    assert set(e.participants) == pair


def test_a_plural_title_continues_the_list_of_signatories(run):
    text = "ووقع المعاهدة الرئيس الصيني وانغ يي والرؤساء توكاييف وميرضيائيف، في ختام القمة."
    e = next(e for e in run(text) if e.type == "AGREE")
    assert {"country/CHN", "country/KAZ", "country/UZB"} <= set(e.participants)


def test_a_correction_note_reports_no_event(run):
    text = "تصحيح: ورد في نسخة سابقة أن وانغ يي التقى توكاييف في ألماتي، والصحيح أنه التقاه في أستانا."
    assert run(text) == []


def test_a_demanding_participle_takes_the_speakers_country_not_the_quoted_ones(run):
    text = 'وشدد ميرضيائيف على أن "أمن آسيا الوسطى لا ينفصل عن أمن الصين"، مطالباً بإشراك روسيا في المشاريع.'
    e = next(e for e in run(text) if e.type == "REQUEST")
    assert e.sources == ("country/UZB",)


def test_what_a_relative_aside_names_is_no_party(run):
    text = "ومن المقرر أن تستضيف قيرغيزستان، التي تسلمت الرئاسة الدورية من الصين، القمة المقبلة في بيشكيك."
    e = next(e for e in run(text) if e.type == "CONSULT")
    assert "country/CHN" not in e.participants and "country/KGZ" in e.participants


def test_a_meeting_noun_after_mujarrad_is_a_predicate(run):
    text = "لم تكن قمة منظمة شنغهاي للتعاون مجرد اجتماع دوري، بل أرادت منها الصين أن تقدم نفسها قطبا بديلا."
    consult = [e for e in run(text) if e.type == "CONSULT"]
    assert len(consult) == 1 and "org/sco" in consult[0].participants


def test_meetings_on_the_sidelines_of_a_summit_are_their_own_events(run):
    text = ("عقدت القمة بين الصين وآسيا الوسطى في أستانا. "
            "وعلى هامش القمة، التقى وانغ يي كلا من الوزيرين الأوزبكي والطاجيكي.")
    pairs = {frozenset(e.participants) for e in run(text) if e.type == "CONSULT"}
    assert frozenset({"country/CHN", "country/UZB"}) in pairs and frozenset({"country/CHN", "country/TJK"}) in pairs


def test_arriving_on_a_visit_lends_the_visitor_to_the_visit(run):
    text = "وكان وانغ يي قد وصل إلى أستانا أمس في زيارة رسمية إلى كازاخستان."
    e = next(e for e in run(text) if e.type == "CONSULT")
    assert set(e.participants) == {"country/CHN", "country/KAZ"}


def test_the_ministry_is_never_read_as_and_he_visited_him(run):
    text = "أجرى وانغ يي محادثات مع نظيره الأوزبكي في مقر وزارة الخارجية."
    assert [e.type for e in run(text)] == ["CONSULT"]


def test_what_a_request_asks_for_runs_past_a_relative_aside(run):
    text = ("وطلب ميرضيائيف من الجانب الصيني تسريع أعمال بناء خط السكك الحديدية، الذي انطلقت أشغاله العام الماضي، "
            "وزيادة الاستثمارات الصينية في الصناعات التحويلية.")
    assert [e.type for e in run(text)] == ["REQUEST"]


def test_a_meeting_on_the_sidelines_the_day_before_takes_the_summits_place(run):
    text = ("عقد الاجتماع الخامس لوزراء خارجية الصين ودول آسيا الوسطى اليوم في ألماتي. "
            "وعلى هامش الاجتماع، التقى وانغ يي أمس نظيره الروسي لافروف.")
    e = next(e for e in run(text, published="2024-03-30") if e.type == "CONSULT" and "country/RUS" in e.participants)
    assert e.date == "2024-03-29" and e.place == "place/almaty"


@pytest.mark.parametrize("text,published,status,date", [
    ("ويتوجه وانغ يي غدا إلى ألماتي للمشاركة في الاجتماع الخامس لوزراء خارجية الصين ودول آسيا الوسطى.",
     "2024-03-29", "intended", "2024-03-30"),
    ("ووصل وانغ يي اليوم إلى أستانا للمشاركة في اجتماع وزراء خارجية منظمة شنغهاي للتعاون.",
     "2024-05-20", "asserted", "2024-05-20"),
])
def test_travelling_to_take_part_in_a_meeting_is_taking_part(run, text, published, status, date):
    e = next(e for e in run(text, published=published) if e.type == "CONSULT")
    assert "country/CHN" in e.participants and "country/KAZ" not in (e.sources or ())
    assert (e.status, e.date) == (status, date)


def test_a_russia_central_asia_summit_is_no_china_central_asia_meeting(run):
    e = next(e for e in run("وعقدت القمة الثانية بين روسيا وآسيا الوسطى في دوشنبه أمس.", published="2025-10-10")
             if e.type == "CONSULT")
    assert e.date == "2025-10-09" and "country/CHN" not in e.participants


def test_a_place_phrase_opening_the_sentence_is_where_its_event_happened(run):
    e = next(e for e in run("وفي بيشكيك، التقى وانغ يي مع لافروف أمس.") if e.type == "CONSULT")
    assert e.place == "place/bishkek"


def test_a_relative_aside_keeps_its_place_but_not_its_parties(run):
    text = "شارك وانغ يي في الاجتماع الخامس لوزراء خارجية الصين ودول آسيا الوسطى، الذي عقد في ألماتي، أمس."
    e = next(e for e in run(text, published="2024-03-31") if e.type == "CONSULT")
    assert e.place == "place/almaty"


def test_the_spokesperson_refers_back_to_the_one_named(run):
    text = ("قال وانغ يي اليوم إن الصين تدعم كازاخستان. "
            "وفي رده على سؤال آخر، رفض المتحدث تصريحات أدلى بها مسؤول في وزارة الخارجية الروسية.")
    e = next(e for e in run(text) if e.type == "REJECT")
    assert e.sources == ("country/CHN",)


def test_an_accusing_participle_takes_the_speaker_as_source(run):
    text = 'وقال وانغ يي إن "هذه الادعاءات لا أساس لها"، متهما روسيا بنشر المعلومات المضللة.'
    e = next(e for e in run(text) if e.type == "ACCUSE")
    assert e.sources == ("country/CHN",) and "country/RUS" in e.targets


def test_a_spokesperson_title_before_a_name_is_no_reference(run):
    text = "التقى توكاييف مع ميرضيائيف. وقال المتحدث باسم الخارجية الروسية إن روسيا ترحب بالاتفاق."
    e = next(e for e in run(text) if e.type == "SUPPORT")
    assert "country/KAZ" not in e.sources and "country/UZB" not in e.sources


def test_a_dateline_under_a_headline_dates_and_places_the_report(run):
    text = ("تركمانستان والصين توقعان عقدا جديدا لزيادة إمدادات الغاز\n"
            "بيشكيك، قيرغيزستان، 18 فبراير 2025 - وقعت شركة الغاز الحكومية ومؤسسة البترول الوطنية "
            "اليوم في بيشكيك عقدا جديدا يقضي بزيادة إمدادات الغاز إلى الصين.\n"
            "ويأتي توقيع العقد تنفيذا لما أعلن خلال المحادثة الهاتفية بين وانغ يي ولافروف في 20 يناير الماضي.")
    events = run(text, published=None)
    signed = [e for e in events if e.type == "AGREE" and "اليوم" in e.evidence.text]
    assert signed and all(e.date == "2025-02-18" and e.place == "place/bishkek" for e in signed)
    assert not any("country/KGZ" in (*e.participants, *e.sources) for e in events)  # the dateline's country


def test_the_reports_own_day_leads_not_a_recalled_date(run):
    text = ("التقى وانغ يي مع لافروف في 20 يناير الماضي. "
            "واستقبل توكاييف اليوم وانغ يي في أستانا. ووقع الجانبان الصيني والكازاخستاني اتفاقية.")
    agree = next(e for e in run(text, published="2025-02-18") if e.type == "AGREE")
    assert agree.date == "2025-02-18"


def test_a_quoted_masdar_after_a_preposition_is_what_is_asked(run):
    text = 'دعا وانغ يي الدول الأعضاء إلى "رفض عقلية الحرب الباردة".'
    events = run(text)
    assert [e.type for e in events] == ["REQUEST"] and events[0].sources == ("country/CHN",)


def test_talks_folded_into_a_visit_keep_their_place_and_counterpart(run):
    text = ("اختتم وانغ يي أمس زيارة إلى روسيا، عقد خلالها محادثات مع لافروف في العاصمة موسكو.")
    e = next(e for e in run(text) if e.type == "CONSULT")
    assert e.place == "place/moscow" and "person/sergey_lavrov" in e.persons


def test_a_joined_verb_without_subject_takes_the_person_the_sentence_opens_with(run):
    text = "التقى وانغ يي مع لافروف. من جانبه، وصف ميرضيائيف التوقيع بأنه حدث تاريخي، ودعا إلى الإسراع في التنفيذ."
    e = next(e for e in run(text) if e.type == "REQUEST")
    assert e.sources == ("country/UZB",)


def test_a_host_city_as_subject_is_where_the_meeting_is(run):
    e = next(e for e in run("وتستضيف بيشكيك غدا اجتماع وزراء خارجية منظمة شنغهاي للتعاون.", published="2025-10-09")
             if e.type == "CONSULT")
    assert e.place == "place/bishkek" and e.status == "intended"


@pytest.mark.parametrize("text,place", [
    ("وكان وانغ يي قد زار بيشكيك الشهر الماضي.", "place/bishkek"),
    ("وكان وانغ يي قد وصل إلى أستانا أمس في زيارة رسمية إلى كازاخستان.", "place/astana"),
])
def test_a_visit_takes_place_in_the_city_visited(run, text, place):
    e = next(e for e in run(text) if e.type == "CONSULT")
    assert e.place == place


def test_the_leaders_of_a_meeting_between_named_parties_are_those_parties(run):
    text = ("عقدت منظمة شنغهاي للتعاون قمتها في أستانا. "
            "وفي موسكو، اتفق القادة على عقد القمة المقبلة بين روسيا والصين في بكين عام 2027.")
    e = next(e for e in run(text, published="2025-10-10") if e.type == "AGREE")
    assert set(e.participants) == {"country/RUS", "country/CHN"}


def test_a_date_in_the_headline_is_the_reports_day_before_a_named_meetings(run):
    text = ("توكاييف يستقبل وزير الخارجية الصيني وانغ يي في أستانا – 29 مارس 2024\n"
            "استقبل توكاييف اليوم وانغ يي. ويتوجه وانغ يي غدا إلى ألماتي للمشاركة في الاجتماع الخامس لوزراء خارجية "
            "الصين ودول آسيا الوسطى.")
    events = run(text, published=None)
    talks = [e for e in events if e.type == "CONSULT" and "اليوم" in e.evidence.text]
    assert talks and all(e.date == "2024-03-29" for e in talks)
