"""RSS and Atom feeds: one article per item (content, else summary, HTML stripped), the item link as source."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, UnsupportedInput
from ..models import Article
from . import outlets
from .article import make_article
from .common import Limits, check_text, read_whole
from .dates import to_iso
from .htmltext import strip_html

_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf", b"<rdf")


def is_feed(head: bytes) -> bool:
    """True when the first bytes of an XML file open an RSS, Atom or RSS 1.0 (RDF) document."""
    low = head.lower()
    return any(root in low for root in _FEED_ROOTS)


def read_feed(path: Path, source: str, limits: Limits) -> Iterator[Article | InputError]:
    import feedparser  # heavy import: only when a feed is met

    data = read_whole(path, source, limits)
    if isinstance(data, InputError):
        yield data
        return
    if path.suffix.lower() == ".xml" and not is_feed(data[:2048]):
        yield UnsupportedInput(source, "XML that is not an RSS or Atom feed")
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = getattr(parsed, "bozo_exception", None)
        yield InputError(source, f"no feed items ({str(why).splitlines()[0]})" if why else "feed has no items")
        return
    feed_outlet = outlets.canonical(parsed.feed.get("title"))
    for n, entry in enumerate(parsed.entries, start=1):
        yield _item(entry, n, source, feed_outlet, limits)


def _item(entry: dict, n: int, source: str, feed_outlet: str | None, limits: Limits) -> Article | InputError:
    link = (entry.get("link") or "").strip()
    where = f"{source}: item {n}" + (f" ({link})" if link else "")
    html = entry["content"][0].get("value", "") if entry.get("content") else entry.get("summary", "")
    text = strip_html(html or "")
    if not text:
        return InputError(where, "item has no text (neither content nor summary)")
    checked = check_text(text, where, limits, "item")
    if isinstance(checked, InputError):
        return checked
    published = to_iso(entry.get("published_parsed") or entry.get("updated_parsed")) or to_iso(entry.get("published"))
    src_title = (entry.get("source") or {}).get("title")
    title = strip_html(entry.get("title") or "") or None
    return make_article(checked, link or f"{source}#item{n}", "rss", title=title, published=published,
                        outlet=outlets.canonical(src_title) or feed_outlet,
                        default_year=int(published[:4]) if published else None)
