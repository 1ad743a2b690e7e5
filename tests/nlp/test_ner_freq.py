"""General-Arabic word-frequency features of the statistical NER (Zipf buckets stored in the model's meta.json)."""
from __future__ import annotations

import sys

import pytest

from silkwire.nlp.ner_features import FREQ, type_strings
from silkwire.nlp.statistical import StatisticalNER
from silkwire.text.normalize import fold

TABLE = {"رئيس": "56", "الرئيس": "60", "قال": "60", "لافروف": "30"}


@pytest.fixture(scope="module")
def model() -> StatisticalNER:
    return StatisticalNER.load()


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("الرئيس", {"zf=6", "zs=5", "za=6"}),  # stem رئيس, its article form الرئيس
        ("لافروف", {"zf=3", "zs=3", "za=0"}),  # a name: seldom with the article
        ("مبابيوف", {"zf=0", "zs=0", "za=0"}),  # unlisted: rare in general Arabic
    ],
)
def test_frequency_buckets_of_word_stem_and_article_form(word: str, expected: set[str]) -> None:
    own, ctx = type_strings(fold(word), {}, {FREQ: TABLE})
    assert expected <= set(own)
    assert f"-1zf={next(f for f in own if f.startswith('zf='))[3:]}" in ctx[-1]


@pytest.mark.parametrize("word", ["،", "2024", "Reuters"])
def test_non_arabic_tokens_get_no_frequency_feature(word: str) -> None:
    own, _ = type_strings(word, {}, {FREQ: TABLE})
    assert not [f for f in own if f.startswith(("zf=", "zs=", "za="))]


@pytest.mark.parametrize(("word", "low", "high"), [("الرئيس", 5, 6), ("قال", 5, 6), ("بكتينوف", 0, 0)])
def test_shipped_model_holds_frequency_buckets(model: StatisticalNER, word: str, low: int, high: int) -> None:
    table = model._scorer.lexicons.get(FREQ)
    assert table is not None
    assert low <= int(table.get(fold(word), "00")[0]) <= high


def test_tagging_does_not_need_wordfreq(model: StatisticalNER) -> None:
    model.predict("وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده مستعدة للحوار.")
    assert "wordfreq" not in sys.modules
