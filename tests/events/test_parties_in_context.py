"""Who an event is about when the text names parties indirectly: duals, outlets, capitals used as metonyms."""
from __future__ import annotations

import pytest

from silkwire.models import Mention


def countries(ids) -> set[str]:
    return {a.split("/", 1)[1] for a in ids if a.startswith("country/")}


def _parties(e) -> set[str]:
    return countries((*e.participants, *e.sources, *e.targets))


SUMMIT = "وشارك الرئيس الصيني في قمة الصين ودول آسيا الوسطى في أستانا. "


@pytest.mark.parametrize("text,etype", [
    # the pair named earlier in the same sentence, not the six-party summit before it
    (SUMMIT + "وقال لي تشيانغ إن الصين مستعدة للعمل مع كازاخستان، مضيفا أن البلدين سيوقعان اتفاقية للنقل.", "AGREE"),
    (SUMMIT + "كما التقى وانغ يي مع توكاييف، واتفق الجانبان على تعزيز التعاون.", "AGREE"),
    (SUMMIT + "واجتمع وانغ يي بنظيره الكازاخستاني، وأكد الطرفان رفضهما للإرهاب.", "REJECT"),
    # the latest two-party event when the sentence names none
    (SUMMIT + "والتقى لي تشيانغ مع توكاييف في أستانا. ووقع الزعيمان على عشر وثائق.", "AGREE"),
    (SUMMIT + "وأجرى وانغ يي محادثات مع نظيره الكازاخستاني. واتفق البلدان على فتح قنصلية.", "AGREE"),
])
def test_dual_resolves_to_the_pair_in_context(run, text, etype):
    e = next(e for e in run(text, None) if e.type == etype and e.evidence.text not in SUMMIT)
    assert _parties(e) == {"CHN", "KAZ"}


@pytest.mark.parametrize("text", [
    "وأكد رحمن أن بلاده تدعم جميع البلدان في حماية مصالحها.",
    "ودعت الصين إلى احترام سيادة جميع البلدان.",
])
def test_plural_after_a_quantifier_is_no_dual(run, text):
    for e in run(text):
        assert "KAZ" not in _parties(e)  # nothing earlier to point to: no pair invented


def test_sides_may_be_a_country_and_a_bloc(run):
    text = ("عقدت الصين ودول آسيا الوسطى اجتماعا لوزراء الخارجية. "
            "وقد توصل الجانبان إلى توافق واسع حول تعزيز التعاون.")
    agree = next(e for e in run(text) if e.type == "AGREE")
    assert countries(agree.participants) == {"CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"}


@pytest.mark.parametrize("text", [
    "طشقند، 3 أكتوبر (يونا) - استقبل الرئيس ميرضيائيف وزير الخارجية الصيني وانغ يي.",
    "دوشنبه 9 مايو 2024 (يونا) التقى رحمن مع وانغ يي.",
])
def test_credited_outlet_is_never_a_party(run, text):
    start = text.index("يونا")
    events = run(text, extra=[Mention("d", start, start + 4, "يونا", "ORG", "org/~una", source="outlet")])
    assert events
    for e in events:
        assert "org/~una" not in (*e.participants, *e.sources, *e.targets)


@pytest.mark.parametrize("text,etype", [
    ("وأضاف أن موسكو ستعزز التعاون مع الصين.", "COOPERATE"),
    ("واتهمت موسكو بيلاروس بخرق الاتفاق.", "ACCUSE"),
])
def test_capital_metonym_is_the_present_day_country(run, text, etype):
    e = next(e for e in run(text) if e.type == etype)
    assert "RUS" in _parties(e) and "SUN" not in _parties(e)


@pytest.mark.parametrize("text", [
    "عقد الرئيس الصيني لي تشيانغ والرئيس الكازاخستاني توكاييف محادثات في العاصمة الكازاخية.",
    "عقد رئيس جمهورية الصين لي تشيانغ ورئيس جمهورية كازاخستان توكاييف محادثات مطولة في العاصمة الكازاخية.",
    "أجرى رئيس مجلس الدولة الصيني لي تشيانغ ورئيس جمهورية كازاخستان توكاييف يوم الاثنين محادثات في العاصمة الكازاخية.",
])
def test_subjects_of_held_talks_are_participants_and_the_capital_is_the_place(run, text):
    e = next(e for e in run(text) if e.type == "CONSULT")
    assert countries(e.participants) == {"CHN", "KAZ"}
    assert {"person/li_qiang", "person/kassym_jomart_tokayev"} <= set(e.persons)
    assert e.place == "place/astana"


@pytest.mark.parametrize("text,party", [
    ("التقى وانغ يي مع رئيس جمهورية كازاخستان.", "KAZ"),
    ("وصل وانغ يي إلى جمهورية كازاخستان والتقى مع توكاييف.", "KAZ"),
])
def test_republic_of_x_names_a_party(run, text, party):
    e = next(e for e in run(text) if e.type == "CONSULT")
    assert party in countries(e.participants)


