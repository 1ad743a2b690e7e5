"""Who an event is about: mentions, nisba adjectives and back-references turned into parties (countries, orgs).

A *party* is a span in the folded text standing for one or more actor ids: a country mention, a person mapped to
the country they serve on the date, an intergovernmental organisation, a capital used as a metonym, a region
expanded to its member states, a nisba (الروسي), or a word that refers back to parties named earlier (الجانبان).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from silkwire.events.folding import FoldedText
from silkwire.events.forms import norm
from silkwire.events.lexicon import Toks
from silkwire.events.trie import alternation
from silkwire.models import Actor, Mention

_SKIP_ORG_KINDS = {"news_agency", "outlet"}
#: Heads of a state body's name: such a body that no list knows acts for the country its nisba names (a ministry, a
#: government, a parliament, a presidential office), as the listed ones do.  Not companies, funds or councils of
#: business: those act for themselves.
_STATE_BODY_HEADS = tuple(norm(w) for w in (
    "وزارة", "الحكومة", "حكومة", "رئاسة", "الرئاسة", "البرلمان", "برلمان", "مجلس الوزراء", "مجلس النواب",
    "مجلس الشيوخ", "مجلس الأمة", "مجلس الشعب", "مكتب الرئيس", "مكتب رئيس", "الديوان", "ديوان"))


def _state_body(name: str) -> bool:
    return norm(name).startswith(_STATE_BODY_HEADS)


class Party(NamedTuple):
    """A record, immutable; a named tuple because an article builds ~100 of them and a frozen dataclass costs three
    times as much to construct."""

    start: int  # folded offsets
    end: int
    actors: tuple[str, ...]  # actor ids standing in for parties: country/XXX, org/...
    persons: tuple[str, ...] = ()
    locative: bool = False  # في X / بالعاصمة X: where, not who
    place: str | None = None  # place id when the span names a place
    # "dual" | "sides" | "all" | "members" | "own" | "spokesperson" | "n:<N>" | "region_context": resolved later
    # against the register
    ref: str | None = None
    adjective: bool = False

    def with_(self, *, actors: tuple[str, ...] | None = None, locative: bool | None = None) -> Party:
        """A copy with new actors or locative flag (``_replace`` goes through keyword dicts: slower)."""
        return Party(self.start, self.end, self.actors if actors is None else actors, self.persons,
                     self.locative if locative is None else locative, self.place, self.ref, self.adjective)


@dataclass
class Register:
    """What the article has named so far: groups of parties, the parties of the current meeting, the protagonist."""

    groups: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # (position, countries)
    symmetric: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # participants of symmetric events
    regions: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    orgs: list[tuple[int, tuple[str, ...], str]] = field(default_factory=list)  # (position, org ids, head noun)
    org_refs: dict[int, tuple[str, ...]] = field(default_factory=dict)  # position of a resolved المنظمة → its org
    persons: list[Party] = field(default_factory=list)  # people named, in text order
    source_counts: dict[str, int] = field(default_factory=dict)
    # builds ``groups`` on first need: only numbered references (الدول الخمس) read them, and most articles have none
    pending_groups: Callable[[], list[tuple[int, tuple[str, ...]]]] | None = None

    def protagonist(self) -> str | None:
        return max(self.source_counts, key=self.source_counts.get) if self.source_counts else None

    def resolve(self, ref: str, pos: int, local: Sequence[Party] = ()) -> tuple[str, ...]:
        """The parties a back-reference at pos points to (``local``: the parties named earlier in its sentence)."""
        if ref.startswith("n:"):
            n = int(ref[2:])
            if self.pending_groups is not None:
                self.groups, self.pending_groups = self.pending_groups(), None
            for p, g in reversed(self.groups):
                if p < pos and len(g) == n:
                    return g
            region = next((g for p, g in reversed(self.regions) if p < pos), ())
            if len(region) == n:
                return region
            if len(region) == n - 1 and self.protagonist() and self.protagonist() not in region:
                return (self.protagonist(), *region)
            return self.meeting_parties(pos, 3)
        if ref == "own":  # بلاده: the country of the person named last (وأكد توقاييف أن بلاده ...)
            return self.speaker(pos).actors
        if ref.startswith("members"):  # الدول الأعضاء، المنظمة: the organisation the article is about
            return self._members(pos, ref.partition(":")[2])
        if ref == "region_context":
            return next((g for p, g in reversed(self.regions) if p < pos), ())
        if ref in ("dual", "sides"):
            return self._pair(pos, local, ref == "sides")
        return self.meeting_parties(pos, 3)

    def _members(self, pos: int, head: str) -> tuple[str, ...]:
        """المنظمة names the latest organisation whose name has that head noun (منظمة شانغهاي, not the UN of a quoted
        ميثاق الأمم المتحدة); a bare الدول الأعضاء the organisation named (or referred to) most so far, the latest on
        a tie.  Each resolution counts as a mention of its organisation for the references after it."""
        if pos in self.org_refs:
            return self.org_refs[pos]
        named = [(p, g) for p, g, h in self.orgs if p < pos and (not head or h == head)] or \
                [(p, g) for p, g, _ in self.orgs if p < pos]
        if not named:
            return ()
        counts: dict[tuple[str, ...], int] = {}
        for g in [*(g for _, g in named), *(g for p, g in self.org_refs.items() if p < pos)]:
            counts[g] = counts.get(g, 0) + 1
        best = named[-1][1] if head else max(reversed([g for _, g in named]), key=counts.get)
        self.org_refs[pos] = best
        return best

    def speaker(self, pos: int) -> Party:
        """The person named last before pos (their party: country and person id)."""
        k = bisect_left([p.start for p in self.persons], pos)
        return self.persons[k - 1] if k else Party(0, 0, ())

    def _pair(self, pos: int, local: Sequence[Party], sides: bool) -> tuple[str, ...]:
        """A dual (البلدين، الزعيمان، الجانبان) names two parties: the two named earlier in its sentence, else the
        latest two-party event (a one-party event completed with the protagonist).  Only "the two sides" may be a
        country and a bloc (الصين ودول آسيا الوسطى), and only when such a group is the latest one."""
        named = list(dict.fromkeys(p.actors for p in local if p.actors and not p.locative and not p.ref
                                   and (sides or p.actors[0].startswith("country/"))))  # البلدين: no bloc
        if len(named) == 2 and (sides or len(named[0]) + len(named[1]) == 2):
            return tuple(dict.fromkeys(named[0] + named[1]))
        hero = self.protagonist()
        first = True
        for p, g in reversed(self.symmetric):
            if p >= pos:
                continue
            if len(g) == 2:
                return g
            if len(g) == 1:
                return (hero, *g) if hero and hero not in g else g
            if sides and first:
                return g
            first = False
        return ()

    def meeting_parties(self, pos: int, at_least: int) -> tuple[str, ...]:
        """The parties of the latest symmetric event (a meeting, an agreement) before pos with at least that many."""
        earlier = [g for p, g in self.symmetric if p < pos]
        for g in reversed(earlier):
            if len(g) >= at_least:
                return g
        return earlier[-1] if earlier else ()


def named_after(folded: str, ref: Party, following: Sequence[Party]) -> tuple[str, ...]:
    """The parties a back-reference names itself right after it, else (): الدول الأعضاء في منظمة X → X; a dual and
    two nisbas (الجانبان الصيني والتركماني) → those countries; a plural (القادة) whose clause names a meeting
    "بين X وY" → X and Y."""
    if ref.ref.startswith("members"):
        org = following[0] if following else None
        if org is not None and org.actors and org.actors[0].startswith("org/") \
                and folded[ref.end:org.start].strip() in ("في", "فى"):
            return org.actors
    elif ref.ref in ("dual", "sides"):
        pair = following[:2]
        if len(pair) == 2 and all(q.adjective and len(q.actors) == 1 for q in pair) and pair[0].actors != \
                pair[1].actors and not folded[ref.end:pair[0].start].strip() \
                and folded[pair[0].end:pair[1].start].strip() in ("و", ""):
            return (*pair[0].actors, *pair[1].actors)
    elif ref.ref == "all":
        return _between(folded, following)
    return ()


def _between(folded: str, following: Sequence[Party]) -> tuple[str, ...]:
    """The parties listed after the first "بين" among the following ones (two or more, joined by و or commas)."""
    for k, q in enumerate(following):
        if q.locative or not q.actors or q.adjective or folded[max(0, q.start - 5):q.start].split()[-1:] != ["بين"]:
            continue
        group, last = list(q.actors), q
        for r in following[k + 1:]:
            if not r.actors or r.adjective or folded[last.end:r.start].strip() not in ("و", "،", ","):
                break
            group += r.actors
            last = r
        return tuple(dict.fromkeys(group)) if last is not q else ()
    return ()


def _country_of(actor: Actor | None, date: str | None) -> str | None:
    if actor is None:
        return None
    if actor.type == "country":
        return actor.iso3
    if actor.country:
        return actor.country
    for role in actor.roles:
        if role.country and (date is None or ((role.start or "") <= date <= (role.end or "9999"))):
            return role.country
    return next((r.country for r in actor.roles if r.country), None)


def _organisation_of(actor: Actor | None, date: str | None, kb) -> str | None:
    """The intergovernmental organisation a person heads or serves on the date, when a dated office names it
    (Secretary-General of the United Nations → org/un): such a person represents the organisation, not their
    country.  Offices in force on the date only: Norov spoke for Uzbekistan as its minister before the SCO post."""
    offices_on = getattr(kb, "offices_on", None)
    if actor is None or date is None or offices_on is None:
        return None
    key = (actor.id, date)
    memo = kb_memo(_ORG_MEMO, kb, 50_000)
    if key not in memo:
        memo[key] = _office_org(actor.id, date, kb, offices_on)
    return memo[key]


_ORG_MEMO: dict[int, tuple[object, dict]] = {}  # (person id, date) → organisation, per knowledge base


def kb_memo(memos: dict[int, tuple[object, dict]], kb, limit: int = 10_000) -> dict:
    """A memo of look-ups in one knowledge base (which does not change once loaded), cleared past ``limit``."""
    got = memos.get(id(kb))
    if got is None or got[0] is not kb or len(got[1]) > limit:
        got = memos[id(kb)] = (kb, {})
    return got[1]


def _office_org(person: str, date: str, kb, offices_on) -> str | None:
    names = _org_names(kb)
    for office in offices_on(person.partition("/")[2], date):
        title = office.title_en.lower()
        for name, org in names:
            if name in title:
                return org
    return None


_ORG_NAMES: dict[int, tuple[object, list[tuple[str, str]]]] = {}


def _org_names(kb) -> list[tuple[str, str]]:
    """(lower-case English name, org id) of every intergovernmental organisation, longest first, once per kb."""
    got = _ORG_NAMES.get(id(kb))
    if got is None or got[0] is not kb:
        orgs = getattr(kb, "organizations", {})
        names = sorted(((o.name_en.lower(), f"org/{o.id}") for o in orgs.values()
                        if getattr(o, "kind", "") == "intergovernmental" and getattr(o, "name_en", "")),
                       key=lambda x: -len(x[0]))
        got = _ORG_NAMES[id(kb)] = (kb, names)
    return got[1]


def from_mentions(text: FoldedText, mentions: Sequence[Mention], adjectives: Sequence[Mention],
                  actors: Mapping[str, Actor], kb, refs: dict, date: str | None) -> list[Party]:
    """Parties for every resolved mention and nisba adjective, in text order (folded offsets)."""
    capitals = _capitals(kb)
    regions = refs["regions"]
    out: list[Party] = []
    seen: dict[tuple[str, str], tuple | None] = {}  # an actor is named many times: its party fields once
    identity = len(text.text) == len(text.original)
    for m in (*mentions, *adjectives):
        if not m.actor or m.source == "outlet":  # the credited outlet reports the news, it is no party
            continue
        key = (m.actor, m.type)
        fields = seen.get(key, _UNSEEN)
        if fields is _UNSEEN:
            proto = _party(m, 0, 0, actors.get(m.actor), kb, capitals, regions, date)
            fields = seen[key] = proto[2:] if proto is not None else None
        if fields is not None:  # tuple.__new__: a named tuple from its fields without the keyword-aware __new__
            if identity:
                out.append(_new_party(Party, (m.start, m.end, *fields)))
            else:  # the first folded character at or after each original offset
                out.append(_new_party(Party, (text.to_folded(m.start), text.to_folded(m.end), *fields)))
    in_text_order(out)
    return out


_UNSEEN = object()
_new_party = tuple.__new__


def in_text_order(parties: list[Party]) -> list[Party]:
    """Sort in place by start, the longer span first at a tie (as a stable sort keyed (start, -end) would), by two
    stable sorts on C-level keys: no Python key call per party."""
    parties.sort(key=_END, reverse=True)
    parties.sort(key=_START)
    return parties


_START, _END = attrgetter("start"), attrgetter("end")
_CAPITALS: dict[int, tuple[object, dict[str, str]]] = {}


def _capitals(kb) -> dict[str, str]:
    """Capital place id → present-day country, built once per knowledge base (not once per article)."""
    got = _CAPITALS.get(id(kb))
    if got is None or got[0] is not kb:
        caps = {c.capital: iso for iso, c in getattr(kb, "countries", {}).items()
                if getattr(c, "capital", None) and not getattr(c, "historical", False)}  # Moscow → RUS, not SUN
        got = _CAPITALS[id(kb)] = (kb, caps)
    return got[1]


def _party(m: Mention, s: int, e: int, actor: Actor | None, kb, capitals: dict, regions: dict,
           date: str | None) -> Party | None:
    kind, _, key = m.actor.partition("/")
    adjective = m.type == "NORP"
    if kind == "country":
        return Party(s, e, (m.actor,), adjective=adjective)
    if kind == "person":
        org = _organisation_of(actor, date, kb)
        if org:  # أنطونيو غوتيريش speaks for the UN, not for Portugal
            return Party(s, e, (org,), persons=(m.actor,))
        iso = _country_of(actor, date)
        return Party(s, e, (f"country/{iso}",) if iso else (), persons=(m.actor,))
    if kind == "org":
        org = getattr(kb, "organizations", {}).get(key)
        okind = getattr(org, "kind", None) if org else None
        if okind in _SKIP_ORG_KINDS:
            return None
        if okind in ("government_body", "party"):
            iso = getattr(org, "country", None)
            return Party(s, e, (f"country/{iso}",) if iso else ())
        if org is None and actor is not None and actor.country and _state_body(actor.name_ar or ""):
            return Party(s, e, (f"country/{actor.country}",))  # مجلس الوزراء القيرغيزي, in no list: Kyrgyzstan
        return Party(s, e, (m.actor,))
    if kind == "place":
        if key in regions:
            members = tuple(f"country/{c}" for c in regions[key]["members"])
            return Party(s, e, members, place=m.actor)
        if key in capitals:
            return Party(s, e, (f"country/{capitals[key]}",), place=m.actor)
        return Party(s, e, (), place=m.actor)
    return None


def locative(folded: str, p: Party, heads: set[str], state_heads: frozenset[str] = frozenset()) -> bool:
    """Whether a party names where, not who: بـ attached to a place, after في, after العاصمة / مدينة ..."""
    if p.ref or p.adjective or folded.startswith(("دول", "بلدان"), p.start, p.end):
        return False
    start = p.start
    if start and not folded[start - 1].isspace():  # a clitic written onto the name
        if not p.place:
            return False
        attached = folded[max(0, start - 40):start].split()[-1:]
        return attached in (["ب"], ["وب"], ["فب"])
    words = folded[max(0, start - 40):start].split()
    if not words:
        return False
    w1 = words[-1]
    if w1 in _WITHIN:  # but وزراء النقل في الصين وقرغيزستان: the ministers of, not the place
        near = words[-4:-1]
        return not (w1 in ("في", "وفي") and _OFFICIALS.intersection((*near, *map(_strip, near))))
    bare = _strip(w1)
    if bare in heads:
        return True
    if bare in state_heads:  # رئيس جمهورية كازاخستان names who; في جمهورية كازاخستان where
        return (len(words) > 1 and words[-2] in ("في", "وفي")) or w1.startswith(("بجمهوري", "وبجمهوري"))
    return w1.startswith("ال") and len(words) > 1 and _strip(words[-2]) in heads


#: Words after which a country is what is talked about, not who acts: القضايا المتعلقة بتايوان، بشأن أفغانستان.
TOPIC_CUES = frozenset({"المتعلقه", "المتصله", "الخاصه", "بشان", "وبشان", "حول", "وحول", "بخصوص", "قضيه", "قضايا",
                        "مساله", "مسائل", "ملف", "ملفات"})


def topical(folded: str, p: Party, dashes: list[int] | None = None) -> bool:
    """Whether a country party is the topic of its clause (after بشأن، حول، قضية، المتعلقة بـ) or a word of a
    route's name (خط السكك الحديدية الصين - قرغيزستان - أوزبكستان): not a party.  ``dashes``: where the text's
    hyphens and dashes are, when known."""
    if p.ref or p.adjective or p.persons or not p.actors:
        return False
    if route_name(folded, p, dashes):
        return True
    if p.place:
        return False
    words = folded[max(0, p.start - 30):p.start].split()
    # بتايوان: the clitic is the last "word"
    if words and not folded[p.start - 1].isspace() and words.pop() not in ("ب", "وب"):
        return False
    return bool(words) and words[-1] in TOPIC_CUES


#: Currency nouns: the nisba after them names a currency, not a party (مليون دولار أمريكي، يوان صيني).
_CURRENCIES = frozenset({"دولار", "دولارا", "دولارات", "يوان", "روبل", "روبلا", "يورو", "ين", "تنغي", "سوم", "جنيه"})


#: A route, pipeline or corridor noun, then up to three hyphen-joined names before the party.
_ROUTE = re.compile(r"(?:خط|سكه|الحديديه|ممر|طريق|انابيب|الغاز|النفط|خطوط)(?:\s+[^\s،.-]+)?\s+"
                    r"(?:[^\s،.]+(?:\s+[^\s،.-]+)?\s*[-–]\s*){0,3}$")


def route_name(folded: str, p: Party, dashes: list[int] | None = None) -> bool:
    """A country or region inside a route's hyphenated name (الصين - قرغيزستان - أوزبكستان، آسيا الوسطى - الصين).
    ``dashes``: the offsets of the text's - and – in order, when known (most texts have none)."""
    start, end = p.start, p.end
    lo = start - 3 if start > 3 else 0
    if dashes is None:
        joined = folded.find("-", end, end + 3) >= 0 or folded.find("–", end, end + 3) >= 0 or \
            folded.find("-", lo, start) >= 0 or folded.find("–", lo, start) >= 0
    else:
        joined = bool(dashes) and (_any_between(dashes, end, end + 3) or _any_between(dashes, lo, start))
    return joined and _ROUTE.search(folded, max(0, start - 80), start) is not None


