"""Reference officials named by surname alone (توكاييف يستقبل ...، وقال ميرضيائيف، ورحب جاباروف).

Arabic news names leaders by surname alone, headlines too.  A surname is the last word of an official's English
name or of one of its variants (``Tokayev``, ``Japarov``, ``Rahmonov``, ``Rakhmon``); the few single-word variants
that are no surname (``Arkadag``) count the same, being just as distinctive.  Chinese names are left out: a
Chinese surname (Wang, Li, Xi) is shared by millions and says nothing on its own.

Matching, precision first:

* the consonant skeleton of the Arabic word must equal the surname's (:mod:`names`, at least ``MIN_CLASSES``
  classes: ``LF`` for Aliyev is too short to be told from ordinary words);
* skeletons drop vowels, so Mirziyoyev and Meredov both read ``MRDF``: a finer key that keeps vowel classes
  (:func:`vowelled_arabic` / :func:`vowelled_latin`) then ranks the people, and only those within ``VOWEL_GAP``
  of the best stay in the running (ميرضيائيف: Mirziyoyev 0.88, Meredov 0.67);
* when several people remain (جباروف: Sadyr and Akylbek Japarov; رحمون: Emomali Rahmon and his son Rustam
  Emomali Rahmon), :meth:`SurnameIndex.resolve` takes the one holding the highest-ranked office on the
  article's date (head of state > head of government > foreign minister > any other office); a tie, or no date
  to decide by, resolves to nobody.  A reader of ``جباروف`` in 2024 news takes the president, as the article
  would have named the chairman of the cabinet in full.
"""
from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz.fuzz import ratio

from silkwire.resolve.names import arabic_classes, arabic_skeleton, latin_classes, latin_skeleton
from silkwire.resolve.officials import PINYIN_COUNTRIES
from silkwire.text import match_key

MIN_CLASSES = 3  # consonant classes a surname needs to be matched bare
MIN_VOWELLED = 0.75  # the vowelled keys must agree this far (برهم, Barham, is not Ibrohim: 0.73)
MIN_VOWELLED_SHORT = 0.85  # ... and this far for a surname of only MIN_CLASSES consonant classes (SRK: Swaraj vs
#                            إشراك، ستشارك: the fewer the consonants, the more the vowels must say)
VOWEL_GAP = 0.1  # people this far below the best vowelled match are other people
GIVEN_MATCH = 80  # skeleton ratio for a given name (شوكت SKT = Shavkat SFKT: Arabic has no v)
#: Office ranks for telling people with one surname apart (lower wins); offices not listed rank last.
RANK = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2}
OTHER_RANK = 9
_SPLIT = re.compile(r"[\s\-'’`.]+")
_PAREN = re.compile(r"\([^)]*\)")
_ARABIC_VOWELS = {"ا": "a", "أ": "a", "إ": "a", "آ": "a", "ى": "a", "ة": "a", "ي": "i", "ئ": "i", "و": "u",
                  "ؤ": "u", "ء": "", "ع": ""}
_LATIN_VOWELS = {"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u", "w": "u"}


def _squeeze(s: str) -> str:
    return "".join(ch for i, ch in enumerate(s) if i == 0 or s[i - 1] != ch)


@lru_cache(maxsize=20000)
def vowelled_arabic(word: str) -> str:
    """Consonant classes with vowel classes kept (a / i / u), doubles squeezed: ميرضيائيف → MiRDiaiF."""
    return _squeeze(arabic_classes(match_key(word), _ARABIC_VOWELS))


@lru_cache(maxsize=20000)
def vowelled_latin(word: str) -> str:
    """The Latin counterpart of :func:`vowelled_arabic`: Mirziyoyev → MiRDiuiF."""
    return _squeeze(latin_classes(word.lower(), _LATIN_VOWELS))


@dataclass(frozen=True, slots=True)
class Surname:
    person: str
    latin: str  # the surname as the reference writes it
    vowelled: str


