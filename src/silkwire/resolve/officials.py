"""Match an Arabic person name (with the role and country its title gives) to a reference official.

Officials carry Latin names only.  Candidates are blocked by the first two skeleton classes of any name word,
scored with :func:`name_similarity`, filtered by country, and boosted when they held the title's office on the
article's date.  Thresholds: a name alone must score ``NAME_ONLY``; a holder of the office needs ``WITH_OFFICE``.
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

from rapidfuzz.fuzz import ratio

from silkwire.resolve.names import arabic_name_key, latin_name_key, name_similarity, pinyin_syllables, vowels_agree

NAME_ONLY = 0.85  # precision first: a wrong official merges two people across documents
WITH_OFFICE = 0.7  # the title already says who holds the office; the name only has to agree
EXTRA_WORD = 0.1  # the cost of each Arabic word beyond a Chinese name's syllables
RIVAL_GAP = 0.05  # candidates this far below the best name match do not compete (Li Qiang vs لي كه تشيانغ)
PINYIN_COUNTRIES = frozenset({"CHN", "TWN", "SGP"})


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name_en: str
    country: str
    keys: tuple[tuple[str, ...], ...]
    surnames: dict[tuple[str, ...], frozenset[str]]  # Chinese names: key -> its first pinyin syllable(s) as spelt


class OfficialIndex:
    """Latin name skeletons of every official in a knowledge base, blocked by skeleton prefixes."""

    def __init__(self, kb: Any) -> None:
        self.kb = kb
        self._memo: dict[tuple, Person | None] = {}
        names: dict[str, tuple[str, str, set[str]]] = {}
        for o in kb.officials:
            _, _, variants = names.setdefault(o.person, (o.name_en, o.country, set()))
            variants.update((o.name_en, *o.en_variants))
        self.people: dict[str, Person] = {}
        self.blocks: dict[str, set[str]] = {}
        for pid, (en, country, variants) in names.items():
            pinyin = country in PINYIN_COUNTRIES
            spellings = {v for v in variants if v}
            if pinyin:  # Arabic writes pinyin zh as ج or تش (Zhang: جانغ, تشانغ): keep both readings
                spellings |= {v.lower().replace("zh", "ch") for v in spellings if "zh" in v.lower()}
            keyed = [(latin_name_key(v, pinyin), v) for v in spellings]
            keys = tuple(sorted({k for k, _ in keyed}))
            surnames: dict[tuple[str, ...], set[str]] = {}
            if pinyin:
                for k, v in keyed:
                    first = next((w for w in v.replace("-", " ").split() if w), "")
                    surnames.setdefault(k, set()).add(pinyin_syllables(first)[0].lower() if first else "")
            self.people[pid] = Person(pid, en, country, keys, {k: frozenset(v) for k, v in surnames.items()})
            for key in keys:
                for word in key:
                    self.blocks.setdefault(word[:2], set()).add(pid)

    def candidates(self, arabic: str) -> list[tuple[Person, float]]:
        """Officials whose name resembles the Arabic name, best first."""
        key = arabic_name_key(arabic)
        words = tuple(w for w in arabic.replace("-", " ").split() if w)
        pids = set().union(*(self.blocks.get(w[:2], set()) for w in key)) if key else set()
        scored = [(self.people[p], max(self._similarity(p, key, k, words) for k in self.people[p].keys))
                  for p in pids]
        return sorted(scored, key=lambda ps: (-ps[1], ps[0].id))  # ties in id order: the same on every run

    def _similarity(self, pid: str, arabic: tuple[str, ...], latin: tuple[str, ...],
                    words: tuple[str, ...] = ()) -> float:
        """Name similarity; Chinese names syllable by syllable.  Arabic writes a Chinese name syllable by syllable
        in pinyin order (سون وي دونغ = Sun Wei-dong), or runs syllables together (شي جينبينغ), but never splits
        one: with as many words as syllables they are compared in order, and more words than syllables is another
        name (لي كه تشيانغ is not Li Qiang).  The surname comes first and must be the same syllable, vowel
        included (لو جيان بينغ is not Xi Jinping, لو is not Li, جين بينغ alone is no one)."""
        person = self.people[pid]
        if person.country not in PINYIN_COUNTRIES:
            return name_similarity(arabic, latin)
        heads = person.surnames.get(latin, frozenset())
        if len(arabic) < len(latin):  # syllables run together (شي جينبينغ): the first word still opens with the surname
            if not arabic[0].startswith(latin[0]) or (
                    arabic[0] == latin[0] and words and not self._surname(words[0], heads)):
                return 0.0
            return name_similarity(arabic, latin)
        n, extra = len(latin), len(arabic) - len(latin)
        if n == 1 and extra:  # a surname-only variant (Sun) says nothing about a full name (تشيان ناي تشنغ)
            return 0.0
        runs = [sum(ratio(arabic[i + k], latin[k]) for k in range(n)) / (100 * n) for i in range(extra + 1)
                if len(words) != len(arabic) or self._surname(words[i], heads)]
        return max(runs, default=0.0) * (1 - EXTRA_WORD * extra)  # شي جين بينغ وأطيب: a word too many, a slip

    @staticmethod
    def _surname(word: str, heads: frozenset[str]) -> bool:
        """Does an Arabic word spell one of these pinyin surname syllables' vowels?"""
        return not heads or any(vowels_agree(word, h) for h in heads)

    def match(self, arabic: str, roles: list[tuple[str, str | None]], date: str | None,
              country: str | None) -> Person | None:
        """The official this name with these (role class, country) titles on this date refers to, or None."""
        memo_key = (arabic, tuple(roles), date, country)
        if memo_key not in self._memo:
            self._memo[memo_key] = self._match(arabic, roles, date, country)
        return self._memo[memo_key]

    def _match(self, arabic: str, roles: list[tuple[str, str | None]], date: str | None,
               country: str | None) -> Person | None:
        ranked: list[tuple[float, Person]] = []
        found = self.candidates(arabic)
        top = next((sc for pe, sc in found if not country or pe.country == country), 0.0)
        for person, score in found:
            if score < top - RIVAL_GAP:  # a clearly better name is another person, whatever office this one held
                break
            if country and person.country != country:
                continue
            holder = any(self._held(person.id, cls, c, date) for cls, c in roles)
            if score < (WITH_OFFICE if holder else NAME_ONLY):
                continue
            ranked.append((score + (0.5 if holder else 0.0) + (0.1 if self.kb.offices_on(person.id, date) else 0.0),
                           person))
        ranked.sort(key=lambda rp: -rp[0])
        if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < 1e-9:  # جباروف alone: Sadyr or Akylbek? not ours to guess
            return None
        return ranked[0][1] if ranked else None

    def _held(self, pid: str, role_class: str, country: str | None, date: str | None) -> bool:
        if role_class == "other":  # too vague to vouch for a name (a Politburo seat, a spokesman)
            return False
        return any(o.role_class == role_class and (country is None or o.country == country)
                   for o in (self.kb.offices_on(pid, date) if date else self.kb.terms(pid)))


_CACHE: weakref.WeakKeyDictionary[Any, OfficialIndex] = weakref.WeakKeyDictionary()


def official_index(kb: Any) -> OfficialIndex:
    try:
        return _CACHE[kb]
    except KeyError:
        _CACHE[kb] = idx = OfficialIndex(kb)
        return idx
