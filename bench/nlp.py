#!/usr/bin/env python3
"""Throughput of normalisation + recognition + resolution on one core, and pipeline start-up time.

    python3 bench/nlp.py [CORPUS_DIR] [REPEAT]

Prints figures; asserts nothing.  Targets: >= 200 articles/s/core on seed-size articles, start-up < 2 s.
Figures are in this process's CPU time (on a shared, loaded machine wall time also counts time the process waited
for a core, CPU time does not).  Each text is first run once with cold per-word-type caches (the first articles of
a new corpus pay for building them); then the corpus, repeated, runs in rounds with the statistical NER model (when
it is installed) and without it, so the cost of each part shows: the best round is the closest to what the code
costs, the median shows the spread.  Whether the model's compiled CRF kernel is in use is printed too, and so is one
pass over the held-out sets' texts (each read once after the seeds, as a stream of new articles meets them).
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROUNDS = 5
UNSEEN = Path(__file__).resolve().parents[1] / "tests" / "eval"  # the held-out sets' texts


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
    from silkwire.nlp.ner_viterbi import COMPILED
    print(f"CRF kernels: {'compiled (silkwire.nlp._crf)' if COMPILED else 'numpy (silkwire.nlp._crf not built)'}")
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    distinct = [Article(f"{i}", "bench", t, published="2023-04-27") for i, t in enumerate(texts)]
    arts = distinct * repeat
    chars = sum(len(a.text) for a in arts) / len(arts)
    model = wordclass.statistical_model()

    def run(batch: list[Article]) -> float:
        c1 = time.process_time()
        for a in batch:
            normalize(a.text)
            resolve(a, recognize(a, kb), kb)
        return (time.process_time() - c1) / len(batch)

    # each text once, before any round: the per-word-type caches (model scores, word classes) still cold, as for
    # the first articles of a new corpus
    first = run(distinct)
    print(f"first sight of each of the {len(distinct)} texts (word-type caches cold): {1 / first:.0f} articles/s CPU "
          f"({first * 1000:.2f} ms CPU/article)")
    # texts never seen, each once, after the seeds: the caches partly warm, as in a stream of new articles
    unseen = [Article(f"u{i}", "bench", p.read_text(encoding="utf-8"), published="2024-05-20")
              for i, p in enumerate(sorted(UNSEEN.glob("heldout*/articles/*.txt")))]
    if unseen:
        per = run(unseen)
        mean = sum(len(a.text) for a in unseen) / len(unseen)
        print(f"{len(unseen)} other texts, each once (mean {mean:.0f} chars): {1 / per:.0f} articles/s CPU "
              f"({per * 1000:.2f} ms/article, {per * 1000 * 1000 / mean:.2f} ms per 1000 chars)")
    for label, use_model in (("with statistical model", True), ("without statistical model", False)):
        if use_model and model is None:
            print("statistical model: not installed")
            continue
        wordclass.statistical_model = (lambda: model) if use_model else (lambda: None)
        rounds = [run(arts) for _ in range(ROUNDS)]
        best, median = min(rounds), statistics.median(rounds)
        print(f"{label}: {len(arts)} articles x {ROUNDS} rounds, mean {chars:.0f} chars: best round "
              f"{1 / best:.0f} articles/s CPU on one core ({best * 1000:.2f} ms CPU/article), median {1 / median:.0f}")

if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0] if args else "/work/shared/corpus/seeds"), int(args[1]) if len(args) > 1 else 40)
