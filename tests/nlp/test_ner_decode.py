"""NER decoding and second-pass features: the batched label-major Viterbi equals a step-by-step reference on real
model scores, and the numpy document-consistency types equal the string version training uses.

The sentences are written for these tests (not seed text)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from silkwire.nlp import ner_scorer, ner_viterbi
from silkwire.nlp.ner_features import TYPE_ORDER, cue_class, doc_types, split_sentences
from silkwire.nlp.ner_viterbi import Batch
from silkwire.nlp.statistical import DEFAULT_MODEL_DIR, StatisticalNER
from silkwire.text.normalize import fold

ROOT_SHARED = Path(__file__).resolve().parents[2].parent / "shared"
pytestmark = pytest.mark.skipif(
    not (DEFAULT_MODEL_DIR / "weights.npz").is_file(), reason="packaged NER model not built"
)

TEXTS = [
    "قال الرئيس الأوزبكي شوكت ميرضيائيف إن بلاده ستوقع اتفاقا مع الصين. واستقبل ميرضيائيف وزير الخارجية الصيني "
    "وانغ يي في طشقند.\nوأكد وانغ أن بكين تدعم مبادرة الحزام والطريق.",
    "وصل رئيس الوزراء الكازاخستاني أولجاس بكتينوف إلى بكين، حيث التقى نظيره لي تشيانغ. وقال بكتينوف إن "
    "التعاون مع شركة بتروتشاينا سيتوسع في أستانا وألماتي خلال العام المقبل.",
    " ".join(["وزار الوفد الصيني أستانا ثم عاد إلى بكين"] * 30),  # one long run cut at MAX_SENTENCE words
]


@pytest.fixture(scope="module")
def model() -> StatisticalNER:
    return StatisticalNER.load()


def reference_viterbi(e: np.ndarray, trans: np.ndarray) -> list[int]:
    """Textbook Viterbi over one sentence, one step at a time, first index on ties."""
    score = e[0].astype(np.float32)
    backs = []
    for t in range(1, len(e)):
        cand = score[:, None] + trans
        backs.append(cand.argmax(axis=0))
        score = cand.max(axis=0) + e[t]
    y = int(score.argmax())
    path = [y]
    for b in reversed(backs):
        y = int(b[y])
        path.append(y)
    return path[::-1]


@pytest.mark.parametrize("text", TEXTS)
def test_batched_decoder_equals_step_by_step_viterbi(model: StatisticalNER, text: str) -> None:
    sents = [[w for _, _, w in s] for s in split_sentences(text)]
    sc = model._scorer
    ids = sc.ids([w for s in sents for w in s])
    lens = np.array([len(s) for s in sents])
    batch = Batch.of(lens)
    crf = sc.passes[0]
    e = crf.emissions(ids, batch.padded(ids), batch, sc._info).astype(np.float32)
    expected = [y for a, m in zip(batch.starts.tolist(), lens.tolist(), strict=True)
                for y in reference_viterbi(e[a: a + m], crf.trans)]
    assert batch.decode(e, crf.trans, sc.outside).tolist() == expected


@pytest.mark.parametrize("text", TEXTS)
def test_numpy_document_types_equal_the_training_strings(model: StatisticalNER, text: str) -> None:
    sents = [[w for _, _, w in s] for s in split_sentences(text)]
    first = model.tag_sentences(sents, passes=1)
    sc = model._scorer
    ids = sc.ids([w for s in sents for w in s])
    flat = np.array([sc.labels.index(t) for ts in first for t in ts])
    got = [None if k == len(TYPE_ORDER) else TYPE_ORDER[k] for k in sc.doc_types(ids, flat).tolist()]
    want = [t for row in doc_types([[fold(w) for w in s] for s in sents], first) for t in row]
    assert got == want


def test_document_type_counts_only_the_other_mentions() -> None:
    sents = [["قال", "ميرضيائيف"], ["وأكد", "ميرضيائيف", "في", "طشقند"], ["زار", "طشقند"]]
    tags = [["O", "B-PER"], ["O", "O", "O", "B-LOC"], ["O", "O"]]
    assert doc_types(sents, tags) == [[None, None], [None, "PER", None, None], [None, "LOC"]]


@pytest.mark.parametrize(
    ("word", "cls"),
    [("الرئيس", "T"), ("،", "P"), ("2024", "D"), ("الاتفاق", "D"), ("اتفاق", "A")],
)
def test_cue_class_reads_titles_punctuation_digits_and_the_article(model: StatisticalNER, word: str, cls: str) -> None:
    sc = model._scorer
    assert cue_class(fold(word), sc._gaz, sc.lexicons) == cls


def test_second_pass_keeps_spans_within_the_text(model: StatisticalNER) -> None:
    text = TEXTS[0]
    for s, e, label in model.predict(text):
        assert text[s:e].strip() == text[s:e] and label in {"PER", "ORG", "LOC", "MISC"}


def test_self_pass_model_redecodes_only_sentences_with_document_types(model: StatisticalNER) -> None:
    """A CRF that is its own first pass (``"second_pass": "self"``) decodes again only the sentences holding a
    document type: the same tags as running both passes in full with two copies of it."""
    if model.passes < 2:
        pytest.skip("the packaged model has no second pass")
    from silkwire.nlp import statistical as st

    sc = model._scorer
    files = (st.WEIGHTS_FILE, st.ATTRS_FILE) if sc.passes[1] is sc.passes[0] else (st.DOC_WEIGHTS_FILE,
                                                                                     st.DOC_ATTRS_FILE)
    # own weights objects: a scorer's pair cache lives on the weights, so sharing them between scorers would let
    # the two scorers' type ids overwrite each other's cached rows
    one = st._weights(DEFAULT_MODEL_DIR, *files, sc.labels, 0.0)
    first, second = (st._weights(DEFAULT_MODEL_DIR, *files, sc.labels, 0.0) for _ in range(2))
    self_fed = st.Scorer(sc.labels, [one, one], sc._gaz, sc.lexicons, sorted(sc.common))
    full = st.Scorer(sc.labels, [first, second], sc._gaz, sc.lexicons, sorted(sc.common))
    for text in TEXTS:
        sents = [[w for _, _, w in s] for s in split_sentences(text)]
        assert self_fed.tag_batch(sents) == full.tag_batch(sents)


@pytest.mark.parametrize(("text", "full", "alone"), [(TEXTS[0], "شوكت ميرضيائيف", "ميرضيائيف"),
                                                      (TEXTS[1], "أولجاس بكتينوف", "بكتينوف")])
def test_second_pass_tags_a_surname_repeated_alone_like_its_first_mention(
    model: StatisticalNER, text: str, full: str, alone: str
) -> None:
    if model.passes < 2:
        pytest.skip("the packaged model has no second pass")
    spans = [(text[s:e], label) for s, e, label in model.predict(text)]
    assert (full, "PER") in spans
    assert (alone, "PER") in spans


# --- the compiled kernels (silkwire.nlp._crf) against the numpy code they replace --------------------------------

ANERCORP_TEST = ROOT_SHARED / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_test.txt"
needs_kernels = pytest.mark.skipif(not ner_viterbi.COMPILED, reason="compiled CRF kernels not built (no C compiler)")


def _numpy_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ner_viterbi, "kernels", None)
    monkeypatch.setattr(ner_scorer, "kernels", None)


@needs_kernels
@pytest.mark.parametrize("text", TEXTS)
def test_compiled_state_scores_equal_numpy_bit_for_bit(model: StatisticalNER, text: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    sents = [[w for _, _, w in s] for s in split_sentences(text)]
    sc = model._scorer
    ids = sc.ids([w for s in sents for w in s])
    batch = Batch.of(np.array([len(s) for s in sents]))
    compiled = [p.emissions(ids, batch.padded(ids), batch, sc._info) for p in sc.passes]
    _numpy_only(monkeypatch)
    plain = [p.emissions(ids, batch.padded(ids), batch, sc._info) for p in sc.passes]
    for c, p in zip(compiled, plain, strict=True):
        assert c.dtype == p.dtype == np.float64
        assert np.array_equal(c, p)


@needs_kernels
def test_compiled_viterbi_equals_numpy_on_ties_and_single_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(7)
    lens = np.array([1, 5, 2, 40, 1])
    # scores on a coarse grid, so many paths tie: the first label must win in both decoders
    e = rng.integers(-3, 3, size=(int(lens.sum()), 9)).astype(np.float64)
    trans = rng.integers(-2, 2, size=(9, 9)).astype(np.float32)
    batch = Batch.of(lens)
    compiled = batch.decode(e, trans)
    _numpy_only(monkeypatch)
    assert compiled.tolist() == batch.decode(e, trans).tolist()


@needs_kernels
@pytest.mark.skipif(not ANERCORP_TEST.is_file(), reason="ANERcorp test split not available")
def test_compiled_tags_equal_numpy_on_the_anercorp_test_split(model: StatisticalNER,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    words = [line.split()[0] if line.split() else "" for line in ANERCORP_TEST.read_text(encoding="utf-8").splitlines()]
    sents, cur = [], []
    for w in [*words, ""]:
        if w:
            cur.append(w)
        elif cur:
            sents.append(cur)
            cur = []
    docs = [sents[i: i + 40] for i in range(0, len(sents), 40)]  # article-sized documents for the second pass
    compiled = [model.tag_sentences(d) for d in docs]
    _numpy_only(monkeypatch)
    assert [model.tag_sentences(d) for d in docs] == compiled
    assert sum(t != "O" for d in compiled for s in d for t in s) > 1000  # the split is tagged, not empty


@needs_kernels
@pytest.mark.skipif(not ANERCORP_TEST.is_file(), reason="ANERcorp test split not available")
def test_compiled_word_type_rows_equal_numpy_sums(model: StatisticalNER) -> None:
    """A new word type's score rows (its own features, and what it adds at each context offset) summed by the
    kernel equal numpy's sums exactly, for a few thousand real word types."""
    from silkwire.nlp.ner_features import _CONTEXT, type_strings

    sc = model._scorer
    words = sorted({line.split()[0] for line in ANERCORP_TEST.read_text(encoding="utf-8").splitlines()
                    if line.split()})[:3000]
    for p in sc.passes:
        rows = np.zeros((1 + len(_CONTEXT), 1, p.tables.shape[2]), np.float32)
        for w in words:
            own, ctx = type_strings(fold(w), sc._gaz, sc._extra)
            groups = [own, *(ctx[off] for off, *_ in _CONTEXT)]
            idx = [[i for i in map(p.index.get, g) if i is not None] for g in groups]
            ner_viterbi.kernels.sum_rows_into(p.w, np.array([i for g in idx for i in g], np.intp),
                                              np.cumsum([len(i) for i in idx]).astype(np.intp), rows, 0)
            for k, g in enumerate(groups):
                assert np.array_equal(rows[k, 0], p.vec(g)), (w, k)
