"""Gazetteer matching over normalised word keys: countries, places, organisations and nisba adjectives.

Names are indexed as tuples of :func:`match_key` word keys.  A text word may carry proclitics (وكازاخستان,
للصين): its first word is tried under every proclitic reading, the mention span then starting after them.
Longest match wins; a match may not start inside another one.
"""
from __future__ import annotations

import contextlib
import weakref
from dataclasses import dataclass
from itertools import compress
from typing import Any

from silkwire.text import match_key, proclitic_stems

MAX_WORDS = 8
_KIND_TYPE = {"country": "GPE", "organization": "ORG"}


@dataclass(frozen=True, slots=True)
class Entry:
    """What a gazetteer name points to."""

    type: str  # GPE, LOC, ORG, NORP
    actor: str  # country/KAZ, place/xian, org/sco; NORP: country/ISO3
    country: str | None


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # original offsets, proclitics excluded
    end: int
    first: int  # token index range [first, last)
    last: int
    entry: Entry


def words_of(text: str) -> tuple[str, ...]:
    """A name as a tuple of word keys; hyphens and punctuation split words."""
    from silkwire.text import tokens

    return tuple(match_key(t.text) for t in tokens(text) if t.text.isalnum() or len(t.text) > 1)


class Gazetteer:
    """Name index built once per knowledge base."""

    def __init__(self, kb: Any) -> None:
        self.names: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        self.abbreviations: dict[str, Entry] = {}
        self._candidates: dict[str, tuple] = {}
        self._add_kb(kb)
        for bucket in self.names.values():
            bucket.sort(key=lambda item: -len(item[0]))
        self._by_second = {first: _split_bucket(bucket) for first, bucket in self.names.items()}

    def _add(self, surface: str, entry: Entry) -> None:
        words = words_of(surface)
        if not words or len(words) > MAX_WORDS:
            return
        bucket = self.names.setdefault(words[0], [])
        if all(w != words[1:] or e != entry for w, e in bucket):
            bucket.append((words[1:], entry))

    def _add_kb(self, kb: Any) -> None:
        for iso3, c in kb.countries.items():
            entry = Entry("GPE", f"country/{iso3}", iso3)
            for name in (c.name_ar, *c.variants_ar, *getattr(c, "long_ar", ())):
                self._add(name, entry)
        for nisba, iso3 in kb.nisba_index().items():
            for form in _nisba_forms(nisba):
                self._add(form, Entry("NORP", f"country/{iso3}", iso3))
        for p in kb.places.values():
            entry = Entry(p.ner, f"place/{p.id}", p.country)
            for name in (p.name_ar, *p.variants_ar):
                self._add(name, entry)
                for variant in _indefinite_variants(name):
                    self._add(variant, entry)
        for o in kb.organizations.values():
            entry = Entry("ORG", f"org/{o.id}", o.country)
            for name in (o.name_ar, *o.variants_ar):
                self._add(name, entry)
            for abbr in o.abbreviations:
                if abbr.isupper() and len(abbr) >= 2:
                    self.abbreviations[abbr] = entry

    def match(self, texts: list[str], starts: list[int], ends: list[int], keys: list[str],
              cands: list[tuple] | dict[int, tuple] | None = None, hot: list[int] | None = None) -> list[Match]:
        """All longest, non-overlapping matches, left to right (only words whose key can start a name are tried).

        ``cands``: :meth:`candidates` of each key (or of each word in ``hot``), when the caller has them already;
        ``hot``: the indices of the words whose key can start a name or that are a known abbreviation, in order,
        when the caller knows them."""
        if cands is None:
            cands = list(map(self.candidates, keys))
        abbr = self.abbreviations
        if hot is None:
            hot = list(compress(range(len(cands)), cands))
            if not abbr.keys().isdisjoint(texts):
                hot = sorted({*hot, *(i for i, w in enumerate(texts) if w in abbr)})
        out: list[Match] = []
        free = 0
        for i in hot:
            if i < free:
                continue
            entry = abbr.get(texts[i])
            m = Match(starts[i], ends[i], i, i + 1, entry) if entry is not None else \
                self._longest_at(cands[i], texts, starts, ends, keys, i)
            if m is not None:
                out.append(m)
                free = m.last
        return out

    def lookup(self, words: tuple[str, ...]) -> Entry | None:
        """The entry whose whole name is exactly these word keys, if any."""
        for rest, entry in self.names.get(words[0], ()) if words else ():
            if rest == words[1:]:
                return entry
        return None

    def candidates(self, key: str) -> tuple:
        """What may start at a word with this key: (clitic offset, longer names by second word, one-word entry)."""
        found = self._candidates.get(key)
        return self._cache_candidates(key) if found is None else found

    def _cache_candidates(self, key: str) -> tuple:
        """(clitic offset, longer names by second word, one-word entry) for each reading of a word key that starts
        some name; memoised per key."""
        if len(self._candidates) > 200_000:  # bound the memo on endless corpora
            self._candidates.clear()
        found = tuple((off, *split) if not (off and len(stem) < 3) else (off, split[0], None)
                      for off, stem in proclitic_stems(key)
                      if (split := self._by_second.get(stem)) and not (off and len(stem) < 3 and not split[0]))
        # a clitic before a stem of under three letters: only names the next words confirm (لبي بي سي), never a
        # one-word name (ل + بي)
        self._candidates[key] = found
        return found

    def _longest_at(self, cands: tuple, texts: list[str], starts: list[int], ends: list[int], keys: list[str],
                    i: int) -> Match | None:
        best: Entry | None = None  # the longest name so far, ending at token best_end, read after best_offset
        best_end = best_offset = 0
        n = len(keys)
        second = keys[i + 1] if i + 1 < n else None
        for offset, longer, single in cands:
            for rest, entry in longer.get(second, ()):  # longest first; rest[0] == second already
                end = i + 1 + len(rest)
                if best is not None and end <= best_end:
                    break
                if end <= n and (len(rest) == 1 or tuple(keys[i + 2:end]) == rest[1:]):
                    best, best_end, best_offset = entry, end, offset
                    break
            else:  # no longer name: the one-word name, unless another reading found a name
                if single is not None and best is None:
                    best, best_end, best_offset = single, i + 1, offset
        if best is None:
            return None
        start = starts[i] + _orig_offset(texts[i], best_offset) if best_offset else starts[i]
        return Match(start, ends[best_end - 1], i, best_end, best)


