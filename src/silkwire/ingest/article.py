"""Article records: content-derived id and near-duplicate fingerprint."""
from __future__ import annotations

import hashlib
import sys
import unicodedata
from functools import cache

from ..models import Article
from .meta import TextMeta, read_header

_DIACRITICS = [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640]


@cache
def _fingerprint_table() -> dict[int, None]:
    """Code points the fingerprint ignores: whitespace, punctuation, Arabic diacritics and tatweel."""
    drop: dict[int, None] = dict.fromkeys(_DIACRITICS)
    for cp in range(min(sys.maxunicode, 0x2FFFF) + 1):
        ch = chr(cp)
        cat = unicodedata.category(ch)
        if ch.isspace() or cat[0] == "P" or cat in ("Cf", "Zs"):
            drop[cp] = None
    return drop


def document_id(text: str) -> str:
    """First 16 hex of sha256 of the text as stored (ARCHITECTURE.md)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def fingerprint(text: str) -> str:
    """sha256 (16 hex) of the text without whitespace, diacritics, tatweel and punctuation: equal for near-copies."""
    return hashlib.sha256(text.translate(_fingerprint_table()).encode("utf-8")).hexdigest()[:16]


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
    )
