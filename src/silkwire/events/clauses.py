"""One sentence at a time: which triggers stand, their argument windows, subjects and objects, and status.

Arabic news puts the subject after the verb (VSO: وقّعت الصين وكازاخستان) or, after إن/أن, before it
(أن الصين ستعمل).  A trigger's window runs from the previous trigger to the next one; a subject right before a verb
(no comma between, or anywhere after a complementiser) belongs to that verb, not to the previous trigger.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate
from operator import attrgetter

from silkwire.events.lexicon import Hit, Toks
from silkwire.events.parties import Party
from silkwire.text import QUOTE_PAIRS

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: لمّا negates a present (jussive) verb only: before a past verb it is "when" or لِما "of what" (تنفيذا لما اتفق عليه).
_LAMMA = frozenset({"لما", "ولما"})
_PRESENT = ("ي", "ت", "ن")  # not أ: the first person is rare in news, and ا opens past verbs (اتفق)
NEGATORS = frozenset({"لن", "لم", "لا", "ليس", "ليست", "لما", "ولما", "ولن", "ولم", "ولا", "وليس", "فلن", "فلم", "عدم",
                      "بعدم"})
_ADJACENT_WORDS = 3


class Cand:
    """A trigger being turned into an event (a plain slotted class: ~30 per article, built and filled in place)."""

    __slots__ = ("finite", "hi", "hit", "lo", "locatives", "meta", "objects", "partners", "status", "subject", "type")

    def __init__(self, hit: Hit, type: str, lo: int = 0, hi: int = 0, status: str = "asserted") -> None:
        self.hit, self.type, self.lo, self.hi, self.status = hit, type, lo, hi, status
        self.subject: list[Party] = []
        self.partners: list[Party] = []  # the group after مع
        self.objects: list[Party] = []
        self.locatives: list[Party] = []
        self.finite = hit.entry.kind == "finite"
        self.meta: dict = {}


def select_triggers(hits: list[Hit], cues: list[Hit], toks: Toks, relatives: set[str]) -> list[Hit]:
    """Drop triggers covered by a longer one of the same type, relative-clause verbs and ungoverned masdars."""
    if len(hits) == 1:  # the common case: nothing to compare
        h = hits[0]
        kind = h.entry.kind
        if kind == "finite" and h.first > 0 and toks.texts[h.first - 1] in relatives:
            return []
        return [h] if kind != "masdar" or _governed(h, hits, cues) else []
    texts = toks.texts
    masdar_heads = {h.head_start for h in hits if h.entry.kind == "masdar"}
    if masdar_heads:  # after a preposition a word is a masdar, never a past verb (دعت إلى رفض، حث على دعم)
        hits = [h for h in hits if not (h.entry.kind == "finite" and h.head_start in masdar_heads and h.first > 0
                                        and _word_before(texts, h.first) in _BEFORE_MASDAR)]
    hits = sorted(hits, key=_trigger_order)
    kept: list[Hit] = []
    for h in hits:
        hs, entry = h.head_start, h.entry
        if kept and kept[-1].head_start == hs:  # sorted by head: a second reading of a head already taken
            continue
        label = entry.label
        for k in kept:
            if k.start <= hs < k.end and k.entry.label == label:
                break
        else:
            if not (entry.kind == "finite" and h.first > 0 and texts[h.first - 1] in relatives):
                kept.append(h)
    return [h for h in kept if h.entry.kind != "masdar" or _governed(h, kept, cues)]


def _word_before(texts: list[str], i: int) -> str:
    """The word before token i, looking past an opening quote (دعا إلى "رفض عقلية الحرب الباردة")."""
    j = i - 1
    if j > 0 and texts[j] in QUOTE_PAIRS:
        j -= 1
    return texts[j] if j >= 0 else ""


_BEFORE_MASDAR = frozenset({"الي", "علي", "عن", "من", "في", "حول", "بعد", "قبل", "خلال"})  # folded prepositions
HOSTILE = frozenset({"SANCTION", "ASSAULT", "COERCE", "THREATEN", "PROTEST", "MOBILIZE", "ACCUSE"})
_OBJECT_WORDS = 6
_NONE: frozenset[int] = frozenset()
_CONDEMN = frozenset({"REJECT", "ACCUSE"})  # rejecting, condemning, criticising


def drop_rejected(hits: list[Hit], toks: Toks, folded: str) -> list[Hit]:
    """A hostile act named as what a REJECT or ACCUSE trigger opposes (تعارض فرض العقوبات، أدانت كازاخستان الهجوم،
    انتقدت روسيا العقوبات) is the object of the condemnation, not a second event by the condemner: dropped."""
    rejects = [h for h in hits if h.entry.label in _CONDEMN]
    if not rejects:
        return hits
    texts = toks.texts
    out = []
    for h in hits:
        r = next((r for r in rejects if r.head_end <= h.head_start
                  and h.first - r.first <= _OBJECT_WORDS + _INCLUDING_WORDS), None)
        if r is not None and h.entry.label in HOSTILE and h.entry.label != r.entry.label \
                and not texts[h.first].startswith("و") and _object_of(folded[r.head_end:h.head_start],
                                                                      h.first - r.first):
            continue
        out.append(h)
    return out


_INCLUDING = re.compile(r"[،,]\s*(?:بما فيها|بما فيه|بما في ذلك|ولا سيما|لا سيما|وخاصة|خاصة|وبخاصة|ومنها)\s+\S*$")
_INCLUDING_WORDS = 3


def _object_of(between: str, words: int) -> bool:
    """The hostile act lies inside the condemned object: no clause break between them, or only a comma that opens an
    inclusion (رفض الإجراءات الأحادية، بما فيها العقوبات), which also lets the object run three words longer."""
    if not any(ch in between for ch in "،,.؛"):
        return words <= _OBJECT_WORDS
    return "." not in between and "؛" not in between and _INCLUDING.search(between) is not None


def outside_names(hits: list[Hit], spans: list[Party]) -> list[Hit]:
    """A trigger word inside a name is no trigger (صادر جباروف، وزارة = "visited him", منظمة شنغهاي للتعاون);
    dropped before overlaps are resolved, so that it hides no real trigger.  The spans are in text order: the
    names starting up to a head are a prefix, and their furthest end a running maximum."""
    names = [p for p in spans if not p.ref and p.end - p.start > 3]
    if not names:
        return hits
    starts = [p.start for p in names]
    reach = list(accumulate(map(_END, names), max))  # the furthest end of the names up to each one
    out = []
    for h in hits:
        hs = h.head_start
        k = bisect_right(starts, hs + 1)  # + 1: a name behind the trigger word's و (وصادر جباروف)
        if not k or hs >= reach[k - 1]:
            out.append(h)
    return out


_END = attrgetter("end")


def drop_embedded(hits: list[Hit], toks: Toks, folded: str) -> tuple[list[Hit], set[int]]:
    """Triggers that are not events of their own: a meeting noun that is the subject of another trigger (ولم يتوصل
    الاجتماع إلى اتفاق) and a masdar that is what a REQUEST asks for (طالب بتعزيز التنسيق).  Also returns the heads
    whose subject was such a meeting noun."""
    if len(hits) < 2:
        return hits, _NONE
    for h in hits:
        if h.entry.kind != "finite":
            break
    else:  # only verbs: nothing to be a subject or an object
        return hits, _NONE
    texts = toks.texts
    finite_at = {h.first: h for h in hits if h.entry.kind == "finite"}
    out: list[Hit] = []
    meeting_subject: set[int] = set()
    for h in hits:
        hs = h.head_start
        verb = finite_at.get(h.first - 1)
        if h.entry.kind == "noun" and verb is not None and verb.entry.label != h.entry.label \
                and texts[h.first].startswith("ال"):
            meeting_subject.add(verb.head_start)
            continue
        if h.entry.kind == "masdar" and out and out[-1].entry.label == "REQUEST" \
                and "،" not in RELATIVE_ASIDE.sub(" ", folded[out[-1].head_end:hs]):
            continue  # طلب … تسريع أعمال الخط، الذي انطلقت أشغاله العام الماضي، وزيادة الاستثمارات: what is asked
        out.append(h)
    return out, meeting_subject


def _trigger_order(h: Hit) -> tuple[int, bool, int]:
    return h.head_start, h.entry.source != "hand", h.start - h.end


def _governed(h: Hit, triggers: list[Hit], cues: list[Hit]) -> bool:
    """A masdar after a cue (not a negation) or after a trigger that is no masdar."""
    hs = h.head_start
    for c in cues:
        if c.end <= hs and c.entry.label != "negated":
            return True
    return any(t.end <= hs and t.entry.kind != "masdar" for t in triggers)


def windows(cands: list[Cand], start: int, end: int, commas: list[int], folded: str = "") -> None:
    """Each trigger's window: from the previous trigger's head to the next trigger's head, cut where a new clause
    opens between them (، كما أعلنت كازاخستان: Kazakhstan is not what the earlier verb acted on).  ``commas``: the
    offsets of the sentence's commas."""
    breaks = [m.start() for m in at_commas(_CLAUSE, folded, commas, end)] if len(cands) > 1 and folded else []
    for i, c in enumerate(cands):
        c.lo = cands[i - 1].hit.head_end if i else start
        c.hi = cands[i + 1].hit.head_start if i + 1 < len(cands) else end
        for b in breaks:
            if c.hit.head_end <= b < c.hi:
                c.hi = b
            if c.lo <= b < c.hit.head_start and i:
                c.lo = b


