"""Name keys that survive transliteration: Arabic and Latin spellings mapped to one consonant-class alphabet.

`سعيدوف` and `Saidov` both give ``SDF``; `قانغ`, `جانج` and `Gang` give ``KNK``.  The skeleton blocks candidate
pairs cheaply; :func:`name_similarity` then scores whole names token by token, ignoring word order
(`كولوبييف زينبك` = `Zheenbek Kulubaev`).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from rapidfuzz.fuzz import ratio

from silkwire.text import match_key

_PAREN = re.compile(r"\([^)]*\)")
_LATIN_SPLIT = re.compile(r"[\s\-'’`.]+")
_EMPTY_FALLBACK = {"ي": "Y", "ى": "Y", "ا": "A", "ع": "A", "و": "W", "y": "Y", "i": "Y", "e": "Y", "a": "A",
                   "o": "W", "u": "W", "w": "W"}


@lru_cache(maxsize=1)
def _classes() -> dict[str, dict[str, str]]:
    raw = resources.files("silkwire").joinpath("data/nlp/phonetic.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(raw).items() if not k.startswith("_")}


def _squeeze(s: str) -> str:
    """Collapse doubled classes (Kassym = قاسم)."""
    out = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=20000)
def arabic_skeleton(word: str, first: bool = True) -> str:
    """Consonant classes of one Arabic word; the article of a later name part is dropped (سراج الدين)."""
    w = match_key(word)
    if not first and word.startswith("ال") and len(w) > 3:  # the article; أل in ألينيك is not one
        w = w[2:]
    return _squeeze(arabic_classes(w)) or _EMPTY_FALLBACK.get(w[:1], "")


def arabic_classes(w: str, vowels: dict[str, str] | None = None) -> str:
    """Letter classes of a folded Arabic word, digraphs first; a letter with no consonant class maps through
    ``vowels`` when given, else to nothing."""
    cls, di = _classes()["arabic"], _classes()["arabic_digraphs"]
    out, i = [], 0
    while i < len(w):
        if w[i:i + 2] in di:
            out.append(di[w[i:i + 2]])
            i += 2
            continue
        out.append(cls.get(w[i]) or (vowels or {}).get(w[i], ""))
        i += 1
    return "".join(out)


@lru_cache(maxsize=20000)
def latin_skeleton(word: str, pinyin: bool = False) -> str:
    """Consonant classes of one Latin word (pinyin: Chinese romanisation rules first)."""
    w = word.lower()
    if pinyin:
        w = re.sub(r"zh", "j", w)
        w = re.sub(r"c(?!h)", "ts", w)
        w = w.replace("q", "ch").replace("x", "sh")
    return _squeeze(latin_classes(w)) or _EMPTY_FALLBACK.get(w[:1], "")


def latin_classes(w: str, vowels: dict[str, str] | None = None) -> str:
    """Letter classes of a lower-case Latin word, digraphs first (sh, kh, zh …); a letter with no consonant class
    maps through ``vowels`` when given, else to nothing."""
    cls, di = _classes()["latin"], _classes()["latin_digraphs"]
    out, i = [], 0
    while i < len(w):
        for n in (3, 2):
            if w[i:i + n] in di:
                out.append(di[w[i:i + n]])
                i += n
                break
        else:
            out.append(cls.get(w[i]) or (vowels or {}).get(w[i], ""))
            i += 1
    return "".join(out)


def arabic_name_key(name: str) -> tuple[str, ...]:
    """Skeletons of an Arabic name's words, in order."""
    words = [w for w in name.replace("-", " ").split() if w]
    return tuple(arabic_skeleton(w, i == 0) for i, w in enumerate(words))


def latin_name_key(name: str, pinyin: bool = False) -> tuple[str, ...]:
    """Skeletons of a Latin name's words; notes in parentheses are ignored.  Pinyin words are cut into syllables
    (Weidong → wei dong), as Arabic writes Chinese names syllable by syllable (سون وي دونغ)."""
    words = [w for w in _LATIN_SPLIT.split(_PAREN.sub(" ", name)) if w]
    if pinyin:
        words = [syl for w in words for syl in pinyin_syllables(w)]
    return tuple(latin_skeleton(w, pinyin) for w in words)


_INITIALS = "zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]"
_FINALS = "iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u"
_WITH_INITIAL = re.compile(rf"(?:{_INITIALS})(?:{_FINALS})")
_BARE = re.compile(rf"(?:{_FINALS})")  # a syllable without an initial: only first in a word (Xi'an has an apostrophe)


