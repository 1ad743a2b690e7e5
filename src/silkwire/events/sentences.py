"""Sentence bounds of the folded article: ``silkwire.text.segment.sentence_bounds``, found faster.

Segment's sentence-end pattern is an alternation whose first branch begins with a repeat, so the regex engine
attempts a match at every character of the article.  The pattern here matches the same ends but begins with one
character class (an end mark or a line break, then what follows it depending on which), so the engine skips in C
to the next candidate character: a quarter of the cost on news text.  tests/events/test_sentences.py holds the two
equal; segment could take this pattern over, and this module would go.
"""
from __future__ import annotations

import re

from silkwire.text.segment import _is_false_stop

#: segment._SENT_END: ``[.!?؟…]+[closers]*|\n\s*\n|\n``, as one character class then the rest.
_SENT_END = re.compile(r"[.!?؟…\n](?:(?<=\n)(?:\s*\n)?|(?<!\n)[.!?؟…]*[\"'»”)\]]*)")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding whitespace, as segment.sentence_bounds finds them."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if text[m.start()] == "." and _is_false_stop(text, m):
            continue
        _add_trimmed(text, start, m.end(), out)
        start = m.end()
    _add_trimmed(text, start, len(text), out)
    return out


def _add_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    part = text[start:end]
    kept = part.strip()
    if kept:
        start += len(part) - len(part.lstrip())
        out.append((start, start + len(kept)))