def at_commas(pattern: re.Pattern[str], folded: str, commas: list[int], end: int) -> list[re.Match[str]]:
    """``pattern.finditer(folded, start, end)`` for a pattern that begins with a comma, given the offsets of the
    commas in [start, end): tried at the commas only, not at every character."""
    out, after = [], -1
    for at in commas:
        if at >= after and (m := pattern.match(folded, at, end)) is not None:
            out.append(m)
            after = m.end()
    return out


#: A relative clause set off by commas (قيرغيزستان، التي تسلمت الرئاسة من الصين، القمة): what it names is background,
#: not an argument of the sentence's events, and its commas do not end the clause around it.
RELATIVE_ASIDE = re.compile(r"[،,]\s*و?(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)\s[^،,.؛]*[،,]")

#: Circumstantial participles (حال) that are triggers: their subject is the main verb's (folded).
_PARTICIPLES = frozenset({"داعيا", "داعيه", "داعين", "داعيين", "مطالبا", "مطالبين", "مطالبتين", "متهما", "متهمه",
                          "متهمين", "متهمتين"})

#: A comma then a conjunction that opens a new clause with its own subject.
_CLAUSE = re.compile(r"[،,]\s*(?=(?:كما|وكما|فيما|بينما|وبينما|في حين|حين)\s)")


