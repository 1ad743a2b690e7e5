"""Statistical NER: exact offsets, easy names in news sentences, clitic stripping, missing model, spaCy component.

The sentences are written for these tests (not seed text)."""
from __future__ import annotations

from pathlib import Path

import pytest

from silkwire.nlp.statistical import (
    DEFAULT_MODEL_DIR,
    ModelMissingError,
    StatisticalNER,
    bio_spans,
    register_spacy_factory,
    sentence_ranges,
    split_sentences,
)
from silkwire.text.segment import token_table

pytestmark = pytest.mark.skipif(
    not (DEFAULT_MODEL_DIR / "weights.npz").is_file(), reason="packaged NER model not built"
)


@pytest.fixture(scope="module")
def model() -> StatisticalNER:
    return StatisticalNER.load()


PERSONS = [
    ("قال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستواصل دعم المفاوضات.", "إيمانويل ماكرون"),
    ("وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي إن موسكو ترفض العقوبات.", "سيرغي لافروف"),
    ("قالت المستشارة الألمانية أنجيلا ميركل إن الاتحاد الأوروبي سيدعم أوكرانيا.", "أنجيلا ميركل"),
    ("أعلن رئيس الوزراء البريطاني توني بلير استقالته من منصبه أمس.", "توني بلير"),
    ("استقبل الرئيس المصري حسني مبارك وفدا من رجال الأعمال في القاهرة.", "حسني مبارك"),
]


@pytest.mark.parametrize(("text", "name"), PERSONS)
def test_finds_person_name_after_title(model: StatisticalNER, text: str, name: str) -> None:
    found = [(text[s:e], label) for s, e, label in model.predict(text)]
    assert (name, "PER") in found


@pytest.mark.parametrize(
    "text",
    [p[0] for p in PERSONS]
    + ["وأكد الأمين العام للأمم المتحدة في نيويورك أن الوضع في العراق وأفغانستان يتطلب تعاونا دوليا.\n"
       "وزار الوفد الصيني بكين ثم لندن وباريس."],
)
def test_spans_are_exact_offsets_into_the_text(model: StatisticalNER, text: str) -> None:
    for s, e, label in model.predict(text):
        span = text[s:e]
        assert span == span.strip() and span, (s, e)
        assert label in {"PER", "ORG", "LOC", "MISC"}
        assert s == 0 or not text[s - 1].isalpha() or text[s - 1] in "وفبلك"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("عقد الوزراء اجتماعهم في العاصمة الفرنسية باريس وفي لندن أيضا.", "لندن"),
        ("زار الرئيس الروسي بوتين ألمانيا وفرنسا الأسبوع الماضي.", "فرنسا"),
    ],
)
def test_leading_conjunction_is_not_part_of_the_place(model: StatisticalNER, text: str, name: str) -> None:
    spans = {text[s:e] for s, e, _ in model.predict(text)}
    assert name in spans
    assert "و" + name not in spans


@pytest.mark.parametrize(("word", "skip"), [("وفرنسا", 1), ("فألمانيا", 1), ("بكين", 0), ("لندن", 0), ("وليد", 0)])
def test_clitic_length_keeps_names_that_begin_with_a_clitic_letter(model: StatisticalNER, word: str, skip: int) -> None:
    assert model.clitic_length(word) == skip


def test_sentences_split_at_full_stops_and_line_breaks() -> None:
    text = "زار ماكرون الصين. ثم عاد إلى باريس\nوفي اليوم التالي"
    sents = split_sentences(text)
    assert [[w for _, _, w in s] for s in sents] == [
        ["زار", "ماكرون", "الصين", "."], ["ثم", "عاد", "إلى", "باريس"], ["وفي", "اليوم", "التالي"],
    ]
    assert all(text[s:e] == w for sent in sents for s, e, w in sent)


