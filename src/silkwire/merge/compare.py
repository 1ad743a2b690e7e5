"""Outlet comparison for one story: what each outlet that reported it says, omits, and how it spells names.

The documents that report a story usually report more: the other events in them are aligned by their own
stories, so "outlet A carries the visa pledge, outlet B omits it" is a statement about one story across the
same documents.  Outlets are labelled by name, or by document id when a document has no known outlet.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from silkwire.merge.records import ActorSpellings, ClaimCoverage, DocumentMeta, OutletComparison, StoryRecord
from silkwire.models import Event


class MentionLike(Protocol):
    """Anything with a document, a surface text and a resolved actor (``models.Mention`` fits)."""

    document: str
    text: str
    actor: str | None


def outlet_label(doc_id: str, documents: Mapping[str, DocumentMeta]) -> str:
    """The outlet of a document, or the document id when the outlet is unknown."""
    doc = documents.get(doc_id)
    return doc.outlet if doc and doc.outlet else f"document:{doc_id}"


def story_map(stories: Iterable[StoryRecord]) -> dict[str, str]:
    """Event id → story id."""
    return {m.event: s.id for s in stories for m in s.members}


def compare_outlets(story: str, stories: Iterable[StoryRecord], events: Iterable[Event],
                    documents: Mapping[str, DocumentMeta], mentions: Iterable[MentionLike],
                    actors: Iterable[str] | None = None) -> OutletComparison:
    """Compare the outlets reporting ``story``; spellings cover ``actors`` (default: the story's actors)."""
    stories = list(stories)
    target = next(s for s in stories if s.id == story)
    of_event = story_map(stories)
    docs = {m.document for m in target.members}
    outlets = tuple(sorted({outlet_label(d, documents) for d in docs}))
    claims = _claims(target.id, [e for e in events if e.document in docs], of_event, documents, outlets,
                     {s.id: s for s in stories})
    wanted = list(actors) if actors is not None else _story_actors(target)
    return OutletComparison(
        story=story, outlets=outlets, claims=claims,
        only_one_outlet=tuple(c for c in claims if len(outlets) > 1 and len(c.carried_by) == 1),
        spellings=_spellings(wanted, [m for m in mentions if m.document in docs], documents),
    )


def _story_actors(s: StoryRecord) -> list[str]:
    return [*s.participants, *s.persons, *([s.place] if s.place else [])]


def _claims(target: str, events: list[Event], of_event: dict[str, str], documents: Mapping[str, DocumentMeta],
            outlets: tuple[str, ...], by_id: dict[str, StoryRecord]) -> tuple[ClaimCoverage, ...]:
    """One coverage row per story found in the reporting documents; the compared story first."""
    grouped: dict[str, list[Event]] = {}
    for e in events:
        grouped.setdefault(of_event.get(e.id) or e.story or e.id, []).append(e)
    rows = []
    for sid, members in grouped.items():
        carried = tuple(sorted({outlet_label(e.document, documents) for e in members}))
        rec = by_id.get(sid)
        first = members[0]
        rows.append(ClaimCoverage(
            story=sid, type=rec.type if rec else first.type, status=rec.status if rec else first.status,
            participants=rec.participants if rec else tuple(sorted({*first.participants, *first.sources,
                                                                    *first.targets})),
            carried_by=carried, omitted_by=tuple(o for o in outlets if o not in carried),
            evidence=tuple(sorted({(outlet_label(e.document, documents), e.evidence.text) for e in members})),
        ))
    return tuple(sorted(rows, key=lambda c: (c.story != target, -len(c.carried_by), c.story)))


def _spellings(actors: list[str], mentions: list[MentionLike],
               documents: Mapping[str, DocumentMeta]) -> tuple[ActorSpellings, ...]:
    """Distinct surface forms per actor per outlet, for actors some outlet mentions."""
    forms: dict[str, dict[str, set[str]]] = {a: {} for a in actors}
    for m in mentions:
        if m.actor in forms:
            forms[m.actor].setdefault(outlet_label(m.document, documents), set()).add(m.text)
    return tuple(
        ActorSpellings(actor=a, by_outlet=tuple((o, tuple(sorted(t))) for o, t in sorted(forms[a].items())))
        for a in dict.fromkeys(actors) if forms[a]
    )
