"""The recognition stages as a spaCy pipeline: same result as the stages run directly, exact offsets, outlet."""
import pytest
from tests.nlp.conftest import article

from silkwire.models import Article
from silkwire.nlp import build_pipeline, recognize
from silkwire.nlp.combine import run
from silkwire.nlp.pipeline import COMPONENTS, TOKENIZER
from silkwire.resolve import resolve

TEXTS = [
    "قال وزير الخارجية الصيني وانغ يي في بكين إن الصين وكازاخستان ستوقعان اتفاقية.\n\nوأضاف وانغ أن التعاون مستمر.",
    "  استقبل الرئيس الكازاخستاني قاسم جومارت توكاييف،  والأوزبكي شوكت ميرضيائيف في أستانا.",
    "بوابة اوكرانيا-كييف-27 ابريل 2023- ستدعم الصين بحزم دول آسيا الوسطى في حماية سيادتها.",
    "أعلنت منظمة شنغهاي للتعاون للصين ولأوزبكستان عن قمة في سمرقند\tيوم الثلاثاء.",
]


def test_pipeline_has_the_silkwire_components_in_order_and_is_built_once(kb) -> None:
    nlp = build_pipeline(kb)
    assert tuple(nlp.pipe_names) == COMPONENTS
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == TOKENIZER
    assert all(not problems for problems in nlp.analyze_pipes(pretty=False)["problems"].values())
    assert build_pipeline(kb) is nlp


@pytest.mark.parametrize("text", TEXTS)
def test_doc_keeps_the_text_and_every_token_offset(kb, text: str) -> None:
    doc = build_pipeline(kb)(text)
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text


@pytest.mark.parametrize("text", TEXTS)
def test_pipeline_gives_the_same_recognition_as_the_stages_run_directly(kb, text: str) -> None:
    art = article(text)
    assert recognize(art, kb) == run(art, kb)


@pytest.mark.parametrize("text, surface, label", [
    ("وصل الوفد إلى بكين وكازاخستان أمس.", "كازاخستان", "GPE"),
    ("قدمت الصين مساعدات لأفغانستان.", "أفغانستان", "GPE"),
    ("اجتماع منظمة شنغهاي للتعاون في سمرقند.", "منظمة شنغهاي للتعاون", "ORG"),
])
def test_doc_ents_exclude_proclitics_like_the_mentions(kb, text: str, surface: str, label: str) -> None:
    doc = build_pipeline(kb)(text)
    assert (surface, label) in [(e.text, e.label_) for e in doc.ents]
    assert (surface, label) in [(m.text, m.type) for m in doc._.silkwire_recognition.mentions]


def test_stage_extensions_expose_titles_people_and_nisbas(kb) -> None:
    doc = build_pipeline(kb)("قال وزير الخارجية الصيني وانغ يي إن بلاده مستعدة.")
    assert [(s.text, s.label_) for s in doc._.sw_titles] == [("وزير الخارجية", "foreign_minister")]
    assert [s.text for s in doc._.sw_people] == ["وانغ يي"]
    assert [(s.text, s.label_) for s in doc._.sw_nisba] == [("الصيني", "NORP")]


@pytest.mark.parametrize("text, outlet, inner", [
    ("بوابة اوكرانيا-كييف-27 ابريل 2023- ستدعم الصين دول آسيا الوسطى.", "بوابة اوكرانيا", "اوكرانيا"),
    ("عنوان الخبر\n\nهرمز نيوز : وكالات\nوقعت الصين ودول آسيا الوسطى معاهدة.", "هرمز نيوز", None),
])
def test_outlet_credit_is_one_org_mention_and_hides_names_inside_it(kb, text: str, outlet: str, inner) -> None:
    start = text.index(outlet)
    art = Article("doc", "test", text, outlet_span=(start, start + len(outlet)))
    mentions, _ = resolve(art, recognize(art, kb), kb)
    credited = [m for m in mentions if m.source == "outlet"]
    assert [(m.text, m.type) for m in credited] == [(outlet, "ORG")]
    assert credited[0].actor.startswith("org/~")
    assert inner is None or inner not in [m.text for m in mentions]
    assert "الصين" in [m.text for m in mentions]


def test_known_outlet_resolves_to_its_reference_organisation(kb) -> None:
    text = "بكين (شينخوا) -- قال وزير الخارجية الصيني إن بلاده مستعدة."
    start = text.index("شينخوا")
    art = Article("doc", "test", text, outlet_span=(start, start + len("شينخوا")))
    mentions, _ = resolve(art, recognize(art, kb), kb)
    assert [(m.text, m.actor) for m in mentions if m.source == "outlet"] == [("شينخوا", "org/xinhua")]


def test_article_without_outlet_span_has_no_outlet_mention(kb) -> None:
    rec = recognize(article("بوابة اوكرانيا-كييف- ستدعم الصين دول آسيا الوسطى."), kb)
    assert not [m for m in rec.mentions if m.source == "outlet"]


def test_results_do_not_depend_on_what_was_recognised_before(kb) -> None:
    """Per-word memos (lexicon, gazetteer candidates) must not leak one article's state into another."""
    from silkwire.nlp.lexicon import lexicon_for

    first = [recognize(article(t), kb) for t in TEXTS]
    lexicon_for(kb)._memo.clear()
    again = [recognize(article(t), kb) for t in reversed(TEXTS)]
    assert first == list(reversed(again))
