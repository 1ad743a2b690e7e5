"""Arguments across clauses: elided subjects, a verb's object read as its subject, and triggers that belong to one
event (a second same-type trigger adding nothing, an event noun that is a light verb's object)."""
from __future__ import annotations

from silkwire.events.clauses import SYMMETRIC, Cand
from silkwire.events.parties import Party


def topic(parties: list[Party], c: Cand) -> list[Party]:
    """A back-reference group named before a trigger in its sentence (the sentence's topic: يتعين على الدول
    الست ...); a speaker named before قال/أكد is no topic, so only back-references count."""
    return next(([p] for p in parties if p.ref and p.actors and p.end <= c.hit.head_start), [])


def first_speaker(parties: list[Party], c: Cand, texts: list[str]) -> list[Party]:
    """The person a sentence opens with, for a و-joined verb with no subject of its own and no earlier event in the
    sentence (وصف ميرزياييف التوقيع بأنه حدث تاريخي، ودعا إلى ...): the elided subject is that person's."""
    if not (c.finite and texts[c.hit.first].startswith("و")):
        return []
    first = next((p for p in parties if not p.locative and p.actors and not p.adjective), None)
    return [first] if first is not None and first.persons and first.end <= c.hit.head_start else []


def object_first(c: Cand, subj: list[Party], earlier: list[Cand], texts: list[str], folded: str) -> bool:
    """A verb joined by و to a clause with a subject, followed by one group and then a بـ complement
    (واتهمت بكين وموسكو بالسعي، وطالبت كازاخستان بتسهيل): the group is the object, the subject is elided."""
    if subj[0].start < c.hit.head_end or not texts[c.hit.first].startswith("و"):
        return False
    if not any(e.subject and e.type not in SYMMETRIC for e in earlier):
        return False
    rest = folded[subj[-1].end:subj[-1].end + 24].split()
    return bool(rest) and rest[0].startswith("ب") and len(rest[0]) > 3


def coordinated(c: Cand, start: int, texts: list[str]) -> bool:
    """A verb joined by و to an earlier clause shares its subject (ستدعم الصين ... وتعارض)."""
    tok = texts[c.hit.first]
    return c.hit.head_start > start and (tok.startswith("و") or c.hit.entry.kind != "finite")


def subject_of(prev: Cand, earlier: list[Cand], persons: bool, everyone: bool) -> list[Party]:
    """What an elided subject (وإنها تعارض، ... وتعارض) stands for: the latest explicit subject in the sentence
    (ستعمل الصين مع كازاخستان، وإنها تعارض: China, not both), else (or for a symmetric event: everyone) all of the
    previous event's parties."""
    if not everyone:
        for e in reversed(earlier):
            if e.subject and any(p.actors for p in e.subject):
                return e.subject
    m = prev.meta
    return [Party(0, 0, tuple(m["sources"] or m["participants"]), tuple(m["persons"]) if persons else ())]


def redundant(prev: Cand, c: Cand) -> bool:
    """A second trigger of the same type in the same sentence that adds no party (حضر ... الاجتماع)."""
    if prev.type != c.type or prev.hit is c.hit:
        return False
    mine = set(c.meta["participants"] + c.meta["sources"] + c.meta["targets"])
    theirs = set(prev.meta["participants"] + prev.meta["sources"] + prev.meta["targets"])
    if c.finite and not prev.finite and len(mine) >= 2 and mine < theirs:
        return False  # على هامش القمة، التقى شي الرئيسين الأوزبكي والطاجيكي: a smaller meeting within the summit
    return mine <= theirs and c.status == prev.status


def fold_redundant(kept: dict, extra: dict) -> None:
    """What a redundant second trigger still adds: its topics, persons and place, and the date the text gave it (عقد
    الجولة المقبلة من المشاورات ... في بيشكيك خلال الخريف المقبل: the cues went to المشاورات)."""
    kept["topics"] |= extra["topics"]
    kept["persons"] = list(dict.fromkeys(kept["persons"] + extra["persons"]))  # مع الرئيس شي: who, even if no party
    kept["place"] = kept["place"] or extra["place"]  # ... محادثات مع الرئيس شي في العاصمة الصينية: where
    if extra.get("cued") and not kept["date"]:
        kept["date"], kept["cued"] = extra["date"], True


def absorbs(prev: Cand, c: Cand, folded: str) -> bool:
    """An event noun that is the object of a same-type verb just before it (تستضيف محادثات مع ...، تستضيف
    العاصمة القمة): one event with both triggers' parties."""
    if prev.type != c.type or c.type not in SYMMETRIC or c.hit.entry.kind == "finite" or prev.hit is c.hit:
        return False
    if c.status != prev.status or c.hit.first - prev.hit.first > 6:
        return False
    return folded.find("،", prev.hit.head_end, c.hit.head_start) < 0


def merge(kept: dict, extra: dict) -> None:
    """Fold a second trigger's arguments into the event it belongs to."""
    kept["participants"] = extra["participants"] = list(dict.fromkeys(kept["participants"] + extra["participants"]))
    kept["persons"] = list(dict.fromkeys(kept["persons"] + extra["persons"]))
    kept["topics"] |= extra["topics"]
    for k in ("date", "place", "meeting"):
        kept[k] = kept[k] or extra[k]


def crosses_clause(folded: str, d, hit) -> bool:
    """Whether a comma separates a date cue from a trigger (في يونيو المقبل، وإنها تعارض)."""
    lo, hi = (d.end, hit.head_start) if d.end <= hit.head_start else (hit.head_end, d.start)
    return lo < hi and folded.find("،", lo, hi) >= 0


def ids(parties: list[Party]) -> list[str]:
    """The parties' actor ids, first occurrence first (a comprehension: cheaper than iterator chains on the few
    parties of one event)."""
    if not parties:
        return []
    return list({a: None for p in parties for a in p.actors})