def assign(cands: list[Cand], parties: list[Party], toks_text: str, comps: list[int], gap_words: set[str],
           folded: str, light: Sequence[int] = ()) -> None:
    """Subjects, partners (مع X), objects and locatives of each trigger from the parties in its window.
    ``light``: starts of the light-verb cues of the sentence (أعلنت، أكد): an event noun they govern takes their
    subject (وكانت وزارة الخزانة الأمريكية قد أعلنت ... حزمة عقوبات)."""
    claimed: set[int] = set()
    starts = [p.start for p in parties]  # the parties are in text order: a window's are a slice
    for k in range(len(cands) - 1, -1, -1):  # subjects first, from the right: an SVO subject is taken first
        c = cands[k]
        hit = c.hit
        lo, hs = c.lo, hit.head_start
        pre = [p for p in parties[bisect_left(starts, lo):bisect_right(starts, hs)] if p.end <= hs and not p.locative]
        first = comp = None  # the first and the last complementiser before the head (comps are in text order)
        for x in comps:
            if lo <= x < hs:
                comp = x
                if first is None:
                    first = x
        if comp is not None and folded[hs:hit.head_end].lstrip("وف") in _PARTICIPLES:
            # فشدد على أن "..."، مطالبا بـ: the participle's subject is the speaker's, before the complement
            before = [p for p in pre if p.end <= first]
            subj = _adjacent_group(before, before[-1].end, folded, gap_words) if before else []
        elif comp is not None:
            subj = [p for p in pre if p.start >= comp]
        elif c.finite or (k == 0 and hit.entry.kind == "masdar"):  # أعرب X عن دعمه; not a noun's genitive
            subj = _adjacent_group(pre, hs, folded, gap_words) if pre else []
            if subj and folded[max(0, subj[0].start - 5):subj[0].start].split()[-1:] in (["الي"], ["الى"]):
                subj = []  # وصل إلى أستانا للمشاركة: a destination is no subject
        else:
            subj = []
        if not subj and light and not c.finite and (k == 0 or lo > cands[k - 1].hit.head_end):
            # first in its sentence, or first after a clause break: the subject of the light verb that governs
            # the noun, before it or right after it
            verb = None
            for x in light:  # in text order: the last one before the head
                if lo <= x < hs:
                    verb = x
            if verb is not None:
                subj = _adjacent_group([p for p in pre if p.end <= verb], verb, folded, gap_words)
                after = [p for p in pre if p.start > verb]
                if not subj and after and _same_clause(folded, verb, after[0].start, comps):
                    subj = after[:_group(after, 0, folded, gap_words)]  # اختتم الرئيس الطاجيكي رحمون، أمس، زيارة
        c.subject = subj
        for p in subj:
            claimed.add(id(p))
    for c in cands:
        hit = c.hit
        lo, hs, he, hi = c.lo, hit.head_start, hit.head_end, c.hi
        post: list[Party] = []
        locatives: list[Party] = []
        fronted: list[Party] = []  # locatives before the head
        for p in parties[bisect_left(starts, lo):bisect_right(starts, hi)]:
            start = p.start
            if he <= start:
                if p.end <= hi and id(p) not in claimed:
                    (locatives if p.locative else post).append(p)
            elif p.locative and lo <= start < hs and (folded.find("،", p.end, hs) < 0 or _fronted(folded, lo, start)):
                fronted.append(p)
        if locatives:  # names excluded: the علي of إمام علي رحمن is no على
            locatives = [p for p in locatives if _CONTENT.isdisjoint(_words_outside(folded, he, p.start, parties))]
        c.locatives = locatives + fronted if fronted else locatives
        i, j = _after_ma(post, he, folded, gap_words) if post and folded.find("مع", he, post[-1].start) >= 0 \
            else (0, 0)  # a window without the letters مع cannot hold the list
        if j:
            c.partners = post[i:j]
            rest = post[:i] + post[j:]
        else:
            c.partners, rest = [], post
        if rest and not c.subject and _same_clause(folded, he, rest[0].start, comps):
            first = _group(rest, 0, folded, gap_words)
            c.subject, rest = rest[:first], rest[first:]
        c.objects = rest


