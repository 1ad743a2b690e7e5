"""WARC archives: each HTML response (or resource) record becomes an article via the HTML reader, streamed."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Article
from .common import Limits
from .html import article_from_html


def _content_type(record) -> str:
    if record.rec_type == "response" and record.http_headers is not None:
        return record.http_headers.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def read_warc(path: Path, source: str, limits: Limits) -> Iterator[Article | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    cap = limits.max_file_bytes
    try:
        with open(path, "rb") as f:
            for n, record in enumerate(ArchiveIterator(f), start=1):
                if record.rec_type not in ("response", "resource") or "html" not in _content_type(record).lower():
                    continue
                found += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#record{n}"
                payload = record.content_stream().read(cap + 1)
                if len(payload) > cap:
                    yield InputError(f"{source}: record {n} ({uri})", f"payload over the cap of {cap:,} bytes")
                    continue
                art = article_from_html(payload, uri, "warc", limits)
                yield InputError(f"{source}: record {n} ({uri})", art.reason) if isinstance(art, InputError) else art
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as e:
        why = str(e).splitlines()[0] if str(e) else type(e).__name__
        yield InputError(source, f"not a readable WARC archive ({why})")
        return
    if not found:
        yield InputError(source, "WARC has no HTML response records")