def _any_between(positions: list[int], lo: int, hi: int) -> bool:
    """Whether a (sorted) position lies in [lo, hi)."""
    k = bisect_left(positions, lo)
    return k < len(positions) and positions[k] < hi


def currency(folded: str, p: Party) -> bool:
    """Whether an adjective party qualifies a currency (500 مليون دولار أمريكي): no party."""
    if not p.adjective:
        return False
    words = folded[max(0, p.start - 12):p.start].split()
    return bool(words) and words[-1] in _CURRENCIES


#: Plural office nouns: "X في الصين" after them names whose officials, not where (وزراء النقل في الصين); so do member
#: words (الدول الأعضاء في منظمة شنغهاي: the members of).  Not envoys:
#: سفراء X في Y are X's envoys in Y.
_OFFICIALS = frozenset(map(norm, ("وزراء", "مسؤولون", "مسؤولين", "قادة", "رؤساء",  # as the text is folded
                                   "الأعضاء", "أعضاء", "العضو", "عضو", "العضوة", "عضوا",  # الدول الأعضاء في منظمة
                                   "مسؤول", "مسؤولة", "مسؤولا", "دبلوماسي", "دبلوماسيون", "موظف", "مصدر")))


#: Prepositions of place: what follows says where (في أستانا), or within what (داخل منظمة شنغهاي، ضمن رابطة).
_WITHIN = frozenset({"في", "وفي", "داخل", "وداخل", "ضمن", "وضمن"})


