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
