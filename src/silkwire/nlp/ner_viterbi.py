"""Batched Viterbi decoding for the statistical NER's linear-chain CRF (numpy, no crfsuite at run time).

Why this shape: an article is ~20 sentences of <= 150 words and 9 labels, so numpy's per-call overhead and its
slow reductions over short inner axes, not the arithmetic, are the cost.  All sentences advance together, one
position per step (ended ones run on harmlessly over zero emissions), scores kept label-major (position, label,
sentence) so the max over the previous label is a reduction over the outermost axis, which numpy does as a few
element-wise maxima.  Backpointers are taken afterwards for every token in one batched argmax over the stored
scores: the very same float32 sums and first-index ties as taking them step by step, so the paths are identical
to the per-step decoder's (and crfsuite's).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

try:  # the compiled kernels (setup.py builds them at install); the numpy code gives the same tags
    from silkwire.nlp import _crf as kernels
except ImportError:  # pragma: no cover - exercised where no C compiler was found at install
    kernels = None
if os.environ.get("SILKWIRE_NUMPY_CRF"):  # force the numpy path (comparisons, debugging)
    kernels = None
#: Are the compiled CRF kernels (``silkwire.nlp._crf``) in use?
COMPILED = kernels is not None


@dataclass(frozen=True)
class Batch:
    """Sentences laid end to end (``lens`` tokens each, all > 0) and the index arrays of the emission gathers
    and the decoder, computed once per call and shared by both passes."""

    lens: np.ndarray
    starts: np.ndarray  # first token of each sentence
    rows: np.ndarray  # sentence of each token
    within: np.ndarray  # position of each token in its sentence
    at: np.ndarray  # place of each token in the padded row (two padding tokens around every sentence)
    padded_len: int

    @classmethod
    def of(cls, lens: np.ndarray) -> Batch:
        """The layout of sentences of ``lens`` tokens."""
        n = int(lens.sum())
        starts = np.cumsum(lens) - lens
        rows = np.repeat(np.arange(len(lens)), lens)
        return cls(lens, starts, rows, np.arange(n) - starts[rows], np.arange(n) + 2 * (rows + 1),
                   n + 2 * len(lens) + 2)

    def padded(self, ids: np.ndarray, fill: int = 0) -> np.ndarray:
        """``ids`` placed in the padded row (``fill`` around sentences), so a context offset is one shifted gather."""
        out = np.full(self.padded_len, fill, ids.dtype)
        out[self.at] = ids
        return out

    def decode(self, e: np.ndarray, trans: np.ndarray, outside: int = 0) -> np.ndarray:
        """Best label index per token (emissions ``e``: tokens x labels, scored in float32 as crfsuite does;
        ``trans``: from x to; ``outside``: the O label, whose long runs the backtrace skips).  The compiled kernel
        when it is installed, else numpy: the same paths."""
        if kernels is not None:
            return kernels.viterbi(np.ascontiguousarray(e, np.float64), trans, np.ascontiguousarray(self.lens, np.intp))
        n, nl = len(self.lens), trans.shape[0]
        em = np.zeros((int(self.lens.max()), nl, n), np.float32)
        em[self.within, :, self.rows] = e
        score = forward(em, trans)
        ends = score[self.lens - 1, :, np.arange(n)].argmax(axis=1).tolist()
        # best previous label a for each label b at each token: argmax over the last (contiguous) axis is fastest
        back = (score[self.within - 1, :, self.rows][:, None, :] + trans.T).argmax(axis=2)
        return backtrace(back, self.starts, self.lens, ends, outside)


def backtrace(back: np.ndarray, starts: np.ndarray, lens: np.ndarray, ends: list[int], o: int) -> np.ndarray:
    """Labels from backpointers (``back[i, y]``: best label at i-1 given y at i) and each sentence's end label.

    Most of a news sentence is O, and the best label before an O is nearly always O: such runs are jumped in one
    step (to the last position whose O does not follow an O), so Python only walks the names."""
    n = len(back)
    stay = back[:, o] == o
    stay[starts] = False
    stop = np.maximum.accumulate(np.where(stay, 0, np.arange(n))).tolist()
    out = np.full(n, o, np.intp)
    for a, m, y in zip(starts.tolist(), lens.tolist(), ends, strict=True):
        i = a + m - 1
        while True:
            if y == o:
                i = stop[i]
                if i == a:
                    break
                y = int(back[i, o])
            else:
                out[i] = y
                if i == a:
                    break
                y = int(back[i, y])
            i -= 1
    return out


def forward(em: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Max-sum scores at every position (em: position x label x sentence, zero past a sentence's end)."""
    _, nl, n = em.shape
    score = np.empty_like(em)
    score[0] = em[0]
    t3 = trans[:, :, None]
    buf = np.empty((nl, nl, n), np.float32)
    add, top = np.add, np.maximum.reduce
    for prev, out, e in zip(score[:-1, :, None, :], score[1:], em[1:], strict=True):  # views made in C, not per step
        add(prev, t3, out=buf)
        top(buf, axis=0, out=out)
        add(out, e, out=out)
    return score
