"""Place names that are also ordinary Arabic words are matched only where a place is expected."""
import pytest
from tests.nlp.conftest import article

from silkwire.nlp import recognize
from silkwire.nlp.combine import _homographs, statistical_model

needs_model = pytest.mark.skipif(statistical_model() is None, reason="statistical model not installed")


def _places(kb, text):
    return [m.text for m in recognize(article(text), kb).mentions if m.type in ("GPE", "LOC")]


@needs_model
@pytest.mark.parametrize("text, word", [
    ("سياح صينيون يملؤون شوارع ألماتي.. كيف غيّر إلغاء التأشيرات وجه المدينة؟", "كيف"),
    ("ولا يعرف أحد كيف ستنتهي المفاوضات بين الجانبين.", "كيف"),
    ("ويصل كثير من هؤلاء برا عبر منفذ خورغوس، أو جوا عبر الرحلات اليومية.", "جوا"),
    ("ونقلت المساعدات جوا إلى المناطق المنكوبة.", "جوا"),
])
def test_a_place_spelling_that_is_a_common_word_is_not_matched_bare(kb, text, word) -> None:
    assert word not in _places(kb, text)


@needs_model
@pytest.mark.parametrize("text, word", [
    ("وصل وزير الخارجية إلى كيف أمس في زيارة مفاجئة.", "كيف"),
    ("زار الوفد موسكو وكيف ومينسك خلال جولته.", "كيف"),
    ("وعقد الاجتماع في مدينة كيف الأسبوع الماضي.", "كيف"),
    ("وقصفت القوات الروسية كييف ليلا.", "كييف"),  # the main spelling is no ordinary word
])
def test_the_same_spelling_is_a_place_where_a_place_is_expected(kb, text, word) -> None:
    assert word in _places(kb, text)


@needs_model
def test_countries_and_cities_of_the_region_are_no_homographs(kb) -> None:
    keys = _homographs(kb)
    from silkwire.text import match_key

    for name in ("كازاخستان", "بكين", "أستانا", "ألماتي", "موسكو", "روسيا", "مصر", "قطر", "عمان", "بيلاروسيا",
                 "شيان", "دوشنبه", "طشقند", "بيشكيك"):
        assert match_key(name) not in keys
