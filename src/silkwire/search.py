"""Full-text search over Arabic text that matches across spelling variants.

Each document stores `search_text`: its text folded by `search_key` (alef/ya/hamza/ta-marbuta folds, diacritics and
tatweel gone, and the letters outlets swap when transliterating foreign names — ج غ ق ك — folded to one).  A query
is folded the same way, so قرغيزستان finds قيرغيزستان only if the long vowel also folds: long vowels inside words are
dropped from the key too.  Matching is a substring test on the folded text, which DuckDB scans fast.
"""
from __future__ import annotations

import re

from silkwire.text.normalize import match_key

_FOLD = str.maketrans({"غ": "ك", "ق": "ك", "ج": "ك", "ث": "س", "ص": "س", "ذ": "ز", "ظ": "ز", "ض": "د", "ط": "ت",
                       "ى": "ي"})
_INNER_VOWEL = re.compile(r"(?<=\w)[اوي](?=\w)")
_SPACES = re.compile(r"\s+")


def search_key(text: str) -> str:
    """The folded form used for search; the same function for stored text and for queries."""
    key = match_key(text).translate(_FOLD)
    key = _INNER_VOWEL.sub("", key)
    return _SPACES.sub(" ", key).lower()
