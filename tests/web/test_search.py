"""search.py: variant folding, query terms, and mapping a folded hit back to the text as written."""
from __future__ import annotations

from pathlib import Path

import pytest

from silkwire.search import query_terms, search_key, search_key_map, snippet

SEEDS = sorted(Path("/work/shared/corpus/seeds").glob("*.txt"))


@pytest.mark.parametrize(("a", "b"), [
    ("قرغيزستان", "قيرغيزستان"),
    ("أوزبكستان", "اوزبكستان"),
    ("طاجيكستان", "طاجكستان"),
    ("شي جين بينغ", "شي جينبينغ".replace("جينبينغ", "جين بينج")),
    ("تركمانستان", "تركمنستان"),
    ("الصِّين", "الصين"),
])
def test_spelling_variants_fold_to_one_key(a, b):
    assert search_key(a) == search_key(b)


@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية الصيني وانغ يي  مع نظيره\nالقرغيزي في بيشكك.",
    "  أستانا (شينخوا) -- قالت وزارة الخارجيّة إنّ «الصين» ستدعم ‌المشروع. ",
    "Xi Jinping met Tokayev in ASTANA on 3 July 2024 ٢٠٢٤",
    *[p.read_text(encoding="utf-8") for p in SEEDS],
])
def test_key_map_builds_the_stored_key_with_one_offset_per_character(text):
    key, offsets = search_key_map(text)
    assert key == search_key(text)
    assert len(offsets) == len(key) and offsets == sorted(offsets)
    assert all(0 <= o < len(text) for o in offsets)


def test_word_initial_vowel_is_optional_so_a_clitic_in_front_still_matches():
    [term] = query_terms("أوزبكستان")
    assert term in search_key("بين الصين وأوزبكستان")
    assert term in search_key("زار أوزبكستان")


@pytest.mark.parametrize(("query", "n"), [("؟!", 0), ("و", 0), ("«الصين»", 1), ("الصين الصين", 1), ("وانغ يي", 2)])
def test_query_terms_drop_punctuation_repeats_and_one_letter_words(query, n):
    assert len(query_terms(query)) == n


@pytest.mark.parametrize(("text", "query", "hit"), [
    ("وأكد أن الصين ستعمل مع قرغيزستان على بناء السكك.", "قيرغيزستان", "قرغيزستان"),
    ("زار الرئيسُ قيرغيزستانَ أمس.", "قرغيزستان", "قيرغيزستانَ"),
    ("وقعت الصين وأوزبكستان اتفاقية.", "اوزبكستان", "وأوزبكستان"),
    ("سيزور الوزير طاجكستان الشهر المقبل", "طاجيكستان", "طاجكستان"),
])
def test_snippet_shows_the_hit_as_written(text, query, hit):
    s = snippet(text, query_terms(query))
    assert s.hit == hit and text[s.start:s.end] == hit
    assert (s.before + s.hit + s.after).replace("…", "") in text.replace("\n", " ")


def test_snippet_is_cut_to_the_requested_width_around_the_hit():
    text = "كلمة " * 200 + "قرغيزستان " + "كلمة " * 200
    s = snippet(text, query_terms("قيرغيزستان"), width=50)
    assert s.before.startswith("…") and s.after.endswith("…")
    assert len(s.before) <= 52 and len(s.after) <= 52


def test_snippet_without_a_hit_shows_the_opening():
    s = snippet("نص قصير.", query_terms("بكين"))
    assert s.hit == "" and s.after == "نص قصير."
