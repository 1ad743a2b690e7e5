"""JSON Lines: one article a line, read line by line so a 50 MB file never sits in memory whole."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..models import Article
from . import outlets
from .article import make_article
from .common import BYTES_PER_CHAR, Limits, check_text
from .dates import to_iso
from .decode import binary_reason

_OPTIONAL = ("url", "title", "published", "outlet")


def _lines(f: BinaryIO, cap: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; bytes None for a line longer than cap, which is skipped unread."""
    lineno = 0
    while True:
        line = f.readline(cap + 1)
        if not line:
            return
        lineno += 1
        if len(line) > cap and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = f.readline(1 << 20)
            yield lineno, None
        else:
            yield lineno, line


def _record(raw: bytes, where: str) -> dict | str:
    """The parsed record, or the one-line reason it is unusable."""
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return "not UTF-8"
    except json.JSONDecodeError as e:
        return f"invalid JSON ({e.msg} at column {e.colno})"
    if not isinstance(obj, dict):
        return f"expected a JSON object, got {type(obj).__name__}"
    if not isinstance(obj.get("text"), str):
        return "missing 'text' string field"
    bad = [k for k in _OPTIONAL if obj.get(k) is not None and not isinstance(obj[k], str)]
    return f"field '{bad[0]}' is not a string" if bad else obj


def read_jsonl(path: Path, source: str, limits: Limits) -> Iterator[Article | InputError]:
    cap = limits.max_chars * BYTES_PER_CHAR
    seen = False
    try:
        with open(path, "rb") as f:
            binary = binary_reason(f.read(8192))
            if binary:
                yield InputError(source, binary)
                return
            f.seek(0)
            for lineno, raw in _lines(f, cap):
                where = f"{source}:{lineno}"
                if raw is None:
                    yield InputError(where, f"line over the size cap of {cap:,} bytes")
                    continue
                if not raw.strip():
                    continue
                seen = True
                yield _article(raw, where, limits)
    except OSError as e:
        yield InputError(source, f"cannot read ({e.strerror or e})")
        return
    if not seen:
        yield InputError(source, "empty file (no JSON lines)")


def _article(raw: bytes, where: str, limits: Limits) -> Article | InputError:
    rec = _record(raw, where)
    if isinstance(rec, str):
        return InputError(where, rec)
    text = check_text(rec["text"], where, limits, "'text'")
    if isinstance(text, InputError):
        return text
    published = to_iso(rec.get("published"))
    year = int(published[:4]) if published else None
    return make_article(text, rec.get("url") or where, "jsonl", title=rec.get("title") or None,
                        outlet=outlets.canonical(rec.get("outlet")), published=published, default_year=year)
