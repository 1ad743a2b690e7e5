"""A state body no reference list knows (a ministry, a cabinet, a parliament named with its country's nisba) acts for
that country, as the listed ones do; a company or any other body no list knows acts for itself.  Whole pipeline,
packaged knowledge base."""
from __future__ import annotations

import pytest

from silkwire.models import Article
from silkwire.pipeline import analyse


def _events(text: str):
    return analyse(Article("d", "t.txt", text, published="2024-12-23")).events


@pytest.mark.parametrize("text", [
    "ووقعت وزارة الطاقة القيرغيزية اليوم اتفاقية مع الصين.",
    "ورحب مجلس الوزراء القيرغيزي بالقرار الصيني.",
])
def test_an_unlisted_state_body_acts_for_its_country(text):
    e = next(e for e in _events(text) if e.type in ("AGREE", "SUPPORT"))
    actors = {*e.participants, *e.sources}
    assert "country/KGZ" in actors
    assert not any(a.startswith("org/~") for a in actors)


def test_an_unlisted_company_acts_for_itself():
    e = next(e for e in _events("ووقعت مؤسسة الطاقة القيرغيزية اليوم اتفاقية مع الصين.") if e.type == "AGREE")
    assert any(a.startswith("org/~") for a in e.participants)
    assert "country/KGZ" not in e.participants


def test_an_unlisted_organisation_carries_the_country_of_its_nisba():
    result = analyse(Article("d", "t.txt", "ورحب مجلس الوزراء القيرغيزي بالقرار.", published="2024-12-23"))
    body = next(a for a in result.actors if a.id.startswith("org/~"))
    assert body.country == "KGZ"
