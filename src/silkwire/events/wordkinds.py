"""The token positions of every kind of word the stages look for, from one pass over an article's tokens.

Each stage looks for its own words (trigger and cue heads, meeting nouns, date anchors, topic keywords,
complementisers, commas ...); a scan of the tokens per kind cost as much as the rest of the matching.  Which kinds a
word is depends on the word alone, so it is worked out once per word type (a bounded cache) and an article costs one
set look-up per token."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress, filterfalse

from silkwire.events.lexicon import Toks

_CACHE_MAX = 100_000


class WordKinds:
    """``tests[k](word)``: whether a word is of kind k."""

    def __init__(self, tests: Sequence[Callable[[str], object]]) -> None:
        self.tests = tuple(tests)
        self.kinds: dict[str, tuple[int, ...]] = {}  # word -> the kinds it is
        self.marked: set[str] = set()  # the words of at least one kind

    def positions(self, toks: Toks) -> list[list[int]]:
        """For each kind, the indices of the tokens of that kind, in text order."""
        kinds, marked = self.kinds, self.marked
        if len(kinds) > _CACHE_MAX:
            kinds.clear()
            marked.clear()
        tests = self.tests
        for w in filterfalse(kinds.__contains__, toks.vocab):  # words never seen before
            found = kinds[w] = tuple(k for k, test in enumerate(tests) if test(w))
            if found:
                marked.add(w)
        out: list[list[int]] = [[] for _ in tests]
        texts = toks.texts
        for i in compress(range(len(texts)), map(marked.__contains__, texts)):
            for k in kinds[texts[i]]:
                out[k].append(i)
        return out
