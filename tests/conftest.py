"""Shared fixtures: small records built by hand, so store/export/web tests do not depend on the NLP pipeline."""
from __future__ import annotations

import hashlib

import pytest

from silkwire.models import Actor, Analysis, Article, Event, Evidence, Mention, Role, Span


def make_article(text: str, source: str = "a.txt", **kw) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    fingerprint = kw.pop("fingerprint", hashlib.sha256("".join(text.split()).encode()).hexdigest()[:16])
    return Article(id=digest, source=source, text=text, fingerprint=fingerprint, **kw)


def span_of(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def make_analysis(article: Article) -> Analysis:
    """An analysis of a sentence naming Wang Yi meeting Kazakhstan's foreign minister in Astana."""
    text = article.text
    mentions, actors = [], {}
    for surface, mtype, actor_id, atype in (("وانغ يي", "PER", "person/wang_yi", "person"),
                                            ("كازاخستان", "GPE", "country/KAZ", "country"),
                                            ("أستانا", "GPE", "place/astana", "place")):
        if surface in text:
            s, e = span_of(text, surface)
            mentions.append(Mention(article.id, s, e, surface, mtype, actor_id))
            roles = ()
            if actor_id == "person/wang_yi":
                roles = (Role("وزير الخارجية الصيني", "foreign_minister", "CHN", article.published, None,
                              (Evidence(article.id, s, e),)),)
            actors[actor_id] = Actor(actor_id, atype, surface, surface, (surface,),
                                     "KAZ" if atype == "country" else None, "CHN" if atype == "person" else None,
                                     roles)
    ev_text = text.split(".")[0]
    event = Event(id=hashlib.sha256((article.id + ev_text).encode()).hexdigest()[:16], document=article.id,
                  type="CONSULT", status="asserted", evidence=Span(0, len(ev_text), ev_text),
                  participants=("country/CHN", "country/KAZ"), persons=("person/wang_yi",),
                  date=article.published, place="place/astana" if "أستانا" in text else None, topics=("trade",))
    return Analysis(article, tuple(mentions), tuple(actors.values()), (event,))


SAMPLE = "التقى وزير الخارجية الصيني وانغ يي مع نظيره من كازاخستان في أستانا. وبحث الجانبان التجارة."


@pytest.fixture
def sample_article() -> Article:
    return make_article(SAMPLE, source="news/astana.txt", published="2024-05-20", outlet="Xinhua")
