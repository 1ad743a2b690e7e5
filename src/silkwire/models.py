"""The data that travels from stage to stage.

    ingest ──► Article ──► nlp ──► Mention ──► resolve ──► Actor / Role ──► events ──► Event
           ──► merge ──► Story / Pledge

Every span (Mention, Role evidence, Event evidence) keeps character offsets into ``Article.text`` exactly as stored,
so ``article.text[span.start:span.end] == span.text`` always holds.  Records are frozen: a stage returns new
records instead of changing the ones it was given.
"""
from __future__ import annotations

from dataclasses import dataclass, field

MENTION_TYPES = ("PER", "ORG", "GPE", "LOC")
ACTOR_TYPES = ("country", "person", "organization", "place")
ROLE_CLASSES = (
    "head_of_state",
    "head_of_government",
    "deputy_head_of_government",
    "foreign_minister",
    "deputy_foreign_minister",
    "minister",
    "ambassador",
    "other",
)
EVENT_TYPES = (
    "CONSULT", "AGREE", "SUPPORT", "REJECT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "THREATEN", "PROTEST",
    "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "CONCEDE",
)
EVENT_STATUSES = ("asserted", "intended", "hoped", "negated")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article's stored text."""

    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested: the text verbatim plus the metadata found in the source or in the text."""

    id: str
    source: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD
    dateline_place: str | None = None  # the city named in the dateline, as written
    fingerprint: str = ""  # hash of the normalised text: equal for near-duplicates
    source_kind: str = "txt"  # txt, html, jsonl, rss, warc
    duplicate_of: str | None = None
    # where the text itself credits the outlet (a site name leading the dateline, "هرمز نيوز : وكالات"): the span
    # is a named ORG mention of the outlet.
    outlet_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity found in an article, with the actor it resolves to once resolution has run."""

    document: str
    start: int
    end: int
    text: str
    type: str  # PER, ORG, GPE, LOC
    actor: str | None = None
    source: str = "gazetteer"  # gazetteer, title, model, alias: which recogniser found it


@dataclass(frozen=True, slots=True)
class Evidence:
    document: str
    start: int
    end: int

    def as_dict(self) -> dict:
        return {"document": self.document, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Role:
    """An office a person held: from reference data (with a term) or from a title in a text (with evidence)."""

    title: str
    role_class: str
    country: str | None
    start: str | None = None
    end: str | None = None
    evidence: tuple[Evidence, ...] = ()

    def as_dict(self) -> dict:
        return {"title": self.title, "class": self.role_class, "country": self.country, "start": self.start,
                "end": self.end, "evidence": [e.as_dict() for e in self.evidence]}


@dataclass(frozen=True, slots=True)
class Actor:
    """One real-world entity across all documents."""

    id: str
    type: str  # country, person, organization, place
    name_en: str | None
    name_ar: str | None
    aliases: tuple[str, ...] = ()
    iso3: str | None = None
    country: str | None = None
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """One event as one document reports it."""

    id: str
    document: str
    type: str
    status: str
    evidence: Span
    mode: str | None = None
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    date: str | None = None
    place: str | None = None
    topics: tuple[str, ...] = ()
    meeting: str | None = None  # id of a C+C5 / SCO meeting from reference data
    story: str | None = None
    # MM-DD of a day whose year the text never gives (a yearless dateline: دوشنبه 6 يوليو ... أمس), set only when
    # ``date`` is None.  Not exported (the contract's dates have years); merge reads it to join dated reports.
    month_day: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the per-article stages produce for one article: a pure function of the article and reference data."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    actors: tuple[Actor, ...] = ()  # actors seen in this article (reference or new), with roles from this text
    events: tuple[Event, ...] = ()
    # nisba adjectives (الصيني، القرغيزي) and other references linked to an actor but not exported as named
    # mentions; type "NORP".  Event extraction reads them (نظرائه الروسي والبيلاروسي).
    adjectives: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    """One real-world event, built from the event records of one or more documents."""

    id: str
    type: str
    date: str | None
    place: str | None
    participants: tuple[str, ...]
    persons: tuple[str, ...]
    members: tuple[str, ...]  # event ids
    first_document: str | None = None
    outlets: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Pledge:
    """An intended event, tracked until a later asserted event fulfils it."""

    id: str  # = the intended event's id
    event: str
    status: str  # open, fulfilled, overdue
    fulfilled_by: str | None = None
    due: str | None = None
