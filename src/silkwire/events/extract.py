"""extract_events: PLOVER events with status, arguments, date, place, topics, meeting and evidence for one article."""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from functools import cached_property, partial
from itertools import accumulate
from operator import attrgetter

from silkwire.events import arguments, clauses
from silkwire.events.arguments import ids
from silkwire.events.clauses import SYMMETRIC, Cand
from silkwire.events.dates import (
    anchor_word,
    dateline,
    dateline_date,
    find_dates,
    headline_date,
    nearest_year,
    opening_word,
    parse_iso,
    yearless,
    yearless_dateline,
)
from silkwire.events.folding import FoldedText
from silkwire.events.forms import norm
from silkwire.events.lexicon import load, word_tokens
from silkwire.events.meetings import find_meetings, meeting_noun
from silkwire.events.parties import (
    Party,
    Register,
    back_references,
    backref_first_words,
    chain_locatives,
    currency,
    from_mentions,
    in_text_order,
    kb_memo,
    locative,
    named_after,
    topical,
)
from silkwire.events.trie import alternation
from silkwire.events.wordkinds import WordKinds
from silkwire.models import Actor, Article, Event, Mention, Span
from silkwire.text.segment import sentence_bounds


def extract_events(article: Article, mentions: Sequence[Mention], adjectives: Sequence[Mention],
                   actors: Mapping[str, Actor], kb) -> list[Event]:
    """Every event the article reports, in text order."""
    return _Run(article, mentions, adjectives, actors, kb).events()


