"""The events' folded text (one replace per foldable character, deleted runs as the offset map) is the text
normalize(text, STEPS) gives, with the same offsets both ways."""
from __future__ import annotations

import random
from bisect import bisect_left

from silkwire.events.folding import _FOLDS, FoldedText
from silkwire.events.forms import STEPS
from silkwire.text.normalize import normalize


def test_folded_text_and_offsets_match_normalize():
    rnd = random.Random(7)
    alphabet = [c for c, _ in _FOLDS] + list("ab ابت")
    for _ in range(1500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        expected, folded = normalize(text, STEPS), FoldedText(text)
        assert folded.text == expected.text
        assert [folded.to_folded(i) for i in range(len(text) + 1)] == \
            [bisect_left(expected.offsets, i) for i in range(len(text) + 1)]
        n = len(expected.text)
        assert [folded.span_to_original(a, b) for a in range(n) for b in range(a, n + 1)] == \
            [expected.span_to_original(a, b) for a in range(n) for b in range(a, n + 1)]
