"""Ingest throughput and memory: 10,000 seed-sized .txt articles and one 50 MB .jsonl file.

    python3 bench/ingest.py [--n 10000] [--jsonl-mb 50] [--no-store] [--full]

Articles are the seed texts with the dateline date, the dateline city and a serial varied, so every article has
its own id and its metadata must really be parsed. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from silkwire.ingest import iter_articles
from silkwire.models import Article

SEEDS = Path("/work/shared/corpus/seeds")
CITIES = ["بكين", "شيآن", "أستانا", "طشقند", "بشكيك", "دوشنبه", "عشق آباد", "سمرقند", "ألماتي", "موسكو"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
DATE = re.compile(r"\d{1,2} (?:" + "|".join(MONTHS) + "|ابريل) \\d{4}")


def variants(n: int, seed: int = 7) -> list[str]:
    """n texts made from the seeds: dateline date and city changed, a serial appended."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out = []
    for i in range(n):
        text = seeds[i % len(seeds)]
        date = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2025)}"
        text = DATE.sub(date, text, count=1)
        text = text.replace("أستانا", rng.choice(CITIES), 1).replace("شيآن", rng.choice(CITIES), 1)
        out.append(f"{text}\n({i})\n")
    return out


def write_txt_corpus(root: Path, n: int) -> Path:
    folder = root / "txt"
    for i, text in enumerate(variants(n)):
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def write_jsonl(root: Path, megabytes: int) -> Path:
    path = root / "big.jsonl"
    target = megabytes * 1_000_000
    size, i = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while size < target:
            for text in variants(500, seed=i):
                line = json.dumps({"text": text, "url": f"https://example.org/{i}"}, ensure_ascii=False) + "\n"
                f.write(line)
                size += len(line.encode("utf-8"))
                i += 1
                if size >= target:
                    break
    return path


def measure(label: str, run: Callable[[], int], traced: bool) -> None:
    """Run once; print articles/s (untraced) or tracemalloc peak (traced: slower, so no rate)."""
    if traced:
        tracemalloc.start()
        count = run()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{label:<44} {count:>7} articles   tracemalloc peak {peak / 1e6:7.1f} MB")
        return
    t0 = time.perf_counter()
    count = run()
    dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<44} {count:>7} articles {dt:7.1f} s {count / dt:8.0f} articles/s   ru_maxrss {rss:6.0f} MB")


def ingest_only(path: Path, limit: int | None = None) -> Callable[[], int]:
    def run() -> int:
        count = 0
        for item in iter_articles([path]):
            count += isinstance(item, Article)
            if limit and count >= limit:
                break
        return count
    return run


def ingest_and_store(path: Path, db: Path, analyse: bool, jobs: int = 1) -> Callable[[], int]:
    """The `silkwire ingest` path: read, (analyse,) store in batched transactions."""
    from silkwire.batch import ingest
    from silkwire.store import Store

    def run() -> int:
        if db.exists():
            db.unlink()
        with Store(db) as store:
            summary = ingest([path], store, analyse=analyse, jobs=jobs)
        return summary.ingested
    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--jsonl-mb", type=int, default=50)
    ap.add_argument("--no-store", action="store_true")
    ap.add_argument("--full", action="store_true", help="also ingest with the whole NLP/event pipeline")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = write_txt_corpus(root, args.n)
        print(f"corpus: {args.n} .txt articles in {folder}")
        measure("txt: iter_articles", ingest_only(folder), traced=False)
        measure(f"txt: iter_articles, first {args.n // 10}", ingest_only(folder, args.n // 10), traced=True)
        measure(f"txt: iter_articles, all {args.n}", ingest_only(folder), traced=True)
        if not args.no_store:
            measure("txt: ingest + store (metadata only)", ingest_and_store(folder, root / "b.duckdb", False), False)
            measure("txt: ingest + store, first 10% (memory)",
                    ingest_and_store(write_txt_corpus(root / "small", args.n // 10), root / "c.duckdb", False), True)
        if args.full:
            measure("txt: ingest + full analysis + store, 1 job",
                    ingest_and_store(folder, root / "d.duckdb", True), traced=False)
            measure("txt: ingest + full analysis + store, 2 jobs",
                    ingest_and_store(folder, root / "e.duckdb", True, jobs=2), traced=False)
        big = write_jsonl(root, args.jsonl_mb)
        print(f"jsonl: {big.stat().st_size / 1e6:.0f} MB in one file")
        measure("jsonl: iter_articles", ingest_only(big), traced=False)
        measure("jsonl: iter_articles, first 10%", ingest_only(big, 1_000), traced=True)
        measure("jsonl: iter_articles, all", ingest_only(big), traced=True)


if __name__ == "__main__":
    main()
