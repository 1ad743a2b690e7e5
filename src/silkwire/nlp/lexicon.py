"""What a written word may start, memoised per distinct word: one dict look-up per token serves every stage.

A word's match key, the gazetteer names and office titles that may start at it (under each proclitic reading),
and where to cut its proclitics off on the Doc are all functions of the word alone, and news vocabulary repeats, so
they are computed once per word and kept per knowledge base.
"""
from __future__ import annotations

import weakref
from itertools import compress
from operator import not_
from typing import Any, NamedTuple

from silkwire.nlp.gazetteer import Gazetteer, gazetteer_for
from silkwire.nlp.titles import title_candidates
from silkwire.text import match_key

MEMO_LIMIT = 300_000  # distinct words kept before the memo starts afresh


class WordInfo(NamedTuple):
    key: str
    names: tuple  # Gazetteer.candidates(key)
    titles: tuple  # titles.title_candidates(key)
    cut: int  # offset after the proclitics of a name or title behind them (0: none)


class Lexicon:
    """Per knowledge base: the gazetteer plus the per-word memo."""

    def __init__(self, kb: Any) -> None:
        self.gazetteer: Gazetteer = gazetteer_for(kb)
        self._memo: dict[str, WordInfo] = {}

    def infos(self, words: list[str]) -> list[WordInfo]:
        """The info of each word (a C-level map over the memo; misses computed once)."""
        out = list(map(self._memo.get, words))
        missing = list(compress(range(len(out)), map(not_, out)))
        if missing:
            if len(self._memo) > MEMO_LIMIT:
                self._memo.clear()
            for i in missing:
                out[i] = self._memo.get(words[i]) or self._info(words[i])
        return out

    def _info(self, word: str) -> WordInfo:
        key = match_key(word)
        names = self.gazetteer.candidates(key)
        titles = title_candidates(key)
        offsets = [c[0] for c in names if c[0]] + [off for off, _ in titles if off]
        cut = min(offsets) if offsets and len(word) == len(key) else 0  # diacritics inside: no safe cut
        self._memo[word] = info = WordInfo(key, names, titles, cut)
        return info


_CACHE: weakref.WeakKeyDictionary[Any, Lexicon] = weakref.WeakKeyDictionary()


def lexicon_for(kb: Any) -> Lexicon:
    """The lexicon of a knowledge base, built on first use."""
    try:
        return _CACHE[kb]
    except KeyError:
        _CACHE[kb] = lex = Lexicon(kb)
        return lex
