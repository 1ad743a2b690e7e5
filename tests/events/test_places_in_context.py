"""Event places through the whole pipeline (real knowledge base: place kinds, names with علي)."""
from __future__ import annotations

from silkwire.models import Article
from silkwire.pipeline import analyse


def _events(text: str, published: str = "2025-04-09"):
    return analyse(Article(id="t", source="t", text=text, published=published)).events


def test_a_name_holding_ali_is_no_preposition_before_the_place():
    text = "أجرى الرئيس الصيني شي جين بينغ اليوم محادثات مع الرئيس الطاجيكي إمام علي رحمن في بكين."
    e = next(e for e in _events(text) if e.type == "CONSULT")
    assert e.place == "place/beijing"


def test_a_region_is_no_place_lent_to_the_other_events():
    text = ("رحمون عاد من الصين، فيما تتهم واشنطن بكين بدبلوماسية الديون في آسيا الوسطى\n\n"
            "اختتم الرئيس الطاجيكي إمام علي رحمون، أمس الخميس، زيارة دولة إلى الصين استمرت ثلاثة أيام.")
    visit = next(e for e in _events(text, "2025-04-11") if e.type == "CONSULT")
    assert visit.place != "place/central_asia"
    assert {"country/TJK", "country/CHN"} <= set(visit.participants)
