"""One sentence at a time: which triggers stand, their argument windows, subjects and objects, and status.

Arabic news puts the subject after the verb (VSO: وقّعت الصين وكازاخستان) or, after إن/أن, before it
(أن الصين ستعمل).  A trigger's window runs from the previous trigger to the next one; a subject right before a verb
(no comma between, or anywhere after a complementiser) belongs to that verb, not to the previous trigger.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from silkwire.events.lexicon import Hit, Toks
from silkwire.events.parties import Party

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
NEGATORS = frozenset({"لن", "لم", "لا", "ليس", "ليست", "لما", "ولن", "ولم", "ولا", "وليس", "فلن", "فلم", "عدم", "بعدم"})
_ADJACENT_WORDS = 3


@dataclass
class Cand:
    """A trigger being turned into an event."""

    hit: Hit
    type: str
    lo: int = 0  # folded window
    hi: int = 0
    status: str = "asserted"
    subject: list[Party] = field(default_factory=list)
    partners: list[Party] = field(default_factory=list)  # the group after مع
    objects: list[Party] = field(default_factory=list)
    locatives: list[Party] = field(default_factory=list)

    @property
    def finite(self) -> bool:
        return self.hit.entry.kind == "finite"


def select_triggers(hits: list[Hit], cues: list[Hit], toks: Toks, relatives: set[str]) -> list[Hit]:
    """Drop triggers covered by a longer one of the same type, relative-clause verbs and ungoverned masdars."""
    hits = sorted(hits, key=lambda h: (h.head_start, h.entry.source != "hand", -(h.end - h.start)))
    kept: list[Hit] = []
    for h in hits:
        if any(k.entry.label == h.entry.label and k.start <= h.head_start < k.end for k in kept):
            continue
        if any(k.head_start == h.head_start for k in kept):
            continue
        if h.first > 0 and toks.texts[h.first - 1] in relatives and h.entry.kind == "finite":
            continue
        kept.append(h)
    out = []
    for h in kept:
        if h.entry.kind == "masdar" and not _governed(h, kept, cues):
            continue
        out.append(h)
    return out


def _governed(h: Hit, triggers: list[Hit], cues: list[Hit]) -> bool:
    before = [c for c in cues if c.end <= h.head_start and c.entry.label != "negated"]
    before += [t for t in triggers if t.end <= h.head_start and t.entry.kind != "masdar"]
    return bool(before)


def windows(cands: list[Cand], start: int, end: int, comps: list) -> None:
    """Each trigger's window: from the previous trigger's head to the next trigger's head."""
    for i, c in enumerate(cands):
        c.lo = cands[i - 1].hit.head_end if i else start
        c.hi = cands[i + 1].hit.head_start if i + 1 < len(cands) else end


def assign(cands: list[Cand], parties: list[Party], toks_text: str, comps: list[int], gap_words: set[str],
           folded: str) -> None:
    """Subjects, partners (مع X), objects and locatives of each trigger from the parties in its window."""
    claimed: set[int] = set()
    for k in range(len(cands) - 1, -1, -1):  # subjects first, from the right: an SVO subject is taken first
        c = cands[k]
        pre = [p for p in parties if c.lo <= p.start and p.end <= c.hit.head_start and not p.locative]
        comp = max((x for x in comps if c.lo <= x < c.hit.head_start), default=None)
        if comp is not None:
            subj = [p for p in pre if p.start >= comp]
        elif c.finite or (c.hit.entry.kind == "masdar" and k == 0):  # أعرب X عن دعمه; not a noun's genitive
            subj = _adjacent_group(pre, c.hit.head_start, folded, gap_words)
        else:
            subj = []
        c.subject = subj
        claimed.update(id(p) for p in subj)
    for c in cands:
        post = [p for p in parties if c.hit.head_end <= p.start and p.end <= c.hi and id(p) not in claimed]
        c.locatives = [p for p in post if p.locative] + [p for p in parties if p.locative and
                                                          c.lo <= p.start < c.hit.head_start]
        post = [p for p in post if not p.locative]
        c.partners = _after_ma(post, c.hit, folded, gap_words)
        rest = [p for p in post if all(p is not q for q in c.partners)]
        if not c.subject and rest:
            first = _group(rest, 0, folded, gap_words)
            c.subject, rest = rest[:first], rest[first:]
        c.objects = rest


def _gap_ok(text: str, gap_words: set[str]) -> bool:
    return gap_words.issuperset(text.replace("،", " ، ").split())


def _group(parties: list[Party], i: int, folded: str, gap_words: set[str]) -> int:
    """Index after the coordinated list starting at parties[i] (الصين وكازاخستان، وقيرغيزستان)."""
    j = i + 1
    while j < len(parties) and _gap_ok(folded[parties[j - 1].end:parties[j].start], gap_words):
        j += 1
    return j


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


def _after_ma(post: list[Party], hit: Hit, folded: str, gap_words: set[str]) -> list[Party]:
    """The list introduced by مع (مع زملائه من كازاخستان وقيرغيزستان، مع نظرائه الروسي والبيلاروسي)."""
    for i, p in enumerate(post):
        before = folded[max(hit.head_end, p.start - 60):p.start].split()
        idx = max((k for k, w in enumerate(before) if w in ("مع", "ومع") or (w.startswith("مع") and len(w) <= 6)),
                  default=None)
        if idx is None:
            continue
        between = " ".join(before[idx + 1:])
        if _gap_ok(between, gap_words) or len(before[idx + 1:]) <= 4:
            return post[i:_group(post, i, folded, gap_words)]
    return []


def status_of(c: Cand, cues: list[Hit], finite_before: list[Cand], toks: Toks) -> str:
    """asserted / intended / hoped / negated: from the trigger's own tense or the cue that governs it."""
    i = c.hit.first
    texts = toks.texts
    prev = texts[i - 1] if i > 0 else ""
    prev2 = texts[i - 2] if i > 1 else ""
    if prev in NEGATORS or (prev == "قد" and prev2 in NEGATORS):
        return "negated"
    if c.hit.future or prev in ("سوف", "وسوف", "فسوف"):
        return "intended"
    last_finite = max((f.hit.head_end for f in finite_before), default=c.lo)
    near = [q for q in cues if q.end <= c.hit.head_start and q.start >= last_finite and q.entry.label != "negated"]
    if c.finite:
        near = [q for q in near if c.hit.first - _tok_index(toks, q.end) <= 6]
    if near:
        cue = max(near, key=lambda q: q.end)
        if cue.entry.label == "inherit":
            return "intended" if cue.future else _neg_or(cue, toks, "asserted")
        return cue.entry.label
    if not c.finite and finite_before:
        return finite_before[-1].status
    return "asserted"


def _neg_or(cue: Hit, toks: Toks, default: str) -> str:
    return "negated" if cue.first > 0 and toks.texts[cue.first - 1] in NEGATORS else default


def _tok_index(toks: Toks, pos: int) -> int:
    """Index of the first token ending after pos."""
    return bisect_right(toks.ends, pos)