def _words(name: str) -> list[str]:
    """Latin name words, letters stripped of their diacritics (Erdoğan → Erdogan, Çavuşoğlu → Cavusoglu)."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return [w for w in _SPLIT.split(_PAREN.sub(" ", plain.replace("ı", "i"))) if w]


class SurnameIndex:
    """Surnames of a knowledge base's officials by consonant skeleton, and the other name words of each person."""

    def __init__(self, kb: Any) -> None:
        self.kb = kb
        self.by_skeleton: dict[str, list[Surname]] = {}
        self.given: dict[str, set[str]] = {}  # person -> skeletons of the name words before the surname
        seen: set[tuple[str, str]] = set()
        for o in kb.officials:
            if o.country in PINYIN_COUNTRIES:
                continue
            for variant in (o.name_en, *o.en_variants):
                words = _words(variant or "")
                if not words:
                    continue
                self.given.setdefault(o.person, set()).update(latin_skeleton(w) for w in words[:-1])
                last = words[-1]
                skeleton = latin_skeleton(last)
                if len(skeleton) < MIN_CLASSES or (o.person, last.lower()) in seen:
                    continue
                seen.add((o.person, last.lower()))
                self.by_skeleton.setdefault(skeleton, []).append(Surname(o.person, last, vowelled_latin(last)))

    def people(self, word: str) -> list[str]:
        """The officials a bare Arabic word may be the surname of (best vowelled match first; those clearly
        below the best are dropped)."""
        return self.match(word)[0]

    def match(self, word: str) -> tuple[list[str], float]:
        """(:meth:`people`, the best vowelled score): callers weigh one reading of a word against another."""
        skeleton = arabic_skeleton(word)
        found = self.by_skeleton.get(skeleton)
        if not found:
            return [], 0.0
        key = vowelled_arabic(word)
        best: dict[str, float] = {}
        for s in found:
            best[s.person] = max(best.get(s.person, 0.0), ratio(key, s.vowelled) / 100)
        top = max(best.values())
        if top < (MIN_VOWELLED_SHORT if len(skeleton) <= MIN_CLASSES else MIN_VOWELLED):
            return [], 0.0
        return [p for p, sc in sorted(best.items(), key=lambda ps: (-ps[1], ps[0])) if sc >= top - VOWEL_GAP], top

    def is_given(self, word: str, people: Iterable[str]) -> bool:
        """Is the Arabic word another name word (a given name) of one of these people (شوكت ميرضيائيف)?"""
        skeleton = arabic_skeleton(word)
        return len(skeleton) >= 2 and any(ratio(skeleton, g) >= GIVEN_MATCH for p in people
                                          for g in self.given.get(p, ()))

    def resolve(self, name: str, date: str | None) -> str | None:
        """The official a name of one to three words ending in a surname refers to on a date, or None.

        Every word before the surname must be a given name of the person (ألماز جباروف is somebody else), unless
        the words run together are the surname (بيردي محمدوف)."""
        words = name.replace("-", " ").split()
        if not words or len(words) > 3:
            return None
        whole = self.people("".join(words)) if len(words) > 1 else []  # بيردي محمدوف: one surname in two words
        people = whole or [p for p in self.people(words[-1]) if all(self.is_given(w, (p,)) for w in words[:-1])]
        if len(people) <= 1:
            return people[0] if people else None
        if date is None:
            return None
        ranks = sorted((min((RANK.get(o.role_class, OTHER_RANK) for o in self.kb.offices_on(p, date)),
                            default=OTHER_RANK + 1), p) for p in people)
        if ranks[0][0] > OTHER_RANK or ranks[0][0] == ranks[1][0]:
            return None
        return ranks[0][1]


_CACHE: weakref.WeakKeyDictionary[Any, SurnameIndex] = weakref.WeakKeyDictionary()


def surname_index(kb: Any) -> SurnameIndex:
    """The surname index of a knowledge base, built on first use."""
    try:
        return _CACHE[kb]
    except KeyError:
        _CACHE[kb] = idx = SurnameIndex(kb)
        return idx
