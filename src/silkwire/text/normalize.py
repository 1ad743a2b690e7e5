"""Arabic normalisation as small composable steps that keep an offset map back to the original text.

Every step is a character map (``silkwire/data/nlp/charmaps.json``) sending one character to zero or one character, so a
normalised string carries, for each of its characters, the index of the original character it came from.
Downstream stages work on the normalised text and report spans in the original via ``span_to_original``.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: Steps applied by :func:`normalize`: safe for display-level matching; length changes only by deletions.
DEFAULT_STEPS: tuple[str, ...] = ("invisibles", "tatweel", "diacritics", "quotes", "digits", "persian", "alef", "yeh")
#: Extra steps for :func:`match_key`: folds that would be wrong to show but help matching spellings.
KEY_STEPS: tuple[str, ...] = (*DEFAULT_STEPS, "hamza_seats", "teh_marbuta")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def charmaps() -> dict[str, dict[str, str]]:
    """The packaged char maps, by step name."""
    raw = resources.files("silkwire").joinpath("data/nlp/charmaps.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(raw).items() if not k.startswith("_")}


@lru_cache(maxsize=32)
def _char_map(steps: tuple[str, ...]) -> dict[int, str | None]:
    """Code point -> replacement (None: deleted) for every character the given steps, in order, touch."""
    maps = charmaps()
    table: dict[int, str | None] = {}
    chars = {c for s in steps for c in maps[s]}
    for c in chars:
        out = c
        for s in steps:
            if out:
                out = maps[s].get(out, out)
        table[ord(c)] = out or None
    return table


@lru_cache(maxsize=32)
def _table(steps: tuple[str, ...]) -> list[int | str | None]:
    """One str.translate table composing the steps, as a list over the BMP: a dict table makes translate raise
    and catch a KeyError for every untouched character, which costs twice as much."""
    table: list[int | str | None] = list(range(0x10000))
    for c, v in _char_map(steps).items():
        table[c] = v
    return table


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised string with, per character, the index of the original character it came from."""

    text: str
    original: str
    offsets: Sequence[int]  # a range while nothing was deleted (no per-character tuple for the common case)

    def to_original(self, i: int) -> int:
        """Original index of normalised index i (i == len(text) maps to the end of the original)."""
        if i >= len(self.offsets):
            return len(self.original)
        return self.offsets[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) covering the normalised span [start, end)."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def apply_steps(norm: Normalized, steps: Sequence[str]) -> Normalized:
    """Apply char-map steps to an already normalised string, composing the offset maps.

    The steps map a character to one character or delete it, never expand it, and touch few characters of a text
    (alef and yeh forms, a mark here and there): one ``str.replace`` per changed character present costs a fraction
    of a ``str.translate`` through every character, and only the deleted characters (diacritics, tatweel,
    invisibles: rare) change the offset map.
    """
    steps = tuple(steps)
    replacements = _replacements(steps)
    if replacements is None:  # some replacement is changed again by the steps: one translation pass
        return _translated(norm, steps)
    source = text = norm.text
    deleted: list[int] = []
    for ch, new in replacements:
        if ch in source:
            if not new:
                deleted += positions(source, ch)
            text = text.replace(ch, new)
    if not deleted:
        return Normalized(text, norm.original, norm.offsets)
    deleted.sort()
    offs, kept, prev = _shared(norm.offsets), [], 0
    for at in deleted:
        kept += offs[prev:at]
        prev = at + 1
    kept += offs[prev:len(source)]
    return Normalized(text, norm.original, tuple(kept))


@lru_cache(maxsize=32)
def _replacements(steps: tuple[str, ...]) -> tuple[tuple[str, str], ...] | None:
    """(character, what the steps make of it: "" when deleted) for every character they change, when the steps
    leave every such result alone (replacing one character after another is then one translation); else None."""
    table = _char_map(steps)
    pairs = tuple(sorted((chr(c), v or "") for c, v in table.items() if v != chr(c)))
    return pairs if all(not v or table.get(ord(v), v) == v for _, v in pairs) else None


#: 0, 1, 2, ...: identity offset maps are sliced from this one tuple, so a map with deletions shares its int objects
#: instead of making one per character (grown on demand up to _SHARED_MAX characters).
_COUNTING: tuple[int, ...] = ()
_SHARED_MAX = 1 << 17


def _shared(offsets: Sequence[int]) -> Sequence[int]:
    """The offset map itself, or, when it is the identity (a range from 0), the shared counting tuple, which is the
    same up to its length."""
    global _COUNTING
    n = len(offsets)
    if not isinstance(offsets, range) or offsets.start != 0 or offsets.step != 1 or n > _SHARED_MAX:
        return offsets
    if len(_COUNTING) < n:
        _COUNTING = tuple(range(min(max(n, 2 * len(_COUNTING), 4096), _SHARED_MAX)))
    return _COUNTING


def positions(text: str, ch: str) -> list[int]:
    """Offsets of every occurrence of a character (a deleted one: a few per article), by C-level find."""
    out, at = [], text.find(ch)
    while at >= 0:
        out.append(at)
        at = text.find(ch, at + 1)
    return out


def _translated(norm: Normalized, steps: tuple[str, ...]) -> Normalized:
    """:func:`apply_steps` by one ``str.translate``, the deleted runs found by a pattern."""
    text = norm.text.translate(_table(steps))
    if len(text) == len(norm.text):
        return Normalized(text, norm.original, norm.offsets)
    offs, kept, prev = norm.offsets, [], 0
    for m in _deleted_pattern(steps).finditer(norm.text):
        kept += offs[prev:m.start()]
        prev = m.end()
    kept += offs[prev:]
    return Normalized(text, norm.original, tuple(kept))


@lru_cache(maxsize=32)
def _deleted_pattern(steps: tuple[str, ...]) -> re.Pattern[str]:
    """Runs of characters the steps delete."""
    gone = [chr(c) for c, v in _char_map(steps).items() if v is None]
    return re.compile("[" + "".join(re.escape(c) for c in gone) + "]+") if gone else re.compile(r"(?!)")


def identity(text: str) -> Normalized:
    """The text as a Normalized with the identity offset map (a range: building a tuple per character cost more
    than the normalisation itself on typical articles)."""
    return Normalized(text, text, range(len(text)))


def normalize(text: str, steps: Iterable[str] = DEFAULT_STEPS) -> Normalized:
    """Normalise text with the given steps (default: display-safe folds) keeping offsets."""
    return apply_steps(identity(text), tuple(steps))


def fold(text: str, steps: Iterable[str] = DEFAULT_STEPS) -> str:
    """Normalised text only, without building an offset map (fast path for lexicon keys)."""
    return text.translate(_table(tuple(steps)))


@lru_cache(maxsize=131072)
def match_key(s: str) -> str:
    """Aggressive key for gazetteer and alias matching: all folds, lower case, single spaces."""
    return _SPACES.sub(" ", s.translate(_table(KEY_STEPS))).strip().lower()
