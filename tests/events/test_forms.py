"""Verb conjugations the trigger lexicon generates: defective verbs in alif (دعا) and ya (التقى، نوى)."""
from __future__ import annotations

import pytest

from silkwire.events.forms import norm, verb_forms


@pytest.mark.parametrize("verb,forms,not_forms", [
    ("دعا/يدعو", ["دعا", "دعت", "دعتا", "دعوا", "دعونا", "يدعو", "تدعو", "يدعون", "يدعوان", "ستدعو", "تدعين"],
     ["دعات", "دعاوا", "يدعوون"]),
    ("رجا/يرجو", ["رجت", "رجوا", "يرجو"], ["رجات"]),
    ("التقى/يلتقي", ["التقى", "التقت", "التقيا", "التقوا", "يلتقي", "يلتقيان", "سيلتقي"], []),
    ("نوى/ينوي", ["نوى", "نوت", "نووا", "ينوي"], []),
    ("وقع/يوقع", ["وقع", "وقعت", "وقعا", "وقعوا", "يوقع", "ستوقع"], []),
])
def test_verb_forms_cover_past_present_and_future(verb, forms, not_forms):
    got = verb_forms(verb)
    assert {norm(f) for f in forms} <= set(got)
    assert not {norm(f) for f in not_forms} & set(got)
