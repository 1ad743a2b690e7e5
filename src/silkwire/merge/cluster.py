"""Story-level compatibility: what a whole story names, so a chain of pairwise links cannot join two events.

Single link joins A–B and B–C when B is a report with gaps (no persons, no exact date); A and C may still name
different people or days a week apart.  A ``Summary`` keeps, per story, the union of what its members name;
two stories join only when their summaries agree the way two events must (``scoring.veto``): counterparts and
people overlapping (or one a subset of the other), no two meeting tags, and exact days within the window.
"""
from __future__ import annotations

from dataclasses import dataclass

from silkwire.merge.profile import Profile
from silkwire.merge.textsim import jaccard


@dataclass(frozen=True, slots=True)
class Summary:
    """What the members of one story name together."""

    parties: frozenset[str]
    persons: frozenset[str]
    meetings: frozenset[str]
    first_day: int | None  # earliest / latest exact day among the members
    last_day: int | None


def summary_of(p: Profile) -> Summary:
    """The summary of a one-event story."""
    day = p.day if p.exact else None
    return Summary(p.parties, p.persons, frozenset((p.meeting,)) if p.meeting else frozenset(), day, day)


def conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each side names something the other lacks and they overlap less than half (as ``scoring.veto``)."""
    if not a or not b or a <= b or b <= a:
        return False
    return jaccard(a, b) < 0.5


def _span(a: Summary, b: Summary) -> tuple[int | None, int | None]:
    firsts = [d for d in (a.first_day, b.first_day) if d is not None]
    lasts = [d for d in (a.last_day, b.last_day) if d is not None]
    return (min(firsts), max(lasts)) if firsts else (None, None)


def join_summaries(a: Summary, b: Summary, window: int) -> Summary | None:
    """The summary of the joined story, or None when the two stories cannot be one event."""
    if conflict(a.parties, b.parties) or conflict(a.persons, b.persons):
        return None
    meetings = a.meetings | b.meetings
    if len(meetings) > 1:
        return None
    first, last = _span(a, b)
    if first is not None and last - first > window:
        return None
    return Summary(a.parties | b.parties, a.persons | b.persons, meetings, first, last)
