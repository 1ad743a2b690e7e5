"""Statistical Arabic NER: a linear-chain CRF (python-crfsuite) trained on ANERcorp by ``scripts/train_ner.py``.

Why a CRF and not a neural tagger: it needs no torch, loads in ~0.2 s, and inference is done in numpy with
per-word-type score caching, so no per-token string work is left after warm-up (figures in docs/NER.md).  The model
reads an article twice: the second pass sees how the first tagged the article's other mentions of each word.  It
labels whole words as written (clitics attached, as in ANERcorp); :meth:`StatisticalNER.predict` then drops a
proclitic (و ف ب ل ك) from the first word of a span when the stem is the better-attested word.

Features live in :mod:`ner_features`, the numpy scorer in :mod:`ner_scorer`, the decoder in :mod:`ner_viterbi`;
this module is the API, the loader and the spaCy factory, and re-exports the names other modules import.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from silkwire.errors import SilkwireError
from silkwire.nlp.ner_features import (
    _CACHE_LIMIT,
    _CONJ,
    _PREP,
    LABELS,
    MAX_SENTENCE,
    FeatureCache,
    Lexicons,
    bio_spans,
    sentence_ranges,
    shape,
    split_sentences,
    stem_of,
    type_strings,
    word_features,
)
from silkwire.nlp.ner_scorer import CRFWeights, Scorer
from silkwire.text.normalize import fold
from silkwire.text.segment import token_table

__all__ = [
    "ATTRS_FILE",
    "DEFAULT_MODEL_DIR",
    "DOC_ATTRS_FILE",
    "DOC_WEIGHTS_FILE",
    "LABELS",
    "MAX_SENTENCE",
    "META_FILE",
    "WEIGHTS_FILE",
    "CRFWeights",
    "FeatureCache",
    "Lexicons",
    "ModelMissingError",
    "Scorer",
    "StatisticalNER",
    "bio_spans",
    "register_spacy_factory",
    "sentence_ranges",
    "shape",
    "split_sentences",
    "stem_of",
    "type_strings",
    "word_features",
]

#: Packaged model directory (built by ``python3 scripts/train_ner.py``).
DEFAULT_MODEL_DIR = Path(__file__).with_name("ner_model")
WEIGHTS_FILE = "weights.npz"
ATTRS_FILE = "attributes.txt"
META_FILE = "meta.json"
#: The second-pass model (document-consistency features), optional.
DOC_WEIGHTS_FILE = "doc_weights.npz"
DOC_ATTRS_FILE = "doc_attributes.txt"
BUILD_COMMAND = "python3 scripts/train_ner.py --out {path}"


class ModelMissingError(SilkwireError, FileNotFoundError):
    """The trained NER model files are not where they were looked for."""


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

    def tag_sentences(self, sents: list[list[str]], passes: int | None = None) -> list[list[str]]:
        """BIO tags for sentences of words (as written), read as one document: the second pass (when the model
        has one) sees how the first tagged the other mentions of each word.  ``passes=1``: first pass only."""
        return self._scorer.tag_batch(sents, passes)

    @property
    def passes(self) -> int:
        """1, or 2 when the model has a document-consistency second pass."""
        return len(self._scorer.passes)

    def predict(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label) character spans into ``text``, proclitics stripped from the first word."""
        t = token_table(text)
        return self.predict_tokens(t.texts, t.starts, t.ends, t.gaps)

    def predict_tokens(self, texts: list[str], starts: list[int], ends: list[int], gaps: list[str],
                       skip_common: bool = False, passes: int | None = None) -> list[tuple[int, int, str]]:
        """:meth:`predict` on the caller's token table (``gaps[i]``: the text before token ``i``), so a pipeline
        that has tokenised the article already pays no second pass.  ``skip_common`` leaves out sentences whose
        every word is a frequent word the training data never tags (figures in docs/NER.md); ``passes=1`` runs
        the first pass only (faster, less consistent: see docs/NER.md).  The article is one document."""
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
        for x, y, label in sc.spans(sc.tag_ids(sel, lens, passes), lens):
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
    gaz = raw.get("gazetteer", {})
    labels = raw["labels"]
    passes = [_weights(d, WEIGHTS_FILE, ATTRS_FILE, labels, raw.get("o_bias", 0.0))]
    if raw.get("second_pass") == "self":  # one model: its own first pass feeds its document features
        passes.append(passes[0])
    elif (d / DOC_WEIGHTS_FILE).is_file() and (d / DOC_ATTRS_FILE).is_file():
        passes.append(_weights(d, DOC_WEIGHTS_FILE, DOC_ATTRS_FILE, labels, raw.get("o_bias", 0.0)))
    scorer = Scorer(labels, passes, gaz, raw.get("lexicons", {}), raw.get("common"))
    return StatisticalNER(scorer, _Meta(raw["vocab"], gaz))


def _weights(d: Path, weights_file: str, attrs_file: str, labels: list[str], o_bias: float) -> CRFWeights:
    """One CRF's exported files (sparse state weights, transitions, attribute strings) as scorer weights."""
    attrs = (d / attrs_file).read_text(encoding="utf-8").split("\n")
    with np.load(d / weights_file) as z:
        w = np.zeros((len(attrs), len(labels)), np.float32)
        w[z["rows"], z["cols"]] = z["vals"]
        trans = z["trans"]
    return CRFWeights(attrs, w, trans, labels, o_bias)


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
