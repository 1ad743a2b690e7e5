"""Outlet credits in header lines: `CITY: «OUTLET»`, `CITY ــ OUTLET` (a tatweel run as the dash)."""
import pytest

from silkwire.ingest import outlets
from silkwire.ingest.dateline import parse_dateline
from silkwire.ingest.meta import read_header

BODY = "\n\nلم تكن قمة منظمة شانغهاي للتعاون، التي اختتمت أعمالها يوم الاثنين الماضي، مجرد اجتماع دوري لقادة الدول."


@pytest.mark.parametrize("line, city, credit", [
    ("بكين ــ العربي الجديد", "بكين", "العربي الجديد"),
    ("لندن ـ العربي الجديد", "لندن", "العربي الجديد"),
    ("موسكو: «الشرق الأوسط»", "موسكو", "الشرق الأوسط"),
    ("واشنطن ــ «الشرق الأوسط»", "واشنطن", "الشرق الأوسط"),
])
def test_a_city_then_the_outlet_after_a_dash_colon_or_guillemets_is_a_dateline(line, city, credit) -> None:
    meta = parse_dateline(line)
    assert meta is not None and meta.city == city and meta.credit == credit


def test_tatweel_inside_a_word_is_no_dash() -> None:
    assert parse_dateline("الـصين تعلن عن خطة جديدة للتعاون مع دول آسيا الوسطى") is None


@pytest.mark.parametrize("name, english", [
    ("العربي الجديد", "Al-Araby Al-Jadeed"), ("صحيفة العربي الجديد", "Al-Araby Al-Jadeed"),
    ("الشرق الأوسط", "Asharq Al-Awsat"),
])
def test_outlet_names_are_known(name, english) -> None:
    assert outlets.canonical(name) == english


def test_outlet_line_and_tatweel_dateline_give_outlet_and_city() -> None:
    meta = read_header("العربي الجديد\nالأربعاء 3 سبتمبر 2025\n\nإعلان تيانجين يدين الضربات\n\nبكين ــ العربي الجديد" + BODY)
    assert meta.outlet == "Al-Araby Al-Jadeed" and meta.place == "بكين" and meta.published == "2025-09-03"