@lru_cache(maxsize=4096)
def pinyin_syllables(word: str) -> tuple[str, ...]:
    """A pinyin word cut into the fewest syllables (Keqiang → ke qiang, Huning → hu ning, Xian → xian); the word
    itself when it does not read as pinyin."""
    w = word.lower()
    n = len(w)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)  # best[i]: fewest-syllable cut of w[i:]
    best[n] = ()
    for i in range(n - 1, -1, -1):
        for end in range(n, i, -1):
            rest = best[end]
            if rest is None or (best[i] is not None and len(best[i]) <= len(rest) + 1):
                continue
            piece = w[i:end]
            if _WITH_INITIAL.fullmatch(piece) or (i == 0 and _BARE.fullmatch(piece)):
                best[i] = (piece, *rest)
    return best[0] if best[0] else (word,)


_INITIAL = re.compile(rf"^(?:{_INITIALS})")
_ARABIC_VOWELS = {"ا": "a", "آ": "a", "أ": "a", "و": "u", "ي": "i"}  # ى, ه, ة: no vowel said


@lru_cache(maxsize=4096)
def syllable_vowels(syllable: str) -> frozenset[str]:
    """The vowel classes (a, u, i) a pinyin syllable's Arabic spelling writes as long letters (Li → ي, Lu → و,
    Zhao → ا و); empty (anything goes) when the final is e alone (Chen: تشن or تشين, Ke: كه).  u after j, q, x,
    y is ü (Xu: شيوي or شو): either."""
    w = syllable.lower()
    initial = _INITIAL.match(w)
    final = w[initial.end():] if initial else w
    found: set[str] = set()
    for ch in final:
        if ch == "a":
            found.add("a")
        elif ch in "oü" or ch == "v":
            found.update("u" if ch == "o" else "ui")
        elif ch == "u":
            found.update("ui" if initial and initial.group() in ("j", "q", "x", "y") else "u")
        elif ch == "i":
            found.add("i")
    return frozenset(found)


@lru_cache(maxsize=20000)
def arabic_vowels(word: str) -> frozenset[str]:
    """Vowel classes written as long letters in an Arabic word after its first letter (the first may be a
    consonant: وانغ، يانغ)."""
    return frozenset(_ARABIC_VOWELS[ch] for ch in match_key(word)[1:] if ch in _ARABIC_VOWELS)


def vowels_agree(arabic_word: str, syllable: str) -> bool:
    """Can this Arabic word spell this pinyin syllable's vowel?  لو is not Li, شي is Xi; a word or syllable that
    says nothing (كه، Chen) agrees with anything."""
    a, p = arabic_vowels(arabic_word), syllable_vowels(syllable)
    return not a or not p or bool(a & p)


def canonical_key(name: str) -> str:
    """Order-free skeleton of an Arabic name: equal for spellings and word orders of one name."""
    return " ".join(sorted(arabic_name_key(name)))


def _best(a: str, others: tuple[str, ...]) -> float:
    return max((ratio(a, b) / 100 for b in others), default=0.0)


def _orders(b: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The word orders one name is written in: as is, rotated (Tokayev Kassym-Jomart), reversed."""
    return (*(b[i:] + b[:i] for i in range(len(b))), tuple(reversed(b)))


def name_similarity(a: tuple[str, ...], b: tuple[str, ...], join: bool = True) -> float:
    """Symmetric token-alignment score in [0, 1] between two skeleton keys, word order ignored.  ``join``: also
    compare the names run together (names split differently: سراج الدين = Sirojiddin)."""
    if not a or not b:
        return 0.0
    aligned = (sum(_best(x, b) for x in a) + sum(_best(y, a) for y in b)) / (len(a) + len(b))
    if len(a) == len(b) and len(a) > 2:  # word by word in the order written, surname moved to the front, or reversed
        aligned = min(aligned, max(sum(ratio(x, y) for x, y in zip(a, order, strict=True)) / (100 * len(a))
                                   for order in _orders(b)))  # لو جيان بينغ is not Ali Bagheri Kani shuffled
    if len(a) == len(b) or not join:  # same word count: compare word by word (تشانغ مينغ is not تشين قانغ run together)
        return aligned
    return max(aligned, ratio("".join(a), "".join(b)) / 100)
