"""Stories: event records from any number of documents that report one real-world event.

blocking (``blocking.BlockIndex``) → scoring (``scoring.score``) → clustering (here).  Clustering is
single-link over pairs scoring at least ``MergeConfig.threshold``, taken in descending score order, with
cannot-link rules: a story never holds two different events of one document (so a weak bridge cannot chain two
talks of one article together), nor members that together name conflicting counterparts, people, meetings or
days further apart than the window (``cluster.join_summaries``: no chaining through reports with gaps).  The same
procedure runs for a batch and for each ``attach`` call, so attaching articles one by one gives the batch result
(see docs/MERGE.md for the one caveat).
"""
from __future__ import annotations

import hashlib
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace

from silkwire.merge.blocking import BlockIndex
from silkwire.merge.cluster import Summary, join_summaries, summary_of
from silkwire.merge.profile import Profile, from_ordinal, profile_of
from silkwire.merge.records import AttachResult, DocumentMeta, MemberRef, MergeConfig, ScoredPair, StoryRecord
from silkwire.merge.scoring import same_statement, score
from silkwire.merge.textsim import sketch, sketch_similarity
from silkwire.models import Event


def story_id(head_event: str) -> str:
    """Content-derived story id: hash of the earliest reported member event's id."""
    return hashlib.sha256(f"story:{head_event}".encode()).hexdigest()[:16]


class StoryIndex:
    """Everything needed to attach new events to stories without recomputing the old ones."""

    def __init__(self, config: MergeConfig | None = None) -> None:
        self.config = config or MergeConfig()
        self.blocks = BlockIndex(self.config.window_days, self.config.max_block, self.config.max_candidates)
        self.profiles: list[Profile] = []
        self.events: list[Event] = []
        self.pos: dict[str, int] = {}
        self._parent: list[int] = []
        self._docs: dict[int, dict[str, tuple[int, ...]]] = {}  # root -> {document: members}, merged roots only
        self._head: dict[int, tuple[str, str]] = {}  # root -> head key, only for merged roots
        self._summary: dict[int, Summary] = {}  # root -> what its members name, only for merged roots
        self._sketches: dict[str, array] = {}  # event id -> evidence sketch, for events that got compared
        self.n_compared = 0  # candidate pairs scored so far (diagnostics: work per event)

    # -- union-find with the one-document rule ----------------------------------------------------------------
    def _find(self, i: int) -> int:
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def _docs_of(self, root: int) -> dict[str, tuple[int, ...]]:
        docs = self._docs.get(root)
        if docs is None:
            return {self.profiles[root].document: (root,)}
        return docs

    def _head_of(self, root: int) -> tuple[str, str]:
        return self._head.get(root) or self.profiles[root].head_key

    def _summary_of(self, root: int) -> Summary:
        return self._summary.get(root) or summary_of(self.profiles[root])

    def _union(self, i: int, j: int) -> bool:
        """Merge two clusters unless the merged story would hold members that cannot be one event.

        Refused: two different events of one document, or stories whose members together name conflicting
        counterparts, people or meetings, or exact days further apart than the window (a chain of links).
        """
        ri, rj = self._find(i), self._find(j)
        if ri == rj:
            return False
        merged = join_summaries(self._summary_of(ri), self._summary_of(rj), self.config.window_days)
        if merged is None:
            return False
        di, dj = self._docs_of(ri), self._docs_of(rj)
        if len(di) < len(dj):  # union by size: the smaller map is merged into the larger, in place
            ri, rj, di, dj = rj, ri, dj, di
        shared = [doc for doc in dj if doc in di]
        profiles = self.profiles
        if any(not same_statement(profiles[x], profiles[y], self._text_sim)
               for doc in shared for x in dj[doc] for y in di[doc]):
            return False
        for doc, members in dj.items():
            di[doc] = di[doc] + members if doc in di else members
        self._head[ri] = min(self._head_of(ri), self._head_of(rj))
        self._parent[rj] = ri
        self._docs.pop(rj, None)
        self._head.pop(rj, None)
        self._summary.pop(rj, None)
        self._summary[ri] = merged
        self._docs[ri] = di
        return True

    def _text_sim(self, p: Profile, q: Profile) -> float:
        """Raw sketch similarity, each event's sketch computed once."""
        sketches = self._sketches
        a = sketches.get(p.id)
        if a is None:
            a = sketches[p.id] = sketch(p.text)
        b = sketches.get(q.id)
        if b is None:
            b = sketches[q.id] = sketch(q.text)
        return sketch_similarity(a, b)

    # -- public --------------------------------------------------------------------------------------------------
    def story_of(self, event_id: str) -> str:
        """Story id of an attached event."""
        return story_id(self._head_of(self._find(self.pos[event_id]))[1])

    def attach(self, events: Iterable[Event], documents: Mapping[str, DocumentMeta] | None = None) -> AttachResult:
        """Attach new events: join them to existing stories or open new ones; already attached ids are skipped."""
        documents = documents or {}
        new: list[int] = []
        first_new = len(self.profiles)
        pairs: list[tuple[float, str, str, int, int]] = []
        thr = self.config.threshold
        for ev in events:
            if ev.id in self.pos:
                continue
            p = profile_of(ev, documents.get(ev.document))
            i = len(self.profiles)
            found = self.blocks.candidates(p)
            self.n_compared += len(found)
            for j in found:
                s = score(p, self.profiles[j], self.config.window_days, thr, self._text_sim)
                if s is not None and s >= thr:
                    a, b = sorted((ev.id, self.profiles[j].id))
                    pairs.append((-s, a, b, i, j))
            self.profiles.append(p)
            self.events.append(ev)
            self.pos[ev.id] = i
            self._parent.append(i)
            self.blocks.add(i, p)
            new.append(i)
        before = {self._find(j): self.story_of(self.profiles[j].id) for *_, j in pairs if j < first_new}
        pairs.sort()
        for *_, i, j in pairs:
            self._union(i, j)
        return self._result(new, before)

    def _result(self, new: list[int], before: dict[int, str]) -> AttachResult:
        assignments = tuple((self.profiles[i].id, self.story_of(self.profiles[i].id)) for i in new)
        renamed = []
        for root, old in before.items():
            now = story_id(self._head_of(self._find(root))[1])
            if now != old:
                renamed.append((old, now))
        touched = sorted({s for _, s in assignments} | {now for _, now in renamed})
        return AttachResult(assignments=assignments, touched=tuple(touched), renamed=tuple(sorted(set(renamed))))

    def scored_pairs(self, event_ids: Iterable[str]) -> list[ScoredPair]:
        """Candidate pairs of the given attached events with their scores (for inspection and threshold tuning)."""
        out = []
        for eid in event_ids:
            p = self.profiles[self.pos[eid]]
            for j in self.blocks.candidates(p):
                q = self.profiles[j]
                if q.id != p.id:
                    s = score(p, q, self.config.window_days, 0.0, self._text_sim)
                    out.append(ScoredPair(*sorted((p.id, q.id)), score=-1.0 if s is None else round(s, 4)))
        return sorted(set(out), key=lambda sp: (-sp.score, sp.a, sp.b))

    def clusters(self) -> dict[str, list[int]]:
        """Story id → member positions."""
        groups: dict[int, list[int]] = {}
        for i in range(len(self.profiles)):
            groups.setdefault(self._find(i), []).append(i)
        return {story_id(self._head_of(r)[1]): members for r, members in groups.items()}

    def stories(self) -> list[StoryRecord]:
        """Every story's canonical record, ordered by id."""
        return sorted((self.record(sid, m) for sid, m in self.clusters().items()), key=lambda s: s.id)

    def record(self, sid: str, members: list[int]) -> StoryRecord:
        """The canonical record of one story built from its members."""
        return build_record(sid, [self.profiles[i] for i in members], [self.events[i] for i in members])


