"""What a written word may start, memoised per distinct word: one dict look-up per token serves every stage.

A word's match key, the gazetteer names and office titles that may start at it (under each proclitic reading),
where to cut its proclitics off on the Doc, which reference officials it may name standing alone, and which kinds
of word each stage looks for it is (``kinds``) are all functions of the word alone, and news vocabulary repeats, so
they are computed once per word and kept per knowledge base.  Each further per-word memo, or per-word test in a
stage, would cost a pass over every token of every article again; with the kinds, a stage visits only its words.
"""
from __future__ import annotations

import weakref
from itertools import compress
from operator import itemgetter, not_
from typing import Any, NamedTuple

from silkwire.nlp import wordclass
from silkwire.nlp.gazetteer import Gazetteer, gazetteer_for
from silkwire.nlp.sites import _site_noun
from silkwire.nlp.titles import _plural_construct_offset, _plural_title, title_candidates
from silkwire.nlp.wordclass import inflected, ordinary
from silkwire.text import match_key, proclitic_stems

MEMO_LIMIT = 300_000  # distinct words kept before the memo starts afresh
_KEY = itemgetter(0)  # WordInfo.key
#: Bits of WordInfo.kinds: the word may start a gazetteer name, is an abbreviation the gazetteer knows, may start an
#: office title, is cut on the Doc, may be an official's surname, is a site noun, a plural office noun (والرؤساء), or
#: the head of a plural title phrase (رؤساء، وزراء).
NAME, ABBREVIATION, TITLE, CUT, SURNAME, SITE_NOUN, PLURAL_TITLE, PLURAL_HEAD = (1 << bit for bit in range(8))


class WordInfo(NamedTuple):
    key: str
    names: tuple  # Gazetteer.candidates(key)
    titles: tuple  # titles.title_candidates(key)
    cut: int  # offset after the proclitics of a name or title behind them (0: none)
    surname: tuple | None  # (officials, offset) when the word may be an official's surname alone: surname_reading
    kinds: int  # NAME | TITLE | ... bits


class Lexicon:
    """Per knowledge base: the gazetteer plus the per-word memo."""

    def __init__(self, kb: Any) -> None:
        self.kb = kb
        self.gazetteer: Gazetteer = gazetteer_for(kb)
        self._surnames: Any = None  # resolve.surnames.SurnameIndex, built on the first new word
        self._memo: dict[str, WordInfo] = {}

    def infos_and_keys(self, words: list[str]) -> tuple[list[WordInfo], list[str]]:
        """The info and the match key of each word: a C-level map over the memo, then one over the infos for the
        keys, which also tells whether a word was never seen before (its None has no key), so an article whose
        words all were seen costs no pass of its own to find the new ones."""
        out = list(map(self._memo.get, words))
        try:
            return out, list(map(_KEY, out))
        except TypeError:  # some words are new
            pass
        missing = list(compress(range(len(out)), map(not_, out)))
        if len(self._memo) > MEMO_LIMIT:
            self._memo.clear()
        for i in missing:
            out[i] = self._memo.get(words[i]) or self._info(words[i])
        return out, list(map(_KEY, out))

    def _info(self, word: str) -> WordInfo:
        key = match_key(word)
        names = self.gazetteer.candidates(key)
        titles = title_candidates(key)
        offsets = [c[0] for c in names if c[0]] + [off for off, _ in titles if off]
        cut = min(offsets) if offsets and len(word) == len(key) else 0  # diacritics inside: no safe cut
        surname = self._surname(word, key)
        kinds = (NAME if names else 0) | (ABBREVIATION if word in self.gazetteer.abbreviations else 0) | \
            (TITLE if titles else 0) | (CUT if cut else 0) | (SURNAME if surname else 0) | \
            (SITE_NOUN if _site_noun(key) else 0) | (PLURAL_TITLE if _plural_title(key) else 0) | \
            (PLURAL_HEAD if _plural_construct_offset(key) is not None else 0)
        self._memo[word] = info = WordInfo(key, names, titles, cut, surname, kinds)
        return info

    def _surname(self, word: str, key: str) -> tuple[Any, int] | None:
        """:func:`surname_reading` of a word that may be a name (letters, no diacritics, four or more)."""
        if self._surnames is None:
            from silkwire.resolve.surnames import surname_index

            self._surnames = surname_index(self.kb)
        if len(word) < 4 or not word[0].isalpha() or word.isascii() or len(word) != len(key) or \
                not self._surnames.by_skeleton:  # diacritics inside: no name
            return None
        return surname_reading(self._surnames, wordclass.statistical_model(), word, key)


def surname_reading(index: Any, model: Any, word: str, key: str) -> tuple[Any, int] | None:
    """(the officials the word names, the offset of the surname behind a proclitic), or None: an ordinary word
    under any reading, or no official's surname (see :func:`silkwire.nlp.combine.surname_stage`)."""
    readings = [(off, word[off:]) for off, _ in proclitic_stems(key) if len(word) - off >= 3]
    if any(ordinary(model, w) or inflected(model, w) for _, w in readings):  # ورجل: و + رجل, بتعيين
        return None
    best = max(((index.match(w), off) for off, w in readings if len(w) >= 4), key=lambda f: (f[0][1], f[1]),
               default=None)
    if best is None or not best[0][0]:
        return None
    (people, _), offset = best
    return people, offset


_CACHE: weakref.WeakKeyDictionary[Any, Lexicon] = weakref.WeakKeyDictionary()


def lexicon_for(kb: Any) -> Lexicon:
    """The lexicon of a knowledge base, built on first use."""
    try:
        return _CACHE[kb]
    except KeyError:
        _CACHE[kb] = lex = Lexicon(kb)
        return lex
