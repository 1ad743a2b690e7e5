"""Edges of title-introduced names: what right after a title is no name, and names the title patterns reach."""
import pytest
from tests.nlp.conftest import article

from silkwire.nlp import recognize
from silkwire.nlp.combine import statistical_model

needs_model = pytest.mark.skipif(statistical_model() is None, reason="statistical model not installed")


def _mentions(kb, text):
    return {(m.text, m.type) for m in recognize(article(text), kb).mentions}


@needs_model
@pytest.mark.parametrize("text, place", [
    ("كما طالب الرئيس القرغيزي بكين بتسريع أعمال خط السكك الحديدية.", "بكين"),
    ("ودعا وزير الخارجية الروسي موسكو لتعزيز التعاون مع جيرانها.", "موسكو"),
    ("وطالب رئيس الوزراء الباكستاني كابول بإغلاق المعابر الحدودية.", "كابول"),
])
def test_a_place_right_after_a_title_before_a_preposition_phrase_is_the_object(kb, text, place) -> None:
    found = _mentions(kb, text)
    assert (place, "GPE") in found
    assert not any(t == "PER" and place in s for s, t in found)


def test_a_place_word_that_opens_a_name_after_a_title_is_still_a_given_name(kb) -> None:
    found = _mentions(kb, "وقالت رئيسة الوزراء الإيطالية جورجيا ميلوني إن بلادها تدعم الاتفاق.")
    assert ("جورجيا ميلوني", "PER") in found


@pytest.mark.parametrize("text, outlet, actor", [
    ("الشرق الأوسط\nالخميس 19 يونيو 2025\n\nموسكو: «الشرق الأوسط»\n\nرحبت الخارجية الروسية بالمعاهدة وقالت إن الشرق الأوسط بحاجة إلى الاستقرار.",
     "الشرق الأوسط", "org/asharq_alawsat"),
    ("العربي الجديد\n\nبكين ــ العربي الجديد\n\nولم ترد وزارة الخارجية الأميركية على طلب \"العربي الجديد\" التعليق.",
     "العربي الجديد", "org/alaraby"),
])
def test_outlet_name_repeated_in_a_credit_line_or_in_quotes_is_the_outlet(kb, text, outlet, actor) -> None:
    from silkwire.models import Article

    art = Article("doc", "test", text, outlet_span=(0, len(outlet)))
    rec = recognize(art, kb)
    orgs = [m for m in rec.mentions if m.text == outlet and m.type == "ORG"]
    assert len(orgs) == text.count(outlet) - ("بحاجة" in text)  # the region in running text stays the region
    assert {m.actor for m in orgs} == {actor}
    if "بحاجة" in text:
        assert any(m.text == outlet and m.type == "LOC" for m in rec.mentions)


@pytest.mark.parametrize("text, surface, actor", [
    ("وقالت وزارة الخارجية لجمهورية كازاخستان في بيان إن الاتفاقية ستدخل حيز التنفيذ.",
     "وزارة الخارجية لجمهورية كازاخستان", "org/mfa_kaz"),
    ("وأعلنت الإدارة الوطنية للهجرة في الصين أن عدد المسافرين ارتفع.", "الإدارة الوطنية للهجرة في الصين", None),
    ("وتسلم الشحنة رئيس لجنة حالات الطوارئ والدفاع المدني في طاجيكستان رحيم جان سعيدزاده.",
     "لجنة حالات الطوارئ والدفاع المدني في طاجيكستان", None),
    ("وزار الوفد مقر وزارة الخارجية في روسيا أمس.", "وزارة الخارجية في روسيا", "org/mfa_rus"),
])
def test_a_state_body_named_with_its_country_inside_is_one_org(kb, text, surface, actor) -> None:
    rec = recognize(article(text), kb)
    orgs = [m for m in rec.mentions if m.type == "ORG"]
    assert [m.text for m in orgs] == [surface]
    assert not any(m.type == "GPE" for m in rec.mentions)
    if actor is not None:
        assert orgs[0].actor == actor