def chain_locatives(folded: str, parties: list[Party]) -> list[Party]:
    """An organisation joined by و to a locative one is locative too (داخل منظمة شنغهاي للتعاون ومؤتمر سيكا).
    Countries are left alone: in التقى الرئيسان في الصين وكازاخستان the second may still be read as a party."""
    out = list(parties)
    for k in range(1, len(out)):
        prev, p = out[k - 1], out[k]
        if prev.locative and not p.locative and not p.ref and p.actors and p.actors[0].startswith("org/") \
                and folded[prev.end:p.start].strip() in ("و", "("):  # ومؤتمر سيكا، or its acronym (سيكا)
            out[k] = p.with_(locative=True)
    return out


@lru_cache(maxsize=65536)
def _strip(word: str) -> str:
    """The word without a leading و، ب، ل (or وب، فب) when at least three letters remain."""
    for p in ("وب", "فب", "ب", "و", "ل"):
        if word.startswith(p) and len(word) > len(p) + 2:
            return word[len(p):]
    return word


_BACKREF_CACHE: dict[int, tuple] = {}


def back_references(folded: str, refs: dict, toks: Toks | None = None, at: Iterable[int] | None = None) -> list[Party]:
    """Words referring back to parties: الجانبان، الدول الخمس، جميع الأطراف، دول المنطقة (given the text's
    tokens, the phrases are tried only at the words that can begin one: ``at``, the indices of the tokens
    :func:`backref_first_words` holds, when known)."""
    pattern, anchor, kinds, first_words = _backrefs(refs)
    quantifiers = refs["plural_quantifiers"]
    if toks is None:
        found = _finditer(pattern, anchor, folded)
    else:
        if at is None:
            at = compress(range(len(toks.texts)), map(first_words.__contains__, toks.texts))
        found = _token_matches(pattern, folded, toks.starts, at)
    return [Party(m.start(1), m.end(1), (), ref=kinds[m.group(1)]) for m in found
            if not (kinds[m.group(1)] == "dual" and _word_before(folded, m.start()) in quantifiers)
            and not (kinds[m.group(1)] == "spokesperson" and _titles_a_name(folded, m.end(1)))]