def _fronted(folded: str, lo: int, start: int) -> bool:
    """A place phrase opening the clause, set off by a comma (ففي العاصمة الطاجيكية دوشنبه، استضاف), or the
    place that "witnessed" the event (شهدت مدينة جلال آباد، أمس الجمعة، انطلاق ...): where the clause's event
    happened."""
    words = folded[lo:start].split()
    return 0 < len(words) <= 3 and (words[0] in ("في", "وفي", "ففي") or words[0] in _WITNESSED)


#: "X witnessed Y" verbs: the place X is where the event Y happened.
_WITNESSED = frozenset({"شهدت", "وشهدت", "تشهد", "وتشهد", "ستشهد", "شهد", "وشهد", "يشهد", "ويشهد", "سيشهد"})


def _words_outside(folded: str, lo: int, hi: int, names: list[Party]) -> list[str]:
    """The words of folded[lo:hi] outside the given spans."""
    words, at = [], lo
    for p in names:
        if p.start >= hi:
            break
        if p.end > at:
            words += folded[at:max(at, p.start)].split()
            at = p.end
    return words + folded[at:hi].split()


def _same_clause(folded: str, lo: int, hi: int, comps: list[int]) -> bool:
    """No comma, complementiser or preposition between a verb and a party after it, so the party can be its
    subject (انتقدت منظمات القرض، وحذرت من أن طاجيكستان؛ وتعارض أي تدخل في الشؤون الداخلية لآسيا الوسطى)."""
    if folded.find("،", lo, hi) >= 0:
        return False
    for x in comps:
        if lo <= x <= hi:
            return False
    return _PREPOSITIONS.isdisjoint(folded[lo:hi].split())


_CONTENT = frozenset({"علي", "على", "بشان", "حول"})  # اتفق على فتح قنصلية في أكتاو: the consulate's city
_PREPOSITIONS = frozenset({"في", "على", "علي", "عن", "الى", "الي", "حول", "بشان", "ضد", "لدى", "لدي"})


_GAPS: dict[frozenset, dict[str, bool]] = {}
_GAP_CACHE_MAX = 20_000
_GAP_CACHE_LEN = 48  # longer stretches between parties are rarely list glue and rarely repeat: not cached


def _gap_ok(text: str, gap_words: frozenset[str]) -> bool:
    """Whether only list glue (و، من، وزير الخارجية ...) stands between two parties; short gaps repeat across
    articles, so their answers are kept."""
    if len(text) > _GAP_CACHE_LEN:
        head = text[:_GAP_CACHE_LEN].replace("،", " ، ").split()
        if len(head) > 1 and head[0] not in gap_words:  # a whole first word that is no glue: not a list
            return False
        return gap_words.issuperset(text.replace("،", " ، ").split())
    cache = _GAPS.get(gap_words)
    if cache is None or len(cache) >= _GAP_CACHE_MAX:
        cache = _GAPS[gap_words] = {}
    ok = cache.get(text)
    if ok is None:
        ok = cache[text] = gap_words.issuperset(text.replace("،", " ، ").split())
    return ok


