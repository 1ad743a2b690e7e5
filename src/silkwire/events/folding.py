"""The article text folded the way the lexicons are (forms.STEPS), with the way back to original offsets.

Same result as ``silkwire.text.normalize.normalize(text, STEPS)``, cheaper for one article: folding changes ~5% of
the characters and deletes almost none (a stray tanween or tatweel), so one ``str.replace`` per foldable character
present costs a fifth of a ``str.translate`` through every character, and the offset map keeps the deleted runs
only, not one original offset per character."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from silkwire.events.forms import STEPS
from silkwire.text.normalize import charmaps, fold, positions

#: Character → its folded form ('' when folding deletes it), for every character folding changes.  The folded forms
#: fold to themselves, so replacing one character after another gives what a single translation pass gives.
_FOLDS: tuple[tuple[str, str], ...] = tuple(sorted(
    (c, f) for c in {c for step in STEPS for c in charmaps()[step]} if (f := fold(c, STEPS)) != c))
assert all(fold(f, STEPS) == f for _, f in _FOLDS)


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each run of consecutive offsets, in order."""
    runs = [[positions[0], positions[0] + 1]]
    for i in positions[1:]:
        if i == runs[-1][1]:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    return [(s, e) for s, e in runs]


class FoldedText:
    """``text``: the folded article; ``original``: the article as stored.  Offsets convert through the runs of
    original characters folding deleted (none in most articles)."""

    __slots__ = ("_cut_at", "_cut_before", "_run_ends", "_run_starts", "original", "text")

    def __init__(self, original: str) -> None:
        text = original
        deleted = []  # original offsets of the characters folding deletes
        for ch, folded in _FOLDS:
            if ch in text:
                if not folded:
                    deleted += positions(original, ch)
                text = text.replace(ch, folded)
        self.text, self.original = text, original
        runs = _runs(sorted(deleted)) if deleted else []
        self._run_starts = [s for s, _ in runs]  # original offsets of each deleted run
        self._run_ends = [e for _, e in runs]
        self._cut_before = [0]  # characters deleted before each run (and in all of them, last)
        for s, e in runs:
            self._cut_before.append(self._cut_before[-1] + e - s)
        self._cut_at = [s - cut for (s, _), cut in zip(runs, self._cut_before, strict=False)]  # folded offsets

    def to_folded(self, i: int) -> int:
        """The first folded character at or after original offset i (how many folded characters come before it)."""
        if not self._run_starts:
            return i
        k = bisect_left(self._run_starts, i)  # runs starting before i
        if not k:
            return i
        return i - self._cut_before[k] + max(0, self._run_ends[k - 1] - i)

    def to_original(self, i: int) -> int:
        """Original offset of folded offset i (the end of the original for i at or past the end)."""
        if i >= len(self.text):
            return len(self.original)
        return i + self._cut_before[bisect_right(self._cut_at, i)] if self._run_starts else i

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) covering the folded span [start, end)."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1
