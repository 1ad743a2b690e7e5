"""Sentence and token segmentation with offsets into the original text, plus Arabic clitic analysis.

Arabic glues prepositions and conjunctions to the next word (وكازاخستان, للصين, بأفغانستان).  Tokens stay whole
words as written; :func:`proclitic_stems` lists the ways a word may be read as clitics + stem, each with the offset
where the stem starts, so a matcher can report a mention that excludes the clitics.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from silkwire.models import Span

#: Letters that attach to the next word as conjunction/preposition (wa, fa, bi, li, ka).
PROCLITIC_LETTERS = "وفبلك"
#: Two-letter proclitic sequences allowed before a stem (conjunction + preposition).
PROCLITIC_PAIRS = ("وب", "ول", "وك", "فب", "فل", "فك")
#: Pronoun suffixes a name or title word may carry (نظيره، رئيسها، قادتهم).
ENCLITICS = ("هما", "هم", "ها", "ه")

_LETTER = r"[0-9A-Za-z\u0621-\u063A\u0641-\u065F\u0670-\u06D3\u06FA-\u06FF\u0640\u200c\u200d]"
#: A word, with decimals (3.5, 1,000), or any other single non-space character.  Possessive quantifiers: nothing after
#: a word can make it give letters back, so the engine need not keep backtracking state (a sixth faster).
_TOKEN = re.compile(rf"{_LETTER}++(?:[.,]\d++)*+|\S")
_SPLIT = re.compile(f"({_TOKEN.pattern})")
_ABBREV = re.compile(r"(?:\b[A-Za-z]|\b(?:Mr|Dr|St|No|etc|vs|Jr|Sr|Inc|Co|Ltd))$")
_ABBREV_LEN = 4  # longer than any abbreviation _ABBREV knows ("etc" + the word boundary before it)
#: A sentence end: a run of end marks and any closing quotes or brackets, or a line break (a blank line counted
#: once).  Written to begin with one character class, so the regex engine skips to candidates in C instead of trying
#: a match at every character (``[.!?؟…]+[closers]*|\n\s*\n|\n`` found the same ends four times slower).
_SENT_END = re.compile(r"[.!?؟…\n](?:(?<=\n)(?:\s*\n)?|(?<!\n)[.!?؟…]*[\"'»”)\]]*)")

#: Opening quote marks and the mark that closes each (guillemets, typographic and straight quotes).
QUOTE_PAIRS: dict[str, str] = {"«": "»", '"': '"', "“": "”", "”": "”", "'": "'", "‘": "’"}


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark with its offsets in the original text."""

    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    """Words (letters/digits, clitics kept attached) and single punctuation marks, with original offsets."""
    t = token_table(text)
    return list(map(Token, t.starts, t.ends, t.texts))


@dataclass(frozen=True, slots=True)
class TokenTable:
    """The tokens of one text as parallel lists (no per-token objects: the matchers index them by position).

    ``gaps[k]`` is the text before token k; ``gaps[-1]`` the text after the last token.
    """

    texts: list[str]
    starts: list[int]
    ends: list[int]
    gaps: list[str]


def token_table(text: str) -> TokenTable:
    """Tokens as :func:`tokens` finds them, split in C (one ``re.split``) and offset by running lengths."""
    parts = _SPLIT.split(text)
    pos = list(accumulate(map(len, parts), initial=0))
    return TokenTable(parts[1::2], pos[1:-1:2], pos[2::2], parts[0::2])


def _is_false_stop(text: str, m: re.Match[str]) -> bool:
    """A full stop inside a number (3.5) or after a Latin abbreviation (U.S.) does not end a sentence."""
    if m.group()[0] != ".":
        return False
    at = m.start()
    after = text[m.end(): m.end() + 1]
    if text[at - 1: at].isdigit() and after[:1].isdigit():
        return True
    if not after or after.isspace():
        return False
    # only the few characters before the stop can end an abbreviation: search there, not the whole prefix
    return bool(_ABBREV.search(text, max(0, at - _ABBREV_LEN), at))


def sentences(text: str) -> list[Span]:
    """Sentences split at . ! ? ؟ … and line breaks, trimmed of surrounding whitespace, original offsets."""
    return [Span(s, e, text[s:e]) for s, e in sentence_bounds(text)]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence :func:`sentences` finds, without building spans (for per-article hot loops)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.group()[0] == "." and _is_false_stop(text, m):
            continue
        _add_trimmed(text, start, m.end(), out)
        start = m.end()
    _add_trimmed(text, start, len(text), out)
    return out


def _add_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    part = text[start:end]
    kept = part.strip()
    if kept:
        start += len(part) - len(part.lstrip())
        out.append((start, start + len(kept)))


@lru_cache(maxsize=65536)
def proclitic_stems(word: str) -> tuple[tuple[int, str], ...]:
    """Readings of ``word`` as proclitics + stem: (offset of the stem in word, stem as a lookup form).

    The word itself comes first.  After li (ل) the article's alef is dropped (للصين = li + الصين): that reading
    is returned with the lookup form restored (الصين) and the offset at the second lam, the gold span convention.
    """
    out = [(0, word)]
    n = len(word)
    for k in (1, 2):
        if n - k < 2:
            break
        head = word[:k]
        if (k == 1 and head in PROCLITIC_LETTERS) or (k == 2 and head in PROCLITIC_PAIRS):
            out.append((k, word[k:]))
            if head[-1] == "ل" and word[k] == "ل" and n - k > 2:
                out.append((k, "ا" + word[k:]))
    return tuple(out)


@lru_cache(maxsize=65536)
def proclitic_forms(stem: str) -> frozenset[str]:
    """Every written word :func:`proclitic_stems` may read as this stem (its inverse), for a set-based
    prefilter: لل+صين for الصين, و+وانغ, ول+وانغ ... (once per stem: names recur across articles)."""
    heads = ("", *PROCLITIC_LETTERS, *PROCLITIC_PAIRS)
    out = {h + stem for h in heads}
    if stem.startswith("ال") and len(stem) > 3:
        out |= {h + stem[1:] for h in heads if h.endswith("ل")}
    return frozenset(out)


def enclitic_stems(word: str) -> list[str]:
    """The word without a pronoun suffix (نظيره → نظير), longest suffix first; the word itself first."""
    out = [word]
    for suf in ENCLITICS:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            stem = word[: -len(suf)]
            out.append(stem[:-1] + "ة" if stem.endswith("ت") else stem)
            out.append(stem)
    return out