def _titles_a_name(folded: str, end: int) -> bool:
    """المتحدث باسم الخارجية قوه جيا كون: a title before a name, not a reference back to a spokesperson."""
    return folded[end:end + 16].split()[:1] in (["باسم"], ["الرسمي"], ["الرسميه"])


def _word_before(text: str, pos: int) -> str:
    """The word ending right before pos (البلدان after جميع is a plural, not a dual)."""
    return text[max(0, pos - 12):pos].rsplit(None, 1)[-1] if text[max(0, pos - 12):pos].strip() else ""


def _finditer(full, anchor, text: str) -> list:
    """``full.finditer(text)``, trying ``full`` only just before where a phrase occurs.

    ``anchor`` is the bare phrase trie: it starts with plain letters, so the engine skips to candidates in C, while
    ``full`` starts with a look-behind and is attempted at every character.  A match of ``full`` at s has its phrase
    at s + (0..2 clitic letters), so the positions worth trying are the two before each phrase occurrence and itself.
    (Jumping between the tokens that hold a phrase's first word was tried: slower than this scan.)"""
    out, pos = [], 0
    while (o := anchor.search(text, pos)) is not None:
        q = o.start()
        m = None
        for s in range(max(pos, q - _CLITIC_MAX), q + 1):
            if (m := full.match(text, s)) is not None:
                break
        if m is None:
            pos = q + 1
        else:
            out.append(m)
            pos = m.end()
    return out


