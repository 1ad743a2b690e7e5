# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False, cdivision=True
"""Compiled kernels of the NER CRF's inference: state scores by table gathers, and Viterbi decoding.

Why compiled: tagging an article is ~600 tokens x 9 labels through two CRFs; numpy spends most of that time in
per-call overhead (one call per position in the Viterbi), a C loop does the same arithmetic in a fraction of it.
The arithmetic is the numpy code's, operation for operation (float64 sums for the state scores, added in the same
order; float32 Viterbi scores, first index on ties), so the tags are identical: ``ner_viterbi`` falls back to its
numpy path when this module was not built, and the tests compare the two.
"""
import numpy as np

cimport cython


def emissions(const float[:, :, ::1] tables, const double[::1] bias, const Py_ssize_t[::1] ids,
              const Py_ssize_t[::1] padded, const Py_ssize_t[::1] at, const Py_ssize_t[::1] offsets,
              const double[:, ::1] pair_r, const double[:, ::1] pair_l, const Py_ssize_t[::1] rows):
    """(tokens, labels) state scores: ``tables[0][ids] + bias``, plus ``tables[k][padded[at + offsets[k-1]]]`` for
    each context offset, plus the pair rows before (``pair_r[rows[at - 1]]``) and, when ``pair_l`` has rows, after
    (``pair_l[rows[at]]``) each token: the sums :meth:`CRFWeights.emissions` forms with numpy, in its order."""
    cdef Py_ssize_t n = ids.shape[0], nl = tables.shape[2], nk = offsets.shape[0]
    cdef bint left = pair_l.shape[0] > 0
    out = np.empty((n, nl), np.float64)
    cdef double[:, ::1] e = out
    cdef Py_ssize_t i, k, y, p, t
    cdef double acc
    for i in range(n):
        p = at[i]
        for y in range(nl):
            acc = <double>tables[0, ids[i], y] + bias[y]
            for k in range(nk):
                acc = acc + <double>tables[k + 1, padded[p + offsets[k]], y]
            acc = acc + pair_r[rows[p - 1], y]
            if left:
                acc = acc + pair_l[rows[p], y]
            e[i, y] = acc
    return out


def viterbi(const double[:, ::1] e, const float[:, ::1] trans, const Py_ssize_t[::1] lens):
    """Best label index per token of sentences laid end to end (``lens`` tokens each, all > 0): scores in float32
    (the state scores rounded to float32 first), the first label on ties, as :meth:`Batch.decode`."""
    cdef Py_ssize_t n = e.shape[0], nl = e.shape[1], ns = lens.shape[0]
    path = np.empty(n, np.intp)
    score_arr = np.empty((n, nl), np.float32)
    back_arr = np.zeros((n, nl), np.intp)
    cdef Py_ssize_t[::1] out = path
    cdef float[:, ::1] score = score_arr
    cdef Py_ssize_t[:, ::1] back = back_arr
    cdef Py_ssize_t s, a, m, i, x, y, arg
    cdef float best, v
    a = 0
    for s in range(ns):
        m = lens[s]
        for y in range(nl):
            score[a, y] = <float>e[a, y]
        for i in range(a + 1, a + m):
            for y in range(nl):
                best = score[i - 1, 0] + trans[0, y]
                arg = 0
                for x in range(1, nl):
                    v = score[i - 1, x] + trans[x, y]
                    if v > best:
                        best = v
                        arg = x
                score[i, y] = best + <float>e[i, y]
                back[i, y] = arg
        i = a + m - 1
        y = 0
        for x in range(1, nl):
            if score[i, x] > score[i, y]:
                y = x
        while True:
            out[i] = y
            if i == a:
                break
            y = back[i, y]
            i -= 1
        a += m
    return path


def sum_rows_into(const float[:, ::1] w, const Py_ssize_t[::1] idx, const Py_ssize_t[::1] ends,
                  float[:, :, ::1] tables, Py_ssize_t tid):
    """``tables[k, tid] = w[idx[ends[k-1]:ends[k]]].sum(axis=0)`` for each k (float32, rows added in order, as numpy
    sums a gather over its first axis): a new word type's score rows, one call instead of one numpy sum per row."""
    cdef Py_ssize_t nk = ends.shape[0], nl = w.shape[1], k, j, y, start = 0
    cdef float acc
    for k in range(nk):
        for y in range(nl):
            acc = 0
            for j in range(start, ends[k]):
                acc = acc + w[idx[j], y]
            tables[k, tid, y] = acc
        start = ends[k]