def _majority(values: Iterable[str | None]) -> str | None:
    """Most common non-null value; ties go to the smallest (deterministic)."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _canonical_date(profiles: list[Profile], events: list[Event]) -> str | None:
    full = [from_ordinal(p.day) for p in profiles if p.exact and p.day is not None]
    return _majority(full) or _majority(e.date for e in events)


def build_record(sid: str, profiles: list[Profile], events: list[Event]) -> StoryRecord:
    """Majority type/status/date/place/meeting; union of parties, persons, topics; members by publication."""
    order = sorted(range(len(profiles)), key=lambda k: profiles[k].head_key)
    members = tuple(MemberRef(profiles[k].id, profiles[k].document, profiles[k].outlet, profiles[k].published)
                    for k in order)
    first = profiles[order[0]]
    participants = sorted({a for e in events for a in (*e.participants, *e.sources, *e.targets)})
    return StoryRecord(
        id=sid, type=_majority(p.type for p in profiles) or profiles[0].type,
        status=_majority(p.status for p in profiles) or profiles[0].status,
        date=_canonical_date(profiles, events), place=_majority(p.place for p in profiles),
        participants=tuple(participants), persons=tuple(sorted({x for p in profiles for x in p.persons})),
        topics=tuple(sorted({t for p in profiles for t in p.topics})),
        meeting=_majority(p.meeting for p in profiles), members=members,
        first_document=first.document, first_outlet=first.outlet,
        outlets=tuple(sorted({p.outlet for p in profiles if p.outlet})),
    )


def attach(new_events: Iterable[Event], index: StoryIndex,
           documents: Mapping[str, DocumentMeta] | None = None) -> AttachResult:
    """Attach a new article's events to an existing index (see ``StoryIndex.attach``)."""
    return index.attach(new_events, documents)


def build_stories(events: Iterable[Event], documents: Mapping[str, DocumentMeta] | None = None,
                  config: MergeConfig | None = None) -> tuple[list[StoryRecord], StoryIndex]:
    """Batch: cluster all events into stories; returns the records and the index to attach later events to."""
    index = StoryIndex(config)
    index.attach(events, documents)
    return index.stories(), index


def assign_stories(events: Iterable[Event], index: StoryIndex) -> list[Event]:
    """The events with their ``story`` field set from the index (new records; events are frozen)."""
    return [replace(e, story=index.story_of(e.id)) for e in events]
