"""Benchmark the statistical NER: load time, then ms/article of predict() and predict_tokens() on the seed articles.

Usage: python3 bench/ner.py [--model DIR] [--repeat N] [--rounds N] [--seeds DIR] [--passes N]
Prints figures only; nothing is asserted.  The first pass over the seeds is reported apart (cold word-type cache);
the warm figures are CPU time (process_time: the machine is shared, wall time is not comparable between runs),
``--rounds`` rounds of ``--repeat`` passes each, reported as best and median round.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def rounds(fn: Callable[[], None], n_articles: int, repeat: int, count: int) -> tuple[float, float]:
    """(best, median) CPU ms per article over ``count`` rounds of ``repeat`` calls of ``fn``."""
    per = []
    for _ in range(count):
        t0 = time.process_time()
        for _ in range(repeat):
            fn()
        per.append((time.process_time() - t0) / (repeat * n_articles) * 1000)
    return min(per), statistics.median(per)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--passes", type=int, default=None, help="1: first pass only (default: all the model has)")
    ap.add_argument("--seeds", type=Path, default=SEEDS if SEEDS.is_dir() else Path("/work/shared/corpus/seeds"))
    args = ap.parse_args()

    t0 = time.perf_counter()
    from silkwire.nlp.statistical import StatisticalNER
    from silkwire.text.segment import token_table, tokens

    model = StatisticalNER.load(args.model)
    load = time.perf_counter() - t0
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))]
    ntok = sum(len(tokens(t)) for t in texts)
    print(f"load (import + model): {load:.2f} s; passes: {model.passes}")
    print(f"articles: {len(texts)} seeds, {ntok} tokens ({ntok / len(texts):.0f} per article)")

    t0 = time.process_time()
    for t in texts:
        model.predict(t)
    cold = time.process_time() - t0
    print(f"first pass (cold cache): {ntok / cold:,.0f} tokens/s, {cold / len(texts) * 1000:.1f} ms/article")

    n = len(texts)
    best, med = rounds(lambda: [model.predict(t) for t in texts], n, args.repeat, args.rounds)
    print(f"predict(text), warm: best {best:.2f} ms/article, median {med:.2f}")
    tables = [token_table(t) for t in texts]
    for skip in (False, True):
        best, med = rounds(
            lambda s=skip: [model.predict_tokens(t.texts, t.starts, t.ends, t.gaps, s, args.passes) for t in tables],
            n, args.repeat, args.rounds)
        print(f"predict_tokens on the caller's token table (skip_common={skip}), warm: best {best:.2f} ms/article, "
              f"median {med:.2f}")


if __name__ == "__main__":
    main()
