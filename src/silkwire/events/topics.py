"""Topic keyword positions from the tokens: each distinct word is analysed once per process, so an article costs a
set lookup per token instead of a trie regex attempt at every letter.

A keyword starts with a word character, so every occurrence starts inside a token.  For each word and offset the
cache holds the keyword found inside the word, or marks the offset for a check against the full text when the rest
of the word could continue into a longer keyword past the word's end (multi-word keywords: السكك الحديدية).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress, filterfalse

from silkwire.events.forms import WORD_CHARS
from silkwire.events.trie import alternation

_CACHE_MAX = 100_000
_CHECK = None  # marks an offset whose keyword may run past the word


class TopicIndex:
    """The keyword trie, the labels per keyword and the per-word offsets where keywords start."""

    def __init__(self, words: tuple[tuple[str, str], ...]) -> None:
        self.labels: dict[str, list[str]] = {}  # keyword -> labels of every keyword that is a prefix of it
        for w, _ in words:
            self.labels[w] = [label for v, label in words if w.startswith(v)]
        self.pattern = re.compile(alternation(w for w, _ in words))
        # prefixes a keyword continues past with a non-token character (a space): a word ending in one may start
        # a keyword that runs on into the next word; no other keyword can run past a word's end
        word_char = re.compile(f"[{WORD_CHARS}]").match
        self.prefixes = {w[:k] for w, _ in words for k in range(1, len(w)) if not word_char(w[k])}
        self.by_word: dict[str, tuple[tuple[int, list[str] | None], ...]] = {}
        self.live: set[str] = set()  # words holding at least one entry
        # every keyword must begin with a token character for the token path to see it
        self.token_safe = all(re.match(f"[{WORD_CHARS}]", w) for w, _ in words)

    def positions(self, text: str, texts: list[str], starts: list[int], vocab: dict,
                  at: Iterable[int] | None = None) -> list[tuple[int, str]]:
        """(offset, label) for every keyword occurrence in text, as :meth:`scan` finds them (unsorted).  ``at``: the
        indices of the tokens :meth:`entries` finds entries for, when known."""
        by_word = self.by_word
        if len(by_word) > _CACHE_MAX:
            by_word.clear()
            self.live.clear()
        if at is None:
            for w in filterfalse(by_word.__contains__, vocab):  # vocab: the distinct words of texts
                self._analyse(w)
            at = compress(range(len(texts)), map(self.live.__contains__, texts))
        out: list[tuple[int, str]] = []
        match, labels = self.pattern.match, self.labels
        for i in at:
            s = starts[i]
            for off, labs in self.entries(texts[i]):
                if labs is _CHECK:
                    m = match(text, s + off)
                    if m is None:
                        continue
                    labs = labels[m.group()]
                out += [(s + off, label) for label in labs]
        return out

    def entries(self, word: str) -> tuple[tuple[int, list[str] | None], ...]:
        """(offset, labels) of the keywords starting in the word (labels None: look at the text), kept per word."""
        found = self.by_word.get(word)
        if found is None:
            self._analyse(word)
            found = self.by_word[word]
        return found

    def scan(self, text: str) -> list[tuple[int, str]]:
        """The reference: one trie search per occurrence over the whole text."""
        out = []
        m = self.pattern.search(text)
        while m is not None:
            i = m.start()
            out += [(i, label) for label in self.labels[m.group()]]
            m = self.pattern.search(text, i + 1)
        return out

    def _analyse(self, w: str) -> None:
        entries = []
        for off in range(len(w)):
            if w[off:] in self.prefixes:
                entries.append((off, _CHECK))
            elif (m := self.pattern.match(w, off)) is not None:
                entries.append((off, self.labels[m.group()]))
        self.by_word[w] = tuple(entries)
        if entries:
            self.live.add(w)


@lru_cache(maxsize=4)
def topic_index(words: tuple[tuple[str, str], ...]) -> TopicIndex:
    return TopicIndex(words)