SENTENCE_TEXTS = [
    "زار ماكرون الصين. ثم عاد إلى باريس\nوفي اليوم التالي",
    "قال الرئيس الصيني شي جين بينغ إن بكين مستعدة!؟ واستقبل نظيره الكازاخستاني قاسم جومارت توكاييف…\n\nانتهى",
    " ".join(["وزار الوفد الصيني أستانا"] * 80),  # a run longer than MAX_SENTENCE words without a full stop
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentence_ranges_of_a_token_table_match_split_sentences(text: str) -> None:
    t = token_table(text)
    ranges = sentence_ranges(t.texts, t.gaps)
    assert [[(t.starts[i], t.ends[i]) for i in range(a, b)] for a, b in ranges] == [
        [(s, e) for s, e, _ in sent] for sent in split_sentences(text)
    ]


@pytest.mark.parametrize("text", [p[0] for p in PERSONS] + SENTENCE_TEXTS)
def test_predict_tokens_on_the_callers_table_equals_predict(model: StatisticalNER, text: str) -> None:
    t = token_table(text)
    assert model.predict_tokens(t.texts, t.starts, t.ends, t.gaps) == model.predict(text)


def test_batched_first_pass_equals_tagging_each_sentence_alone(model: StatisticalNER) -> None:
    sents = [[w for _, _, w in s] for text in SENTENCE_TEXTS + [p[0] for p in PERSONS] for s in split_sentences(text)]
    assert model.tag_sentences(sents, passes=1) == [model.tag_sentences([s], passes=1)[0] for s in sents]


def test_skipping_sentences_of_common_words_keeps_the_names(model: StatisticalNER) -> None:
    text = "وقال إنه في هذا الوقت من العام.\n" + PERSONS[0][0]
    t = token_table(text)
    spans = model.predict_tokens(t.texts, t.starts, t.ends, t.gaps, skip_common=True)
    assert ("إيمانويل ماكرون", "PER") in [(text[s:e], label) for s, e, label in spans]


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["I-ORG", "I-ORG", "B-ORG"], [(0, 2, "ORG"), (2, 3, "ORG")]),
        (["B-PER", "I-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),
    ],
)
def test_bio_spans_reads_bio_and_iob1(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert bio_spans(tags) == spans


def test_missing_model_raises_error_naming_path_and_build_command(tmp_path: Path) -> None:
    missing = tmp_path / "no_model_here"
    with pytest.raises(ModelMissingError) as err:
        StatisticalNER.load(missing)
    assert str(missing) in str(err.value)
    assert "scripts/train_ner.py" in str(err.value)


def test_spacy_component_sets_statistical_spans_and_ents() -> None:
    import spacy

    register_spacy_factory()
    nlp = spacy.blank("ar")
    nlp.add_pipe("silkwire_statistical_ner")
    text = "قال الرئيس الفرنسي إيمانويل ماكرون إن الاتحاد الأوروبي سيدعم أوكرانيا."
    doc = nlp(text)
    spans = [(s.text, s.label_) for s in doc.spans["statistical"]]
    assert ("إيمانويل ماكرون", "PER") in spans
    assert ("إيمانويل ماكرون", "PER") in [(e.text, e.label_) for e in doc.ents]
    assert any(text[s:e] == "إيمانويل ماكرون" for s, e, _ in doc.user_data["statistical_char_spans"])


@pytest.mark.parametrize(
    ("prev", "word", "label", "adjective"),
    [
        ("التوافق", "الهام", "PER", True),  # noun + agreeing adjective
        ("الاتفاق", "الجديد", "PER", True),
        ("الرئيس", "الأسد", "PER", False),  # title word before a surname
        ("السوري", "الأسد", "PER", False),  # nisba before a surname
        ("التوافق", "الهام", "LOC", False),  # only one-word PER spans are judged
        ("قال", "البشير", "PER", False),  # an indefinite word before
    ],
)
def test_is_adjective_reads_definite_agreement_after_a_definite_noun(
    model: StatisticalNER, prev: str, word: str, label: str, adjective: bool
) -> None:
    assert model.is_adjective(prev, [word], label) is adjective


@pytest.mark.parametrize(("word", "common"), [("الذي", True), ("الأمم", False), ("ماكرون", False), ("بكين", False)])
def test_is_common_marks_frequent_words_never_inside_a_name(model: StatisticalNER, word: str, common: bool) -> None:
    assert model.is_common(word) is common
