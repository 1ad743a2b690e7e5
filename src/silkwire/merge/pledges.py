"""Pledges: every intended event, linked to a later asserted event that fulfils it.

A candidate fulfils a pledge when it is asserted, of a type that can fulfil the pledge's type (``FULFILS``),
names every party of the pledge and not many more (party Jaccard ≥ ``MIN_PARTY_JACCARD``), shares a topic
with it (when the pledge names topics; a pledge without topics needs a candidate without topics or the same
party set exactly), and happened strictly after the pledge (on the anchor day: the event's date, else its
document's publication date).  The earliest such event is the fulfilment.  An unfulfilled pledge is overdue
once ``as_of`` is past its due date (pledge date + ``horizon_days``), else open.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from silkwire.merge.profile import parties_of
from silkwire.merge.records import DocumentMeta, PledgeRecord
from silkwire.models import Event

#: Pledge type → asserted types that can fulfil it ("will cooperate on X" is fulfilled by an agreement on X).
FULFILS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"AGREE"}),
    "COOPERATE": frozenset({"COOPERATE", "AGREE"}),
    "AID": frozenset({"AID", "AGREE"}),
    "CONSULT": frozenset({"CONSULT"}),
}
MIN_PARTY_JACCARD = 0.5
DEFAULT_HORIZON_DAYS = 365


def _start(date: str | None) -> dt.date | None:
    """First day of a YYYY[-MM[-DD]] date."""
    if not date:
        return None
    parts = [*date.split("-"), "01", "01"][:3]
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def event_day(event: Event, documents: Mapping[str, DocumentMeta]) -> dt.date | None:
    """When an event happened: its own date, else its document's publication date."""
    doc = documents.get(event.document)
    return _start(event.date) or _start(doc.published if doc else None)


def fulfils(pledge: Event, candidate: Event) -> bool:
    """Type, parties and topic of a candidate are those of the pledge (dates are checked by the caller)."""
    if candidate.status != "asserted" or candidate.type not in FULFILS.get(pledge.type, {pledge.type}):
        return False
    mine, theirs = parties_of(pledge), parties_of(candidate)
    if not mine or not mine <= theirs or len(mine) / len(theirs) < MIN_PARTY_JACCARD:
        return False
    if pledge.topics:
        return bool(set(pledge.topics) & set(candidate.topics))
    return not candidate.topics or mine == theirs


def track_pledges(events: Iterable[Event], documents: Mapping[str, DocumentMeta] | None = None,
                  as_of: str | None = None, horizon_days: int = DEFAULT_HORIZON_DAYS) -> list[PledgeRecord]:
    """One record per intended event, ordered by pledge date then id.  ``as_of`` defaults to today."""
    documents = documents or {}
    today = _start(as_of) or dt.date.today()
    all_events = list(events)
    by_party = _index_asserted(all_events)
    out = []
    for e in all_events:
        if e.status == "intended":
            out.append(_track(e, by_party, documents, today, horizon_days))
    return sorted(out, key=lambda r: (r.date or "9999", r.event))


def _index_asserted(events: list[Event]) -> dict[str, list[Event]]:
    """Asserted events by each party they name (pledge candidates come from the rarest party's list)."""
    index: dict[str, list[Event]] = {}
    for e in events:
        if e.status == "asserted":
            for party in parties_of(e):
                index.setdefault(party, []).append(e)
    return index


def _track(pledge: Event, by_party: dict[str, list[Event]], documents: Mapping[str, DocumentMeta],
           today: dt.date, horizon_days: int) -> PledgeRecord:
    made = event_day(pledge, documents)
    due = made + dt.timedelta(days=horizon_days) if made else None
    best: tuple[dt.date, str, Event] | None = None
    parties = parties_of(pledge)
    pool = min((by_party.get(p, []) for p in parties), key=len) if parties else []
    for cand in pool:
        day = event_day(cand, documents)
        if day is None or made is None or day <= made or day > today or not fulfils(pledge, cand):
            continue
        if best is None or (day, cand.id) < best[:2]:
            best = (day, cand.id, cand)
    overdue = due is not None and today > due
    status = "fulfilled" if best else ("overdue" if overdue else "open")
    return PledgeRecord(
        event=pledge.id, document=pledge.document, type=pledge.type, parties=tuple(sorted(parties)),
        topics=tuple(pledge.topics), date=made.isoformat() if made else None,
        due=due.isoformat() if due else None, status=status, evidence=pledge.evidence,
        fulfilled_by=best[2].id if best else None, fulfilled_on=best[0].isoformat() if best else None,
        fulfilment_evidence=best[2].evidence if best else None,
    )
