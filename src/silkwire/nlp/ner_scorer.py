"""CRF inference in numpy, equivalent to crfsuite's Viterbi over the same feature strings (:mod:`ner_features`).

Each word type's summed state weights (its own features and what it adds to neighbours at each offset) are
computed once and cached as rows of a matrix, so tagging an article is a few array gathers plus a Viterbi batched
over its sentences: no per-token string building after warm-up.  An optional second CRF re-tags the article with
document-consistency features read off the first pass (how the article's other mentions of a word were tagged).
"""
from __future__ import annotations

import numpy as np

from silkwire.nlp.ner_features import (
    _CACHE_LIMIT,
    _CONTEXT,
    DOC_OFFSETS,
    END,
    START,
    TYPE_ORDER,
    Lexicons,
    cue_class,
    doc_key,
    pair_strings,
    shape,
    type_strings,
    word_class_strings,
)
from silkwire.nlp.ner_viterbi import Batch, kernels
from silkwire.text.normalize import fold

#: The context offsets of the per-type score tables (rows 1.. of ``CRFWeights.tables``), for the compiled kernel.
_OFFSETS = np.array([off for off, *_ in _CONTEXT], np.intp)


class CRFWeights:
    """One trained CRF as the scorer uses it: attribute index, state weights, transitions, per-type score tables."""

    def __init__(self, attrs: list[str], weights: np.ndarray, trans: np.ndarray, labels: list[str],
                 o_bias: float = 0.0) -> None:
        nl = trans.shape[0]
        self.trans = trans.astype(np.float32)
        self.w = np.vstack([weights.astype(np.float32), np.zeros((1, nl), np.float32)])
        self.none = len(weights)  # index of the all-zero row, for features the model has no weight for
        self.index = {a: i for i, a in enumerate(attrs)}
        self.zero = np.zeros(nl, np.float32)
        # o_bias lowers the score of "O" everywhere: trades precision for recall (float64, as always scored)
        self.bias = np.ascontiguousarray(self.vec(["b"]) - o_bias * (np.array(labels) == "O"), np.float64)
        # per pair of neighbouring word types: what it adds to the right word (word bigram, class bigram) and to
        # the left word (class bigram), float64 as crfsuite sums
        self.pairs: dict[int, int] = {}
        self.classes = any(a.startswith(("cc=", "cn=")) for a in attrs)
        self.word_classes = self.classes and any(a.startswith(("pc=", "nc=")) for a in attrs)
        self.pair_r = np.zeros((1024, nl), np.float64)
        self.pair_l = np.zeros((1024 if self.classes else 0, nl), np.float64)
        # per word type: own scores, then the scores it adds to the word at each context offset; type 0 is the
        # padding around sentences: what "no word here" adds at each offset, and "<S>" for the bigram feature
        self.tables = np.zeros((1 + len(_CONTEXT), 1024, nl), np.float32)
        for k, (off, *_) in enumerate(_CONTEXT, start=1):
            self.tables[k, 0] = self.vec([f"{off}=EDGE"])
        # document-consistency rows by offset and type (last row: no type), zero for a first-pass model
        self.doc = np.zeros((len(DOC_OFFSETS), len(TYPE_ORDER) + 1, nl), np.float32)
        for k, off in enumerate(DOC_OFFSETS):
            for j, typ in enumerate(TYPE_ORDER):
                self.doc[k, j] = self.vec([f"{off or ''}dt={typ}"])
        # a stacked second pass: rows of the word's own first-pass label
        stacked = any(a.startswith("p1=") for a in attrs)
        self.first = np.stack([self.vec(["p1=" + lab]) for lab in labels]) if stacked else None

    def vec(self, feats: list[str]) -> np.ndarray:
        """Summed weights of feature strings (unknown ones score nothing)."""
        idx = [i for i in map(self.index.get, feats) if i is not None]
        return self.w[idx].sum(axis=0) if idx else self.zero

    def set_type(self, tid: int, own: list[str], ctx: dict[int, list[str]]) -> None:
        """Fill the table rows of a new word type (growing the tables when full)."""
        if tid >= self.tables.shape[1]:
            grown = np.zeros((self.tables.shape[0], 2 * tid, self.tables.shape[2]), np.float32)
            grown[:, :tid] = self.tables
            self.tables = grown
        if kernels is None:
            self.tables[0, tid] = self.vec(own)
            for k, (off, *_) in enumerate(_CONTEXT, start=1):
                self.tables[k, tid] = self.vec(ctx[off])
            return
        get, idx, ends = self.index.get, [], []
        for feats in (own, *(ctx[off] for off, *_ in _CONTEXT)):
            idx += [i for i in map(get, feats) if i is not None]
            ends.append(len(idx))
        kernels.sum_rows_into(self.w, np.array(idx, np.intp), np.array(ends, np.intp), self.tables, tid)

    def emissions(self, ids: np.ndarray, padded: np.ndarray, batch: Batch, types: TypeInfo) -> np.ndarray:
        """(tokens, labels) state scores (float64 sums, as scored since the first model) by shifted gathers: in the
        compiled kernel when it is installed, else in numpy, the same sums in the same order."""
        at = batch.at
        # every pair of neighbours in the padded row, looked up once: the pair before a token and the pair after it
        rows = np.array(self._pair_ids(padded[:-1], padded[1:], types), np.intp)  # first: may grow the tables
        if kernels is not None:
            return kernels.emissions(self.tables, self.bias, ids, padded, at, _OFFSETS, self.pair_r, self.pair_l, rows)
        e = self.tables[0][ids] + self.bias
        for k, (off, *_) in enumerate(_CONTEXT, start=1):
            e += self.tables[k][padded[at + off]]
        e += self.pair_r[rows[at - 1]]
        if self.classes:
            e += self.pair_l[rows[at]]
        return e

    def _pair_ids(self, left: np.ndarray, right: np.ndarray, types: TypeInfo) -> list[int]:
        """Row of each pair of neighbouring word types in the pair tables, built on first sight."""
        keys = (left << 32 | right).tolist()
        rows = list(map(self.pairs.get, keys))
        if None in rows:
            missing = [i for i, r in enumerate(rows) if r is None]
            self._new_pairs({keys[i]: (int(left[i]), int(right[i])) for i in missing}, types)
            rows = list(map(self.pairs.get, keys))
        return rows

    def _new_pairs(self, new: dict[int, tuple[int, int]], types: TypeInfo) -> None:
        """Rows for pairs of word types first seen together: their feature strings looked up in Python, the weight
        rows summed for all of them at once in numpy (float64, added in the order crfsuite sums them)."""
        first = len(self.pairs)
        for key in new:
            self.pairs[key] = len(self.pairs)
        ks = np.arange(first, len(self.pairs))
        while len(self.pairs) > len(self.pair_r):
            self.pair_r = np.vstack([self.pair_r, np.zeros_like(self.pair_r)])
            if self.classes:
                self.pair_l = np.vstack([self.pair_l, np.zeros_like(self.pair_l)])
        get, none, folded, cls = self.index.get, self.none, types.folded, types.cls
        pairs = list(new.values())
        self.pair_r[ks] = self.w[[get("bg=" + folded[a] + "|" + folded[b], none) for a, b in pairs]]
        if not self.classes:
            return
        classes = [(cls[a] if a else START, cls[b] if b else END) for a, b in pairs]
        right_left = [pair_strings(ca, cb) for ca, cb in classes]
        self.pair_r[ks] += self.w[[get(cr, none) for cr, _ in right_left]]
        self.pair_l[ks] = self.w[[get(cl, none) for _, cl in right_left]]
        if self.word_classes:  # the padding's folded form is "<S>" on both sides, as in training
            words = [word_class_strings(folded[a], ca, folded[b], cb)
                     for (a, b), (ca, cb) in zip(pairs, classes, strict=True)]
            self.pair_r[ks] += self.w[[get(wr, none) for wr, _ in words]]
            self.pair_l[ks] += self.w[[get(wl, none) for _, wl in words]]

    def add_doc(self, e: np.ndarray, types: np.ndarray, batch: Batch) -> np.ndarray:
        """``e`` plus the document-consistency rows of each token's own and neighbours' types."""
        padded = batch.padded(types, len(TYPE_ORDER))
        for k, off in enumerate(DOC_OFFSETS):
            e += self.doc[k][padded[batch.at + off]]
        return e


