"""Name-likeness features of the statistical NER: a letter n-gram model (weights stored in the model's meta.json)
scores how much a word's stem looks like a person-name unit."""
from __future__ import annotations

import numpy as np
import pytest

from silkwire.nlp.ner_features import (
    FREQ,
    NAMELIKE,
    NL_OPTIONS,
    WORD_CLASSES,
    FeatureCache,
    cue_class,
    namelike_bucket,
    namelike_grams,
    namelike_score,
    type_strings,
)
from silkwire.nlp.ner_scorer import CRFWeights, Scorer
from silkwire.nlp.ner_viterbi import Batch
from silkwire.text.normalize import fold

# a toy model: "وف>" (a stem ending in -وف) is name-like, "<ال" never reaches the stem, "ات>" is not
TABLE = {"": "-1.0", "وف>": "4.0", "يف": "1.0", "ات>": "-5.0", "g:": "0.0", "g:غن>": "6.0"}


def test_grams_are_the_marked_stems_letter_ngrams_counted_once() -> None:
    g = namelike_grams("ابا", order=2)
    assert g == {"<", "ا", "ب", ">", "<ا", "اب", "با", "ا>"}
    assert "<ابا>" in namelike_grams("ابا", order=5)


def test_score_is_bias_plus_the_weights_of_the_stems_ngrams() -> None:
    assert namelike_score("لافروف", TABLE) == pytest.approx(-1.0 + 4.0)
    assert namelike_score("توكاييف", TABLE) == pytest.approx(-1.0 + 1.0)
    assert namelike_score("مفاوضات", TABLE) == pytest.approx(-1.0 - 5.0)
    assert namelike_score("كوبنهاغن", TABLE, "g:") == pytest.approx(6.0)


@pytest.mark.parametrize(("stem", "bucket"), [("لافروف", "2"), ("توكاييف", "0"), ("مفاوضات", "-3"), ("كتب", "-1")])
def test_buckets_are_floored_steps_of_the_score_clipped(stem: str, bucket: str) -> None:
    assert namelike_bucket(stem, TABLE) == bucket


def test_word_and_neighbours_get_the_bucket_of_the_stem() -> None:
    own, ctx = type_strings(fold("ولافروف"), {}, {NAMELIKE: {**TABLE, NL_OPTIONS: "ctx"}})
    assert "nl=2" in own
    assert "-1nl=2" in ctx[-1] and "1nl=2" in ctx[1]


@pytest.mark.parametrize("word", ["،", "2024", "Reuters"])
def test_non_arabic_tokens_get_no_namelike_feature(word: str) -> None:
    own, ctx = type_strings(word, {}, {NAMELIKE: TABLE})
    assert not [f for f in own + ctx[1] if "nl=" in f]


def test_unl_option_scores_only_rare_words_in_no_list() -> None:
    table = {**TABLE, NL_OPTIONS: "unl"}
    rare, _ = type_strings("لافروف", {}, {NAMELIKE: table, FREQ: {}})
    frequent, _ = type_strings("لافروف", {}, {NAMELIKE: table, FREQ: {"لافروف": "30"}})
    listed, _ = type_strings("لافروف", {}, {NAMELIKE: table, FREQ: {}, "pn": {"لافروف": "s0"}})
    gazetteer, _ = type_strings("لافروف", {"لافروف": "PER"}, {NAMELIKE: table, FREQ: {}})
    assert "nl=2" in rare
    assert not [f for f in frequent + listed + gazetteer if f.startswith("nl=")]


def test_options_add_the_frequency_conjunction_and_the_place_model() -> None:
    own, ctx = type_strings("كوبنهاغن", {}, {NAMELIKE: {**TABLE, NL_OPTIONS: "zf,geo"}, FREQ: {}})
    assert {"nl=-1", "nlz=-1|0", "gl=3"} <= set(own)
    assert not [f for f in ctx[1] if "nl=" in f]  # no ctx option


def test_cls_option_marks_rare_name_like_words_in_the_cue_class() -> None:
    extra = {NAMELIKE: {**TABLE, NL_OPTIONS: "cls"}, FREQ: {"الاتفاقات": "30"}}
    assert cue_class("لافروف", {}, extra) == "An"
    assert cue_class("مفاوضات", {}, extra) == "A"
    assert cue_class("لافروف", {}, {NAMELIKE: TABLE, FREQ: {}}) == "A"  # option off


@pytest.mark.parametrize("classes", [True, WORD_CLASSES])
def test_run_time_emissions_equal_the_training_feature_strings(classes: bool | str) -> None:
    """The numpy scorer sums, per token, the weights of exactly the strings crfsuite trains on: own, context,
    name-likeness, class-bigram and (WORD_CLASSES) word-with-neighbour's-class features, sentence edges too."""
    extra = {NAMELIKE: {**TABLE, NL_OPTIONS: "ctx,cls"}, FREQ: {"قال": "60"}, "pn": {"سيرغي": "g0"}}
    sents = [["وقال", "سيرغي", "لافروف", "إن", "المفاوضات", "مستمرة", "."], ["لافروف", "يصل"]]
    cache = FeatureCache({}, extra, classes=classes)
    feats = [f for s in sents for f in cache.sequence(s)]
    attrs = sorted({a for fs in feats for a in fs})
    assert any(a.startswith("nl=") for a in attrs)
    assert any(a.startswith("pc=") for a in attrs) == (classes == WORD_CLASSES)
    labels = ["O", "B-PER", "I-PER"]
    rng = np.random.default_rng(0)
    weights = rng.normal(size=(len(attrs), len(labels))).astype(np.float32)
    crf = CRFWeights(attrs, weights, np.zeros((3, 3), np.float32), labels)
    sc = Scorer(labels, [crf], {}, extra)
    ids = sc.ids([w for s in sents for w in s])
    batch = Batch.of(np.array([len(s) for s in sents]))
    got = crf.emissions(ids, batch.padded(ids), batch, sc._info)
    index = {a: i for i, a in enumerate(attrs)}
    want = np.array([weights[[index[a] for a in fs]].astype(np.float64).sum(axis=0) for fs in feats])
    assert np.allclose(got, want, atol=1e-4)
