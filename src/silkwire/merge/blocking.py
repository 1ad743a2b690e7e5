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

from collections.abc import Iterator
from itertools import combinations

from silkwire.merge.profile import YEAR_DAYS, Profile

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
    """Keys an event is filed under.  Besides its day, an event with an exact day is filed under its day of the
    year (``y:``) and an event known only by its day and month under that (``md:``), so a report that gives no
    year meets dated reports of the same days."""
    keys: list[Key] = []
    doy = p.day_of_year
    for pk in party_keys(p):
        if p.day is not None:
            keys.append((p.type, pk, p.day))
        elif p.yearless is not None:
            keys.append((p.type, pk, ("md", p.yearless)))
        else:
            keys.append((p.type, pk, f"p:{p.period}"))
        if p.exact and doy is not None:
            keys.append((p.type, pk, ("y", doy)))
        if p.meeting:
            keys.append((p.type, pk, f"m:{p.meeting}"))
    return keys


def lookup_keys(p: Profile, window: int) -> list[Key]:
    """Keys to look an event's candidates up under, strongest first: meeting tags, then days nearest first.  A dated
    event looks for yearless reports of its day of the year; a yearless one for both kinds."""
    pks = party_keys(p)
    keys: list[Key] = [(p.type, pk, f"m:{p.meeting}") for pk in pks] if p.meeting else []
    doy = p.day_of_year
    deltas = sorted(range(-window, window + 1), key=abs)
    if p.day is None and doy is None:
        return keys + [(p.type, pk, f"p:{p.period}") for pk in pks]
    for delta in deltas:
        if p.day is not None:
            keys.extend((p.type, pk, p.day + delta) for pk in pks)
        if doy is not None:
            d = (doy + delta) % YEAR_DAYS
            keys.extend((p.type, pk, ("md", d)) for pk in pks)
            if p.day is None:
                keys.extend((p.type, pk, ("y", d)) for pk in pks)
    return keys


class BlockIndex:
    """Block key → positions of the events filed under it; grows as events arrive."""

    def __init__(self, window: int, max_block: int, max_candidates: int = 0) -> None:
        self.window = window
        self.max_block = max_block
        self.max_candidates = max_candidates  # 0: no cap
        self._postings: dict[Key, list[int]] = {}

    def candidates(self, p: Profile) -> set[int]:
        """Positions of already filed events sharing a block with p, at most ``max_candidates``.

        Ranked by the number of keys shared (a five-party summit's other reports share ten pairs, a bilateral
        talk on the same day one), then by the strength of the first shared key (meeting tag, same day, ±1,
        ...): a cap drops the weakest candidates of an over-full neighbourhood, never the closest ones.
        """
        shared: dict[int, int] = {}
        postings = self._postings
        get = shared.get
        for key in lookup_keys(p, self.window):
            for pos in postings.get(key, ()):
                shared[pos] = get(pos, 0) + 1
        cap = self.max_candidates
        if not cap or len(shared) <= cap:
            return set(shared)
        return set(sorted(shared, key=shared.__getitem__, reverse=True)[:cap])  # stable: ties stay nearest first

    def add(self, pos: int, p: Profile) -> None:
        """File an event; a full block takes no more members (a guard against degenerate skew)."""
        for key in index_keys(p):
            bucket = self._postings.setdefault(key, [])
            if len(bucket) < self.max_block:
                bucket.append(pos)

    def sizes(self) -> Iterator[int]:
        """Block sizes, for diagnostics."""
        return (len(v) for v in self._postings.values())
