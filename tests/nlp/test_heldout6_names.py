"""Place and body names from real reporting on Central Asia: spellings, state bodies named with a nisba, a
multi-word name behind a clitic, and a model name cut before the known name it ran into."""
import pytest
from tests.nlp.conftest import article

from silkwire.nlp import recognize


def _found(kb, text):
    return {(m.text, m.type): m.actor for m in recognize(article(text), kb).mentions}


@pytest.mark.parametrize("text, name, typ, actor", [
    ("وستوقع الشركتان الشهر المقبل في عشقباد عقدا جديدا.", "عشقباد", "GPE", "place/ashgabat"),
    ("أجرى رئيس تركمنستان محادثة هاتفية مع نظيره الصيني.", "تركمنستان", "GPE", "country/TKM"),
    ("بحضور قادة تركيا وأذربيجان، إلى جانب المجر وتركمانستان بصفة مراقب.", "المجر", "GPE", "country/HUN"),
    ("عقدت منظمة الدول التركية قمتها في مدينة قبالة الأذربيجانية.", "قبالة", "GPE", "place/gabala"),
    ("وتعبر القطارات الحدود عبر محطة دوستيك إلى الصين.", "دوستيك", "LOC", "place/dostyk"),
    ("أعيد فتح الطريق المؤدي إلى جيب فوروخ الطاجيكي.", "فوروخ", "LOC", "place/vorukh"),
    ('وأشار إلى أن حقل "غالكينيش" العملاق يوفر قاعدة موثوقة.', "غالكينيش", "LOC", "place/galkynysh"),
    ('منذ الهجوم على قاعة "كروكوس" للحفلات قرب موسكو.', "كروكوس", "LOC", "place/crocus_city_hall"),
    ("نقل أطيب التمنيات من رئيس خلق مصلحتي.", "خلق مصلحتي", "ORG", "org/halk_maslahaty"),
    ("بحسب بيانات صادرة عن مصلحة الجمارك الصينية.", "مصلحة الجمارك الصينية", "ORG", "org/china_customs"),
    ("ويقول الباحث لبي بي سي إن موسكو لم تعد اللاعب الوحيد.", "بي بي سي", "ORG", "org/bbc_arabic"),
])
def test_reference_names_and_spellings_are_found(kb, text, name, typ, actor) -> None:
    assert _found(kb, text).get((name, typ)) == actor


@pytest.mark.parametrize("word", ["قبالة", "المجر"])
def test_a_place_that_is_also_a_word_needs_a_place_context(kb, word) -> None:
    if word == "قبالة":
        assert not any(t == "قبالة" for t, _ in _found(kb, "رست السفينة قبالة السواحل الإيرانية."))


@pytest.mark.parametrize("text, body, same_as", [
    ("وأعربت وزارة الخارجية القطرية في بيان عن أملها.", "وزارة الخارجية القطرية", None),
    ("وقال البنك المركزي الروسي إن التضخم تراجع.", "البنك المركزي الروسي", None),
    ("وقالت لجنة الانتخابات المركزية القيرغيزية إن النتائج نهائية.", "لجنة الانتخابات المركزية القيرغيزية", None),
    ("ورحبت وزارة الخارجية الكازاخستانية بالقرار.", "وزارة الخارجية الكازاخستانية", "org/mfa_kaz"),
])
def test_a_body_named_with_a_nisba_is_one_org(kb, text, body, same_as) -> None:
    actor = _found(kb, text).get((body, "ORG"))
    assert actor is not None and (same_as is None or actor == same_as)


def test_the_same_nisba_body_gets_the_same_id_in_two_texts(kb) -> None:
    a = _found(kb, "وأعربت وزارة الخارجية القطرية عن أملها.")[("وزارة الخارجية القطرية", "ORG")]
    b = _found(kb, "ورحبت وزارة الخارجية القطرية بالاتفاق.")[("وزارة الخارجية القطرية", "ORG")]
    assert a == b


@pytest.mark.parametrize("text, person", [
    ("بحث نائب رئيس مجلس الوزراء وزير الخارجية التركمانستاني رشيد ميريدوف مع السفير.", "رشيد ميريدوف"),
    ("وقال رئيس الوزراء القطري إن بلاده ترحب بالمعاهدة.", None),
])
def test_titles_and_title_nisbas_are_no_body(kb, text, person) -> None:
    found = _found(kb, text)
    assert not [t for t, typ in found if typ == "ORG" and ("وزير" in t or "رئيس" in t)]
    if person:
        assert (person, "PER") in found


@pytest.mark.parametrize("text, body, actor", [
    ("ونقل التمنيات من رئيس مجلس الشعب (خلق مصلحتي) لتركمنستان قربان قولي بردي محمدوف.", "مجلس الشعب",
     "org/halk_maslahaty"),
    ("بحث نائب رئيس مجلس الوزراء وزير الخارجية التركمانستاني رشيد ميريدوف مع السفير.", "مجلس الوزراء", None),
    ("وقال رئيس مجلس النواب الأردني أحمد الصفدي إن", "مجلس النواب الأردني", None),
])
def test_the_body_a_title_names_is_an_org_of_the_titles_country(kb, text, body, actor) -> None:
    found = _found(kb, text).get((body, "ORG"))
    assert found is not None and (actor is None or found == actor)


def test_a_cabinet_in_two_countries_titles_is_two_bodies(kb) -> None:
    a = _found(kb, "بحث نائب رئيس مجلس الوزراء التركمانستاني رشيد ميريدوف مع السفير.")
    b = _found(kb, "بحث نائب رئيس مجلس الوزراء الأوزبكي جمشيد خوجاييف مع السفير.")
    assert a[("مجلس الوزراء التركمانستاني", "ORG")] != b[("مجلس الوزراء الأوزبكي", "ORG")]


def test_a_country_after_a_glossed_title_is_the_titles_country(kb) -> None:
    rec = recognize(article("ونقل التمنيات من رئيس مجلس الشعب (خلق مصلحتي) لتركمنستان قربان قولي بردي محمدوف."), kb)
    assert [(t.country, rec.mentions[0].document) for t in rec.titles][0][0] == "TKM"
    assert "قربان قولي بردي محمدوف" in {m.text for m in rec.mentions if m.type == "PER"}
