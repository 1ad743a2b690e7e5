"""Pledges: intended events linked to the later asserted event that fulfils them; open and overdue."""
from __future__ import annotations

import pytest
from tests.merge.conftest import Doc, docs_meta

from silkwire.merge import track_pledges

CN_KZ = ("country/CHN", "country/KAZ")


def visa_pledge() -> Doc:
    d = Doc("Xinhua", "2023-04-27", [
        "شيآن 26 أبريل 2023 (شينخوا) أكد وزيرا خارجية الصين وقازاقستان أن البلدين سيوقعان قريبا اتفاقية "
        "الإعفاء المتبادل من التأشيرات.",
    ])
    d.event(0, "AGREE", "intended", participants=CN_KZ, topics=("visa-free travel",), date="2023-04-26")
    return d


def visa_signed(published: str = "2023-09-02", date: str | None = "2023-09-01", topic: str = "visa-free travel",
                sentence: str = "وقعت الصين وكازاخستان في أستانا أمس اتفاقية الإعفاء المتبادل من التأشيرات لحاملي "
                                "جوازات السفر العادية.") -> Doc:
    d = Doc("Kazinform", published, [sentence])
    d.event(0, "AGREE", "asserted", participants=CN_KZ, topics=(topic,), date=date, place="place/astana")
    return d


def test_a_later_signature_fulfils_the_visa_pledge_with_both_evidence_spans():
    pledge, signed = visa_pledge(), visa_signed()
    [rec] = track_pledges(pledge.events + signed.events, docs_meta(pledge, signed), as_of="2024-01-01")
    assert rec.status == "fulfilled"
    assert rec.fulfilled_by == signed.events[0].id and rec.fulfilled_on == "2023-09-01"
    assert pledge.text[rec.evidence.start:rec.evidence.end] == rec.evidence.text
    assert "سيوقعان" in rec.evidence.text and "وقعت" in rec.fulfilment_evidence.text
    assert rec.to_pledge().fulfilled_by == signed.events[0].id


def test_an_undated_fulfilment_is_placed_at_its_publication_date():
    pledge, signed = visa_pledge(), visa_signed(published="2024-02-10", date=None)
    [rec] = track_pledges(pledge.events + signed.events, docs_meta(pledge, signed), as_of="2024-06-01")
    assert (rec.status, rec.fulfilled_on) == ("fulfilled", "2024-02-10")


@pytest.mark.parametrize("signed", [
    visa_signed(topic="railway", sentence="وقعت الصين وكازاخستان اتفاقية لبناء خط سكك حديدية ثان عبر الحدود."),
    visa_signed(published="2023-03-02", date="2023-03-01"),  # before the pledge
    visa_signed(published="2026-03-02", date="2026-03-01"),  # after the as-of date
])
def test_unrelated_earlier_or_future_agreements_do_not_fulfil(signed):
    pledge = visa_pledge()
    [rec] = track_pledges(pledge.events + signed.events, docs_meta(pledge, signed), as_of="2024-01-01")
    assert rec.status == "open" and rec.fulfilled_by is None


def test_an_agreement_between_other_parties_does_not_fulfil():
    pledge = visa_pledge()
    other = Doc("Kabar", "2023-09-02", ["وقعت الصين وقرغيزستان اتفاقية الإعفاء المتبادل من التأشيرات."])
    other.event(0, "AGREE", participants=("country/CHN", "country/KGZ"), topics=("visa-free travel",))
    [rec] = track_pledges(pledge.events + other.events, docs_meta(pledge, other), as_of="2024-01-01")
    assert rec.status == "open"


@pytest.mark.parametrize(("as_of", "horizon", "status"), [
    ("2023-12-31", 365, "open"), ("2024-04-27", 365, "overdue"), ("2023-06-01", 30, "overdue"),
])
def test_an_unfulfilled_pledge_becomes_overdue_after_the_horizon(as_of, horizon, status):
    pledge = visa_pledge()
    [rec] = track_pledges(pledge.events, docs_meta(pledge), as_of=as_of, horizon_days=horizon)
    assert rec.status == status
    assert rec.date == "2023-04-26"


def test_pledged_cooperation_is_fulfilled_by_an_agreement_on_its_topic():
    d = Doc("Xinhua", "2023-04-27", [
        "وأكد الجانبان الصيني والطاجيكي عزمهما تعزيز التعاون في مجال الحدائق الصناعية خلال العام المقبل.",
    ])
    d.event(0, "COOPERATE", "intended", participants=("country/CHN", "country/TJK"), topics=("industry",))
    f = Doc("Khovar", "2023-11-20", ["وقعت طاجيكستان والصين اتفاقية لإنشاء حديقة صناعية مشتركة في دوشنبه."])
    f.event(0, "AGREE", participants=("country/TJK", "country/CHN"), topics=("industry",), date="2023-11-19")
    [rec] = track_pledges(d.events + f.events, docs_meta(d, f), as_of="2024-01-01")
    assert (rec.status, rec.fulfilled_by) == ("fulfilled", f.events[0].id)


def test_only_intended_events_are_pledges():
    pledge, signed = visa_pledge(), visa_signed()
    recs = track_pledges(pledge.events + signed.events, docs_meta(pledge, signed), as_of="2024-01-01")
    assert [r.event for r in recs] == [pledge.events[0].id]
