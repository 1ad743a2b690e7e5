"""The per-article pipeline: recognise → resolve → extract events.  A pure function of the article and the reference
data, so batches can run in a process pool while the store stays the one writer."""
from __future__ import annotations

from functools import cache

from silkwire.models import Analysis, Article
from silkwire.reference import KnowledgeBase

PIPELINE_VERSION = "1"


@cache
def knowledge_base() -> KnowledgeBase:
    return KnowledgeBase.load()


def analyse(article: Article, kb: KnowledgeBase | None = None) -> Analysis:
    from silkwire.events import extract_events
    from silkwire.nlp import recognize
    from silkwire.resolve import resolve

    kb = kb or knowledge_base()
    recognition = recognize(article, kb)
    mentions, actors = resolve(article, recognition, kb)
    adjectives = tuple(getattr(recognition, "adjectives", ()))
    events = extract_events(article, mentions, adjectives, {a.id: a for a in actors}, kb)
    return Analysis(article=article, mentions=tuple(mentions), actors=tuple(actors), events=tuple(events),
                    adjectives=adjectives)


def warm_up() -> None:
    """Load reference data and models once (in each worker process) before the first article."""
    analyse(Article(id="warmup", source="<warm-up>", text="التقى وزير الخارجية الصيني وانغ يي في بكين."))
