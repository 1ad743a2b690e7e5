"""The fast matchers (trie alternations, phrase-anchored scans, per-word caches) find what plain scans find."""
from __future__ import annotations

import re
from datetime import date

import pytest

from silkwire.events import parties
from silkwire.events.dates import MONTHS, WEEKDAYS, find_dates
from silkwire.events.forms import WORD_CHARS, norm
from silkwire.events.lexicon import load, tokenize
from silkwire.events.trie import alternation

TEXTS = [
    "التقى وزير الخارجية الصيني وانغ يي نظيره الكازاخستاني في أستانا يوم الاثنين 3 مايو 2023.",
    "وأكد الجانبان أن الدول الخمس ستعمل مع الصين في مارس المقبل، وبحث البلدان التعاون في مجال الطاقة والتجارة.",
    "أجرت الصين محادثات منفصلة مع الدول الخمس على التوالي، واتفق الطرفان على تعزيز الاستثمار والنقل.",
    "ويأتي ذلك فيما استدعى وزير الخارجية بالوكالة ناصر جودة السفير الإيراني في عمان، وأبلغه استهجان واستنكار "
    "الحكومة الأردنية الشديدين لقيام مجموعة من المتظاهرين يوم أمس بالتجمع أمام مقر السفارة الأردنية في طهران.",
    "شيآن 19 مايو 2023 (شينخوا) اتفق قادة الدول الست على تطوير السكك الحديدية، وتوسيع التجارة.\nوفي العام الماضي "
    "زار الرئيس كازاخستان اليوم (الأربعاء)، وأجرى محادثات مع كلا الجانبين حول الصين-آسيا الوسطى والحد من الفقر.",
    "وقال المتحدث أمس إن الوزراء سيلتقون غدا في الساعة الخامسة، بعد اجتماع الشهر الماضي في 2023-04-27.",
]