@pytest.mark.parametrize("text,where", [
    ("عقد الاجتماع في جمهورية كازاخستان", True),
    ("وعقد الاجتماع بجمهورية كازاخستان", True),
    ("التقى رئيس جمهورية كازاخستان", False),
    ("وزير خارجية جمهورية كازاخستان", False),
])
def test_republic_of_x_is_a_place_only_after_fi(text, where):
    from silkwire.events.forms import norm
    from silkwire.events.parties import Party, locative
    folded = norm(text)
    start = folded.index("كازاخستان")
    p = Party(start, start + len("كازاخستان"), ("country/KAZ",))
    assert locative(folded, p, {"العاصمه"}, frozenset({"جمهوريه"})) is where


@pytest.mark.parametrize("text,etype,role", [
    ("أعلنت منظمة شنغهاي للتعاون أن وزراء خارجية الدول الأعضاء سيجتمعون في أستانا.", "CONSULT", "participants"),
    ("أعلنت منظمة شنغهاي للتعاون أن الدول الأعضاء تدعم انضمام بيلاروس إلى المنظمة.", "SUPPORT", "sources"),
])
def test_member_states_refer_to_the_organisation_named(run, text, etype, role):
    e = next(e for e in run(text) if e.type == etype)
    assert "org/sco" in getattr(e, role)


@pytest.mark.parametrize("text,etype,role,country", [
    ("وأكد توكاييف أن بلاده تدعم مبدأ الصين الواحدة.", "SUPPORT", "sources", "KAZ"),
    ("وقال رحمن إن بلاده مستعدة لتعزيز التعاون مع الصين.", "COOPERATE", "participants", "TJK"),
    ("وقال ميرضيائيف إن الصين قدمت مساعدات إنسانية إلى بلاده.", "AID", "targets", "UZB"),
])
def test_his_country_is_the_speakers_country(run, text, etype, role, country):
    e = next(e for e in run(text) if e.type == etype)
    assert country in countries(getattr(e, role))
    assert "CHN" not in countries(e.sources) or etype == "AID"


@pytest.mark.parametrize("text,etype,topic", [
    ("وقعت الصين وكازاخستان اتفاقا بشأن إيران.", "AGREE", "IRN"),
    ("والتقى وانغ يي مع لافروف لبحث قضية إيران.", "CONSULT", "IRN"),
    ("واتفقت كازاخستان مع موقف الصين من القضايا المتعلقة بباكستان.", "AGREE", "PAK"),
    ("وأجرت الصين وروسيا محادثات حول باكستان.", "CONSULT", "PAK"),
])
def test_a_country_the_clause_is_about_is_no_party(run, text, etype, topic):
    """بشأن، حول، قضية، المتعلقة بـ + country: what is talked about, not who acts (Taiwan in the seeds)."""
    e = next(e for e in run(text) if e.type == etype)
    assert _parties(e) and topic not in _parties(e)


def test_a_dual_of_leaders_or_countries_never_resolves_to_organisations(run):
    text = ("التقى توكاييف مع ميرضيائيف في سمرقند. واتفق الزعيمان على تنسيق جهود البلدين داخل منظمة شنغهاي للتعاون "
            "ومنظمة الأمم المتحدة.")
    agree = next(e for e in run(text) if e.type == "AGREE")
    assert set(agree.participants) == {"country/KAZ", "country/UZB"}


@pytest.mark.parametrize("text,etype,source,target", [
    ("دعا الرئيس الصيني شي جين بينغ روسيا إلى الحوار.", "REQUEST", "CHN", "RUS"),
    ("اتهم وزير الخارجية الروسي لافروف إيران بتأجيج الصراع.", "ACCUSE", "RUS", "IRN"),
])
def test_a_named_subject_then_a_country_is_subject_and_object(run, text, etype, source, target):
    e = next(e for e in run(text) if e.type == etype)
    assert countries(e.sources) == {source} and countries(e.targets) == {target}


@pytest.mark.parametrize("text,etype,source", [
    ("وكانت روسيا قد أعلنت يوم الأربعاء الماضي حزمة عقوبات على شركات من باكستان.", "SANCTION", "RUS"),
    ("أعلنت الصين تقديم مساعدات إنسانية إلى باكستان.", "AID", "CHN"),
])
def test_an_event_noun_governed_by_a_light_verb_takes_its_subject(run, text, etype, source):
    e = next(e for e in run(text) if e.type == etype)
    assert source in countries(e.sources)


def test_a_visit_noun_after_a_light_verb_takes_the_subject_that_follows_it(run):
    text = "اختتم الرئيس الطاجيكي رحمن، أمس، زيارة دولة إلى الصين."
    e = next(e for e in run(text) if e.type == "CONSULT")
    assert countries(e.participants) == {"TJK", "CHN"}


@pytest.mark.parametrize("officials", ["وزراء النقل", "قادة", "رؤساء الوزراء", "مسؤولون"])
def test_officials_in_a_country_are_its_officials_not_a_place(run, officials):
    text = f"عقد {officials} في الصين وقيرغيزستان وأوزبكستان اجتماعا ثلاثيا في بيشكيك."
    e = next(e for e in run(text) if e.type == "CONSULT")
    assert countries(e.participants) == {"CHN", "KGZ", "UZB"}


def test_countries_in_a_route_name_are_no_parties(run):
    text = "واتفقت الصين وقيرغيزستان على تسريع تنفيذ مشروع خط السكك الحديدية الصين - قيرغيزستان - أوزبكستان."
    e = next(e for e in run(text) if e.type == "AGREE")
    assert countries(e.participants) == {"CHN", "KGZ"}
