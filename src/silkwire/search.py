"""Full-text search over Arabic text that matches across spelling variants.

Each document stores `search_text`: its text folded by `search_key` (alef/ya/hamza/ta-marbuta folds, diacritics and
tatweel gone, and the letters outlets swap when transliterating foreign names — ج غ ق ك — folded to one).  A query
is folded the same way, so قرغيزستان finds قيرغيزستان only if the long vowel also folds: long vowels inside words are
dropped from the key too.  Matching is a substring test on the folded text, which DuckDB scans fast.

`search_key_map` builds the same key with, per key character, the index of the original character it came from, so
a hit found in the folded text is shown in the text as written (`snippet`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from silkwire.text.normalize import KEY_STEPS, charmaps, fold, normalize

_FOLD = str.maketrans({"غ": "ك", "ق": "ك", "ج": "ك", "ث": "س", "ص": "س", "ذ": "ز", "ظ": "ز", "ض": "د", "ط": "ت",
                       "ى": "ي"})
_VOWELS = "اوي"
_INNER_VOWEL = re.compile(rf"(?<=\w)[{_VOWELS}](?=\w)")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")  # quotes and punctuation around a word: «الصين»، "شي"
MIN_TERM = 2  # folded characters: shorter terms match nearly everything


@cache
def _key_table() -> dict[int, str | None]:
    """The KEY_STEPS folds followed by the transliteration folds, as one translate table (one pass per document)."""
    chars = {chr(c) for c in _FOLD} | {c for step in KEY_STEPS for c in charmaps()[step]}
    table: dict[int, str | None] = {}
    for c in chars:
        out = fold(c, KEY_STEPS).translate(_FOLD)
        if out != c:
            table[ord(c)] = out or None
    return table


def search_key(text: str) -> str:
    """The folded form used for search; the same function for stored text and for queries."""
    # one translate, not the memoised match_key(): whole documents pass through here and must not fill its cache.
    key = text.translate(_key_table())
    key = _INNER_VOWEL.sub("", key)
    return _SPACES.sub(" ", key).strip().lower()


def search_key_map(text: str) -> tuple[str, list[int]]:
    """`search_key(text)` together with the original index of every key character."""
    norm = normalize(text, KEY_STEPS)
    chars: list[str] = []
    offs: list[int] = []
    for c, o in zip(norm.text, norm.offsets, strict=True):
        for lc in c.lower().translate(_FOLD):
            chars.append(lc)
            offs.append(o)
    keep = [not (c in _VOWELS and 0 < i < len(chars) - 1 and _WORD.match(chars[i - 1]) and _WORD.match(chars[i + 1]))
            for i, c in enumerate(chars)]
    out_c: list[str] = []
    out_o: list[int] = []
    for c, o, k in zip(chars, offs, keep, strict=True):
        if not k:
            continue
        if c.isspace():
            if out_c and out_c[-1] == " ":
                continue
            c = " "
        out_c.append(c)
        out_o.append(o)
    while out_c and out_c[0] == " ":
        out_c.pop(0)
        out_o.pop(0)
    while out_c and out_c[-1] == " ":
        out_c.pop()
        out_o.pop()
    return "".join(out_c).lower(), out_o


def query_terms(query: str) -> list[str]:
    """Folded search terms of a query, one per word; all must occur (in any order).

    A word-initial long vowel is dropped from a term: inside a text, a clitic (و، ب، ل) glued in front makes that
    vowel word-inner and `search_key` drops it (وأوزبكستان → وزبكستن), so the term must match without it.
    """
    terms: list[str] = []
    for word in query.split():
        key = _EDGE_PUNCT.sub("", search_key(word).replace(" ", ""))
        if len(key) > MIN_TERM and key[0] in _VOWELS:
            key = key[1:]
        if len(_WORD.findall(key)) >= MIN_TERM and key not in terms:
            terms.append(key)
    return terms


@dataclass(frozen=True, slots=True)
class Snippet:
    """A stretch of the original text around a hit: `before` + `hit` + `after`, offsets into the text."""

    before: str
    hit: str
    after: str
    start: int  # of the hit
    end: int

    def as_dict(self) -> dict:
        return {"before": self.before, "hit": self.hit, "after": self.after, "start": self.start, "end": self.end}


def _chunks(text: str, size: int = 400) -> list[tuple[int, int]]:
    """(start, end) pieces of about `size` characters cut at whitespace, so no word (and no term) straddles two."""
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            space = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            end = space + 1 if space > start else end
        out.append((start, end))
        start = end
    return out


def find_hit(text: str, terms: list[str]) -> tuple[int, int] | None:
    """Original (start, end) of the first term occurrence in `text`, or None.

    Terms hold no spaces, so each lies inside one whitespace-cut chunk: chunks are folded with the fast
    `search_key` and only the chunk with the hit is mapped character by character."""
    for c_start, c_end in _chunks(text):
        chunk = text[c_start:c_end]
        if not any(t in search_key(chunk) for t in terms):
            continue
        key, offs = search_key_map(chunk)
        hits = [(offs[i], offs[i + len(t) - 1] + 1) for t in terms if (i := key.find(t)) >= 0]
        if hits:
            start, end = min(hits)
            return c_start + start, c_start + end
    return None


def _in_word(c: str) -> bool:
    return bool(_WORD.match(c)) or unicodedata.category(c).startswith("M")  # harakat are marks, not \w


def _widen_to_word(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and _in_word(text[start - 1]):
        start -= 1
    while end < len(text) and _in_word(text[end]):
        end += 1
    return start, end


def snippet(text: str, terms: list[str], width: int = 90) -> Snippet:
    """The hit (widened to whole words) with about `width` characters either side, cut at spaces."""
    hit = find_hit(text, terms)
    if hit is None:
        cut = text[: 2 * width]
        return Snippet("", "", cut + ("…" if len(text) > len(cut) else ""), 0, 0)
    start, end = _widen_to_word(text, *hit)
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    before = ("…" if lo > 0 else "") + text[lo:start].replace("\n", " ")
    after = text[end:hi].replace("\n", " ") + ("…" if hi < len(text) else "")
    return Snippet(before, text[start:end], after, start, end)