class _Run:
    """State for one article: folded text, tokens, parties, cues and the discourse register."""

    def __init__(self, article, mentions, adjectives, actors, kb) -> None:
        self.lex = load()
        self.article, self.kb, self.actors = article, kb, actors
        self.nz = FoldedText(article.text)
        self.folded = f = self.nz.text
        self.toks = word_tokens(f)
        self.refs = self.lex.refs
        self.sets = _sets(self.refs)
        self.at = at = _word_kinds(self.lex, self.sets).positions(self.toks)  # token indices, per kind of word
        self.dl_match = dateline(f)
        self.dl_date = dateline_date(f, self.dl_match)
        self.ref_date = self.dl_date or article.published
        self.hits = self.lex.triggers.find(self.toks, at=at[_TRIGGER_HEADS])
        self.cues = self.lex.cues.find(self.toks, at=at[_CUE_HEADS])
        self.meetings = find_meetings(self.toks, self.refs, at[_MEETING_NOUNS])
        self.ref_date = self.ref_date or headline_date(f)  # a date in the headline, before a named meeting's
        if not self.ref_date:
            meeting_day = self._meeting_date()
            if meeting_day and self.yearless_dl:  # دوشنبه 6 يوليو ... after the 24th SCO summit (3-4 July 2024)
                self.ref_date = nearest_year(self.yearless_dl[0], meeting_day)
            else:
                self.ref_date = meeting_day
        # no year anywhere: a yearless dateline's day and month still date the events (as a month and day)
        self.yearless_ref = self.yearless_dl[0] if not self.ref_date and self.yearless_dl else None
        self.dates = find_dates(f, parse_iso(self.ref_date) or self.yearless_ref, self.toks, at[_DATE_ANCHORS],
                                at[_DATE_OPENERS])
        self.date_starts = [d.start for d in self.dates]
        self._meeting_cache: dict = {}
        starts, ends = self.toks.starts, self.toks.ends
        self.comp_starts = [starts[i] for i in at[_COMPLEMENTIZERS]]
        self.comp_ends = [ends[i] for i in at[_COMPLEMENTIZERS]]
        self.here = [starts[i] for i in at[_HERE_WORDS]]
        self.commas = [starts[i] for i in at[_COMMA_MARKS]]  # where RELATIVE_ASIDE and clause breaks begin
        self.cue_starts = [c.start for c in self.cues]
        self.topic_hits = sorted(self.lex.topic_positions(f, self.toks, at[_TOPIC_WORDS]))
        self.topic_starts = [pos for pos, _ in self.topic_hits]
        self.parties = self._parties(mentions, adjectives)
        self.party_starts = [p.start for p in self.parties]
        self.ref_starts = [p.start for p in self.parties if p.ref]
        self.hits = clauses.outside_names(self.hits, self.parties)  # after the parties: names hide trigger words
        self.hit_starts = [h.head_start for h in self.hits]
        self.assault_nouns = any(h.entry.label == "ASSAULT" and h.entry.kind == "noun" for h in self.hits)
        self.register = self._register()
        self.dateline_place = self._dateline_place(mentions)

    # ---------------------------------------------------------------- setup
    @cached_property
    def yearless_dl(self) -> tuple | None:
        """A dateline's day and month without a year, where its line starts and the date ends (needed only when
        no year is known or there is no dated dateline)."""
        return yearless_dateline(self.folded)

    def _meeting_date(self) -> str | None:
        for m in self.meetings:
            meeting = self._kb_meeting(m.series, m.number, None)
            if meeting:  # weekdays in the text count back from the meeting's last day
                return meeting.end or meeting.start
        return None

    def _kb_meeting(self, series: str, number: int | None, date: str | None):
        """The reference meeting of a series by number or date (kept per knowledge base: each look-up scans all
        meetings)."""
        finder = getattr(self.kb, "meeting_on", None)
        if finder is None:
            return None
        memo = kb_memo(_MEETINGS, self.kb)
        key = (series, number, date)
        if key not in memo:
            try:
                memo[key] = finder(series, number, date)
            except (KeyError, ValueError):
                memo[key] = None
        return memo[key]

    def _parties(self, mentions, adjectives) -> list[Party]:
        ps = from_mentions(self.nz, mentions, adjectives, self.actors, self.kb, self.refs, self.ref_date)
        backrefs = back_references(self.folded, self.refs, self.toks, self.at[_BACKREF_WORDS])
        if backrefs:
            starts, reach = [p.start for p in ps], list(accumulate(map(_END, ps), max))  # ps sorted by start
            for b in backrefs:
                k = bisect_left(starts, b.end)  # spans starting before b ends; one overlaps if any reaches past
                if not (k and reach[k - 1] > b.start):
                    ps.append(b)
        dl = self.dl_match  # the dateline's line (under a headline) up to its date
        self.dl_start, self.dl_end = (self.folded.rfind("\n", 0, dl.start()) + 1, dl.end()) if dl \
            else (self.yearless_dl[1:] if self.yearless_dl else (0, 0))
        dl_start, dl_end = self.dl_start, self.dl_end
        heads, folded = self.sets["locative_heads"], self.folded
        states = self.sets["state_heads"]
        dashes = [self.toks.starts[i] for i in self.at[_DASH_MARKS]]  # where a route's names join
        out = [p.with_(locative=True) if dl_start <= p.start < dl_end or locative(folded, p, heads, states) else p
               for p in ps if not (topical(folded, p, dashes) or currency(folded, p))]
        if "العاصمه " in folded:  # العاصمة الكازاخية
            out = list(map(self._capital_nisba, out))
        return chain_locatives(folded, in_text_order(out))

    def _capital_nisba(self, p: Party) -> Party:
        """العاصمة الكازاخية: the country's capital, a place (after في / بـ) or a metonym for the country."""
        if not (p.adjective and p.actors and self.folded.endswith("العاصمه ", 0, p.start)):
            return p
        country = getattr(self.kb, "countries", {}).get(p.actors[0].partition("/")[2])
        capital = getattr(country, "capital", None)
        if not capital:
            return p
        before = self.folded[max(0, p.start - 16):p.start].split()
        where = before[-1].startswith(("بالعاصمه", "وبالعاصمه")) or (len(before) > 1 and before[-2] in ("في", "وفي"))
        return Party(p.start, p.end, p.actors, p.persons, where, f"place/{capital}", p.ref, False)

    def _visited_city(self, c: Cand, parties: list[Party], start: int) -> str | None:
        """The city a visit went to: a capital or city the visit verb takes as object (زار بكين), or one reached
        (وصل إلى أستانا ... في زيارة), in the visit's sentence."""
        folded = self.folded
        for p in parties:
            if not p.place or p.start >= c.hi:
                continue
            before = folded[max(start, p.start - 8):p.start].split()[-1:]
            if before and (before[0] in ("الي", "الى") or before[0].startswith(("زار", "وزار", "يزور", "تزور"))):
                return p.place
        return None

    def _register(self) -> Register:
        reg = Register(pending_groups=self._groups)
        regions, counts = self.refs["regions"], reg.source_counts
        for p in self.parties:
            if p.place and p.place.split("/", 1)[1] in regions:
                reg.regions.append((p.start, p.actors))
            if p.adjective or p.locative:
                continue
            if p.actors and p.actors[0].startswith("org/"):
                head = self.folded[p.start:p.end].split(None, 1)[0] if p.end > p.start else ""
                reg.orgs.append((p.start, p.actors, head[2:] if head.startswith("ال") else head))
            elif p.persons and p.actors:
                reg.persons.append(p)
            for a in p.actors:
                if a.startswith("country/"):
                    counts[a] = counts.get(a, 0) + 1
        return reg

    def _groups(self) -> list[tuple[int, tuple[str, ...]]]:
        """(position, countries) of every coordinated list of two or more countries (الصين وكازاخستان وقيرغيزستان)."""
        groups = []
        gap, folded = self.sets["group_gap_words"], self.folded
        ps = [p for p in self.parties if p.actors and not p.locative]
        i, n = 0, len(ps)
        while i < n:
            j = clauses._group(ps, i, folded, gap)
            if j > i + 1 or len(ps[i].actors) > 1:  # a single party with a single actor is no group
                countries = tuple({a: None for p in ps[i:j] for a in p.actors if a.startswith("country/")})
                if len(countries) >= 2:
                    groups.append((ps[i].start, countries))
            i = j
        return groups

    def _dateline_place(self, mentions) -> str | None:
        name = self.article.dateline_place
        key = norm(name) if name else ""
        at = self.folded.find(key, 0, 400) if key else -1  # the dateline may sit under a headline naming other places
        for p in self.parties:
            if p.place and (p.start <= at < p.end or at <= p.start < at + len(key) if at >= 0 else
                            not name and self.dl_start <= p.start < self.dl_end):
                return p.place
        if name:
            pid = _places_by_name(self.kb).get(norm(name))
            return f"place/{pid}" if pid else None
        return None

    # ---------------------------------------------------------------- events
    def events(self) -> list[Event]:
        out: list[Cand] = []
        folded = self.folded
        for start, end in sentence_bounds(folded):
            if not _CORRECTION.match(folded, start, end):
                out += self._sentence(start, end)
        return self._finish(out)

    def _sentence(self, start: int, end: int) -> list[Cand]:
        hits = _within(self.hits, self.hit_starts, start, end)
        if not hits:  # no trigger: no argument, date or place work
            return []
        cues = _within(self.cues, self.cue_starts, start, end)
        chosen = clauses.drop_rejected(clauses.select_triggers(hits, cues, self.toks, self.sets["relatives"]),
                                       self.toks, self.folded)
        chosen, self._meeting_subject = clauses.drop_embedded(chosen, self.toks, self.folded)
        if len(chosen) > 1:
            chosen = self._drop_predicate_nouns(chosen)
        if self.assault_nouns and any(h.entry.label == "ASSAULT" and h.entry.kind == "noun" for h in chosen) \
                and self.sets["disasters"].search(self.folded, start, end):  # أسفرت السيول عن مقتل 14 شخصا
            chosen = [h for h in chosen if h.entry.label != "ASSAULT" or h.entry.kind != "noun"]
        if not chosen:  # every hit dropped (relative-clause verbs, ungoverned masdars)
            return []
        cands = [Cand(h, h.entry.label) for h in chosen]
        commas = _within(self.commas, self.commas, start, end)
        clauses.windows(cands, start, end, commas, self.folded)
        named = _within(self.parties, self.party_starts, start, end)
        if named and commas and \
                (asides := [m.span() for m in clauses.at_commas(clauses.RELATIVE_ASIDE, self.folded, commas, end)]):
            named = [p for p in named if p.locative or p.place or not any(a <= p.start and p.end <= b
                                                                          for a, b in asides)]
            # places stay: الاجتماع الخامس، الذي عقد في مدينة تشنغدو، says where the meeting was
        if _within(self.ref_starts, self.ref_starts, start, end):  # back-references: resolved in text order
            parties = self._resolved(named)
        else:
            parties = [p for p in named if p.actors or p.place]
        comps = _within(self.comp_ends, self.comp_starts, start, end)
        light = [q.start for q in cues if q.entry.label == "inherit"]
        clauses.assign(cands, parties, "", comps, self.sets["group_gap_words"], self.folded, light)
        finite: list[Cand] = []  # heads are distinct tokens in text order: every earlier finite trigger precedes
        before = None
        for c in cands:
            c.status = clauses.status_of(c, cues, finite, self.toks, before, self.folded)
            if c.finite:
                finite.append(c)
            before = c
        self._dates_places(cands, start, end)
        return self._arguments(cands, start, end, parties)

    def _resolved(self, named: list[Party]) -> list[Party]:
        """The sentence's parties with each back-reference resolved (against the parties named before it)."""
        parties: list[Party] = []
        for k, p in enumerate(named):
            if p.ref in ("own", "spokesperson"):  # بلاده، المتحدث: the speaker's country, and the speaker
                who = self.register.speaker(p.start)
                p = Party(p.start, p.end, who.actors, who.persons, p.locative, p.place, p.ref)
            elif p.ref and (own := named_after(self.folded, p, named[k + 1:])):
                p = p.with_(actors=own)  # الدول الأعضاء في منظمة X، الجانبان الصيني والتركماني، القادة … بين X وY
            elif p.ref:
                p = p.with_(actors=self.register.resolve(p.ref, p.start, parties))
            if p.actors or p.place:
                parties.append(p)
        return parties

    # ---------------------------------------------------------------- per-trigger details
    def _drop_predicate_nouns(self, chosen: list) -> list:
        """A meeting noun after مجرد is a predicate, not a meeting (لم تكن القمة مجرد اجتماع دوري).  (Dropping
        definite meeting nouns that frame another event, وفي ختام اللقاء، اتفق, was tried: on the held-out sets they
        are often the only report of the talks, so they stay.)"""
        texts = self.toks.texts
        return [h for h in chosen if not (h.entry.kind == "noun" and h.entry.label == "CONSULT" and h.first > 0
                                          and texts[h.first - 1] in _MERELY)]

    def _dates_places(self, cands: list[Cand], start: int, end: int) -> None:
        """Each date cue goes to the nearest trigger of its sentence; places from في X, هنا and meeting names."""
        for c in cands:
            c.meta = {"date": None, "place": None, "meeting": None}
        folded = self.folded
        cues = _within(self.dates, self.date_starts, start, end)
        # the dateline's date only where no cue of the text applies (أمس)
        if cues and self.dl_start <= cues[0].start < self.dl_end:
            cues = [*cues[1:], cues[0]]
        for d in cues:  # nearest, preferring its own clause
            c = min(cands, key=lambda c: (arguments.crosses_clause(folded, d, c.hit),
                                          min(abs(d.start - c.hit.head_end), abs(c.hit.head_start - d.end))))
            if c.meta["date"] is None:
                c.meta["date"] = d.ahead if d.ahead and c.status == "intended" else d.value
                c.meta["cued"] = True  # the text dates this trigger (not a fallback)
        here = _within(self.here, self.here, start, end)
        # the names of meetings that overlap the sentence (windows and heads lie inside it)
        meetings = [m for m in self.meetings if m.start < end and m.end > start] if self.meetings else ()
        for c in cands:
            meta = c.meta
            place = next((p.place for p in c.locatives if p.place), None) if c.locatives else None
            if place:
                meta["place"] = place
            elif here and any(c.lo <= h < c.hi for h in here):
                meta["place"] = self.dateline_place
            for m in meetings:
                if c.lo <= m.start < c.hi or m.start <= c.hit.head_start < m.end:
                    meeting = self._named_meeting(m)
                    if meeting:
                        meta["meeting"] = meeting
                        break

    def _named_meeting(self, m):
        """The KB meeting a name in the text stands for, looked up once per article and name."""
        key = (m.series, m.number)
        if key not in self._meeting_cache:
            # a number names one meeting; the report's date need not fall inside it (a report the day after)
            self._meeting_cache[key] = self._kb_meeting(m.series, m.number, None if m.number else self.ref_date)
        return self._meeting_cache[key]

    def _arguments(self, cands: list[Cand], start: int, end: int, parties: list[Party]) -> list[Cand]:
        out: list[Cand] = []
        separate: list[bool] = []  # searched for only when a symmetric event has several counterparts
        texts = self.toks.texts
        for c in cands:
            subj, partners, objs = c.subject, c.partners, c.objects
            prev = out[-1] if out else self._last
            symmetric = c.type in SYMMETRIC
            if subj and not objs and out and not symmetric and \
                    arguments.object_first(c, subj, out, texts, self.folded):
                subj, objs = [], subj  # انتقدت واشنطن ...، واتهمت بكين بالسعي: Beijing is accused, not accusing
            bare = not (subj or partners or objs)  # no party of its own: one from the context
            if bare and not out and (lead := arguments.topic(parties, c)):
                subj = lead  # يتعين على الدول الست حشد ... ودعم: the sentence's first party, not the last sentence's
            elif bare and not any(o.finite for o in out) and (lead := arguments.first_speaker(parties, c, texts)):
                subj = c.subject = lead  # وصف ميرزياييف التوقيع بأنه تاريخي، ودعا إلى: the sentence's speaker
            elif bare and c.hit.head_start in self._meeting_subject:
                # لم يتوصل الاجتماع: the meeting's parties
                subj = [Party(0, 0, self.register.meeting_parties(c.hit.head_start, 3))]
            elif bare and prev is not None:
                subj = arguments.subject_of(prev, out, True, symmetric)
                if not symmetric:  # a symmetric event's inherited parties are no one's subject
                    c.subject = subj
            elif not subj and prev is not None and not symmetric and arguments.coordinated(c, start, texts):
                subj = c.subject = arguments.subject_of(prev, out, False, False)
            if symmetric and objs and len(ids(subj)) >= 2 and subj[0].start < c.hit.head_start:
                objs = []  # وكانت الصين وتركمانستان قد اتفقتا على ... خط أنابيب آسيا الوسطى: the subject names them
            self._fill(c, subj, partners, objs)
            meta = c.meta
            if not meta["place"] and c.hit.entry.pattern.startswith("@استضاف"):  # تستضيف دوشنبه غدا القمة: the host
                meta["place"] = next((p.place for p in (*subj, *c.subject) if p.place), None)  # city is where
            elif not meta["place"] and c.hit.entry.pattern.startswith(_VISITS):  # زار بكين، وصل إلى أستانا في زيارة
                meta["place"] = self._visited_city(c, parties, start)
            if symmetric and not meta["participants"]:
                meta["participants"] = list(self.register.meeting_parties(c.hit.head_start, 1))
            if not (meta["participants"] or meta["sources"] or meta["targets"]):
                continue
            if symmetric and len(meta["participants"]) < 2 and _visit(c):
                continue  # زار الرئيس المناطق المنكوبة: a visit to no other party and no named place is no meeting
            pieces = self._split(c, partners, subj, start, end, separate) if symmetric else (c,)
            for piece in pieces:
                if out and arguments.redundant(out[-1], piece):
                    arguments.fold_redundant(out[-1].meta, piece.meta)
                    continue
                if out and arguments.absorbs(out[-1], piece, self.folded):
                    arguments.merge(out[-1].meta, piece.meta)
                    continue
                out.append(piece)
            if symmetric and len(meta["participants"]) >= 2:
                self.register.symmetric.append((c.hit.head_start, tuple(meta["participants"])))
        if out:
            self._last = out[-1]
        for c in out:
            c.meta["evidence"] = (start, end)
        return out

    _last: Cand | None = None
    _meeting_subject: frozenset[int] | set[int] = frozenset()

    def _fill(self, c: Cand, subj, partners, objs) -> None:
        everyone = [*subj, *partners, *objs]
        meta = c.meta
        if c.type in SYMMETRIC:
            meta["participants"], meta["sources"], meta["targets"] = ids(everyone), [], []
        else:
            sources = ids(subj)
            meta["participants"], meta["sources"] = [], sources
            meta["targets"] = [a for a in ids([*partners, *objs]) if a not in sources]
        hit = c.hit
        lo = c.lo if c.lo < hit.start else hit.start
        hi = c.hi if c.hi > hit.end else hit.end
        persons = [x for p in everyone if p.persons for x in p.persons]
        meta["persons"] = list(dict.fromkeys(persons)) if len(persons) > 1 else persons
        meta["topics"] = {label for _, label in _within(self.topic_hits, self.topic_starts, lo, hi)}

    def _split(self, c: Cand, partners: list[Party], subj: list[Party], start: int, end: int,
               separate: list[bool]) -> Sequence[Cand]:
        """One event per counterpart when the talks were separate (محادثات منفصلة، على التوالي)."""
        others = partners or c.objects
        if len(others) < 2 and (not others or len(others[0].actors) < 2):  # fewer than two counterparts
            return (c,)
        mine = {x for p in subj for x in p.actors}
        counter = list(dict.fromkeys(a for p in others for a in p.actors if a not in mine))
        if len(counter) < 2:
            return (c,)
        if not separate:
            separate.append(self.sets["separate"].search(self.folded, start, end) is not None)
        if not separate[0]:
            return (c,)
        own = [a for p in subj for a in p.actors]
        own_persons = [x for p in subj for x in p.persons]
        out = []
        for a in counter:
            piece = Cand(c.hit, c.type, c.lo, c.hi, c.status)
            piece.meta = {**c.meta, "participants": list(dict.fromkeys([*own, a])),
                          "persons": own_persons + self._person_for(a, c.hit.head_start)}
            out.append(piece)
        return out

    def _person_for(self, country: str, pos: int) -> list[str]:
        """The first person the article names for a counterpart country (مراد نورتلو for Kazakhstan)."""
        for p in self.parties:
            if p.persons and country in p.actors:
                return list(p.persons[:1])
        return []

    # ---------------------------------------------------------------- article-level fallbacks and records
    def _finish(self, cands: list[Cand]) -> list[Event]:
        cands = self._without_back_references(cands)
        dated = [c for c in cands if c.meta["date"] and c.status == "asserted"]
        ref = self.dl_date or self.ref_date
        # the report's own news: an event of the report's day, else the first dated one (not a recalled call in
        # January when the contract was signed اليوم)
        lead = next((c for c in dated if ref and c.meta["date"] == ref[:10]), dated[0] if dated else None)
        # a meeting the report is about: one named by an event that happened, not a summit still to come
        meeting = next((c.meta["meeting"] for c in cands if c.meta["meeting"] and c.status == "asserted"), None)
        lead_date = lead.meta["date"] if lead else (meeting.start if meeting else self.ref_date or (
            self.yearless_ref.isoformat() if self.yearless_ref else None))
        lead_place = lead.meta["place"] if lead else None  # the lead event's place, else where it was filed
        if lead_place is not None and self._is_region(lead_place):  # في آسيا الوسطى: too wide to lend to others
            lead_place = None
        if lead_place is None and lead is not None:  # a headline names no place: the first event of that day that does
            lead_place = next((c.meta["place"] for c in cands if c.status == "asserted" and c.meta["place"]
                               and c.meta["date"] == lead_date and not c.meta["meeting"]
                               and not self._is_region(c.meta["place"])), None)
        if lead_place is None and meeting is not None and meeting.place and _during(meeting, lead_date):
            lead_place = _place_id(meeting.place)  # not a meeting the report only recalls (شيآن 2023 in 2025)
        lead_place = lead_place or self.dateline_place or next(  # a planned summit's city is not where it happened,
            (c.meta["place"] for c in cands if c.meta["place"] and c.status == "asserted"  # nor a recalled one's
             and c.meta["date"] in (None, lead_date) and not self._is_region(c.meta["place"])), None)
        events = []
        spans: dict[tuple[int, int], Span] = {}  # one evidence record per sentence
        ids: set[str] = set()
        now = self.dl_date or self.article.published  # not the lead date: chronologies run forward
        for c in cands:
            m = c.meta
            if c.status == "asserted" and self._dated_ahead(c, now):
                c.status = "intended"  # dated after the report (تستضيف ... يوم الثلاثاء القمة): still to come
            own = m["meeting"]
            if own is not None:
                m["date"] = m["date"] or own.start
                m["place"] = m["place"] or (_place_id(own.place) if own.place else None)
            if c.status == "asserted" or self._past_negated(c):
                m["date"] = m["date"] or lead_date
                if m["date"] == lead_date or own is not None:
                    m["place"] = m["place"] or lead_place
                elif not m["place"] and meeting is not None and meeting.place and _during(meeting, lead_date) \
                        and _SIDELINES in self.folded[m["evidence"][0]:m["evidence"][1]]:  # على هامش القمة، التقى شي
                    # أمس: where the summit was
                    m["place"] = _place_id(meeting.place)
            evidence = spans.get(m["evidence"])
            if evidence is None:
                s, e = self.nz.span_to_original(*m["evidence"])
                evidence = spans[m["evidence"]] = Span(s, e, self.article.text[s:e])
            event_id = self._event_id(c, evidence)
            if event_id not in ids:  # same type, sentence and parties: one event (the first trigger's status)
                ids.add(event_id)
                events.append(self._event(c, evidence, event_id))
        return events

    def _without_back_references(self, cands: list[Cand]) -> list[Cand]:
        """A definite meeting noun with no date of its own that names again a meeting still to come (a preview: وقال
        الوزير إن الزيارة تحظى بأهمية، ويتضمن برنامج الزيارة ...) is that meeting, not one that happened.  Meetings
        only: a treaty named again (المعاهدة) may be another one than the treaty still to be signed."""
        out: list[Cand] = []
        now = self.dl_date or self.article.published
        for c in cands:
            m = c.meta
            if c.type == "CONSULT" and c.hit.entry.kind == "noun" and c.status == "asserted" and not m.get("cued") \
                    and not m["meeting"] \
                    and self.folded[c.hit.head_start:c.hit.head_end].lstrip("وفبل").startswith("ال"):
                mine = {*m["participants"], *m["sources"], *m["targets"]}
                if any(p.type == c.type and (p.status == "intended" or self._dated_ahead(p, now))
                       and not mine.isdisjoint({*p.meta["participants"], *p.meta["sources"], *p.meta["targets"]})
                       for p in out):
                    continue
            out.append(c)
        return out

    def _dated_ahead(self, c: Cand, now: str | None) -> bool:
        """Dated after the report by the text, with no past-tense verb: an event still to come."""
        date = c.meta["date"]
        return bool(now and date and date > now[:len(date)] and not self._past_verb(c))

    def _is_region(self, place: str) -> bool:
        """A region (آسيا الوسطى، بحر قزوين): where a whole policy happens, not where a meeting took place."""
        known = getattr(self.kb, "places", {}).get(place.partition("/")[2])
        return getattr(known, "kind", None) == "region"

    def _past_verb(self, c: Cand) -> bool:
        """A trigger verb in the past tense (فجر، وقعت): what it reports happened, whatever date a cue gave."""
        word = self.toks.texts[c.hit.first].lstrip("وف")
        return c.finite and not c.hit.future and not word.startswith(("ي", "ت", "ن"))

    def _past_negated(self, c: Cand) -> bool:
        """لم + verb reports what did not happen then (ولم يتوصل الاجتماع إلى اتفاق): dated like an asserted event;
        لن (will not) stays undated."""
        i = c.hit.first
        return c.status == "negated" and i > 0 and self.toks.texts[i - 1] in _PAST_NEGATORS

    def _event_id(self, c: Cand, evidence: Span) -> str:
        """Same document, type, sentence and parties: the same id."""
        m = c.meta
        args = ",".join(sorted({*m["participants"], *m["sources"], *m["targets"]}))
        raw = f"{self.article.id}\x1f{c.type}\x1f{evidence.start}\x1f{evidence.end}\x1f{args}"
        return hashlib.sha256(raw.encode()).hexdigest()[:16]

    def _event(self, c: Cand, evidence: Span, event_id: str) -> Event:
        m = c.meta
        date = m["date"]
        partial = yearless(date)  # resolved against a yearless dateline: a month and day only
        return Event(
            id=event_id, document=self.article.id, type=c.type, status=c.status, evidence=evidence,
            sources=tuple(m["sources"]), targets=tuple(m["targets"]), participants=tuple(m["participants"]),
            persons=tuple(m["persons"]), date=None if partial else date, place=m["place"],
            topics=tuple(sorted(m["topics"])), meeting=m["meeting"].id if m["meeting"] else None,
            month_day=date[5:10] if partial and len(date) == 10 else None)


