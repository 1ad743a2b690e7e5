"""Walking files and folders in a fixed order and handing each file to its reader; errors become values."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError, UnsupportedInput
from ..models import Article
from .common import Limits
from .feed import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .txt import read_txt
from .warc import read_warc

Reader = Callable[[Path, str, Limits], Iterator[Article | InputError]]
READERS: dict[str, Reader] = {
    ".txt": read_txt, ".text": read_txt,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
    ".jsonl": read_jsonl, ".ndjson": read_jsonl,
    ".rss": read_feed, ".atom": read_feed, ".xml": read_feed,
    ".warc": read_warc, ".warc.gz": read_warc,
}


def extension(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def reader_for(path: Path) -> Reader | None:
    return READERS.get(extension(path))


def walk_folder(top: Path) -> Iterator[Path]:
    """Files under top in sorted path order (a.txt, b/a/y.txt, b/z.txt, c.txt); hidden entries and symlinked
    folders are skipped, so .git, .DS_Store and link loops never show up."""
    try:
        entries = sorted(os.scandir(top), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk_folder(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def read_file(path: Path, source: str, limits: Limits) -> Iterator[Article | InputError]:
    """Everything one file holds, never raising: an unexpected failure becomes an InputError naming the file."""
    reader = reader_for(path)
    if reader is None:
        ext = extension(path) or "(none)"
        yield UnsupportedInput(source, f"unsupported file type {ext} (readers: {', '.join(sorted(READERS))})")
        return
    try:
        if path.stat().st_size == 0:
            yield InputError(source, "empty file")
            return
        yield from reader(path, source, limits)
    except Exception as e:  # a reader bug must not end the batch
        yield InputError(source, f"unexpected {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")


def read_path(path: Path, source: str, limits: Limits) -> Iterator[Article | InputError]:
    if path.is_dir():
        if not any(reader_for(f) for f in walk_folder(path)):
            yield InputError(source, f"folder has no readable files ({', '.join(sorted(READERS))})")
            return
        for f in walk_folder(path):
            yield from read_file(f, str(f), limits)
    elif path.is_file():
        yield from read_file(path, source, limits)
    elif path.exists():
        yield UnsupportedInput(source, "not a regular file or folder")
    else:
        yield InputError(source, "no such file or folder")


def iter_paths(paths: Iterable[str | Path] | str | Path, limits: Limits) -> Iterator[Article | InputError]:
    if isinstance(paths, str | Path):
        paths = [paths]
    for p in paths:
        yield from read_path(Path(p), str(p), limits)
