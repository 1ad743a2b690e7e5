"""Records the merge stage returns.  ``models.Story`` / ``models.Pledge`` are the slim exported forms; these carry
what the store and the views need beyond them (members with outlets, topics, evidence of a fulfilment)."""
from __future__ import annotations

from dataclasses import dataclass

from silkwire.models import Pledge, Span, Story


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What merge needs to know about a document: who published it and when."""

    id: str
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD


@dataclass(frozen=True, slots=True)
class MergeConfig:
    """Knobs of story building; the defaults are documented in docs/MERGE.md."""

    window_days: int = 2  # blocking: events whose anchor days differ by more never meet
    threshold: float = 0.65  # pair score at or above which two events are linked (precision/recall trade-off)
    max_block: int = 2000  # a block key with more members than this stops taking new members (skew guard)
    max_candidates: int = 32  # candidates scored per event, most shared keys then nearest days first (work bound)


@dataclass(frozen=True, slots=True)
class ScoredPair:
    """Two events and the evidence that they report the same real-world event."""

    a: str
    b: str
    score: float


@dataclass(frozen=True, slots=True)
class MemberRef:
    """One member event of a story with where it was reported."""

    event: str
    document: str
    outlet: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class StoryRecord:
    """A story with the canonical record built from its members."""

    id: str
    type: str
    status: str
    date: str | None
    place: str | None
    participants: tuple[str, ...]
    persons: tuple[str, ...]
    topics: tuple[str, ...]
    meeting: str | None
    members: tuple[MemberRef, ...]
    first_document: str | None
    first_outlet: str | None
    outlets: tuple[str, ...]

    @property
    def n_outlets(self) -> int:
        return len(self.outlets)

    def to_story(self) -> Story:
        """The exported ``models.Story``."""
        return Story(id=self.id, type=self.type, date=self.date, place=self.place,
                     participants=self.participants, persons=self.persons,
                     members=tuple(m.event for m in self.members), first_document=self.first_document,
                     outlets=self.outlets)


@dataclass(frozen=True, slots=True)
class AttachResult:
    """What one ``attach`` call changed: stories touched (new or grown) and story ids that changed."""

    assignments: tuple[tuple[str, str], ...]  # (event id, story id) for the new events
    touched: tuple[str, ...]  # story ids whose records changed (includes the new ones)
    renamed: tuple[tuple[str, str], ...]  # (old story id, new id): merged into another story or given an earlier head


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    """Two documents whose word shingles overlap enough to be one text rewritten."""

    a: str
    b: str
    jaccard: float  # MinHash estimate of the shingle-set Jaccard
    outlet_a: str | None = None
    outlet_b: str | None = None


@dataclass(frozen=True, slots=True)
class PledgeRecord:
    """A pledge (an intended event) with its fulfilment, if one was found."""

    event: str
    document: str
    type: str
    parties: tuple[str, ...]
    topics: tuple[str, ...]
    date: str | None  # when the pledge was made: the event date, else its document's publication date
    due: str | None  # date + horizon
    status: str  # open, fulfilled, overdue
    evidence: Span
    fulfilled_by: str | None = None
    fulfilled_on: str | None = None
    fulfilment_evidence: Span | None = None

    def to_pledge(self) -> Pledge:
        """The exported ``models.Pledge``."""
        return Pledge(id=self.event, event=self.event, status=self.status, fulfilled_by=self.fulfilled_by,
                      due=self.due)


@dataclass(frozen=True, slots=True)
class ClaimCoverage:
    """One claim (a story) among the documents reporting a story: which outlets carry it and which do not."""

    story: str
    type: str
    status: str
    participants: tuple[str, ...]
    carried_by: tuple[str, ...]
    omitted_by: tuple[str, ...]
    evidence: tuple[tuple[str, str], ...]  # (outlet, evidence text)


@dataclass(frozen=True, slots=True)
class ActorSpellings:
    """How each outlet wrote one actor's name."""

    actor: str
    by_outlet: tuple[tuple[str, tuple[str, ...]], ...]  # (outlet, distinct surface forms)


@dataclass(frozen=True, slots=True)
class OutletComparison:
    """How the outlets that reported one story differ."""

    story: str
    outlets: tuple[str, ...]
    claims: tuple[ClaimCoverage, ...]
    only_one_outlet: tuple[ClaimCoverage, ...]
    spellings: tuple[ActorSpellings, ...]
