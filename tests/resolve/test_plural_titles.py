"""Roles from an indefinite plural title over COUNTRY NAME pairs, and from aides' and company officers' titles."""
import pytest
from tests.nlp.conftest import article

from silkwire.nlp import recognize


def _people_roles(kb, text, published="2025-10-09"):
    art = article(text, published)
    rec = recognize(art, kb)
    return {(text[t.person_start:t.person_end], t.role_class, t.country) for t in rec.titles}


@pytest.mark.parametrize("text, expected", [
    ("وقّع رؤساء طاجيكستان إمام علي رحمان وقيرغيزستان سادير جاباروف وأوزبكستان شوكت ميرزيوييف، اليوم الاثنين، "
     "معاهدة في خجند.",
     {("إمام علي رحمان", "head_of_state", "TJK"), ("سادير جاباروف", "head_of_state", "KGZ"),
      ("شوكت ميرزيوييف", "head_of_state", "UZB")}),
    ("بمشاركة الرئيس الروسي فلاديمير بوتين ورؤساء كازاخستان قاسم جومارت توكاييف، وقرغيزستان صادر جاباروف، "
     "وطاجيكستان إمام علي رحمون.",
     {("قاسم جومارت توكاييف", "head_of_state", "KAZ"), ("صادر جاباروف", "head_of_state", "KGZ"),
      ("إمام علي رحمون", "head_of_state", "TJK")}),
    ("والتقى وزراء خارجية الصين وانغ يي وروسيا سيرغي لافروف على هامش الاجتماع.",
     {("وانغ يي", "foreign_minister", "CHN"), ("سيرغي لافروف", "foreign_minister", "RUS")}),
    ("وأفاد مساعد الرئيس الروسي يوري أوشاكوف بأن القادة اتفقوا على عقد القمة.",
     {("يوري أوشاكوف", "other", "RUS")}),
    ("ووقع العقد عن الجانب الصيني نائب رئيس المؤسسة الصينية لو جيان بينغ، بحضور الوزير.",
     {("لو جيان بينغ", "other", "CHN")}),
])
def test_plural_and_aide_titles_give_each_person_the_right_office(kb, text, expected) -> None:
    assert expected <= _people_roles(kb, text)


@pytest.mark.parametrize("text", [
    "واجتمع رؤساء الدول الخمس في أستانا.",
    "وحضر رؤساء كازاخستان السابقون الحفل.",
    "وأفاد مساعد الرئيس الروسي يوري أوشاكوف بأن القادة اتفقوا.",
])
def test_no_head_of_state_role_without_a_country_and_name_or_for_an_aide(kb, text) -> None:
    assert not [r for r in _people_roles(kb, text) if r[1] == "head_of_state"]


@pytest.mark.parametrize("text, expected", [
    ('ووقع العقد عن الجانب التركماني رئيس شركة "تركمنغاز" باتير مرادوف، وعن الجانب الصيني', ("باتير مرادوف", "other", "TKM")),
    ('وشارك في اللقاء رئيس الشركة الحكومية "تركمن غاز" باتير مرادوف، الذي قدم عرضا', ("باتير مرادوف", "other", "TKM")),
    ('وقال رئيس شركة "روساتوم" أليكسي ليخاتشوف إن المحطة ستبنى.', ("أليكسي ليخاتشوف", "other", "RUS")),
    ("ويلتقي الوفد القنصل العام الصيني تشاو وين جيه في بيشكيك.", ("تشاو وين جيه", "other", "CHN")),
])
def test_a_company_head_named_with_a_quoted_company_or_a_consul_is_role_other(kb, text, expected) -> None:
    assert expected in _people_roles(kb, text)
