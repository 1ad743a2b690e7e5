"""Named-entity recognition for Arabic news: gazetteer, title-triggered people, aliases, statistical model.

``recognize(article, kb)`` runs the spaCy pipeline of :mod:`silkwire.nlp.pipeline` (``build_pipeline(kb)``):
compute, then annotate: each recogniser returns spans, and :mod:`combine` decides which survive (outlet credit,
gazetteer and title evidence beat the model).  Offsets point into ``article.text``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from silkwire.models import Article, Mention
from silkwire.nlp.titles import TitleHit

__all__ = ["Recognition", "TitleHit", "build_pipeline", "recognize"]


@dataclass(frozen=True, slots=True)
class Recognition:
    """Everything recognition found in one article."""

    mentions: tuple[Mention, ...]  # PER/ORG/GPE/LOC; ``actor`` holds the gazetteer candidate when known
    adjectives: tuple[Mention, ...]  # NORP nisbas, ``actor`` = country/ISO3
    titles: tuple[TitleHit, ...]  # title phrase + person span + role class + country


def recognize(article: Article, kb: Any | None = None) -> Recognition:
    """Find named mentions, nisba adjectives and title phrases in an article."""
    from silkwire.nlp.pipeline import build_pipeline, recognize_with

    if kb is None:
        from silkwire.reference import KnowledgeBase

        kb = KnowledgeBase.load()
    return recognize_with(build_pipeline(kb), article, kb)


def build_pipeline(kb: Any) -> Any:
    """The spaCy ``Language`` running recognition for a knowledge base (cached per knowledge base)."""
    from silkwire.nlp.pipeline import build_pipeline as build

    return build(kb)
