"""Similarity of short Arabic evidence texts across outlets.

Outlets paraphrase one another (شيان / شيآن, قازاقستان / كازاخستان, وزير الخارجية / رئيس الدبلوماسية), so words
rarely match exactly; character n-grams of an aggressively folded text do.  Each text is reduced once to a
bottom-k sketch (the k smallest crc32 hashes of its character 4-grams): a fixed-size, corpus-independent
signature, so a pair's similarity never changes as documents arrive (incremental = batch) and a million
events fit in memory.  crc32 is used rather than ``hash`` because ``hash`` is salted per process.
"""
from __future__ import annotations

import re
import zlib
from array import array

from silkwire.text.normalize import match_key

NGRAM = 4
SKETCH_K = 48
_NON_LETTERS = re.compile(r"[^\w]+|[\d_]+")
# Proclitic article / conjunction + article: وال، بال، كال، فال، لل، ال (only on words long enough to keep a stem).
_ARTICLE = re.compile(r"^(?:[وفبك]?ال|لل)(?=\w{3,})")


def fold_text(text: str) -> str:
    """Folded text for comparison: match_key folds, no punctuation or digits, definite article stripped."""
    words = _NON_LETTERS.sub(" ", match_key(text)).split()
    return " ".join(_ARTICLE.sub("", w) for w in words)


def char_ngrams(text: str, n: int = NGRAM) -> set[str]:
    """Character n-grams of the folded text, word boundaries kept as spaces."""
    folded = f" {fold_text(text)} "
    if len(folded) <= n:
        return {folded} if folded.strip() else set()
    return {folded[i:i + n] for i in range(len(folded) - n + 1)}


def sketch(text: str, k: int = SKETCH_K) -> array:
    """Bottom-k sketch: the k smallest 32-bit hashes of the text's character n-grams, sorted."""
    hashes = sorted({zlib.crc32(g.encode("utf-8")) for g in char_ngrams(text)})
    return array("I", hashes[:k])


def sketch_similarity(a: array, b: array, k: int = SKETCH_K) -> float:
    """Jaccard estimate from two bottom-k sketches (exact when both texts have at most k n-grams)."""
    if not a or not b:
        return 0.0
    union_bottom = sorted(set(a) | set(b))[:k]
    both = set(a) & set(b)
    return sum(1 for h in union_bottom if h in both) / len(union_bottom)


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """Plain Jaccard; 0 for two empty sets."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)
