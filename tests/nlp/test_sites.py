"""Sites named after a place-kind noun, and Central Asian regions from reference data."""
import pytest
from tests.nlp.conftest import article

from silkwire.nlp import recognize


def _found(kb, text):
    return {(m.text, m.type, m.actor) for m in recognize(article(text), kb).mentions}


def _spans(kb, text):
    return {(m.text, m.type) for m in recognize(article(text), kb).mentions}


@pytest.mark.parametrize("text, span", [
    ("مجموعات من السياح تلتقط الصور أمام كاتدرائية زينكوف الخشبية.", "كاتدرائية زينكوف"),
    ("ويقول صاحب مقهى قرب ساحة الجمهورية إن السياح كثيرون.", "ساحة الجمهورية"),
    ("وتصطف الحافلات المتجهة إلى تلة كوك توبي كل صباح.", "كوك توبي"),  # a natural feature: the name alone
    ("في شارع \"أربات\" وسط ألماتي يكثر الزوار.", "أربات"),  # a quoted name: the name alone
    ("الضغط المتزايد على المتنزه الوطني \"إيلي ألاتاو\" كبير.", "إيلي ألاتاو"),
    ("واجتمع المتظاهرون في ميدان التحرير أمس.", "ميدان التحرير"),
])
def test_a_site_noun_and_a_name_make_a_loc_mention(kb, text, span) -> None:
    assert (span, "LOC") in _spans(kb, text)


@pytest.mark.parametrize("text, word", [
    ("وصلى المصلون في مسجد الحي.", "مسجد الحي"),  # a definite generic: not a street or square
    ("وقال إن الشارع الرئيسي مزدحم.", "الشارع الرئيسي"),
    ("وزار الرئيس قصر الشعب.", "قصر الشعب"),  # palaces are no sites here
    ("إنهما جارتان صديقتان تربطهما جبال وأنهار، وإن الصين مستعدة.", "وأنهار"),  # و + a common noun
    ("وقال إن الرأي في الشارع العربي منقسم.", "الشارع العربي"),
    ("وقال إن للشارع العربي رأيا آخر.", "لشارع العربي"),  # ل + الشارع: definite, no quoted name
])
def test_a_site_noun_before_an_ordinary_word_names_nothing_(kb, text, word) -> None:
    assert not [m for m in recognize(article(text), kb).mentions if m.text == word and m.type == "LOC"]


@pytest.mark.parametrize("text, word", [
    ("وصلت الطائرة إلى تل أبيب.", "أبيب"),  # تل أبيب is a name, تل no feature noun here
    ("وعثر على بحيرة تولركانا والوادي المجاور.", "بحيرة تولركانا والوادي"),
])
def test_a_site_noun_before_an_ordinary_word_names_nothing(kb, text, word) -> None:
    assert not [m for m in recognize(article(text), kb).mentions if m.text == word and m.type == "LOC"]


def test_a_titled_name_stops_before_a_coordinated_site(kb) -> None:
    found = _spans(kb, "وزار الوفد شارع الملك فهد ومسجد الحي.")
    assert not [t for t, typ in found if "ومسجد" in t]


@pytest.mark.parametrize("text, actor", [
    ("ضربت السيول ولاية ختلان أمس.", "place/khatlon"),
    ("وستوزع المساعدات على الأسر المتضررة في منطقة راشت.", "place/rasht"),
    ("وتقع منطقة بدخشان الجبلية في شرق طاجيكستان.", "place/gbao"),
    ("ووصل الوفد إلى صغد شمال البلاد.", "place/sughd"),
    ("وتمتد جبال بامير على حدود الصين.", "place/pamir"),
    ("وزار الوفد ولاية نارين القرغيزية.", "place/naryn_region"),
    ("وأعلنت سلطات قره قلباقستان حالة الطوارئ.", "place/karakalpakstan"),
    ("وتنتج مانغيستاو معظم نفط كازاخستان.", "place/mangystau"),
    ("ووصل الرئيس إلى داشوغوز.", "place/dashoguz"),
    ("وافتتح مصنع في ولاية لباب التركمانية.", "place/lebap"),
])
def test_central_asian_regions_are_places(kb, text, actor) -> None:
    assert actor in {a for _, _, a in _found(kb, text)}


def test_a_region_named_like_a_given_name_needs_its_province_noun(kb) -> None:
    found = _found(kb, "وقالت ماري إن الوفد وصل.")
    assert "place/mary_region" not in {a for _, _, a in found}
