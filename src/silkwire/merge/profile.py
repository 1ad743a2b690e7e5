"""The per-event features merge compares, computed once per event.  The evidence text's sketch, the costly
part, is computed only when a pair gets as far as comparing texts (``StoryIndex`` caches it)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from silkwire.merge.records import DocumentMeta
from silkwire.models import Event

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Actor id prefixes that count as parties of an event for blocking and scoring.
PARTY_PREFIXES = ("country/", "org/")


@dataclass(frozen=True, slots=True)
class Profile:
    """What merge knows about one event: parties, people, anchor day, evidence text."""

    id: str
    document: str
    type: str
    status: str
    parties: frozenset[str]  # countries and organisations among participants, sources, targets
    persons: frozenset[str]
    place: str | None
    topics: frozenset[str]
    meeting: str | None
    day: int | None  # proleptic ordinal of the anchor day, None when only a period is known
    exact: bool  # the day is the event's own full date (not its document's publication date)
    period: str | None  # YYYY or YYYY-MM when no anchor day can be derived
    published: str | None
    outlet: str | None
    text: str  # evidence text
    start: int = 0  # evidence offsets in the document
    end: int = 0
    yearless: int | None = None  # day of the year (leap-year count) of a date known without its year (Event.month_day)

    @property
    def signature(self) -> tuple:
        """The structured fields two events of one document must share to be the same statement repeated."""
        return (self.type, self.status, self.parties, self.persons, self.day if self.exact else self.period,
                self.yearless, self.place, self.meeting, self.topics)

    @property
    def day_of_year(self) -> int | None:
        """Where in a year the event's own day falls (its exact day, or its yearless day), for matching a report
        that gives no year."""
        if self.exact and self.day is not None:
            d = dt.date.fromordinal(self.day)
            return day_of_year(d.month, d.day)
        return self.yearless

    @property
    def head_key(self) -> tuple[str, str]:
        """Sort key choosing a story's earliest member (the one its id derives from)."""
        return (self.published or "9999-99-99", self.id)


def to_ordinal(date: str) -> int:
    """Day number of an ISO date."""
    return dt.date.fromisoformat(date).toordinal()


def from_ordinal(day: int) -> str:
    return dt.date.fromordinal(day).isoformat()


def anchor(event: Event, doc: DocumentMeta | None) -> tuple[int | None, bool, str | None]:
    """(day, exact, period): the event's full date; else its document's date when consistent; else the period."""
    published = doc.published if doc else None
    own = _day(event.date)
    if own is not None:
        return own, True, None
    pub = _day(published)
    if pub is not None and published and (not event.date or published.startswith(event.date)):
        return pub, False, None
    return None, False, event.date


#: Days in the leap-year count :func:`day_of_year` uses (29 February included).
YEAR_DAYS = 366
_LEAP_FIRST = dt.date(2000, 1, 1).toordinal()


def day_of_year(month: int, day: int) -> int:
    """0-based day of the year in a leap year, so every month-day has one place whatever the year."""
    return dt.date(2000, month, day).toordinal() - _LEAP_FIRST


def day_in_year(year: int, doy: int) -> int | None:
    """Ordinal of a day of the year (as :func:`day_of_year` counts) in a given year; None for 29 February of a common
    year."""
    leap = dt.date.fromordinal(_LEAP_FIRST + doy)
    try:
        return dt.date(year, leap.month, leap.day).toordinal()
    except ValueError:
        return None


def _yearless(month_day: str | None) -> int | None:
    """Day of the year of an ``MM-DD`` string; None when absent or impossible."""
    try:
        return day_of_year(int(month_day[:2]), int(month_day[3:5])) if month_day else None
    except ValueError:
        return None


def _day(date: str | None) -> int | None:
    """Ordinal of a full, valid ISO date; None for partial or impossible dates (2023-02-30)."""
    if not date or not _FULL_DATE.match(date):
        return None
    try:
        return to_ordinal(date)
    except ValueError:
        return None


def parties_of(event: Event) -> frozenset[str]:
    """Countries and organisations the event names in any argument slot."""
    actors = (*event.participants, *event.sources, *event.targets)
    return frozenset(a for a in actors if a.startswith(PARTY_PREFIXES))


def profile_of(event: Event, doc: DocumentMeta | None) -> Profile:
    """Compute an event's merge features."""
    day, exact, period = anchor(event, doc)
    return Profile(
        id=event.id, document=event.document, type=event.type, status=event.status,
        parties=parties_of(event), persons=frozenset(event.persons), place=event.place,
        topics=frozenset(event.topics), meeting=event.meeting, day=day, exact=exact, period=period,
        published=doc.published if doc else None, outlet=doc.outlet if doc else None,
        text=event.evidence.text, start=event.evidence.start, end=event.evidence.end,
        yearless=_yearless(event.month_day) if day is None and period is None else None,
    )
