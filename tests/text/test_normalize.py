import pytest

from silkwire.text import match_key, normalize
from silkwire.text.normalize import apply_steps, identity


@pytest.mark.parametrize(
    "original, word, expected",
    [
        ("قال وزيـــر الخارجية", "وزير", "وزيـــر"),  # tatweel removed
        ("وزيرُ الخارجيةِ الصينيّ وانغ", "وانغ", "وانغ"),  # diacritics removed before the word
        ("الرئيس\u200f شي\u200e جين بينغ", "شي", "شي"),  # bidi marks removed
        ("في عام ٢٠٢٣ م", "2023", "٢٠٢٣"),  # Eastern Arabic digits
        ("پاکستان و ایران", "باكستان", "پاکستان"),  # Persian letters
        ("«طريق الحرير» الجديد", "\"طريق", "«طريق"),  # typographic quotes
        ("إلى أستانا", "استانا", "أستانا"),  # alef with hamza
    ],
)
def test_normalize_keeps_offsets_back_to_original(original: str, word: str, expected: str) -> None:
    norm = normalize(original)
    i = norm.text.index(word)
    s, e = norm.span_to_original(i, i + len(word))
    assert original[s:e] == expected


@pytest.mark.parametrize("step, original, expected", [
    ("tatweel", "الصيـــن", "الصين"),
    ("diacritics", "الصِّينُ", "الصين"),
    ("alef", "آستانا إلى أن", "استانا الى ان"),
    ("yeh", "آسيا الوسطى", "آسيا الوسطي"),
    ("digits", "١٩٩٢", "1992"),
    ("persian", "کی", "كي"),
    ("invisibles", "شي\u200c جين", "شي جين"),
])
def test_each_step_is_composable_and_keeps_offsets(step: str, original: str, expected: str) -> None:
    norm = apply_steps(identity(original), [step])
    assert norm.text == expected
    assert len(norm.offsets) == len(norm.text)
    for i, ch in enumerate(norm.text):
        if ch == original[norm.to_original(i)]:
            continue
        assert norm.to_original(i) < len(original)


def test_to_original_at_end_maps_to_end_of_original() -> None:
    norm = normalize("الصيـــن")
    assert norm.to_original(len(norm.text)) == len("الصيـــن")


@pytest.mark.parametrize("a, b", [
    ("آسيا الوسطى", "اسيا الوسطي"),
    ("منظمة شنغهاي للتعاون", "منظمه شنغهاي للتعاون"),
    ("أستانا", "آستانا"),
    ("  بحر   قزوين ", "بحر قزوين"),
    ("مسؤول", "مسوول"),
])
def test_match_key_equates_spelling_variants(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


def test_normalize_keeps_teh_marbuta_for_display() -> None:
    assert normalize("منظمة").text == "منظمة"


@pytest.mark.parametrize("original", [
    "قالَ الرئيسُ ـــ شي\u200f جين\u200cبينغ",  # diacritics, tatweel, marks deleted inside and between touched runs
    "إِنَّ أَستانا",
])
def test_offsets_after_deletions_point_at_the_kept_characters(original: str) -> None:
    norm = normalize(original)
    assert len(norm.offsets) == len(norm.text)
    assert list(norm.offsets) == sorted(set(norm.offsets))
    for c, o in zip(norm.text, norm.offsets, strict=True):
        assert normalize(original[o]).text == c


def test_replacing_changed_characters_gives_what_one_translation_gives() -> None:
    """apply_steps replaces the characters a text holds one by one; the result and the offset map are those of a
    single str.translate (kept as _translated), for any steps and any mix of folded and deleted characters."""
    import random

    from silkwire.text.normalize import KEY_STEPS, _char_map, _translated, charmaps

    rng = random.Random(7)
    alphabet = [chr(c) for c in _char_map(KEY_STEPS)] + list("ابتجدرسعلمنهوي ،.\n")
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(300)]
    for steps in (KEY_STEPS, *((step,) for step in charmaps())):
        for text in texts:
            once = apply_steps(identity(text), steps)
            assert once == _translated(identity(text), steps)
            assert apply_steps(once, KEY_STEPS) == _translated(once, KEY_STEPS)