def _split_bucket(bucket: list) -> tuple[dict[str, list], Entry | None]:
    """A first word's names as (names of 2+ words by their second word, longest first; the one-word entry)."""
    longer: dict[str, list] = {}
    single = None
    for rest, entry in bucket:
        if rest:
            longer.setdefault(rest[0], []).append((rest, entry))
        elif single is None:
            single = entry
    return longer, single


def _orig_offset(word: str, key_offset: int) -> int:
    """Offset in the written word of the key offset (diacritics or tatweel inside clitics shift it)."""
    if key_offset == 0:
        return 0
    seen = 0
    for j, ch in enumerate(word):
        if match_key(ch):
            if seen == key_offset:
                return j
            seen += 1
    return key_offset


def _nisba_forms(nisba: str) -> list[str]:
    """A nisba with and without the article, masculine/feminine as listed: الصيني، صيني."""
    base = nisba.strip()
    return [base, "ال" + base]


def _indefinite_variants(name: str) -> list[str]:
    """آسيا الوسطى is also written indefinite after a noun: بناء آسيا وسطى مستقلة."""
    words = name.split()
    if len(words) == 2 and not words[0].startswith("ال") and words[1].startswith("ال") and len(words[1]) > 4:
        return [f"{words[0]} {words[1][2:]}"]
    return []


_CACHE: weakref.WeakKeyDictionary[Any, Gazetteer] = weakref.WeakKeyDictionary()


def gazetteer_for(kb: Any) -> Gazetteer:
    """The gazetteer of a knowledge base, built on first use."""
    try:
        return _CACHE[kb]
    except (KeyError, TypeError):
        gaz = Gazetteer(kb)
        with contextlib.suppress(TypeError):  # a knowledge base that cannot be weakly referenced is not cached
            _CACHE[kb] = gaz
        return gaz


def homograph_keys(kb: Any, is_common, frequency) -> frozenset[str]:
    """Match keys of one-word place or country names that are also ordinary Arabic words (كيف: Kyiv and "how",
    جوا: Goa and "by air").  Such a name is matched only where a place is expected.

    Two general signals, no list: the word is one the statistical model's training news uses often and never
    tags as a name (``is_common``); or a place's one-word variant spelling is more frequent in general Arabic
    (``frequency``: the Zipf bucket of a written word, None when unattested) than the place's own one-word name,
    so most of its uses are another word (كيف 5 against كييف 4, جوا 3 against غوا 0).  Countries keep their
    variants: their spellings (بيلاروسيا) are names in their own right, and none of them is an ordinary word."""
    out: set[str] = set()

    def one_word(name: str) -> str | None:
        words = words_of(name)
        return words[0] if len(words) == 1 else None

    for c in kb.countries.values():
        for name in (c.name_ar, *c.variants_ar):
            if (k := one_word(name)) and is_common(name):
                out.add(k)
    for p in kb.places.values():
        main = p.name_ar if one_word(p.name_ar) else None
        base = (frequency(main) or 0) if main else None
        for name in (p.name_ar, *p.variants_ar):
            k = one_word(name)
            if k is None:
                continue
            if is_common(name) or (base is not None and name != main and (frequency(name) or 0) > base):
                out.add(k)
    return frozenset(out)