_MEETINGS: dict[int, tuple[object, dict]] = {}


_PLACES: dict[int, tuple[object, dict[str, str]]] = {}


def _places_by_name(kb) -> dict[str, str]:
    """Folded Arabic name or variant → the first place id (in KB order) bearing it; built once per KB, not per
    article."""
    got = _PLACES.get(id(kb))
    if got is None or got[0] is not kb:
        index: dict[str, str] = {}
        for pid, place in getattr(kb, "places", {}).items():
            for n in (place.name_ar, *place.variants_ar):
                if n:
                    index.setdefault(norm(n), pid)
        got = _PLACES[id(kb)] = (kb, index)
    return got[1]


_PAST_NEGATORS = frozenset({"لم", "ولم", "فلم", "لما", "ولما"})
_HERE = frozenset({"هنا", "وهنا"})
_COMMAS = frozenset({"،", ","})
_END = attrgetter("end")
_DASHES = frozenset({"-", "–"})


#: The kinds of word whose tokens :class:`WordKinds` finds in one pass (indices into its tests and its answer).
(_TRIGGER_HEADS, _CUE_HEADS, _MEETING_NOUNS, _DATE_ANCHORS, _DATE_OPENERS, _TOPIC_WORDS, _COMPLEMENTIZERS, _HERE_WORDS,
 _COMMA_MARKS, _DASH_MARKS, _BACKREF_WORDS) = range(11)
