"""Plain-text articles: the file decoded, nothing else changed; metadata from the text's own header."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Article
from .article import make_article
from .common import Limits, decode_text, read_whole


def read_txt(path: Path, source: str, limits: Limits) -> Iterator[Article | InputError]:
    data = read_whole(path, source, limits)
    if isinstance(data, InputError):
        yield data
        return
    text = decode_text(data, source, limits)
    yield text if isinstance(text, InputError) else make_article(text, source, "txt")
