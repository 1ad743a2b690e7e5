"""Spans that are no names: dual/plural adjectives, a verbal noun after a title, a word spelt like a name part,
a complement behind ل + ال."""
import pytest
from tests.nlp.conftest import article

from silkwire.nlp import recognize


def _mentions(kb, text):
    return {(m.text, m.type) for m in recognize(article(text), kb).mentions}


@pytest.mark.parametrize("text, not_a_name", [
    ("أن الصين وكازاخستان جاران صديقان وشريكان استراتيجيان شاملان دائمان، وأن البلدين يدعمان بعضهما.",
     "شاملان دائمان"),
    ("وأكد الجانبان أنهما شريكان موثوقان دائمان في المنطقة.", "موثوقان دائمان"),
    ("كما اقترح الرئيس الروسي إنشاء مجلس للطاقة بين روسيا ودول آسيا الوسطى.", "إنشاء"),
    ("ودعا الرئيس الصيني إنشاء صندوق للتنمية المشتركة.", "إنشاء"),
    ("وقال المتحدث باسم وزارة الخارجية الصينية قوه جيا كون إن الصين تدعم كازاخستان بقوة. وأوضح قوه أن", "بقوة"),
    ("اتفاقية بشأن التعاون في مجال الاستخدام السلمي للطاقة الذرية.", "لطاقة الذرية"),
])
def test_ordinary_words_are_no_names(kb, text, not_a_name) -> None:
    assert not [t for t, _ in _mentions(kb, text) if not_a_name in t or t in not_a_name.split()]


@pytest.mark.parametrize("text, name", [
    ("وقال الرئيس الطاجيكي عظيم إبراهيم إن", "عظيم إبراهيم"),
    ("واستقبل الرئيس صادر جباروف الوفد.", "صادر جباروف"),
    ("وقال المتحدث باسم وزارة الخارجية الصينية قوه جيا كون إن الصين تدعم كازاخستان. وأوضح قوه أن", "قوه"),
    ("وقال وزير الخارجية المصري سامح شكري إن البلدين شريكان. وأضاف شكري أن", "شكري"),
])
def test_names_next_to_those_words_stay(kb, text, name) -> None:
    assert (name, "PER") in _mentions(kb, text)
