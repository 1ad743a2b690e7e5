"""Pairwise scoring: how likely two event records report the same real-world event.

A score is a weighted mean over the features both records know (an unknown feature is left out rather than
counted as a mismatch: outlets omit places and people all the time).  Some evidence is decisive and vetoes the
pair outright (score ``None``):

* different type, or negated against not negated;
* two events of one document that are not the same statement repeated (``same_statement``: equal structured
  fields and overlapping evidence or near-identical wording); an article's distinct claims stay distinct;
* different counterparts: each names a party (or person) the other lacks and they overlap less than half
  (China–Kazakhstan talks vs China–Kyrgyzstan talks at one meeting); a subset is fine (one outlet lists fewer);
* different meetings; for anything but CONSULT, topics that share nothing (a visa agreement is not a railway
  agreement, but talks are reported with different topics by different outlets).
"""
from __future__ import annotations

from collections.abc import Callable

from silkwire.merge.profile import YEAR_DAYS, Profile
from silkwire.merge.textsim import jaccard, sketch, sketch_similarity

TextSimilarity = Callable[[Profile, Profile], float]

WEIGHTS: dict[str, float] = {
    "parties": 3.0, "persons": 2.0, "place": 1.0, "topics": 2.0, "meeting": 1.0, "date": 1.0, "status": 1.0,
    "text": 2.0,
}
#: Character-4-gram Jaccard at which two evidence texts count as fully similar: cross-outlet paraphrases of one
#: sentence measure 0.25–0.6, unrelated sentences of the same genre 0.03–0.12.
TEXT_SATURATION = 0.5
#: Compatibility of two statuses (unordered); negated against anything else is a veto.
STATUS_COMPAT: dict[frozenset[str], float] = {
    frozenset({"intended", "hoped"}): 0.8,
    frozenset({"asserted", "intended"}): 0.4,
    frozenset({"asserted", "hoped"}): 0.3,
}
#: Types whose topics say what the event is about (a disjoint topic set means another event).
TOPIC_DEFINED = frozenset({"AGREE", "COOPERATE", "AID", "REQUEST", "SANCTION", "SUPPORT", "REJECT"})
#: Raw text similarity above which two same-field events of one document are one statement restated.
SAME_STATEMENT_TEXT = 0.5


def raw_text_similarity(p: Profile, q: Profile) -> float:
    """Jaccard estimate of the evidence texts' character n-grams (sketches computed afresh)."""
    return sketch_similarity(sketch(p.text), sketch(q.text))


def same_statement(p: Profile, q: Profile, text_sim: TextSimilarity = raw_text_similarity) -> bool:
    """Two records of one document that state one thing: equal fields, and overlapping or alike evidence."""
    if p.document != q.document or p.signature != q.signature:
        return False
    return (p.start < q.end and q.start < p.end) or text_sim(p, q) >= SAME_STATEMENT_TEXT


def _conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each side names something the other lacks and they overlap less than half."""
    if not a or not b or a <= b or b <= a:
        return False
    return jaccard(a, b) < 0.5


def veto(p: Profile, q: Profile, text_sim: TextSimilarity = raw_text_similarity) -> bool:
    """True when the records cannot be one real-world event whatever else they share."""
    if p.type != q.type or (p.status == "negated") != (q.status == "negated"):
        return True
    if p.document == q.document and not same_statement(p, q, text_sim):
        return True
    if _conflict(p.parties, q.parties) or _conflict(p.persons, q.persons):
        return True
    if p.meeting and q.meeting and p.meeting != q.meeting:
        return True
    return bool(p.type in TOPIC_DEFINED and p.topics and q.topics and not p.topics & q.topics)


def features(p: Profile, q: Profile, window: int) -> dict[str, float]:
    """The cheap features both records know (text excluded)."""
    f: dict[str, float] = {}
    if p.parties or q.parties:
        f["parties"] = jaccard(p.parties, q.parties)
    if p.persons and q.persons:
        f["persons"] = jaccard(p.persons, q.persons)
    if p.place and q.place:
        f["place"] = float(p.place == q.place)
    if p.topics and q.topics:
        f["topics"] = jaccard(p.topics, q.topics)
    if p.meeting and q.meeting:
        f["meeting"] = 1.0
    if p.exact and q.exact and p.day is not None and q.day is not None:
        f["date"] = max(0.0, 1.0 - abs(p.day - q.day) / (window + 1))
    elif (p.yearless is not None or q.yearless is not None) and None not in (p.day_of_year, q.day_of_year):
        gap = abs(p.day_of_year - q.day_of_year)
        f["date"] = max(0.0, 1.0 - min(gap, YEAR_DAYS - gap) / (window + 1))  # a report without its year
    f["status"] = 1.0 if p.status == q.status else STATUS_COMPAT.get(frozenset({p.status, q.status}), 0.0)
    return f


def scaled(similarity: float) -> float:
    """A sketch similarity mapped to [0, 1], saturating at ``TEXT_SATURATION``."""
    return min(1.0, similarity / TEXT_SATURATION)


def score(p: Profile, q: Profile, window: int = 2, threshold: float = 0.0,
          text_sim: TextSimilarity = raw_text_similarity) -> float | None:
    """Weighted mean of the known features, or None when vetoed.

    When the cheap features cannot reach ``threshold`` even with identical texts, the text is not compared
    and the (lower) score without it is returned.  ``text_sim`` gives the raw sketch similarity (``StoryIndex``
    passes one that caches sketches).
    """
    if veto(p, q, text_sim):
        return None
    f = features(p, q, window)
    num = sum(WEIGHTS[k] * v for k, v in f.items())
    den = sum(WEIGHTS[k] for k in f) + WEIGHTS["text"]
    if (num + WEIGHTS["text"]) / den < threshold:
        return num / den
    return (num + WEIGHTS["text"] * scaled(text_sim(p, q))) / den