_KINDS: dict[int, tuple[object, WordKinds]] = {}


def _word_kinds(lex, sets: dict) -> WordKinds:
    """The word tests of every kind, in the order above, once per lexicon."""
    got = _KINDS.get(id(lex))
    if got is None or got[0] is not lex:
        refs = lex.refs
        tests = (lex.triggers.entries_for, lex.cues.entries_for, partial(meeting_noun, refs=refs), anchor_word,
                 opening_word, lex.topic_word, sets["complementizers"].__contains__, _HERE.__contains__,
                 _COMMAS.__contains__, _DASHES.__contains__, backref_first_words(refs).__contains__)
        got = _KINDS[id(lex)] = (lex, WordKinds(tests))
    return got[1]


_SIDELINES = "هامش"
_VISITS = ("@زار", "~زيارة")  # lexicon patterns of a visit
_MERELY = frozenset({"مجرد", "بمجرد"})

#: A correction note (تصحيح: ورد في نسخة سابقة أن القمة عقدت في ألماتي) reports an error, not an event.
_CORRECTION = re.compile(r"\s*(?:تصحيح|استدراك|تنويه)\s*[:：-]")


def _during(meeting, day: str | None) -> bool:
    """The (possibly partial) date falls within the meeting's days, or there is no date to compare."""
    if not day:
        return True
    n = len(day)
    return meeting.start[:n] <= day <= (meeting.end or meeting.start)[:n]


