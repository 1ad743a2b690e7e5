"""Ingest: files, folders, HTML, feeds, JSON Lines and WARC archives to Article records with metadata.

    iter_articles(paths) ─► walk (sorted) ─► reader per extension ─► decode ─► make_article (id, fingerprint,
                                                                              title/date/outlet/city from the header)
Problems come out as InputError values in the stream, never raised, so one bad file does not end a batch.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import EncodingError, InputError, UnsupportedInput
from ..models import Article
from .article import document_id, fingerprint, make_article
from .common import Limits
from .meta import TextMeta, read_header
from .walk import iter_paths

__all__ = ["EncodingError", "InputError", "TextMeta", "UnsupportedInput", "document_id", "fingerprint",
           "iter_articles", "make_article", "read_header"]


def iter_articles(paths: Iterable[str | Path], *, max_article_chars: int = 2_000_000) -> Iterator[Article | InputError]:
    """One Article per article found and one InputError per problem, in a deterministic order, streamed."""
    return iter_paths(paths, Limits(max_article_chars))
