"""State firms and banks are parties in their own name; a government agency stands for its country."""
from __future__ import annotations

import pytest

from silkwire.models import Article
from silkwire.pipeline import analyse


@pytest.mark.parametrize("text,etype,party", [
    ("وقعت مؤسسة البترول الوطنية الصينية وتركمانستان اتفاقية لتوسيع إمدادات الغاز.", "AGREE", "org/cnpc"),
    ("وقدم بنك التصدير والاستيراد الصيني قرضا إلى طاجيكستان.", "AID", "org/china_exim_bank"),
    ("أعلنت وزارة الخزانة الأمريكية فرض عقوبات على شركات روسية.", "SANCTION", "country/USA"),
    ("وكانت وكالة التعاون والتنسيق التركية (تيكا) قد أرسلت مساعدات غذائية إلى قرغيزستان.", "AID", "country/TUR"),
])
def test_company_or_agency_party(text, etype, party):
    events = analyse(Article(id="t", source="t", text=text, published="2024-06-11")).events
    e = next(e for e in events if e.type == etype)
    assert party in (*e.participants, *e.sources)


@pytest.mark.parametrize("text", [
    "وقعت الصين وكازاخستان عقودا بقيمة ملياري دولار أميركي.",
    "وقع بنك التنمية الصيني وأوزبكستان اتفاقية قرض بقيمة 500 مليون دولار أمريكي.",
])
def test_a_currency_nisba_is_no_party(text):
    events = analyse(Article(id="t", source="t", text=text, published="2025-05-22")).events
    assert events and all("country/USA" not in (*e.participants, *e.sources, *e.targets) for e in events)
