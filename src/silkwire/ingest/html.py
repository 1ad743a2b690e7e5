"""HTML pages: trafilatura extracts main text, title, date and site name; the extracted text is what is stored."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Article
from . import outlets
from .article import make_article
from .common import Limits, check_text, read_whole
from .dates import to_iso

logging.getLogger("trafilatura").setLevel(logging.ERROR)  # library chatter about short pages is not our output


def article_from_html(data: bytes | str, source: str, kind: str, limits: Limits) -> Article | InputError:
    """One Article from an HTML document, or an InputError when nothing extractable is in it."""
    from trafilatura import bare_extraction  # heavy import: only when HTML is met

    try:
        doc = bare_extraction(data, url=source if "://" in source else None, with_metadata=True,
                              include_comments=False, include_tables=False,
                              # markup dates only: htmldate's text search turns a bare "2025" into 2025-01-01
                              date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as e:  # trafilatura/lxml raise many kinds on broken markup
        return InputError(source, f"broken HTML ({type(e).__name__}: {e})".splitlines()[0])
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        return InputError(source, "broken or empty HTML: no extractable article text")
    checked = check_text(text, source, limits, "page")
    if isinstance(checked, InputError):
        return checked
    return make_article(checked, source, kind, title=doc.title or None, published=to_iso(doc.date),
                        outlet=outlets.canonical(doc.sitename))


def read_html(path: Path, source: str, limits: Limits) -> Iterator[Article | InputError]:
    data = read_whole(path, source, limits)
    yield data if isinstance(data, InputError) else article_from_html(data, source, "html", limits)