def _flat(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize("words", [list(MONTHS), list(WEEKDAYS),
                                   ["الاول", "الاولي", "ال", "اب", "ابريل", "ماي", "مايو"]])
@pytest.mark.parametrize("text", TEXTS)
def test_trie_alternation_matches_like_longest_first_alternation(words, text):
    folded = norm(text)
    flat = re.compile(rf"(?<!\w)(?:و|ال)?({_flat(words)})(?!\w)")
    trie = re.compile(rf"(?<!\w)(?:و|ال)?({alternation(words)})(?!\w)")
    assert [m.span(1) for m in trie.finditer(folded)] == [m.span(1) for m in flat.finditer(folded)]


@pytest.mark.parametrize("text", TEXTS)
def test_back_references_found_as_a_full_scan_finds_them(text):
    folded = norm(text)
    refs = load().refs
    found = [(p.start, p.end, p.ref) for p in parties.back_references(folded, refs)]
    from_tokens = [(p.start, p.end, p.ref) for p in parties.back_references(folded, refs, tokenize(folded)[0])]
    full, _, kinds, _ = parties._BACKREF_CACHE[id(refs)]
    assert found == from_tokens == [(m.start(1), m.end(1), kinds[m.group(1)]) for m in full.finditer(folded)]


@pytest.mark.parametrize("text", TEXTS)
def test_topic_keywords_found_at_every_occurrence_overlaps_included(text):
    folded = norm(text)
    lex = load()
    expected = sorted((i.start(), label) for word, label in lex.topic_words
                      for i in re.finditer(f"(?={re.escape(word)})", folded))
    assert sorted(lex.topic_positions(folded)) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_topic_keywords_from_tokens_match_the_text_scan(text):
    """Multi-word keywords (السكك الحديدية، الحد من الفقر) start in one word and run into the next."""
    folded = norm(text)
    lex = load()
    assert sorted(lex.topic_positions(folded, tokenize(folded)[0])) == sorted(lex.topic_positions(folded))


@pytest.mark.parametrize("text", TEXTS)
def test_date_cues_from_tokens_match_the_text_scan(text):
    folded = norm(text)
    ref = date(2023, 5, 19)
    assert find_dates(folded, ref, tokenize(folded)[0]) == find_dates(folded, ref)


def test_date_cues_fall_back_to_the_text_scan_beside_untokenised_word_characters():
    """Full-width digits (copied from Chinese sources) are digits to the date pattern but no token holds them."""
    folded = norm("وصل الوفد إلى بكين في １２ مايو لإجراء محادثات.")
    ref = date(2023, 5, 19)
    found = find_dates(folded, ref, tokenize(folded)[0])
    assert [d.value for d in found] == ["2023-05-12"] and found == find_dates(folded, ref)


@pytest.mark.parametrize("text", TEXTS)
def test_trigger_matches_do_not_depend_on_the_word_cache(text):
    toks, keys = tokenize(norm(text))
    matcher = load().triggers
    first = [(h.entry.pattern, h.start, h.end) for h in matcher.find(toks, keys)]
    matcher._heads.clear()
    matcher._live.clear()
    assert [(h.entry.pattern, h.start, h.end) for h in matcher.find(toks, keys)] == first


def test_sentence_whose_triggers_are_all_dropped_still_yields_a_list(run):
    """A dated sentence whose only trigger is discarded (an ungoverned masdar) used to crash date assignment."""
    assert isinstance(run(TEXTS[3]), list)


ASIDES = "قيرغيزستان، التي تسلمت الرئاسة من الصين، القمة، كما أعلنت كازاخستان, فيما قال"


@pytest.mark.parametrize("text", [*TEXTS, ASIDES])
def test_comma_patterns_tried_at_commas_find_what_a_scan_finds(text):
    from silkwire.events import clauses
    folded = norm(text)
    toks = tokenize(folded)[0]
    commas = [s for s, t in zip(toks.starts, toks.texts, strict=True) if t in ("،", ",")]
    for pattern in (clauses.RELATIVE_ASIDE, clauses._CLAUSE):
        for start in range(0, len(folded), 7):
            inside = [c for c in commas if c >= start]
            assert [m.span() for m in clauses.at_commas(pattern, folded, inside, len(folded))] == \
                [m.span() for m in pattern.finditer(folded, start, len(folded))]


def test_tokens_split_at_spaces_are_the_regex_tokens():
    """word_tokens splits at spaces and keeps each chunk's tokens: the same tokens and offsets as one regex split."""
    import random
    from itertools import accumulate

    from silkwire.events.lexicon import _SPLIT, word_tokens

    rnd = random.Random(3)
    alphabet = [*"ab ،,.-\n\t_é١2", "ال", "صين", "  ", "؟", "«", "ـ", "\u200c", "＿"]
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        parts = _SPLIT.split(text)
        pos = list(accumulate(map(len, parts), initial=0))
        toks = word_tokens(text)
        assert (toks.texts, toks.starts, toks.ends) == (parts[1::2], pos[1:-1:2], pos[2::2])
        assert toks.stray_word_chars == bool(re.search(rf"[^\W{WORD_CHARS}]", text))


@pytest.mark.parametrize("text", TEXTS)
def test_word_kinds_find_the_tokens_a_scan_per_kind_finds(text):
    from silkwire.events.extract import _sets, _word_kinds

    lex = load()
    kinds = _word_kinds(lex, _sets(lex.refs))
    toks = tokenize(norm(text))[0]
    assert kinds.positions(toks) == [[i for i, t in enumerate(toks.texts) if test(t)] for test in kinds.tests]


@pytest.mark.parametrize("text", TEXTS)
def test_matchers_given_head_positions_find_what_they_find_alone(text):
    from silkwire.events.extract import _CUE_HEADS, _TRIGGER_HEADS, _sets, _word_kinds

    lex = load()
    toks = tokenize(norm(text))[0]
    at = _word_kinds(lex, _sets(lex.refs)).positions(toks)
    assert lex.triggers.find(toks, at=at[_TRIGGER_HEADS]) == lex.triggers.find(toks)
    assert lex.cues.find(toks, at=at[_CUE_HEADS]) == lex.cues.find(toks)
