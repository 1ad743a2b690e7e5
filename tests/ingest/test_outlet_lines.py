"""Outlets credited as `CITY - OUTLET - وكالات` or on a line of their own (Al Sharq, Euronews Arabic, BBC News Arabic)."""
import pytest

from silkwire.ingest.meta import read_header
from tests.ingest.test_outlet_credits import BODY


@pytest.mark.parametrize("header, outlet, written", [
    ("عنوان الخبر عن المعاهدة\n\nالسبت 15/3/2025\nبيشكيك - الشرق - وكالات", "Al Sharq", "الشرق"),
    ("عنوان الخبر عن المعاهدة\n\nالدوحة - الشرق\nالسبت 15/3/2025", "Al Sharq", "الشرق"),
    ("عنوان الخبر عن القمة\n\nيورونيوز عربي\nنشرت في 31/03/2025 - 17:40", "Euronews Arabic", "يورونيوز عربي"),
    ("عنوان الخبر عن القمة\n\nبي بي سي نيوز عربي\n11 أكتوبر/ تشرين الأول 2025", "BBC Arabic", "بي بي سي نيوز عربي"),
])
def test_an_outlet_line_or_dash_credit_names_the_outlet(header, outlet, written) -> None:
    text = header + BODY
    meta = read_header(text)
    assert meta.outlet == outlet
    assert meta.outlet_span is not None and text[slice(*meta.outlet_span)] == written


def test_the_east_in_running_text_is_no_outlet() -> None:
    meta = read_header("الصين تعزز حضورها في الشرق الأوسط وآسيا الوسطى\n\nقال مسؤولون إن الشرق يشهد تحولات كبيرة." + BODY)
    assert meta.outlet is None
