"""Names only the statistical model found: their later parts are the same person, as for titled names."""
from __future__ import annotations

import pytest
from tests.nlp.conftest import article

from silkwire.nlp import combine
from silkwire.nlp.context import context_for

TEXT = "التقى داي هوليانغ رئيس الشركة مع المسؤولين في عشق آباد. وقال داي إن الشركة مستعدة، وأكد هوليانغ ذلك."


def _context(kb, text):
    ctx = context_for(article(text), kb)
    for stage in combine.STAGES[:-1]:  # everything but the model
        stage(ctx)
    return ctx


def _span(ctx, surface, nth=0, typ="PER"):
    start = -1
    for _ in range(nth + 1):
        start = ctx.text.index(surface, start + 1)
    return ctx.mention(start, start + len(surface), typ, "model")


@pytest.mark.parametrize("later", ["داي", "هوليانغ"])
def test_a_later_part_of_a_name_the_model_found_is_an_alias(kb, later):
    ctx = _context(kb, TEXT)
    ctx.model = [_span(ctx, "داي هوليانغ")]
    found = {(m.text, m.type, m.source) for m in combine._model_aliases(ctx, lambda w: False)}
    assert (later, "PER", "alias") in found


def test_a_part_shared_by_two_model_names_is_no_alias(kb):
    text = "التقى داي هوليانغ مع داي تشينغ. وقال داي إن الشركة مستعدة."
    ctx = _context(kb, text)
    ctx.model = [_span(ctx, "داي هوليانغ"), _span(ctx, "داي تشينغ")]
    assert not [m for m in combine._model_aliases(ctx, lambda w: False) if m.text == "داي"]


def test_a_frequent_word_is_no_alias(kb):
    ctx = _context(kb, TEXT)
    ctx.model = [_span(ctx, "داي هوليانغ")]
    assert not combine._model_aliases(ctx, lambda w: True)


def test_a_lone_part_the_model_typed_otherwise_becomes_the_person(kb):
    ctx = _context(kb, TEXT)
    spans = [_span(ctx, "داي هوليانغ"), _span(ctx, "داي", nth=1, typ="LOC")]
    got = combine._person_parts_as_persons(ctx, spans)
    assert [(m.text, m.type) for m in got] == [("داي هوليانغ", "PER"), ("داي", "PER")]
