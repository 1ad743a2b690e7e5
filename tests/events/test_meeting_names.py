"""Meeting names with compound ordinals, and a yearless dateline dated by the meeting the text names."""
from __future__ import annotations

from datetime import date

import pytest

from silkwire.events.dates import nearest_year
from silkwire.events.forms import norm
from silkwire.events.lexicon import load, word_tokens
from silkwire.events.meetings import find_meetings


@pytest.mark.parametrize("text,series,number", [
    ("شارك شي في الاجتماع الرابع والعشرين لمجلس رؤساء دول منظمة شانغهاي للتعاون في أستانا.", "sco_summit", 24),
    ("انطلقت أعمال القمة الخامسة والعشرين لمنظمة شنغهاي للتعاون في تيانجين.", "sco_summit", 25),
    ("الاجتماع الحادي والعشرين لمجلس رؤساء دول منظمة شنغهاي للتعاون", "sco_summit", 21),
    ("الاجتماع الثاني عشر لمجلس رؤساء دول منظمة شنغهاي للتعاون", "sco_summit", 12),
    ("الاجتماع الرابع لوزراء خارجية الصين وآسيا الوسطى", "ccas_fm", 4),
])
def test_meeting_numbers_read_compound_ordinals(text, series, number):
    (found,) = find_meetings(word_tokens(norm(text)), load().refs)
    assert (found.series, found.number) == (series, number)


@pytest.mark.parametrize("day,anchor,expected", [
    (date(4, 7, 6), "2024-07-04", "2024-07-06"),  # the day after a summit
    (date(4, 1, 20), "2024-07-04", "2024-01-20"),  # months before it (a preview)
    (date(4, 1, 3), "2024-12-20", "2025-01-03"),  # across the new year
    (date(4, 2, 29), "2024-03-01", "2024-02-29"),
])
def test_yearless_dateline_takes_the_year_nearest_the_named_meeting(day, anchor, expected):
    assert nearest_year(day, anchor) == expected


def test_yearless_report_after_a_numbered_meeting_is_dated_by_it():
    from silkwire.models import Article
    from silkwire.pipeline import analyse

    text = ("دوشنبه 6 يوليو (الشعب اليومية أونلاين) تباحث الرئيس الصيني شي جينبينغ أمس مع نظيره الطاجيكي إمام علي "
            "رحمون.\nوتأتي الزيارة بعد مشاركة شي في الاجتماع الرابع والعشرين لمجلس رؤساء دول منظمة شانغهاي للتعاون "
            "في أستانا.")
    events = analyse(Article(id="x", source="x", text=text)).events
    talks = next(e for e in events if e.type == "CONSULT" and "country/TJK" in e.participants)
    summit = next(e for e in events if e.meeting)
    assert talks.date == "2024-07-05" and talks.month_day is None
    assert summit.meeting == "sco-summit-2024" and summit.date == "2024-07-03"
