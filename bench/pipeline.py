"""Benchmark: the whole per-article pipeline (recognise → resolve → events) on one core.

    python bench/pipeline.py [--articles N] [--rounds R]

Prints start-up time (reference data + models loaded, first article analysed), then articles/s on seed-size
articles (the seed texts, cycled) in CPU time of this process, for R rounds over the same N articles: the best and
the median round.  The machine is shared, so a single round can be slowed by other jobs; the best round is the
closest to what the code costs, the median shows the spread.  A per-stage split (recognition, resolution, events)
follows.  Figures only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import hashlib
import resource
import statistics
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from silkwire.models import Article
    from silkwire.pipeline import analyse, knowledge_base, warm_up

    warm_up()
    startup = time.perf_counter() - t0
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))]
    articles = []
    for i in range(args.articles):
        text = texts[i % len(texts)] + f"\n{i}"
        articles.append(Article(id=hashlib.sha256(text.encode()).hexdigest()[:16], source=f"bench/{i}.txt",
                                text=text, published="2023-04-27"))
    chars = sum(len(a.text) for a in articles)
    per_round: list[float] = []
    n_events = n_mentions = 0
    for _ in range(args.rounds):
        c1 = time.process_time()
        for a in articles:
            result = analyse(a)
            n_events += len(result.events)
            n_mentions += len(result.mentions)
        per_round.append((time.process_time() - c1) / len(articles))
    best, median = min(per_round), statistics.median(per_round)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"start-up: {startup:.2f} s (imports, reference data, models, first article)")
    print(f"articles: {len(articles)} x {args.rounds} rounds ({chars / len(articles):.0f} chars each on average)")
    print(f"throughput (CPU time, one core): best round {1 / best:.1f} articles/s ({1000 * best:.2f} ms/article), "
          f"median {1 / median:.1f} articles/s ({1000 * median:.2f} ms/article)")
    total = len(articles) * args.rounds
    print(f"extracted: {n_mentions / total:.1f} mentions and {n_events / total:.1f} events per article")
    stages = stage_split(articles, knowledge_base())
    print("stages (best of 3, ms/article): " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
    print(f"peak RSS: {rss:.0f} MB")


def stage_split(articles: list, kb) -> dict[str, float]:
    """CPU ms/article of each stage, each timed over all articles on its own (best of 3)."""
    from silkwire.events import extract_events
    from silkwire.nlp import recognize
    from silkwire.resolve import resolve

    recognized = [recognize(a, kb) for a in articles]
    resolved = [resolve(a, r, kb) for a, r in zip(articles, recognized, strict=True)]
    work = {
        "recognise": lambda: [recognize(a, kb) for a in articles],
        "resolve": lambda: [resolve(a, r, kb) for a, r in zip(articles, recognized, strict=True)],
        "events": lambda: [extract_events(a, m, tuple(r.adjectives), {x.id: x for x in ac}, kb)
                           for a, r, (m, ac) in zip(articles, recognized, resolved, strict=True)],
    }
    out = {}
    for name, run in work.items():
        times = []
        for _ in range(3):
            c = time.process_time()
            run()
            times.append(time.process_time() - c)
        out[name] = 1000 * min(times) / len(articles)
    return out


if __name__ == "__main__":
    main()
