"""Near-duplicate documents: one wire story rewritten by several outlets.

Each text is folded (``textsim.fold_text``: hamza/alef/yeh/teh-marbuta folds, no punctuation, no article)
and cut into word 3-gram shingles; a MinHash of 128 permutations per document goes into a MinHashLSH index
that proposes candidate pairs, and the MinHash estimate of the shingle Jaccard decides.  The default
threshold 0.4 is the precision/recall trade-off.  Measured: a wire with a new dateline/credit or spelling
variants scores 0.95, one with its lead rewritten and a paragraph dropped 0.57 (tests/merge/test_neardup.py);
different articles on one meeting, which share names and stock phrases, score 0.03–0.06 (the five seed
articles).  Raise the threshold to find only copies; lower it (not under ~0.2) to catch looser rewrites at
the cost of same-topic false pairs.
"""
from __future__ import annotations

from collections.abc import Mapping

from datasketch import MinHash, MinHashLSH

from silkwire.merge.records import DocumentMeta, NearDuplicate
from silkwire.merge.textsim import fold_text

NUM_PERM = 128
SHINGLE = 3
DEFAULT_THRESHOLD = 0.4


def shingles(text: str, n: int = SHINGLE) -> set[str]:
    """Word n-grams of the folded text (the whole text when it is shorter than n words)."""
    words = fold_text(text).split()
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def minhash(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """MinHash of a text's shingles (fixed seed: the same text always gives the same signature)."""
    m = MinHash(num_perm=num_perm, seed=1)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


def near_duplicates(texts: Mapping[str, str], documents: Mapping[str, DocumentMeta] | None = None,
                    threshold: float = DEFAULT_THRESHOLD, cross_outlet_only: bool = False) -> list[NearDuplicate]:
    """Pairs of documents (a < b by id) whose estimated shingle Jaccard is at least ``threshold``, best first."""
    documents = documents or {}
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sigs: dict[str, MinHash] = {}
    for doc_id in sorted(texts):
        m = minhash(texts[doc_id])
        if m.is_empty():
            continue
        sigs[doc_id] = m
        lsh.insert(doc_id, m)
    pairs: list[NearDuplicate] = []
    for a in sigs:
        for b in lsh.query(sigs[a]):
            if b <= a:
                continue
            pair = _pair(a, b, sigs[a].jaccard(sigs[b]), documents)
            if pair.jaccard >= threshold and not (cross_outlet_only and pair.outlet_a == pair.outlet_b):
                pairs.append(pair)
    return sorted(pairs, key=lambda p: (-p.jaccard, p.a, p.b))


def _pair(a: str, b: str, j: float, documents: Mapping[str, DocumentMeta]) -> NearDuplicate:
    da, db = documents.get(a), documents.get(b)
    return NearDuplicate(a=a, b=b, jaccard=round(j, 4), outlet_a=da.outlet if da else None,
                         outlet_b=db.outlet if db else None)
