"""Run the recognisers over one article and combine their spans.

Order of trust: gazetteer and title evidence, then aliases of people already found, then the statistical model
(only where nothing else claimed the text, and never on a nisba, a title word or a stop word).
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from silkwire.models import Article, Mention
from silkwire.nlp import Recognition
from silkwire.nlp.aliases import find_aliases
from silkwire.nlp.gazetteer import Match, gazetteer_for
from silkwire.nlp.titles import TitleHit, find_titles, stopwords, title_lexicon
from silkwire.text import match_key, tokens

log = logging.getLogger(__name__)
MODEL_LABELS = {"PER": "PER", "PERS": "PER", "PERSON": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC"}


def run(article: Article, kb: Any) -> Recognition:
    text, doc = article.text, article.id
    toks = tokens(text)
    keys = [match_key(t.text) for t in toks]
    matches = gazetteer_for(kb).match(toks, keys)
    titles = find_titles(text, toks, keys, matches)
    mentions = [_mention(doc, text, m.start, m.end, m.entry.type, "gazetteer", m.entry.actor)
                for m in matches if m.entry.type != "NORP"]
    adjectives = tuple(_mention(doc, text, m.start, m.end, "NORP", "gazetteer", m.entry.actor)
                       for m in matches if m.entry.type == "NORP")
    people = _people(doc, text, titles)
    mentions += people
    mentions += _aliases(doc, text, toks, keys, people, matches)
    mentions += _model(doc, text, mentions, adjectives)
    return Recognition(tuple(sorted(mentions, key=lambda m: m.start)), adjectives, tuple(titles))


def _mention(doc: str, text: str, s: int, e: int, typ: str, source: str, actor: str | None = None) -> Mention:
    return Mention(doc, s, e, text[s:e], typ, actor, source)


def _people(doc: str, text: str, titles: list[TitleHit]) -> list[Mention]:
    seen: dict[tuple[int, int], Mention] = {}
    for t in titles:
        seen.setdefault((t.person_start, t.person_end),
                        _mention(doc, text, t.person_start, t.person_end, "PER", "title"))
    return list(seen.values())


def _aliases(doc: str, text: str, toks, keys, people: list[Mention], matches: list[Match]) -> list[Mention]:
    if not people:
        return []
    taken = {j for m in matches for j in range(m.first, m.last)}
    starts = {p.start for p in people}
    ends = {p.end for p in people}
    inside = False
    for j, t in enumerate(toks):  # tokens of the title-introduced names themselves
        inside = inside or t.start in starts
        if inside:
            taken.add(j)
        if t.end in ends:
            inside = False
    names = [tuple(match_key(w) for w in p.text.replace("-", " ").split()) for p in people]
    stop = _banned()
    hits = find_aliases(toks, keys, names, taken, stop)
    return [_mention(doc, text, h.start, h.end, "PER", "alias") for h in hits]


@lru_cache(maxsize=1)
def _banned() -> frozenset[str]:
    """Match keys that are never a name on their own: stop words and title words."""
    titles = {w for specs in title_lexicon().values() for s in specs for w in s.words}
    return frozenset(match_key(w) for w in stopwords()[0]) | frozenset(titles)


@lru_cache(maxsize=1)
def _statistical() -> Any | None:
    """The statistical NER model if it is installed and trained; None otherwise (recognition still works)."""
    try:
        from silkwire.nlp.statistical import StatisticalNER

        return StatisticalNER.load()
    except Exception as exc:  # noqa: BLE001 - any failure to load means "no model", by design
        log.info("statistical NER unavailable: %s", exc)
        return None


def _model(doc: str, text: str, found: list[Mention], adjectives: tuple[Mention, ...]) -> list[Mention]:
    model = _statistical()
    if model is None:
        return []
    claimed = [(m.start, m.end) for m in (*found, *adjectives)]
    banned = _banned()
    out = []
    for start, end, label in model.predict(text):
        typ = MODEL_LABELS.get(str(label).upper())
        if typ is None or any(s < end and start < e for s, e in claimed):
            continue
        words = [match_key(w) for w in text[start:end].split()]
        if not words or all(w in banned for w in words):
            continue
        out.append(_mention(doc, text, start, end, typ, "model"))
        claimed.append((start, end))
    return out
