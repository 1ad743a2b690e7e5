"""Batch ingest: read sources, analyse each new article, store it atomically, then update stories and pledges.

Analysis runs in worker processes when `jobs > 1` (per-article stages are pure); every write happens here, in the
parent, through `Store.save`, one transaction per document.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from silkwire.errors import InputError
from silkwire.models import Analysis, Article

BATCH = 64  # articles per transaction: a commit costs ~15 ms; a kill loses at most one uncommitted batch


@dataclass
class IngestSummary:
    ingested: int = 0
    near_duplicates: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    stories: int = 0
    documents: list[str] = field(default_factory=list)  # ids stored by this run

    @property
    def ok(self) -> bool:
        return not self.failed


def _analyse_or_error(article: Article) -> Analysis | str:
    from silkwire.pipeline import analyse

    try:
        return analyse(article)
    except Exception as exc:
        return f"analysis failed: {type(exc).__name__}: {exc}"


def _worker_init() -> None:
    from silkwire.pipeline import warm_up

    warm_up()


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ingest(paths: Iterable[str | Path], store, *, jobs: int = 1, analyse: bool = True,
           on_item: Callable[[str, str], None] | None = None) -> IngestSummary:
    """Ingest every article under `paths` into `store`. `on_item(source, outcome)` reports progress."""
    from silkwire.ingest import iter_articles

    summary = IngestSummary()
    notify = on_item or (lambda source, outcome: None)
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init) if jobs > 1 and analyse else None
    warmed = False
    try:
        for chunk in _batches(iter_articles(paths), BATCH):
            fresh: list[Article] = []
            stored = store.existing([item.id for item in chunk if not isinstance(item, InputError)])
            for item in chunk:
                if isinstance(item, InputError):
                    summary.failed.append((item.source, item.reason))
                    store.record_failure(item.source, item.reason)
                    notify(item.source, "failed")
                elif item.id in stored or any(a.id == item.id for a in fresh):
                    summary.duplicates += 1
                    notify(item.source, "duplicate")
                else:
                    fresh.append(item)
            if not analyse:
                results: Iterable[Analysis | str | None] = [None] * len(fresh)
            elif pool:
                results = pool.map(_analyse_or_error, fresh)
            else:
                if fresh and not warmed:  # models loaded (and frozen out of the GC's sight) only when needed
                    _worker_init()
                    warmed = True
                results = map(_analyse_or_error, fresh)
            ready: list[tuple[Article, Analysis | None]] = []
            for article, result in zip(fresh, results, strict=True):
                if isinstance(result, str):
                    summary.failed.append((article.source, result))
                    store.record_failure(article.source, result)
                    notify(article.source, "failed")
                else:
                    ready.append((article, result))
            for (article, result), saved in zip(ready, store.save_many(ready), strict=True):
                summary.ingested += saved.status != "duplicate"
                summary.duplicates += saved.status == "duplicate"
                summary.near_duplicates += saved.status == "near_duplicate"
                if saved.status != "duplicate":
                    summary.documents.append(saved.document)
                    summary.events += len({e.id for e in result.events}) if result else 0
                notify(article.source, saved.status)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    return summary
