"""Chinese names are matched syllable by syllable, surname first: another surname syllable never matches."""
import pytest
from tests.nlp.conftest import article

from silkwire.nlp import recognize
from silkwire.resolve import resolve
from silkwire.resolve.names import vowels_agree
from silkwire.resolve.officials import official_index


@pytest.mark.parametrize("arabic", [
    "لو جيان بينغ",  # Lu Jianping: not Xi Jinping (another surname), not Ali Bagheri Kani (words shuffled)
    "لي جين بينغ",
    "وانغ جين بينغ",
    "جين بينغ",  # a given name without the surname is no one
    "لو",  # Lu is not Li (Li Qiang, Li Keqiang)
    "لو كه تشيانغ",
    "مو",
])
def test_a_different_chinese_surname_never_matches_an_official(kb, arabic) -> None:
    assert official_index(kb).match(arabic, [("other", "CHN")], "2025-03-01", "CHN") is None
    assert official_index(kb).match(arabic, [], "2025-03-01", None) is None


@pytest.mark.parametrize("arabic, person", [
    ("شي جين بينغ", "xi_jinping"),
    ("شي جينبينغ", "xi_jinping"),
    ("لي تشيانغ", "li_qiang"),
    ("لي كه تشيانغ", "li_keqiang"),
    ("تشين قانغ", "qin_gang"),
    ("تشانغ مينغ", "zhang_ming"),
    ("دينغ شيويه شيانغ", "ding_xuexiang"),
])
def test_the_same_surname_and_given_name_still_match(kb, arabic, person) -> None:
    found = official_index(kb).match(arabic, [], "2023-05-19", "CHN")
    assert found is not None and found.id == person


@pytest.mark.parametrize("word, syllable, agree", [
    ("لو", "li", False), ("لي", "lu", False), ("مو", "ma", False),
    ("لي", "li", True), ("شي", "xi", True), ("وانغ", "wang", True), ("تشاو", "zhao", True), ("شيوي", "xu", True),
    ("شو", "xu", True), ("كه", "ke", True), ("تشن", "chen", True), ("قوه", "guo", True), ("لي", "lei", True),
])
def test_surname_vowels_written_as_long_letters_must_agree(word, syllable, agree) -> None:
    assert vowels_agree(word, syllable) is agree


@pytest.mark.parametrize("text, other, xi", [
    ("وقال الرئيس الصيني شي جين بينغ إن بلاده مستعدة. ووقع العقد عن الجانب الصيني نائب رئيس المؤسسة الصينية "
     "لو جيان بينغ، بحضور الوزير. من جانبه، قال لو إن مؤسسته ستواصل الاستثمار.", "لو جيان بينغ", "شي جين بينغ"),
    ("أكد الرئيس الصيني شي جين بينغ أهمية التعاون. وحضر اللقاء المدير العام للشركة تشانغ جيان بينغ.",
     "تشانغ جيان بينغ", "شي جين بينغ"),
])
def test_a_later_name_sharing_the_last_syllable_is_another_person(kb, text, other, xi) -> None:
    art = article(text, "2025-03-01")
    mentions, _ = resolve(art, recognize(art, kb), kb)
    by_text = {m.text: m.actor for m in mentions if m.type == "PER"}
    assert by_text.get(xi) == "person/xi_jinping"
    assert other in by_text and by_text[other] != "person/xi_jinping"
    assert "بينغ" not in by_text  # the given name's last syllable alone is no mention of Xi
