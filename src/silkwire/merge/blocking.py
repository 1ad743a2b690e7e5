"""Blocking: which events are worth comparing at all.

A block key is (event type, party key, time key).  The party key is each unordered pair of the event's parties
(countries / organisations), or the single party when it names one, or its persons when it names no party.
Pairs of parties keep China-heavy data from collapsing into one huge "China" block: a China–Kazakhstan event
meets only events that name both China and Kazakhstan.  The time key is the anchor day (looked up within
± ``window_days``), else the period (``2024-05``), plus the meeting tag when there is one, so reports of one
meeting meet even when their dates were resolved differently.  The number of candidates per event is
bounded by the events per (type, pair, day) and capped at ``max_candidates`` (nearest days first), which keeps
the work linear in the number of events even where one (type, pair) neighbourhood is dense.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import combinations

from silkwire.merge.profile import YEAR_DAYS, Profile, day_in_year

Key = tuple


def party_keys(p: Profile) -> list[tuple[str, ...]]:
    """The party part of the block keys."""
    parties = sorted(p.parties)
    if len(parties) >= 2:
        return list(combinations(parties, 2))
    if parties:
        return [(parties[0],)]
    if p.persons:
        return [(x,) for x in sorted(p.persons)]
    return [("*",)]


def index_keys(p: Profile) -> list[Key]:
    """Keys an event is filed under: its day, else its day and month without a year (``md``), else its period."""
    keys: list[Key] = []
    for pk in party_keys(p):
        if p.day is not None:
            keys.append((p.type, pk, p.day))
        elif p.yearless is not None:
            keys.append((p.type, pk, ("md", p.yearless)))
        else:
            keys.append((p.type, pk, f"p:{p.period}"))
        if p.meeting:
            keys.append((p.type, pk, f"m:{p.meeting}"))
    return keys


def lookup_keys(p: Profile, window: int, years: range = range(0), yearless: bool = False) -> list[Key]:
    """Keys to look an event's candidates up under, strongest first: meeting tags, then days nearest first.

    A report that gives no year meets dated reports of its day and month: it looks up that day in every year the
    index holds (``years``), and a dated event looks up the yearless reports of its day and month when the index
    holds any (``yearless``)."""
    pks = party_keys(p)
    keys: list[Key] = [(p.type, pk, f"m:{p.meeting}") for pk in pks] if p.meeting else []
    doy = p.day_of_year
    if p.day is None and doy is None:
        keys += [(p.type, pk, f"p:{p.period}") for pk in pks]
        # a plan for a month (تُوقَّع الشهر المقبل) meets the dated reports of that month, whichever came first
        return keys + [(p.type, pk, day) for day in _month_days(p.period) for pk in pks]
    if p.day is not None:
        month = f"p:{dt.date.fromordinal(p.day).isoformat()[:7]}"
        keys += [(p.type, pk, month) for pk in pks]
    days = [p.day] if p.day is not None else [d for y in years if (d := day_in_year(y, doy)) is not None]
    for delta in sorted(range(-window, window + 1), key=abs):
        for day in days:
            keys.extend((p.type, pk, day + delta) for pk in pks)
        if doy is not None and (yearless or p.day is None):
            keys.extend((p.type, pk, ("md", (doy + delta) % YEAR_DAYS)) for pk in pks)
    return keys


def _month_days(period: str | None) -> range:
    """Ordinals of the days of a ``YYYY-MM`` period (empty for a year or nothing)."""
    if not period or len(period) != 7:
        return range(0)
    try:
        first = dt.date(int(period[:4]), int(period[5:7]), 1)
    except ValueError:
        return range(0)
    nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return range(first.toordinal(), nxt.toordinal())


class BlockIndex:
    """Block key → positions of the events filed under it; grows as events arrive."""

    def __init__(self, window: int, max_block: int, max_candidates: int = 0) -> None:
        self.window = window
        self.max_block = max_block
        self.max_candidates = max_candidates  # 0: no cap
        self._postings: dict[Key, list[int]] = {}
        self._first_day: int | None = None  # span of the exact days filed, for reports that give no year
        self._last_day: int | None = None
        self._yearless = False  # whether any report without a year was filed

    def candidates(self, p: Profile) -> set[int]:
        """Positions of already filed events sharing a block with p, at most ``max_candidates``.

        Ranked by the number of keys shared (a five-party summit's other reports share ten pairs, a bilateral
        talk on the same day one), then by the strength of the first shared key (meeting tag, same day, ±1,
        ...): a cap drops the weakest candidates of an over-full neighbourhood, never the closest ones.
        """
        shared: dict[int, int] = {}
        postings = self._postings
        get = shared.get
        years = range(0)
        if p.day is None and p.yearless is not None and self._first_day is not None:
            years = range(dt.date.fromordinal(self._first_day).year, dt.date.fromordinal(self._last_day).year + 1)
        for key in lookup_keys(p, self.window, years, self._yearless):
            for pos in postings.get(key, ()):
                shared[pos] = get(pos, 0) + 1
        cap = self.max_candidates
        if not cap or len(shared) <= cap:
            return set(shared)
        return set(sorted(shared, key=shared.__getitem__, reverse=True)[:cap])  # stable: ties stay nearest first

    def add(self, pos: int, p: Profile) -> None:
        """File an event; a full block takes no more members (a guard against degenerate skew)."""
        if p.day is not None:
            self._first_day = p.day if self._first_day is None else min(self._first_day, p.day)
            self._last_day = p.day if self._last_day is None else max(self._last_day, p.day)
        elif p.yearless is not None:
            self._yearless = True
        for key in index_keys(p):
            bucket = self._postings.setdefault(key, [])
            if len(bucket) < self.max_block:
                bucket.append(pos)

    def sizes(self) -> Iterator[int]:
        """Block sizes, for diagnostics."""
        return (len(v) for v in self._postings.values())
