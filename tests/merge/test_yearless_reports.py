"""A report whose dateline gives no year (its events carry a day and month only) joins the dated reports of the
same day, and only of that day."""
from __future__ import annotations

import json

import pytest
from tests.merge.conftest import Doc, docs_meta, partition
from typer.testing import CliRunner

from silkwire.cli import app
from silkwire.merge import build_stories

TALKS = ("country/CHN", "country/TJK")
PEOPLE = ("person/xi_jinping", "person/emomali_rahmon")


def _dated(date: str, outlet: str = "Khovar") -> Doc:
    d = Doc(outlet, date, ["استقبل رئيس جمهورية طاجيكستان إمام علي رحمان اليوم في قصر الأمة الرئيس الصيني شي جين "
                           "بينغ الذي يقوم بزيارة دولة إلى طاجيكستان."])
    d.event(0, "CONSULT", participants=TALKS, persons=PEOPLE, date=date, place="place/dushanbe")
    return d


def _yearless(month_day: str | None) -> Doc:
    d = Doc("People's Daily Online", None, ["تباحث الرئيس الصيني شي جينبينغ أمس مع نظيره الطاجيكي إمام علي رحمون، "
                                            "في أول زيارة دولة يقوم بها إلى طاجيكستان منذ خمس سنوات."])
    d.event(0, "CONSULT", participants=TALKS, persons=PEOPLE, place="place/dushanbe", month_day=month_day)
    return d


@pytest.mark.parametrize("month_day", ["07-05", "07-06"])
def test_yearless_report_joins_the_dated_report_of_its_day(month_day):
    a, b = _dated("2024-07-05"), _yearless(month_day)
    stories, _ = build_stories(a.events + b.events, docs_meta(a, b))
    assert frozenset({a.events[0].id, b.events[0].id}) in partition(stories)


@pytest.mark.parametrize("month_day", ["07-20", "01-05", None])
def test_yearless_report_of_another_day_or_none_stays_apart(month_day):
    a, b = _dated("2024-07-05"), _yearless(month_day)
    stories, _ = build_stories(a.events + b.events, docs_meta(a, b))
    assert len(stories) == 2


def test_dated_reports_of_one_day_in_two_years_stay_apart():
    a, b = _dated("2024-07-05"), _dated("2019-07-05", outlet="Xinhua")
    b.sentences[0] = "دوشنبه 5 يوليو 2019 (شينخوا) " + b.sentences[0]
    b.events.clear()
    b.event(0, "CONSULT", participants=TALKS, persons=PEOPLE, date="2019-07-05", place="place/dushanbe")
    stories, _ = build_stories(a.events + b.events, docs_meta(a, b))
    assert len(stories) == 2


DATED = ("دوشنبه، 05.07.2024 /خوفار/. استقبل رئيس جمهورية طاجيكستان إمام علي رحمون اليوم في دوشنبه الرئيس الصيني "
         "شي جين بينغ، وأجرى الرئيسان محادثات تناولت التعاون الاقتصادي والتجاري.\n")
YEARLESS = ("دوشنبه 6 يوليو (الشعب اليومية أونلاين) تباحث الرئيس الصيني شي جين بينغ أمس مع نظيره الطاجيكي إمام علي "
            "رحمون في دوشنبه، وتناولت المحادثات التعاون الاقتصادي والتجاري.\n")


@pytest.mark.parametrize("order", [("a_dated.txt", "b_yearless.txt"), ("b_yearless.txt", "a_dated.txt")])
def test_stored_yearless_and_dated_reports_share_a_story_in_either_order(tmp_path, order):
    runner = CliRunner()
    folder, db = tmp_path / "news", tmp_path / "s.duckdb"
    folder.mkdir()
    texts = {"a_dated.txt": DATED, "b_yearless.txt": YEARLESS}
    for name in order:  # one ingest run per article: the second must find the first in the store
        (folder / name).write_text(texts[name], encoding="utf-8")
        assert runner.invoke(app, ["ingest", str(folder / name), "--db", str(db), "-q"]).exit_code == 0
    out = tmp_path / "out"
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", str(out)]).exit_code == 0
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    talks = [e for e in events if e["type"] == "CONSULT" and {"country/CHN", "country/TJK"} <= set(e["participants"])]
    assert len({e["document"] for e in talks}) == 2
    by_doc = {}
    for e in talks:
        by_doc.setdefault(e["document"], set()).add(e["story"])
    first, second = by_doc.values()
    assert first & second  # a story shared by the two reports
    assert all(e["date"] in ("2024-07-05", None) for e in talks)  # no made-up year in the export