_CLITIC_MAX = 2  # the longest clitic the pattern allows before a phrase (ال، لل، ول، وب)
_CLITICS = ("", "و", "ف", "ل", "ب", "ال", "لل", "ول", "وب")  # as the pattern allows them, longest two letters


def backref_first_words(refs: dict) -> frozenset[str]:
    """The words a back-reference can begin with (a clitic + a phrase's first word)."""
    return _backrefs(refs)[3]


def _backrefs(refs: dict) -> tuple:
    key = id(refs)
    if key not in _BACKREF_CACHE:
        _BACKREF_CACHE[key] = _backref_pattern(refs)
    return _BACKREF_CACHE[key]


def _token_matches(full, text: str, starts: list[int], at: Iterable[int]) -> list:
    """``full.finditer(text)`` from the tokens: a match begins a word (the look-behind) with a clitic and a
    phrase's first word, which end at a space or at the phrase's end, so the word is a token equal to clitic + first
    word; ``full`` is tried at those tokens (at: their indices) only."""
    out, end = [], 0
    for i in at:
        s = starts[i]
        if s >= end and (m := full.match(text, s)) is not None:
            out.append(m)
            end = m.end()
    return out


def _members_kind(phrase: str) -> str:
    """``members:<head>`` when the phrase ends in an organisation noun (أعضاء المنظمة → members:منظمه), else
    ``members`` (الدول الأعضاء)."""
    last = phrase.split()[-1]
    head = last[2:] if last.startswith("ال") else last
    return "members" if head.startswith("اعضاء") else f"members:{head}"


def _backref_pattern(refs: dict):
    table = [(w, "dual") for w in refs["dual"]] + [(w, "sides") for w in refs["dual_sides"]]
    table += [(w, "all") for w in refs["all"]] + [(w, _members_kind(w)) for w in refs["members"]]
    table += [(w, "own") for w in refs["own_country"]] + [(w, "spokesperson") for w in refs.get("spokesperson", ())]
    table += [(w, "region_context") for w in refs["region_context"]]
    for head in refs["numbered_heads"]:
        for num, n in refs["numbers"].items():
            table.append((f"{head} {num}", f"n:{n}"))
    table.sort(key=lambda x: len(x[0]), reverse=True)
    words = alternation(w for w, _ in table)  # a trie: a flat alternation of ~160 phrases is tried per character
    pattern = re.compile(r"(?<![\w])(?:[وفلب]|ال|لل|ول|وب)?(" + words + r")(?![\w])")
    first_words = frozenset(c + w.split(" ", 1)[0] for w, _ in table for c in _CLITICS)
    return pattern, re.compile(words), dict(table), first_words
