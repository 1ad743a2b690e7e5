"""The events' sentence splitter finds the sentences silkwire.text.segment finds."""
from __future__ import annotations

import random
from pathlib import Path

from silkwire.events.sentences import sentence_bounds
from silkwire.text import segment

EVAL = Path(__file__).resolve().parents[1] / "eval"


def test_sentence_bounds_match_segment_on_random_text():
    rnd = random.Random(11)
    alphabet = [*"ab .!?؟…\n\t \"'»”)]", "3.5", "U.S.", "Mr. ", "etc.", " \n \n", "الصين", "\u00a0", "\u2029"]
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 25)))
        assert sentence_bounds(text) == segment.sentence_bounds(text), repr(text)


def test_sentence_bounds_match_segment_on_the_held_out_articles():
    for path in sorted(EVAL.glob("heldout*/articles/*.txt")):
        text = path.read_text(encoding="utf-8")
        assert sentence_bounds(text) == segment.sentence_bounds(text), path.name
