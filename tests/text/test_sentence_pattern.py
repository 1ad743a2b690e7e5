"""The sentence-end pattern that begins with one character class (fast to scan) finds the sentences the plain
alternation ``[.!?؟…]+[closers]*|\\n\\s*\\n|\\n`` found, on random text and on the held-out articles."""
from __future__ import annotations

import random
import re
from pathlib import Path

from silkwire.text import segment

EVAL = Path(__file__).resolve().parents[1] / "eval"
PLAIN = re.compile(r"[.!?؟…]+[\"'»”)\]]*|\n\s*\n|\n")


def plain_bounds(text: str) -> list[tuple[int, int]]:
    """sentence_bounds as it was written first: the plain alternation, whitespace trimmed by a loop."""
    out, start = [], 0
    ends = [m for m in PLAIN.finditer(text) if not (m.group()[0] == "." and segment._is_false_stop(text, m))]
    for m in ends:
        _trim(text, start, m.end(), out)
        start = m.end()
    _trim(text, start, len(text), out)
    return out


def _trim(text: str, start: int, end: int, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def test_sentence_bounds_match_the_plain_pattern_on_random_text():
    rnd = random.Random(11)
    alphabet = [*"ab .!?؟…\n\t \"'»”)]", "3.5", "U.S.", "Mr. ", "etc.", " \n \n", "الصين", "\u00a0", "\u2029"]
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 25)))
        assert segment.sentence_bounds(text) == plain_bounds(text), repr(text)


def test_sentence_bounds_match_the_plain_pattern_on_the_held_out_articles():
    for path in sorted(EVAL.glob("heldout*/articles/*.txt")):
        text = path.read_text(encoding="utf-8")
        assert segment.sentence_bounds(text) == plain_bounds(text), path.name