def _group(parties: list[Party], i: int, folded: str, gap_words: frozenset[str]) -> int:
    """Index after the coordinated list starting at parties[i] (الصين وكازاخستان، وقيرغيزستان).  A full stop
    between two parties ends the list at once: no glue word holds one (checked once per word list)."""
    j, n = i + 1, len(parties)
    stops = _STOPS_END_LISTS.get(gap_words)
    if stops is None:
        stops = _STOPS_END_LISTS[gap_words] = not any("." in w for w in gap_words)
    while j < n:
        a, b = parties[j - 1], parties[j]
        if (stops and folded.find(".", a.end, b.start) >= 0) or not _gap_ok(folded[a.end:b.start], gap_words) \
                or _juxtaposed(a, b, folded):
            break
        j += 1
    return j


_STOPS_END_LISTS: dict[frozenset[str], bool] = {}


def _juxtaposed(a: Party, b: Party, folded: str) -> bool:
    """Two bare names side by side (اتهمت روسيا بيلاروس، دعا الرئيس الصيني شي جين بينغ روسيا): subject and object,
    not a list (a list needs و or a comma; a title's nisba before a name, الرئيس الصيني شي, is one party)."""
    return not (b.persons or a.adjective or b.adjective) and a.actors != b.actors \
        and folded[a.end:b.start].isspace()


def _adjacent_group(pre: list[Party], head: int, folded: str, gap_words: set[str]) -> list[Party]:
    """The coordinated list that ends right before a verb (≤3 words, no comma): an SVO subject."""
    if not pre:
        return []
    gap = folded[pre[-1].end:head]
    if "،" in gap or "," in gap or len(gap.split()) > _ADJACENT_WORDS:
        return []
    j = len(pre) - 1
    while j > 0 and _gap_ok(folded[pre[j - 1].end:pre[j].start], gap_words):
        j -= 1
    return pre[j:]


def _after_ma(post: list[Party], head_end: int, folded: str, gap_words: set[str]) -> tuple[int, int]:
    """post[i:j]: the list introduced by مع (مع زملائه من كازاخستان وقيرغيزستان، مع نظرائه الروسي والبيلاروسي);
    (0, 0) when there is none."""
    for i, p in enumerate(post):
        lo = max(head_end, p.start - 60)
        if folded.find("مع", lo, p.start) < 0:
            continue
        before = folded[lo:p.start].split()
        k = len(before) - 1  # the last word that is مع (or مع + a pronoun: معه، معهم)
        while k >= 0 and not (before[k] in ("مع", "ومع") or (len(before[k]) <= 6 and before[k].startswith("مع"))):
            k -= 1
        if k < 0:
            continue
        between = before[k + 1:]
        if len(between) <= 4 or _gap_ok(" ".join(between), gap_words):
            return i, _group(post, i, folded, gap_words)
    return 0, 0


def status_of(c: Cand, cues: list[Hit], finite_before: list[Cand], toks: Toks, before: Cand | None = None,
              folded: str = "") -> str:
    """asserted / intended / hoped / negated: from the trigger's own tense or the cue that governs it; a masdar
    right after another one in the same clause shares its status (مستعدة للعمل مع الدول الخمس على تنفيذ التوافق)."""
    hit = c.hit
    i = hit.first
    texts = toks.texts
    prev = texts[i - 1] if i > 0 else ""
    if (prev in NEGATORS and not (prev in _LAMMA and not texts[i].startswith(_PRESENT))) or \
            (prev == "قد" and i > 1 and texts[i - 2] in NEGATORS):
        return "negated"
    if hit.future or prev in ("سوف", "وسوف", "فسوف"):
        return "intended"
    if cues:
        # from the previous finite trigger's head on (finite_before is in text order): a trigger that is also a cue
        # governs what follows it (واتفقوا على عقد الاجتماع السادس: the meeting is to come)
        last_finite = finite_before[-1].hit.head_start if finite_before else c.lo
        hs = hit.head_start
        cue = None  # the first of the nearest cues (latest end) before the head, within six words of a verb
        for q in cues:
            if q.end <= hs and q.start >= last_finite and q.entry.label != "negated" \
                    and (cue is None or q.end > cue.end) and not (c.finite and i - _tok_index(toks, q.end) > 6):
                cue = q
        if cue is not None:
            if cue.entry.label == "inherit":
                return "intended" if cue.future else _neg_or(cue, toks, "asserted")
            return cue.entry.label
    if not c.finite and finite_before:
        return finite_before[-1].status
    if not c.finite and before is not None and not before.finite and before.status != "asserted" \
            and folded.find("،", before.hit.head_end, hit.head_start) < 0:
        return before.status
    return "asserted"


def _neg_or(cue: Hit, toks: Toks, default: str) -> str:
    return "negated" if cue.first > 0 and toks.texts[cue.first - 1] in NEGATORS else default


def _tok_index(toks: Toks, pos: int) -> int:
    """Index of the first token ending after pos."""
    return bisect_right(toks.ends, pos)