class TypeInfo:
    """What the pair features need of a word type: its folded form and cue class, by type id (0: padding)."""

    def __init__(self) -> None:
        self.folded: list[str] = ["<S>"]
        self.cls: list[str] = [START]


class Scorer:
    """Word-type cache shared by the passes, the passes' weights, and span reading."""

    def __init__(self, labels: list[str], passes: list[CRFWeights], gazetteer: dict[str, str],
                 extra: Lexicons | None = None, common: list[str] | None = None) -> None:
        self.labels = labels
        self.outside = labels.index("O") if "O" in labels else -1
        self._types_of = sorted({lab.partition("-")[2] for lab in labels} - {""})
        self._kind = np.array([self._types_of.index(t) if (t := lab.partition("-")[2]) else -1 for lab in labels])
        self._doc_kind = np.array([TYPE_ORDER.index(t) if (t := lab.partition("-")[2]) else -1 for lab in labels])
        self._is_i = np.array([lab.startswith("I-") for lab in labels])
        self.passes = passes
        self.trans = passes[0].trans
        self._gaz = gazetteer
        self._extra = self.lexicons = extra or {}
        self.common = self._common = frozenset(common or ())
        self._types: dict[str | None, int] = {}
        self._info = TypeInfo()
        self._folded = self._info.folded  # by type id
        self._dkeys: dict[str, int] = {}
        self._cand = np.zeros(1024, bool)
        self._dkey = np.full(1024, -1, np.intp)  # by type id: document key id, -1 for words that cannot be names
        self._reset()

    def _reset(self) -> None:
        self._types.clear()
        self._info = TypeInfo()
        self._folded = self._info.folded
        self._dkeys.clear()
        for p in self.passes:
            p.pairs.clear()
        self._types[None] = 0

    def _type_id(self, word: str) -> int:
        tid = self._types.get(word)
        if tid is not None:  # a new word seen twice in one call
            return tid
        tid = self._types[word] = len(self._types)
        if tid >= len(self._cand):
            self._cand = np.concatenate([self._cand, np.zeros(tid, bool)])
            self._dkey = np.concatenate([self._dkey, np.full(tid, -1, np.intp)])
        w = fold(word)
        self._folded.append(w)
        self._info.cls.append(cue_class(w, self._gaz, self._extra))
        k = doc_key(w)
        self._dkey[tid] = -1 if k is None else self._dkeys.setdefault(k, len(self._dkeys))
        own, ctx = type_strings(w, self._gaz, self._extra)
        for p in self.passes:
            p.set_type(tid, own, ctx)
        self._cand[tid] = w not in self._common and shape(w) in "AL"
        return tid

    def ids(self, words: list[str]) -> np.ndarray:
        """Type ids of raw words (a C-level map over the cache; new types built once)."""
        if len(self._types) >= _CACHE_LIMIT:
            self._reset()
        got = list(map(self._types.get, words))
        if None in got:
            got = [self._type_id(w) if t is None else t for w, t in zip(words, got, strict=True)]
        return np.array(got, np.intp)

    def folded(self, word: str) -> str:
        """The folded form of a raw word, from the type cache when the word was seen."""
        tid = self._types.get(word)
        return fold(word) if tid is None else self._folded[tid]

    def candidates(self, ids: np.ndarray) -> np.ndarray:
        """Per token: may it be (part of) a name? False for frequent words the training data never tags."""
        return self._cand[ids]

    def tag_batch(self, sents: list[list[str]], passes: int | None = None) -> list[list[str]]:
        """BIO tags for several sentences of one document."""
        keep = [s for s in sents if s]
        if not keep:
            return [[] for _ in sents]
        lens = np.array([len(s) for s in keep])
        flat = self.tag_ids(self.ids([w for s in keep for w in s]), lens, passes)
        paths = iter(np.split(flat, np.cumsum(lens)[:-1]))
        lab = self.labels
        return [[lab[j] for j in next(paths).tolist()] if s else [] for s in sents]

    def tag_ids(self, ids: np.ndarray, lens: np.ndarray, passes: int | None = None) -> np.ndarray:
        """Label index per token (type ids of one document's sentences laid end to end, ``lens`` > 0 each): the
        first pass, then (if the model has one) the second pass with the first pass's document types."""
        batch = Batch.of(lens)
        padded = batch.padded(ids)
        use = self.passes[: passes or len(self.passes)]
        e = use[0].emissions(ids, padded, batch, self._info)
        flat = batch.decode(e, use[0].trans, self.outside)
        for p in use[1:]:
            types = self.doc_types(ids, flat)
            if p is use[0]:
                flat = self._redecode(p, e, types, batch, flat)
                continue
            e2 = p.add_doc(p.emissions(ids, padded, batch, self._info), types, batch)
            if p.first is not None:
                e2 += p.first[flat]
            flat = batch.decode(e2, p.trans, self.outside)
        return flat

    def _redecode(self, p: CRFWeights, e: np.ndarray, types: np.ndarray, batch: Batch, flat: np.ndarray) -> np.ndarray:
        """Second pass of a model that is its own first pass: only sentences holding a document type change
        (decoding is per sentence), so only those are decoded again, with the document rows added."""
        hit = types != len(TYPE_ORDER)
        if not hit.any():
            return flat
        sents = np.unique(batch.rows[hit])
        keep = np.isin(batch.rows, sents)
        sub = Batch.of(batch.lens[sents])
        e2 = p.add_doc(e[keep], types[keep], sub)
        out = flat.copy()
        out[keep] = sub.decode(e2, p.trans, self.outside)
        return out

    def doc_types(self, ids: np.ndarray, flat: np.ndarray) -> np.ndarray:
        """Per token: index in TYPE_ORDER of the type the other mentions of its stem were tagged with most
        (len(TYPE_ORDER) for none), as :func:`ner_features.doc_types` computes it from strings."""
        none = len(TYPE_ORDER)
        keys = self._dkey[ids]
        kind = self._doc_kind[flat]
        ent = (kind >= 0) & (keys >= 0)
        out = np.full(len(ids), none, np.intp)
        if not ent.any():
            return out
        named = np.unique(keys[ent])
        slot = np.searchsorted(named, keys)
        hit = (keys >= 0) & (slot < len(named)) & (named[np.minimum(slot, len(named) - 1)] == keys)
        counts = np.zeros((len(named), none), np.intp)
        np.add.at(counts, (slot[ent], kind[ent]), 1)
        idx = np.flatnonzero(hit)
        others = counts[slot[idx]]
        own = ent[idx]
        others[own.nonzero()[0], kind[idx][own]] -= 1
        best = others.argmax(axis=1)
        out[idx] = np.where(others.max(axis=1) > 0, best, none)
        return out

    def spans(self, flat: np.ndarray, lens: np.ndarray) -> list[tuple[int, int, str]]:
        """(first, last exclusive, type) entity spans of label indices laid end to end, as ``bio_spans`` reads
        each sentence: an I- continues only a span of its own type in the same sentence."""
        kind, is_i = self._kind[flat], self._is_i[flat]
        first = np.zeros(len(flat), bool)
        first[np.cumsum(lens) - lens] = True
        cont = is_i & ~first
        cont[1:] &= kind[1:] == kind[:-1]
        named = kind >= 0
        starts = np.flatnonzero(named & ~cont)
        nxt = np.append(cont[1:], False)
        ends = np.flatnonzero(named & ~nxt) + 1
        types = self._types_of
        return [(a, b, types[k]) for a, b, k in zip(starts.tolist(), ends.tolist(), kind[starts].tolist(), strict=True)]
