"""Benchmark: the whole per-article pipeline (recognise → resolve → events) on one core.

    python bench/pipeline.py [--articles N]

Prints start-up time (reference data + models loaded, first article analysed) and articles/s on seed-size articles
(the seed texts, cycled). Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import hashlib
import resource
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from silkwire.models import Article
    from silkwire.pipeline import analyse, warm_up

    warm_up()
    startup = time.perf_counter() - t0
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))]
    articles = []
    for i in range(args.articles):
        text = texts[i % len(texts)] + f"\n{i}"
        articles.append(Article(id=hashlib.sha256(text.encode()).hexdigest()[:16], source=f"bench/{i}.txt",
                                text=text, published="2023-04-27"))
    chars = sum(len(a.text) for a in articles)
    t1 = time.perf_counter()
    c1 = time.process_time()
    n_events = n_mentions = 0
    for a in articles:
        result = analyse(a)
        n_events += len(result.events)
        n_mentions += len(result.mentions)
    elapsed = time.perf_counter() - t1
    cpu = time.process_time() - c1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"start-up: {startup:.2f} s (imports, reference data, models, first article)")
    print(f"articles: {len(articles)} ({chars / len(articles):.0f} chars each on average)")
    print(f"throughput: {len(articles) / elapsed:.1f} articles/s wall ({chars / elapsed / 1000:.0f} k chars/s); "
          f"{len(articles) / cpu:.1f} articles/s of CPU time on one core ({1000 * cpu / len(articles):.2f} ms/article)")
    print(f"extracted: {n_mentions / len(articles):.1f} mentions and {n_events / len(articles):.1f} events per article")
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
