"""A name never runs on into the next word when that word starts an institution or continues the sentence."""
import pytest
from tests.nlp.conftest import article

from silkwire.nlp import recognize


def _people(kb, text):
    return {m.text for m in recognize(article(text), kb).mentions if m.type == "PER"}


@pytest.mark.parametrize("text, name", [
    ("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش مجلس الأمن يجب أن يتحرك.", "أنطونيو غوتيريش"),
    ("وحث وزير الخارجية الروسي سيرغي لافروف مجلس الأمن على التحرك.", "سيرغي لافروف"),
    ("وأبلغ الرئيس القرغيزي صادر جباروف وزارة الخارجية بذلك.", "صادر جباروف"),
    ("ونقل الضيف تحيات الرئيس الصيني شي جين بينغ وتمنياته الطيبة للشعب الأوزبكي.", "شي جين بينغ"),
    ("ونقل السفير رسالة الرئيس الكازاخستاني قاسم جومارت توكاييف وتحياته إلى القيادة.", "قاسم جومارت توكاييف"),
])
def test_a_titled_name_stops_before_an_institution_or_a_possessed_noun(kb, text, name) -> None:
    assert name in _people(kb, text)


@pytest.mark.parametrize("text, name", [
    ("وقال وزير الخارجية الطاجيكي سراج الدين مهر الدين إن البلدين متفقان.", "سراج الدين مهر الدين"),
    ("وقال أمير قطر الشيخ تميم بن حمد آل ثاني إن التعاون مهم.", "تميم بن حمد آل ثاني"),
])
def test_names_with_inner_parts_keep_their_full_length(kb, text, name) -> None:
    assert name in _people(kb, text)
