"""Similarity of short Arabic evidence texts across outlets.

Outlets paraphrase one another (شيان / شيآن, قازاقستان / كازاخستان, وزير الخارجية / رئيس الدبلوماسية), so words
rarely match exactly; character n-grams of an aggressively folded text do.  Each text is reduced once to a
bottom-k sketch (the k smallest crc32 hashes of its character 4-grams): a fixed-size, corpus-independent
signature, so a pair's similarity never changes as documents arrive (incremental = batch) and a million
events fit in memory.  crc32 is used rather than ``hash`` because ``hash`` is salted per process.
"""
from __future__ import annotations

import re
from array import array

import numpy as np

from silkwire.text.normalize import match_key

NGRAM = 4
SKETCH_K = 48


class _LetterTable(dict):
    """str.translate table keeping letters and sending everything else to a space (filled in lazily)."""

    def __missing__(self, code: int) -> int | str:
        value = code if chr(code).isalpha() else " "
        self[code] = value
        return value


_LETTERS_ONLY = _LetterTable()
# Proclitic article / conjunction + article: وال، بال، كال، فال، لل، ال (only on words long enough to keep a stem).
_ARTICLE = re.compile(r"(?:^|(?<= ))(?:[وفبك]?ال|لل)(?=\w\w\w)")
_MIX = np.uint64(0x9E3779B97F4A7C15)


def fold_text(text: str) -> str:
    """Folded text for comparison: match_key folds, no punctuation or digits, definite article stripped."""
    return _ARTICLE.sub("", " ".join(match_key(text).translate(_LETTERS_ONLY).split()))


def char_ngrams(text: str, n: int = NGRAM) -> set[str]:
    """Character n-grams of the folded text, word boundaries kept as spaces."""
    folded = f" {fold_text(text)} "
    if len(folded) <= n:
        return {folded} if folded.strip() else set()
    return {folded[i:i + n] for i in range(len(folded) - n + 1)}


def ngram_hashes(text: str, n: int = NGRAM) -> np.ndarray:
    """Distinct 32-bit hashes of the folded text's character n-grams, sorted (vectorised: one pass in numpy).

    A polynomial over code points, then a multiplicative mix; deterministic across processes.
    """
    folded = f" {fold_text(text)} "
    if not folded.strip():
        return np.empty(0, dtype=np.uint32)
    codes = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) < n:
        codes = np.concatenate([codes, np.full(n - len(codes), 32, dtype=np.uint64)])
    h = np.zeros(len(codes) - n + 1, dtype=np.uint64)
    for i in range(n):
        h = h * np.uint64(1_000_003) + codes[i:len(codes) - n + 1 + i]
    return np.unique(((h * _MIX) >> np.uint64(32)).astype(np.uint32))


def sketch(text: str, k: int = SKETCH_K) -> array:
    """Bottom-k sketch: the k smallest 32-bit hashes of the text's character n-grams, sorted."""
    return array("I", ngram_hashes(text)[:k].tobytes())


def sketch_similarity(a: array, b: array, k: int = SKETCH_K) -> float:
    """Jaccard estimate from two bottom-k sketches (exact when both texts have at most k n-grams)."""
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    union_bottom = sorted(sa | sb)[:k]
    return len((sa & sb).intersection(union_bottom)) / len(union_bottom)


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """Plain Jaccard; 0 for two empty sets."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)
