"""Statistical Arabic NER: a linear-chain CRF (python-crfsuite) trained on ANERcorp by ``scripts/train_ner.py``.

Why a CRF and not a neural tagger: it needs no torch, loads in ~0.1 s, and inference is done in numpy with
per-word-type score caching, so no per-token string work is left after warm-up (figures in docs/NER.md).  The model
labels whole words as written (clitics attached, as in ANERcorp); :meth:`StatisticalNER.predict` then drops a
proclitic (و ف ب ل ك) from the first word of a span when the stem is the better-attested word.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress
from pathlib import Path
from typing import Any

import numpy as np

from silkwire.errors import SilkwireError
from silkwire.text.normalize import fold
from silkwire.text.segment import _TOKEN, token_table

#: Packaged model directory (built by ``python3 scripts/train_ner.py``).
DEFAULT_MODEL_DIR = Path(__file__).with_name("ner_model")
WEIGHTS_FILE = "weights.npz"
ATTRS_FILE = "attributes.txt"
META_FILE = "meta.json"
BUILD_COMMAND = "python3 scripts/train_ner.py --out {path}"
LABELS = ("PER", "ORG", "LOC", "MISC")

_ARTICLE_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
_CONJ = "وف"
_PREP = "بلك"
_CONTEXT = ((-2, "w", "s"), (-1, "w", "s", "x3", "p", "s1"), (1, "w", "s", "x3", "p", "s1"), (2, "w", "s"))
_CACHE_LIMIT = 200_000


_SENT_FINAL = frozenset(".!?؟…")
#: Longer runs without a full stop are cut (lists, tables): bounds the Viterbi length, as ANERcorp's sentences are.
MAX_SENTENCE = 150
Tok = tuple[int, int, str]


def split_sentences(text: str) -> list[list[Tok]]:
    """Tokens of ``text`` (the project's tokeniser pattern, original offsets) grouped into sentences.

    A sentence ends after . ! ? ؟ … or at a line break, like ANERcorp's sentence boundaries; done on tokens in one
    pass because the model needs token lists, not sentence strings.
    """
    out: list[list[Tok]] = []
    cur: list[Tok] = []
    prev_end = 0
    for m in _TOKEN.finditer(text):
        s, e, w = m.start(), m.end(), m.group()
        if cur and ("\n" in text[prev_end:s] or len(cur) >= MAX_SENTENCE):
            out.append(cur)
            cur = []
        cur.append((s, e, w))
        prev_end = e
        if w in _SENT_FINAL:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def sentence_ranges(texts: list[str], gaps: list[str]) -> list[tuple[int, int]]:
    """(first, last exclusive) token indices of the sentences of a token table (``gaps[i]`` is the text before
    token ``i``): the same boundaries as :func:`split_sentences`, from the caller's tokens, with no regex pass."""
    n = len(texts)
    cuts = {i + 1 for i in compress(range(n), map(_SENT_FINAL.__contains__, texts))}
    cuts.update(compress(range(n), ["\n" in g for g in gaps[:n]]))
    out: list[tuple[int, int]] = []
    a = 0
    for c in sorted(cuts | {n}):
        while c - a > MAX_SENTENCE:
            out.append((a, a + MAX_SENTENCE))
            a += MAX_SENTENCE
        if c > a:
            out.append((a, c))
            a = c
    return out


class ModelMissingError(SilkwireError, FileNotFoundError):
    """The trained NER model files are not where they were looked for."""


def stem_of(w: str) -> tuple[str, str]:
    """(proclitic, stem) of a folded word: conjunction, preposition and article stripped, rough but deterministic."""
    for p in _ARTICLE_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 2:
            return p, w[len(p):]
    if len(w) >= 4 and w[0] in _CONJ:
        return w[0], w[1:]
    return "", w


def shape(w: str) -> str:
    """Coarse character class of a word: digit, latin, punctuation or arabic."""
    if w.isdigit() or w.replace(".", "").replace(",", "").isdigit():
        return "D"
    if w.isascii() and w.isalpha():
        return "L"
    if not any(c.isalnum() for c in w):
        return "P"
    return "A"


def word_features(w: str) -> dict[str, str]:
    """Context-free features of one folded word, by feature name (cached per word type by the caller)."""
    pre, stem = stem_of(w)
    return {
        "w": w, "s": stem, "pre": pre, "sh": shape(w), "len": str(min(len(stem), 8)),
        "p2": stem[:2], "p3": stem[:3], "x2": w[-2:], "x3": w[-3:], "x4": w[-4:],
        "sx2": stem[-2:], "p": pre[:1],
        "s1": w[1:] if len(w) >= 5 and w[0] in "وفبلك" else w,
    }


#: Extra word lists (feature name -> folded word -> value), e.g. person-name units, places, title words.
Lexicons = dict[str, dict[str, str]]


def type_strings(w: str, gaz: dict[str, str], extra: Lexicons | None = None) -> tuple[list[str], dict[int, list[str]]]:
    """(own feature strings, strings contributed to the word at each context offset) of a folded word."""
    f = word_features(w)
    own = [f"{k}={v}" for k, v in f.items()]
    g = gaz.get(f["s"]) or gaz.get(w)
    if g:
        own.append("gaz=" + g)
    ctx = {off: [f"{off}{k}={f[k]}" for k in keys] for off, *keys in _CONTEXT}
    if g:
        for off in (-1, 1):
            ctx[off].append(f"{off}gaz={g}")
    for name, table in (extra or {}).items():
        v = table.get(w) or table.get(f["s"]) or table.get(f["s1"])
        if v:
            own.append(f"{name}={v}")
            for off in (-2, -1, 1):
                ctx[off].append(f"{off}{name}={v}")
    return own, ctx


class FeatureCache:
    """Per word type: its own feature strings and the strings it contributes to neighbours at each offset."""

    def __init__(self, gazetteer: dict[str, str] | None = None, extra: Lexicons | None = None) -> None:
        self.gaz = gazetteer or {}
        self.extra = extra or {}
        self._own: dict[str, list[str]] = {}
        self._ctx: dict[str, dict[int, list[str]]] = {}
        self._fold: dict[str, str] = {}

    def folded(self, word: str) -> str:
        """The folded form of a raw word (cached)."""
        f = self._fold.get(word)
        if f is None:
            f = self._fold[word] = fold(word)
        return f

    def _build(self, w: str) -> None:
        self._own[w], self._ctx[w] = type_strings(w, self.gaz, self.extra)

    def sequence(self, words: list[str]) -> list[list[str]]:
        """Feature lists for a sentence of raw words (folding is done here)."""
        if len(self._own) > _CACHE_LIMIT:
            self._own.clear()
            self._ctx.clear()
            self._fold.clear()
        ws = [self.folded(x) for x in words]
        for w in ws:
            if w not in self._own:
                self._build(w)
        n = len(ws)
        out = []
        for i, w in enumerate(ws):
            feats = ["b"] + self._own[w]
            prev = ws[i - 1] if i else "<S>"
            feats.append("bg=" + prev + "|" + w)
            for off, *_ in _CONTEXT:
                j = i + off
                if 0 <= j < n:
                    feats += self._ctx[ws[j]][off]
                else:
                    feats.append(f"{off}=EDGE")
            out.append(feats)
        return out


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans (first, last exclusive, type) from BIO/IOB1 tags; an I- after another type starts a span."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, t in enumerate([*tags, "O"]):
        bio, _, typ = t.partition("-")
        if kind and (bio != "I" or typ != kind):
            spans.append((start, i, kind))
            kind = ""
        if bio in ("B", "I") and not kind:
            start, kind = i, typ
    return spans


class Scorer:
    """CRF inference in numpy, equivalent to crfsuite's Viterbi over the same feature strings.

    Each word type's summed state weights (its own features and what it adds to neighbours at each offset) are
    computed once and cached as rows of a matrix, so tagging an article is a few array gathers plus a Viterbi
    batched over its sentences: no per-token string building after warm-up.
    """

    def __init__(self, attrs: list[str], weights: np.ndarray, trans: np.ndarray, labels: list[str],
                 gazetteer: dict[str, str], o_bias: float = 0.0, extra: Lexicons | None = None,
                 common: list[str] | None = None) -> None:
        self.labels = labels
        self.outside = labels.index("O") if "O" in labels else -1
        self._types_of = sorted({lab.partition("-")[2] for lab in labels} - {""})
        self._kind = np.array([self._types_of.index(t) if (t := lab.partition("-")[2]) else -1 for lab in labels])
        self._is_i = np.array([lab.startswith("I-") for lab in labels])
        self.trans = trans.astype(np.float32)
        self._w = np.vstack([weights.astype(np.float32), np.zeros((1, len(labels)), np.float32)])
        self._none = len(weights)  # index of the all-zero row, for features the model has no weight for
        self._index = {a: i for i, a in enumerate(attrs)}
        self._zero = np.zeros(len(labels), np.float32)
        # o_bias lowers the score of "O" everywhere: trades precision for recall (tuned on dev by train_ner.py)
        self._bias = self._vec(["b"]) - o_bias * (np.array(labels) == "O")
        self._gaz = gazetteer
        self._extra = self.lexicons = extra or {}
        self._types: dict[str | None, int] = {}
        self._folded: list[str] = []  # by type id
        self._bigrams: dict[int, int] = {}
        self.common = self._common = frozenset(common or ())
        self._cand = np.zeros(1024, bool)
        # per word type: own scores, then the scores it adds to the word at each context offset; type 0 is the
        # padding around sentences: what "no word here" adds at each offset, and "<S>" for the bigram feature
        self._tables = np.zeros((1 + len(_CONTEXT), 1024, len(labels)), np.float32)
        for k, (off, *_) in enumerate(_CONTEXT, start=1):
            self._tables[k, 0] = self._vec([f"{off}=EDGE"])
        self._reset()

    def _reset(self) -> None:
        self._types.clear()
        self._folded.clear()
        self._bigrams.clear()
        self._types[None] = 0
        self._folded.append("<S>")

    def _vec(self, feats: list[str]) -> np.ndarray:
        idx = [i for i in map(self._index.get, feats) if i is not None]
        return self._w[idx].sum(axis=0) if idx else self._zero

    def _type_id(self, word: str) -> int:
        tid = self._types.get(word)
        if tid is None:
            tid = self._types[word] = len(self._types)
            if tid >= self._tables.shape[1]:
                grown = np.zeros((self._tables.shape[0], 2 * tid, self._tables.shape[2]), np.float32)
                grown[:, :tid] = self._tables
                self._tables = grown
                self._cand = np.concatenate([self._cand, np.zeros(tid, bool)])
            w = fold(word)
            self._folded.append(w)
            own, ctx = type_strings(w, self._gaz, self._extra)
            self._tables[0, tid] = self._vec(own)
            for k, (off, *_) in enumerate(_CONTEXT, start=1):
                self._tables[k, tid] = self._vec(ctx[off])
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

    def emissions(self, sents: list[list[str]]) -> np.ndarray:
        """(tokens, labels) state scores for the sentences' words laid end to end, in one pass of array gathers."""
        return self.emissions_ids(self.ids([w for s in sents for w in s]), np.array([len(s) for s in sents]))

    def emissions_ids(self, ids: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Emissions for type ids of sentences laid end to end (``lens`` words each): the sentences are laid out
        with two padding tokens around each, so every context offset is one shifted gather."""
        at = np.arange(len(ids)) + 2 * np.repeat(np.arange(1, len(lens) + 1), lens)  # places in the padded row
        padded = np.zeros(len(ids) + 2 * len(lens) + 2, np.intp)
        padded[at] = ids
        e = self._tables[0][ids] + self._bias
        for k, (off, *_) in enumerate(_CONTEXT, start=1):
            e += self._tables[k][padded[at + off]]
        e += self._w[self._bigram_rows(ids, padded[at - 1])]
        return e

    def _bigram_rows(self, ids: np.ndarray, prev: np.ndarray) -> list[int]:
        """Weight row of each token's previous-word bigram feature, cached per pair of type ids."""
        keys = (prev << 32 | ids).tolist()
        rows = list(map(self._bigrams.get, keys))
        if None in rows:
            get, none, folded = self._index.get, self._none, self._folded
            for i in [i for i, r in enumerate(rows) if r is None]:
                rows[i] = self._bigrams[keys[i]] = get("bg=" + folded[prev[i]] + "|" + folded[ids[i]], none)
        return rows

    def tag_batch(self, sents: list[list[str]]) -> list[list[str]]:
        """BIO tags for several sentences: one Viterbi over all of them, longest first, shrinking as they end."""
        keep = [s for s in sents if s]
        if not keep:
            return [[] for _ in sents]
        lens = np.array([len(s) for s in keep])
        flat = self.tag_ids(self.ids([w for s in keep for w in s]), lens)
        paths = iter(np.split(flat, np.cumsum(lens)[:-1]))
        lab = self.labels
        return [[lab[j] for j in next(paths).tolist()] if s else [] for s in sents]

    def tag_ids(self, ids: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Label index per token (type ids of sentences laid end to end, ``lens`` > 0 each): batched Viterbi."""
        e = self.emissions_ids(ids, lens)
        order = np.argsort(-lens, kind="stable")
        srt = lens[order]
        n, longest, nl = len(srt), int(srt[0]), len(self.labels)
        within = np.arange(int(srt.sum())) - np.repeat(np.cumsum(srt) - srt, srt)
        em = np.zeros((n, longest, nl), np.float32)
        rows, src = np.repeat(np.arange(n), srt), np.repeat((np.cumsum(lens) - lens)[order], srt) + within
        em[rows, within] = e[src]
        longer = np.searchsorted(-srt, -np.arange(longest + 1), side="left").tolist()  # sentences longer than t
        flat = np.empty(len(ids), np.intp)
        flat[src] = np.fromiter(chain.from_iterable(self._viterbi(em, srt.tolist(), longer)), np.intp, len(ids))
        return flat

    def _viterbi(self, em: np.ndarray, srt: list[int], longer: list[int]) -> list[list[int]]:
        """Best label paths of sentences sorted longest first (em: sentence, position, label), batched over the
        sentences still running; the backtrace is plain Python over lists (cheaper than numpy calls per step)."""
        n, nl = len(srt), em.shape[2]
        emt = np.ascontiguousarray(em.transpose(1, 0, 2))
        score = emt[0].copy()
        final = np.empty_like(score)
        buf = np.empty((n, nl, nl), np.float32)
        backs: list[list[list[int]]] = [[]]
        k = n
        for t in range(1, srt[0]):
            if longer[t] < k:
                final[longer[t]:k] = score[longer[t]:k]
                k = longer[t]
            cand = np.add(score[:k, :, None], self.trans, out=buf[:k])
            backs.append(cand.argmax(axis=1).tolist())
            cand.max(axis=1, out=score[:k])
            score[:k] += emt[t, :k]
        final[:k] = score[:k]
        paths = []
        for i, y in enumerate(final.argmax(axis=1).tolist()):
            p = [y]
            for t in range(srt[i] - 1, 0, -1):
                y = backs[t][i][y]
                p.append(y)
            p.reverse()
            paths.append(p)
        return paths

    def spans(self, flat: np.ndarray, lens: np.ndarray) -> list[tuple[int, int, str]]:
        """(first, last exclusive, type) entity spans of label indices laid end to end, as :func:`bio_spans` reads
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


@dataclass(frozen=True)
class _Meta:
    vocab: dict[str, int]
    gazetteer: dict[str, str]


class StatisticalNER:
    """A loaded CRF tagger; :meth:`predict` gives character spans with labels PER/ORG/LOC/MISC."""

    def __init__(self, scorer: Scorer, meta: _Meta) -> None:
        self._scorer = scorer
        self._meta = meta
        self._clitic: dict[str, int] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> StatisticalNER:
        """The model in ``path`` (default: the packaged one); cached per path; never touches the network."""
        return _load(str(Path(path) if path else DEFAULT_MODEL_DIR))

    def tag_sentences(self, sents: list[list[str]]) -> list[list[str]]:
        """BIO tags for sentences of words (as written)."""
        return self._scorer.tag_batch(sents)

    def predict(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label) character spans into ``text``, proclitics stripped from the first word."""
        t = token_table(text)
        return self.predict_tokens(t.texts, t.starts, t.ends, t.gaps)

    def predict_tokens(self, texts: list[str], starts: list[int], ends: list[int], gaps: list[str],
                       skip_common: bool = False) -> list[tuple[int, int, str]]:
        """:meth:`predict` on the caller's token table (``gaps[i]``: the text before token ``i``), so a pipeline
        that has tokenised the article already pays no second pass.  ``skip_common`` leaves out sentences whose
        every word is a frequent word the training data never tags (figures in docs/NER.md)."""
        ranges = sentence_ranges(texts, gaps)
        if not ranges:
            return []
        n_all, sc = len(ranges), self._scorer
        ids = sc.ids(texts)
        if skip_common:
            cand = sc.candidates(ids)
            ranges = [(a, b) for a, b in ranges if cand[a:b].any()]
            if not ranges:
                return []
        lens = np.array([b - a for a, b in ranges])
        whole = len(ranges) == n_all
        sel = ids if whole else np.concatenate([ids[a:b] for a, b in ranges])
        at = np.arange(len(ids)) if whole else np.concatenate([np.arange(a, b) for a, b in ranges])
        out: list[tuple[int, int, str]] = []
        clitic = self._clitic
        for x, y, label in sc.spans(sc.tag_ids(sel, lens), lens):
            i, j = int(at[x]), int(at[y - 1])
            first = texts[i]
            skip = 0
            if y - x > 1 or len(first) > 3:
                skip = clitic.get(first)
                if skip is None:
                    skip = self.clitic_length(first)
                    if len(clitic) < _CACHE_LIMIT:
                        clitic[first] = skip
            out.append((starts[i] + skip, ends[j], label))
        return out

    def is_common(self, word: str) -> bool:
        """Is ``word`` (as written) a frequent word the training data never tags?  A span made only of such words
        is more likely a phrase than a name (callers use it to filter spans)."""
        return self._scorer.folded(word) in self._scorer.common

    def is_adjective(self, prev: str, words: list[str], label: str) -> bool:
        """A one-word PER span with the article right after a definite word that is no title or nisba
        (التوافق الهام): Arabic noun-adjective agreement, not a name (الرئيس الأسد and السوري الأسد are kept)."""
        if label != "PER" or len(words) != 1:
            return False
        w, p = self._scorer.folded(words[0]), self._scorer.folded(prev)
        cues = self._scorer.lexicons.get("ttl", {})
        return w.startswith("ال") and p.startswith("ال") and len(p) > 3 and p not in cues

    def clitic_length(self, word: str) -> int:
        """How many leading letters of an entity's first word are a proclitic (0 if the word is the name).

        و/ف are stripped unless the whole word is the better-attested form (وليد, وانغ) or, for an unseen
        word, the rest begins like a transliterated W-name (وا, وي, وو).  ب/ل/ك only when the stem is attested
        and the whole word is not (بكين and لندن keep their first letter).
        """
        vocab = self._meta.vocab
        w = fold(word)
        for k in (2, 1):
            head, rest = w[:k], w[k:]
            if len(rest) < 3 or not _is_proclitic(head):
                continue
            whole, stem = vocab.get(w, 0), vocab.get(rest, 0) + vocab.get("ا" + rest, 0) * (head[-1] == "ل")
            if stem > whole:
                return k
            if k == 1 and head in _CONJ and whole == 0 and stem == 0 and rest[0] not in "اوي":
                return k
        return 0


def _is_proclitic(head: str) -> bool:
    if len(head) == 1:
        return head in _CONJ + _PREP
    return head[0] in _CONJ and head[1] in _PREP


@lru_cache(maxsize=4)
def _load(path: str) -> StatisticalNER:
    d = Path(path)
    missing = [f for f in (WEIGHTS_FILE, ATTRS_FILE, META_FILE) if not (d / f).is_file()]
    if missing:
        raise ModelMissingError(
            f"statistical NER model not found in {d} (missing {', '.join(missing)}); "
            f"build it with: {BUILD_COMMAND.format(path=d)}"
        )
    raw = json.loads((d / META_FILE).read_text(encoding="utf-8"))
    attrs = (d / ATTRS_FILE).read_text(encoding="utf-8").split("\n")
    with np.load(d / WEIGHTS_FILE) as z:
        w = np.zeros((len(attrs), len(raw["labels"])), np.float32)
        w[z["rows"], z["cols"]] = z["vals"]
        trans = z["trans"]
    gaz = raw.get("gazetteer", {})
    scorer = Scorer(attrs, w, trans, raw["labels"], gaz, raw.get("o_bias", 0.0), raw.get("lexicons", {}),
                    raw.get("common"))
    return StatisticalNER(scorer, _Meta(raw["vocab"], gaz))


def char_spans_to_doc(doc: Any, spans: list[tuple[int, int, str]]) -> list[Any]:
    """spaCy spans for character spans, expanded to token boundaries (spaCy's Arabic tokenizer keeps clitics on)."""
    out = []
    for s, e, label in spans:
        span = doc.char_span(s, e, label=label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def make_component(nlp: Any, name: str, model_path: str | None, set_ents: bool) -> Callable[[Any], Any]:
    """spaCy component: doc.spans["statistical"], doc.ents (non-overlapping, if set_ents) and the exact
    clitic-stripped character spans in doc.user_data["statistical_char_spans"]."""
    from spacy.util import filter_spans

    model = StatisticalNER.load(Path(model_path) if model_path else None)

    def component(doc: Any) -> Any:
        chars = model.predict(doc.text)
        spans = char_spans_to_doc(doc, chars)
        doc.user_data["statistical_char_spans"] = chars
        doc.spans["statistical"] = spans
        if set_ents:
            doc.ents = filter_spans(spans)
        return doc

    return component


def register_spacy_factory() -> None:
    """Register the ``silkwire_statistical_ner`` factory (idempotent).  Done on import when spaCy is already
    loaded; call it yourself otherwise (importing spaCy costs ~1.5 s, which predict() alone does not need)."""
    from spacy.language import Language

    if not Language.has_factory("silkwire_statistical_ner"):
        Language.factory("silkwire_statistical_ner", default_config={"model_path": None, "set_ents": True})(
            make_component
        )


if "spacy" in sys.modules:
    register_spacy_factory()
