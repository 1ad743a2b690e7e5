"""A dateline with a day and month but no year (دوشنبه 6 يوليو (الشعب اليومية أونلاين)): events keep the day and
month, never a made-up year."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,month_day", [
    ("دوشنبه 6 يوليو (الشعب اليومية أونلاين) تباحث الرئيس الصيني أمس مع رحمن في دوشنبه.", "07-05"),
    ("ألماتي 30 مارس (وكالات) التقى وانغ يي مع توكاييف اليوم.", "03-30"),
    ("بكين 1 مارس - التقى وانغ يي مع لافروف أمس في بكين.", "02-29"),  # the leap day: the year is unknown
    ("محادثات صينية كازاخستانية في ألماتي\n\nألماتي 30 مارس (وكالات) التقى وانغ يي مع توكاييف.", "03-30"),
])
def test_yearless_dateline_dates_events_by_day_and_month_only(run, text, month_day):
    e = next(e for e in run(text, None) if e.type == "CONSULT")
    assert e.date is None and e.month_day == month_day


def test_weekday_without_a_year_gives_no_day(run):
    e = next(e for e in run("ألماتي 30 مارس (وكالات) التقى وانغ يي مع توكاييف يوم الاثنين.", None)
             if e.type == "CONSULT")
    assert e.date is None and e.month_day is None


def test_a_year_the_text_gives_is_a_real_date(run):
    e = next(e for e in run("ألماتي 30 مارس (وكالات) وقعت الصين وكازاخستان اتفاقية في 12 مارس 2023.", None)
             if e.type == "AGREE")
    assert e.date == "2023-03-12" and e.month_day is None


def test_a_dated_article_never_gets_a_month_day(run):
    e = next(e for e in run("ألماتي 30 مارس (وكالات) التقى وانغ يي مع توكاييف أمس.", "2024-03-30")
             if e.type == "CONSULT")
    assert e.date == "2024-03-29" and e.month_day is None


def test_headline_parties_above_a_yearless_dateline_stay_parties(run):
    text = "الصين وكازاخستان تتفقان على تعزيز التعاون\n\nألماتي 30 مارس (وكالات) التقى وانغ يي مع توكاييف."
    first = run(text, None)[0]
    assert first.type == "AGREE" and {"country/CHN", "country/KAZ"} <= set(first.participants)


@pytest.mark.parametrize("text,published,year", [
    ("ستعقد الصين وكازاخستان اجتماعا خلال الخريف المقبل.", "2024-06-04", "2024"),
    ("ستعقد الصين وكازاخستان اجتماعا في فصل الربيع المقبل.", "2024-06-04", "2025"),
    ("عقدت الصين وكازاخستان اجتماعا في الصيف الماضي.", "2024-06-20", "2023"),  # this summer is under way
    ("عقدت الصين وكازاخستان اجتماعا في الشتاء الماضي.", "2025-01-10", "2023"),  # winter 2024-25 is under way
])
def test_a_season_named_relative_to_the_report_gives_its_year(run, text, published, year):
    e = next(e for e in run(text, published) if e.type == "CONSULT")
    assert e.date == year
