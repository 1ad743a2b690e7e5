"""Named-entity recognition for Arabic news: gazetteer, title-triggered people, aliases, statistical model.

``recognize(article, kb)`` computes, then annotates: each recogniser returns spans, and :mod:`combine` decides
which survive (gazetteer and title evidence beat the model).  Offsets point into ``article.text``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from silkwire.models import Article, Mention
from silkwire.nlp.titles import TitleHit

__all__ = ["Recognition", "TitleHit", "recognize"]


@dataclass(frozen=True, slots=True)
class Recognition:
    """Everything recognition found in one article."""

    mentions: tuple[Mention, ...]  # PER/ORG/GPE/LOC; ``actor`` holds the gazetteer candidate when known
    adjectives: tuple[Mention, ...]  # NORP nisbas, ``actor`` = country/ISO3
    titles: tuple[TitleHit, ...]  # title phrase + person span + role class + country


def recognize(article: Article, kb: Any | None = None) -> Recognition:
    """Find named mentions, nisba adjectives and title phrases in an article."""
    from silkwire.nlp.combine import run

    if kb is None:
        from silkwire.reference import KnowledgeBase

        kb = KnowledgeBase.load()
    return run(article, kb)