def _visit(c: Cand) -> bool:
    """A finite visit or reception verb (زار، يزور، استقبل) with no party on one side: its object names neither a
    party nor a place (زار المناطق المنكوبة، تستقبل آلاف الزوار), or its subject is no party (كثير منهم يزورون
    كازاخستان: tourists)."""
    if not (c.finite and c.hit.entry.pattern.startswith(("@زار", "@استقبل"))):
        return False
    return not any(p.place or p.actors for p in (*c.objects, *c.locatives, *c.partners)) or \
        not any(p.actors for p in c.subject)


def _within(items: list, starts: list[int], start: int, end: int) -> list:
    """The items whose (sorted) start lies in [start, end): two bisections instead of a scan per sentence."""
    return items[bisect_left(starts, start):bisect_left(starts, end)]


_SETS: dict[int, tuple[dict, dict]] = {}


def _sets(refs: dict) -> dict:
    """The reference word lists as sets (and the separate-talks markers as one regex), built once per cached
    lexicon instead of once per sentence."""
    got = _SETS.get(id(refs))
    if got is None or got[0] is not refs:
        names = ("complementizers", "relatives", "group_gap_words", "locative_heads", "state_heads")
        sets: dict = {n: frozenset(refs[n]) for n in names}
        sets["separate"] = re.compile(alternation(refs["separate"]))
        sets["disasters"] = re.compile(r"(?<![\w])[وبل]?(?:" + alternation(refs["disasters"]) + r")(?![\w])")
        got = _SETS[id(refs)] = (refs, sets)
    return got[1]


def _place_id(place: str) -> str:
    return place if "/" in place else f"place/{place}"

