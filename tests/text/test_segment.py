import pytest

from silkwire.text import proclitic_stems, sentences, tokens

TEXT = ("أستانا 26 أبريل 2023 (شينخوا) قال وزير الخارجية الصيني تشين قانغ إن النمو بلغ 3.5 في المائة. "
        "وأضاف أن بلاده مستعدة للتعاون؟ وتابع: نعم\nالفقرة الثانية")


def test_sentences_split_at_stops_but_not_inside_numbers() -> None:
    got = [s.text for s in sentences(TEXT)]
    assert got[0].endswith("3.5 في المائة.")
    assert got[1] == "وأضاف أن بلاده مستعدة للتعاون؟"
    assert got[-1] == "الفقرة الثانية"


def test_sentence_offsets_point_into_original() -> None:
    for s in sentences(TEXT):
        assert TEXT[s.start:s.end] == s.text


def test_tokens_keep_offsets_and_split_punctuation() -> None:
    toks = tokens("قال وانغ يي، إن الصين")
    assert [t.text for t in toks] == ["قال", "وانغ", "يي", "،", "إن", "الصين"]
    for t in toks:
        assert "قال وانغ يي، إن الصين"[t.start:t.end] == t.text


@pytest.mark.parametrize("word, offset, stem", [
    ("وكازاخستان", 1, "كازاخستان"),
    ("والصين", 1, "الصين"),
    ("بأفغانستان", 1, "أفغانستان"),
    ("للصين", 1, "الصين"),  # li + al-: the span starts at the second lam
    ("ولأوزبكستان", 2, "أوزبكستان"),
    ("فالرئيس", 1, "الرئيس"),
])
def test_proclitic_stems_find_the_name_inside_a_prefixed_word(word: str, offset: int, stem: str) -> None:
    assert (offset, stem) in proclitic_stems(word)


@pytest.mark.parametrize("text", [
    "قال وانغ يي، إن الصين",
    "  بوابة اوكرانيا-كييف-27 ابريل 2023-\n\nستدعم الصين\tدول آسيا الوسطى.  ",
    "",
])
def test_token_table_gaps_and_tokens_rebuild_the_text(text: str) -> None:
    from silkwire.text.segment import token_table

    t = token_table(text)
    assert "".join(g + w for g, w in zip(t.gaps, t.texts, strict=False)) + t.gaps[-1] == text
    expected = [(x.start, x.end, x.text) for x in tokens(text)]
    assert list(zip(t.starts, t.ends, t.texts, strict=True)) == expected
    assert all(text[s:e] == w for s, e, w in zip(t.starts, t.ends, t.texts, strict=True))


def test_possessive_token_pattern_splits_like_the_plain_one() -> None:
    """The token pattern's possessive quantifiers change its speed, not its tokens."""
    import random
    import re

    from silkwire.text.segment import _LETTER, _SPLIT

    plain = re.compile(rf"({_LETTER}+(?:[.,]\d+)*|\S)")
    rng = random.Random(11)
    alphabet = [*"ab19.,، \n\t٣-'", "\u0640", "\u200c", "ا", "ب", "\u0660", "\u064e"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert _SPLIT.split(text) == plain.split(text)
