"""Outlets and agencies that Arabic news credits (outlets.tsv), looked up by a spelling-tolerant key.

Only used where a credit is expected (a dateline's parentheses, a byline, a source stamp), so names that are
also ordinary words (الجزيرة, الشرق الأوسط) do not fire inside running text.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_HERE = Path(__file__).parent
_KEY_DROP = re.compile(r"[\s.\-_'’\"«»()\u0640\u064B-\u065F\u0670]+")
_KEY_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
# "وكالة", "وكالة أنباء", "وكالة الأنباء", "صحيفة", "موقع", "قناة" before a name do not change the outlet.
_PREFIXES = ("وكالهالانباء", "وكالهانباء", "وكاله", "صحيفه", "جريده", "موقع", "قناه")
# Words that mark a name as a news site rather than a city (هرمز نيوز, بوابة اوكرانيا, الجزيرة نت).
SITE_WORDS = ("نيوز", "بوابة", "بوابه", "موقع", "صحيفة", "جريدة", "وكالة", "قناة", "نت", "برس", "تايمز", "بوست",
              "أونلاين", "اونلاين", "تي في", "news", "press", "times", "post", "online")


@dataclass(frozen=True, slots=True)
class Outlet:
    name_en: str
    kind: str
    source: str


def key(name: str) -> str:
    """Spelling-tolerant lookup key: no spaces, dots, diacritics; hamza seats folded; Latin lower-cased."""
    return _KEY_DROP.sub("", name).translate(_KEY_MAP).lower()


@cache
def _table() -> dict[str, Outlet]:
    out: dict[str, Outlet] = {}
    with open(_HERE / "outlets.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            outlet = Outlet(row["name_en"], row["kind"], row["source"])
            for name in row["names"].split("|"):
                out.setdefault(key(name), outlet)
    return out


def lookup(name: str) -> Outlet | None:
    """The outlet a credit names, or None if it is not in the table."""
    k = key(name)
    if not k:
        return None
    table = _table()
    if k in table:
        return table[k]
    for p in _PREFIXES:
        if k.startswith(p) and k[len(p):] in table:
            return table[k[len(p):]]
    return None


def canonical(name: str | None) -> str | None:
    """The outlet's English name when known, else the name as written (trimmed); None for blank."""
    if not name or not name.strip():
        return None
    found = lookup(name)
    return found.name_en if found else name.strip(" \t-–—:،,/()«»\"")


def is_generic(name: str) -> bool:
    """True for credits that name no outlet (وكالات, متابعات)."""
    found = lookup(name)
    return bool(found and found.kind == "generic")


def looks_like_site(name: str) -> bool:
    """True when a name reads as a news site or outlet rather than a place."""
    if lookup(name) is not None:
        return True
    words = name.lower().split()
    return any(w in SITE_WORDS for w in words) or any(w in name.lower() for w in SITE_WORDS if " " in w)
