"""Article records: content-derived id and near-duplicate fingerprint."""
from __future__ import annotations

import hashlib
import re

from ..models import Article
from . import outlets
from .meta import TextMeta, read_header

# Everything that is not a letter or digit (whitespace, punctuation, symbols, and the Arabic diacritics, which are
# combining marks and so not \w), plus tatweel, which Unicode counts as a letter.
_NOT_CONTENT = re.compile(r"[\W_\u0640]+")


def document_id(text: str) -> str:
    """First 16 hex of sha256 of the text as stored (ARCHITECTURE.md)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def fingerprint(text: str) -> str:
    """sha256 (16 hex) of the text without whitespace, diacritics, tatweel and punctuation: equal for near-copies."""
    return hashlib.sha256(_NOT_CONTENT.sub("", text).encode("utf-8")).hexdigest()[:16]


def make_article(text: str, source: str, kind: str, *, title: str | None = None, outlet: str | None = None,
                 published: str | None = None, default_year: int | None = None) -> Article:
    """An Article: metadata given by the source wins; the text's own header fills what is missing."""
    meta: TextMeta = read_header(text, default_year)
    return Article(
        id=document_id(text),
        source=source,
        text=text,
        title=title or meta.title,
        outlet=outlet or meta.outlet,
        published=published or meta.published,
        dateline_place=meta.place,
        fingerprint=fingerprint(text),
        source_kind=kind,
        outlet_span=meta.outlet_span if not outlet or outlets.canonical(outlet) == meta.outlet else None,
    )
