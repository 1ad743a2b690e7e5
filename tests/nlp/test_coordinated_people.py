"""A titled name ends before و + the first name word of another titled person of the article; a Chinese name's
last syllable is no alias of its holder."""
import pytest
from tests.nlp.conftest import article

from silkwire.nlp import recognize


def _people(kb, text):
    return [m.text for m in recognize(article(text), kb).mentions if m.type == "PER"]


@pytest.mark.parametrize("text, first, second", [
    ("وصل النائب الأول لرئيس مجلس الدولة الصيني دينغ شيويه شيانغ إلى طشقند. وترأس رئيس الوزراء الأوزبكي "
     "عبد الله أريبوف ودينغ شيويه شيانغ الاجتماع السادس للجنة الحكومية.", "عبد الله أريبوف", "دينغ شيويه شيانغ"),
    ("استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الكازاخستاني مراد نورتلو. ثم التقى وزير الخارجية "
     "الروسي سيرغي لافروف ومراد نورتلو في موسكو.", "سيرغي لافروف", "مراد نورتلو"),
])
def test_a_titled_name_stops_before_another_titled_person(kb, text, first, second) -> None:
    found = _people(kb, text)
    assert first in found
    assert not any(p.startswith(first) and p != first for p in found)


@pytest.mark.parametrize("text, other", [
    ("وقال الرئيس الصيني شي جين بينغ إن بلاده مستعدة. ووقع العقد نائب رئيس المؤسسة الصينية لو جيان بينغ.",
     "لو جيان بينغ"),
    ("والتقى وزير الخارجية الصيني وانغ يي الوفد. وحضر اللقاء السفير لي يي.", "لي يي"),
])
def test_a_chinese_given_name_syllable_alone_is_no_alias(kb, text, other) -> None:
    found = _people(kb, text)
    assert other in found
    assert "بينغ" not in found and "يي" not in found
