"""Benchmark the statistical NER: load time, then tokens/s and articles/s of predict() on the seed articles repeated.

Usage: python3 bench/ner.py [--model DIR] [--repeat N] [--seeds DIR]
Prints figures only; nothing is asserted.  The first pass is reported apart (cold word-type cache); then predict()
from text and predict_tokens() on a token table made beforehand (as the pipeline's recogniser has one).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--seeds", type=Path, default=SEEDS if SEEDS.is_dir() else Path("/work/shared/corpus/seeds"))
    args = ap.parse_args()

    t0 = time.perf_counter()
    from silkwire.nlp.statistical import StatisticalNER
    from silkwire.text.segment import token_table, tokens

    model = StatisticalNER.load(args.model)
    load = time.perf_counter() - t0
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt"))]
    ntok = sum(len(tokens(t)) for t in texts)
    print(f"load (import + model): {load:.2f} s")
    print(f"articles: {len(texts)} seeds, {ntok} tokens ({ntok / len(texts):.0f} per article)")

    t0 = time.perf_counter()
    for t in texts:
        model.predict(t)
    cold = time.perf_counter() - t0
    print(f"first pass (cold cache): {ntok / cold:,.0f} tokens/s, {len(texts) / cold:,.1f} articles/s")

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for t in texts:
            model.predict(t)
    secs = time.perf_counter() - t0
    n = args.repeat * len(texts)
    print(f"repeated x{args.repeat}: {n * ntok / len(texts) / secs:,.0f} tokens/s, {n / secs:,.1f} articles/s, "
          f"{secs / n * 1000:.2f} ms/article")
    tables = [token_table(t) for t in texts]
    for skip in (False, True):
        t0 = time.perf_counter()
        for _ in range(args.repeat):
            for t in tables:
                model.predict_tokens(t.texts, t.starts, t.ends, t.gaps, skip_common=skip)
        secs = time.perf_counter() - t0
        print(f"predict_tokens on the caller's token table (skip_common={skip}): {secs / n * 1000:.2f} ms/article")


if __name__ == "__main__":
    main()