@pytest.mark.parametrize("text", [
    "وارتفعت الاستثمارات الأجنبية في الصين العام الماضي.",
    "وقال وزير الخارجية لكازاخستان مراد نورتلو إن بلاده مستعدة.",
])
def test_a_country_after_other_words_stays_the_country(kb, text) -> None:
    assert any(m.type == "GPE" for m in recognize(article(text), kb).mentions)


def _titles(kb, text):
    return [(h.role_class, h.country, text[h.person_start:h.person_end], h.stateless)
            for h in recognize(article(text), kb).titles]


@pytest.mark.parametrize("text, expected", [
    ("وتسلم الشحنة رئيس لجنة حالات الطوارئ والدفاع المدني في طاجيكستان رحيم جان سعيدزاده.",
     ("other", "TJK", "رحيم جان سعيدزاده", False)),
    ("أعلنت وزارة الخارجية لجمهورية كازاخستان اليوم الاتفاق. وقال المتحدث الرسمي باسم الوزارة أيبار سادوقاسوف إن",
     ("other", "KAZ", "أيبار سادوقاسوف", False)),
    ("واستقبل الوزير أمس السفير الصيني لدى أستانا هان تشون لين، وبحث الطرفان الاستعدادات.",
     ("ambassador", "CHN", "هان تشون لين", False)),
    ("بحضور السفير الصيني لدى دوشنبه تشو يين. وأعرب المسؤول عن شكره.", ("ambassador", "CHN", "تشو يين", False)),
    ("إلى جانب الأمين العام للأمم المتحدة أنطونيو غوتيريش.", ("other", None, "أنطونيو غوتيريش", True)),
])
def test_titles_reach_bodies_named_before_host_cities_and_international_offices(kb, text, expected) -> None:
    assert expected in _titles(kb, text)


def test_a_counterpart_takes_the_office_of_the_person_named_in_its_sentence(kb) -> None:
    text = ("استقبل رئيس جمهورية أوزبكستان شوكت ميرضيائيف وزير خارجية الصين وانغ يي. "
            "وفي وقت سابق من اليوم، أجرى وانغ يي محادثات مع نظيره الأوزبكي بختيار سعيدوف في مقر الوزارة.")
    assert ("foreign_minister", "UZB", "بختيار سعيدوف", False) in _titles(kb, text)


def test_a_counterpart_without_a_named_person_in_its_sentence_takes_the_nearest_office(kb) -> None:
    text = "التقى الرئيس الصيني شي جين بينغ اليوم في بكين نظيره الكازاخستاني قاسم جومارت توكاييف."
    assert ("head_of_state", "KAZ", "قاسم جومارت توكاييف", False) in _titles(kb, text)


@pytest.mark.parametrize("text, names", [
    ("ووقع المعاهدة الرئيس الصيني شي جين بينغ والرؤساء قاسم جومارت توكايف وصادر جباروف وإمام علي رحمون وسردار بردي محمدوف.",
     ["قاسم جومارت توكايف", "صادر جباروف", "إمام علي رحمون", "سردار بردي محمدوف"]),
    ("وحضر الاجتماع القادة شوكت ميرزيوييف وصادر جباروف في ختام القمة.", ["شوكت ميرزيوييف", "صادر جباروف"]),
])
def test_names_listed_after_a_plural_title_are_people_without_roles(kb, text, names) -> None:
    rec = recognize(article(text), kb)
    people = [m.text for m in rec.mentions if m.type == "PER"]
    for name in names:
        assert name in people
    assert len(people) == len(set((m.start for m in rec.mentions if m.type == "PER")))  # no duplicate part spans
    listed = {text[h.person_start:h.person_end] for h in rec.titles}
    assert not listed & set(names[1:])


@needs_model
@pytest.mark.parametrize("text, amount", [
    ("وأعلن الرئيس الصيني أن بلاده ستقدم هذا العام ملياري يوان من المساعدات المجانية للدول الأعضاء.", "يوان"),
    ("وستقدم قروضا بقيمة 10 مليارات يوان إلى اتحاد البنوك التابع للمنظمة.", "يوان"),
])
def test_a_currency_after_a_number_is_no_name(kb, text, amount) -> None:
    assert not any(amount in m.text for m in recognize(article(text), kb).mentions)
