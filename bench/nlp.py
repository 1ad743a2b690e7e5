#!/usr/bin/env python3
"""Throughput of normalisation + recognition + resolution on one core, and pipeline start-up time.

    python3 bench/nlp.py [CORPUS_DIR] [REPEAT]

Prints figures; asserts nothing.  Targets: >= 200 articles/s/core on seed-size articles, start-up < 2 s.
Figures are given in wall time and in this process's CPU time: on a shared, loaded machine wall time also counts
time the process waited for a core, CPU time does not.  Throughput is measured with the statistical NER model
(when it is installed) and without it, so the cost of each part shows.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path


def main(corpus: Path, repeat: int) -> None:
    t0, c0 = time.perf_counter(), time.process_time()
    from silkwire.models import Article
    from silkwire.nlp import recognize, wordclass
    from silkwire.reference import KnowledgeBase
    from silkwire.resolve import resolve
    from silkwire.text import normalize

    kb = KnowledgeBase.load()
    warm = Article("warm", "bench", "قال وزير الخارجية الصيني وانغ يي في بكين.", published="2024-05-20")
    resolve(warm, recognize(warm, kb), kb)
    startup, startup_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"start-up (imports + reference data + first article): {startup:.2f} s wall, {startup_cpu:.2f} s CPU")
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    arts = [Article(f"{i}", "bench", t, published="2023-04-27") for i, t in enumerate(texts)] * repeat
    chars = sum(len(a.text) for a in arts) / len(arts)
    model = wordclass.statistical_model()
    for label, use_model in (("with statistical model", True), ("without statistical model", False)):
        if use_model and model is None:
            print("statistical model: not installed")
            continue
        wordclass.statistical_model = (lambda: model) if use_model else (lambda: None)
        t1, c1 = time.perf_counter(), time.process_time()
        for a in arts:
            normalize(a.text)
            resolve(a, recognize(a, kb), kb)
        spent, cpu = time.perf_counter() - t1, time.process_time() - c1
        print(f"{label}: {len(arts)} articles, mean {chars:.0f} chars: {len(arts) / spent:.0f} articles/s wall, "
              f"{len(arts) / cpu:.0f} articles/s CPU on one core ({cpu / len(arts) * 1000:.2f} ms CPU/article)")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0] if args else "/work/shared/corpus/seeds"), int(args[1]) if len(args) > 1 else 40)
