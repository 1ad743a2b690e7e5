"""Outlet comparison: claims each outlet carries or omits, and the spellings each used."""
from __future__ import annotations

from tests.merge.conftest import docs_meta

from silkwire.merge import build_stories, compare_outlets


def test_outlet_comparison_lists_a_claim_only_one_outlet_carries(xian_reports):
    a, b = xian_reports
    stories, index = build_stories(a.events + b.events, docs_meta(a, b))
    talks = index.story_of(a.events[0].id)
    cmp = compare_outlets(talks, stories, a.events + b.events, docs_meta(a, b), a.mentions + b.mentions)
    assert cmp.outlets == ("Ukraine Gate", "Xinhua")
    assert cmp.claims[0].story == talks
    assert cmp.claims[0].carried_by == ("Ukraine Gate", "Xinhua")
    [only] = cmp.only_one_outlet
    assert (only.type, only.status, only.carried_by, only.omitted_by) == ("AGREE", "intended", ("Xinhua",),
                                                                          ("Ukraine Gate",))
    assert "التأشيرات" in only.evidence[0][1]


def test_outlet_comparison_gives_each_outlets_spelling_of_the_same_actor(xian_reports):
    a, b = xian_reports
    stories, index = build_stories(a.events + b.events, docs_meta(a, b))
    cmp = compare_outlets(index.story_of(a.events[0].id), stories, a.events + b.events, docs_meta(a, b),
                          a.mentions + b.mentions)
    spellings = {s.actor: dict(s.by_outlet) for s in cmp.spellings}
    assert spellings["person/qin_gang"] == {"Ukraine Gate": ("تشين جانج",), "Xinhua": ("تشين قانغ",)}
    assert spellings["person/murat_nurtleu"] == {"Ukraine Gate": ("مراد نورتليو",), "Xinhua": ("مراد نورتلو",)}
    assert spellings["place/xian"] == {"Ukraine Gate": ("شيان",), "Xinhua": ("شيآن",)}
    assert "country/KGZ" not in spellings  # not an actor of this story


def test_outlet_comparison_names_documents_without_an_outlet_by_id(xian_reports):
    a, b = xian_reports
    a.outlet = None
    stories, index = build_stories(a.events + b.events, docs_meta(a, b))
    cmp = compare_outlets(index.story_of(b.events[0].id), stories, a.events + b.events, docs_meta(a, b), [])
    assert f"document:{a.id}" in cmp.outlets and cmp.spellings == ()
