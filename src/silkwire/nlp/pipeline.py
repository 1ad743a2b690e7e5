"""Recognition as a spaCy pipeline: ``silkwire_gazetteer → silkwire_titles → silkwire_aliases → silkwire_outlet →
silkwire_statistical → silkwire_surnames → silkwire_combine`` on a blank Arabic ``Language``
(``build_pipeline(kb)``, cached).

Compute, then annotate: the tokenizer builds the article's :class:`~silkwire.nlp.context.Context` (tokens, keys,
clitic readings, once) and a Doc over the same tokens; each component runs its stage on the context.  What a stage
found is exposed as a Doc extension made into spaCy spans only when read (building Span objects nobody reads
would cost a third of the run time); the last component writes ``doc.ents`` and the result.

==========================  ===============================================================================
component                   assigns
==========================  ===============================================================================
``silkwire_gazetteer``      ``doc._.sw_gazetteer`` (GPE/LOC/ORG), ``doc._.sw_nisba`` (NORP)
``silkwire_titles``         ``doc._.sw_titles`` (label = role class), ``doc._.sw_people`` (PER)
``silkwire_aliases``        ``doc._.sw_aliases`` (PER)
``silkwire_outlet``         ``doc._.sw_outlet`` (ORG: the outlet the dateline credits, ``Article.outlet_span``)
``silkwire_statistical``    ``doc._.sw_statistical`` (model spans nothing else claimed; none without a model)
``silkwire_surnames``       ``doc._.sw_surnames`` (PER: reference officials' surnames standing alone)
``silkwire_combine``        ``doc.ents``, ``doc._.silkwire_recognition`` (the :class:`Recognition`)
==========================  ===============================================================================

A proclitic is split off a word when a known name or title starts behind it (وكازاخستان → و + كازاخستان), so
those spans are token-aligned; any other span is widened to whole tokens on the Doc, while ``Recognition`` keeps
the exact character offsets.  ``nlp(text)`` works on a bare string; :func:`recognize_with` passes the article
(its id and outlet span) along.
"""
from __future__ import annotations

import weakref
from array import array
from bisect import bisect_left, bisect_right
from itertools import compress
from operator import not_
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from silkwire.models import Article
from silkwire.nlp import Recognition
from silkwire.nlp import combine as stages
from silkwire.nlp.context import Context, context_for
from silkwire.nlp.lexicon import CUT

CONTEXT, RECOGNITION = "silkwire_context", "silkwire_recognition"
MEMO_LIMIT = 300_000  # word types kept before the tokenizer's memo starts afresh
_STARTS = "silkwire_token_starts"  # doc.user_data: character start of each Doc token
#: doc.user_data keys holding the context and the result once more, for the components and recognize_with: a read
#: through ``doc._`` builds an Underscore object each time (~3 us; nine reads an article).
_CTX, _REC = "silkwire_context", "silkwire_recognition"
TOKENIZER = "silkwire.ArticleTokenizer.v1"
COMPONENTS = ("silkwire_gazetteer", "silkwire_titles", "silkwire_aliases", "silkwire_outlet",
              "silkwire_statistical", "silkwire_surnames", "silkwire_combine")
for _ext in (CONTEXT, RECOGNITION):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)


class ArticleTokenizer:
    """Text → Doc over silkwire's tokens (offsets kept: words + gaps rebuild the text exactly).

    The Doc is built from vocabulary ids looked up once per word type: handing spaCy the word strings
    made it hash every word of every article again, which cost as much as all the rest of tokenisation.
    """

    def __init__(self, vocab: Any, kb: Any = None) -> None:
        self.vocab, self.kb = vocab, kb  # kb: set by build_pipeline; None loads the packaged one on first use
        self._ids: dict[str, int | tuple[int, int]] = {}  # word -> vocabulary id(s), see _word_ids
        self._ids_kb: Any = None  # where a word is cut depends on the knowledge base's names and titles

    def __call__(self, text: str) -> Doc:
        if self.kb is None:
            from silkwire.reference import KnowledgeBase

            self.kb = KnowledgeBase.load()
        return self.doc_for(context_for(Article("", "spacy", text), self.kb))

    def doc_for(self, ctx: Context) -> Doc:
        """The Doc of an article's context, the context attached as ``doc._.silkwire_context``."""
        words, spaces, starts = self._layout(ctx)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[_STARTS] = starts
        doc.user_data[_CTX] = ctx
        doc._.set(CONTEXT, ctx)
        return doc

    def _layout(self, ctx: Context) -> tuple[list, list[bool], list[int]]:
        """Doc word ids, trailing-space flags and character starts; odd gaps become whitespace words.

        One Doc word per token, from lists made in C; only words with a clitic cut (two Doc words) or followed by
        an odd gap ("\n", " \n\n": a whitespace word after them) are then handled one by one, last first, so
        the inserts leave the positions still to visit in place.
        """
        texts, gaps, infos, ends = ctx.texts, ctx.gaps, ctx.infos, ctx.ends
        n = len(texts)
        memo = self._ids if ctx.kb is self._ids_kb and len(self._ids) < MEMO_LIMIT else self._fresh(ctx.kb)
        words = list(map(memo.get, texts))
        if None in words:  # words never seen before
            for i in compress(range(n), map(not_, words)):
                words[i] = memo.get(texts[i]) or self._word_ids(texts[i], infos[i].cut)
        after = gaps[1:]
        spaces = [gap == " " for gap in after]
        starts = list(ctx.starts)
        special = {i for i in compress(range(n), after) if after[i] != " "}  # neither "" nor " "
        special.update(i for i, kinds in ctx.kinds.items() if kinds & CUT)
        add = self.vocab.strings.add
        for i in sorted(special, reverse=True):
            gap = after[i]
            if gap and gap != " ":  # a leading space stays the word's flag, the rest is a word of its own
                spaced = gap[0] == " "
                words.insert(i + 1, add(gap[1:] if spaced else gap))
                spaces[i] = spaced
                spaces.insert(i + 1, False)
                starts.insert(i + 1, ends[i] + spaced)
            cut = infos[i].cut
            if cut:  # the proclitics, then the name or title behind them
                words[i], rest = words[i]
                words.insert(i + 1, rest)
                spaces.insert(i, False)
                starts.insert(i + 1, starts[i] + cut)
        if gaps[0]:  # whitespace before the first token
            words.insert(0, add(gaps[0]))
            spaces.insert(0, False)
            starts.insert(0, 0)
        return words, spaces, starts

    def _fresh(self, kb: Any) -> dict:
        """An empty word memo for this knowledge base (also when the memo has grown past its bound)."""
        self._ids, self._ids_kb = {}, kb
        return self._ids

    def _word_ids(self, word: str, cut: int) -> int | tuple[int, int]:
        """The vocabulary id of a word, or of its proclitics and of the rest when it is cut."""
        add = self.vocab.strings.add
        self._ids[word] = found = (add(word[:cut]), add(word[cut:])) if cut else add(word)
        return found

    def to_bytes(self, **_: Any) -> bytes:  # the tokenizer has no state of its own to save
        return b""

    def from_bytes(self, _data: bytes, **__: Any) -> ArticleTokenizer:
        return self


@registry.tokenizers(TOKENIZER)
def make_tokenizer():
    """spaCy config hook for :class:`ArticleTokenizer` (spaCy's own Arabic tokenizer is never built)."""

    def create(nlp: Language) -> ArticleTokenizer:
        return ArticleTokenizer(nlp.vocab)

    return create


def _spans(doc: Doc, items: list[tuple[int, int, str]]) -> list[Span]:
    """Spans over the tokens covering each character range (widened to whole tokens when not aligned)."""
    starts = doc.user_data[_STARTS]
    out = []
    for start, end, label in items:
        first = bisect_right(starts, start) - 1
        last = bisect_left(starts, end)
        if 0 <= first < last:
            out.append(Span(doc, first, last, label=label))
    return out


def _context(doc: Doc) -> Context:
    ctx = doc.user_data.get(_CTX)
    if ctx is None:
        raise ValueError("silkwire components need a Doc made by the silkwire pipeline's tokenizer")
    return ctx


def _stage_spans(pick):
    """A Doc extension getter: the spaCy spans of what a stage found, made only when read."""
    def getter(doc: Doc) -> list[Span]:
        ctx = doc._.get(CONTEXT)
        return [] if ctx is None else _spans(doc, pick(ctx))
    return getter


#: Doc extensions the stage components assign (read lazily from the context): name -> (start, end, label) picker.
STAGE_SPANS = {
    "sw_gazetteer": lambda c: [(m.start, m.end, m.entry.type) for m in c.matches if m.entry.type != "NORP"],
    "sw_nisba": lambda c: [(m.start, m.end, "NORP") for m in c.matches if m.entry.type == "NORP"],
    "sw_titles": lambda c: [(t.start, t.end, t.role_class) for t in c.titles],
    "sw_people": lambda c: [(m.start, m.end, "PER") for m in c.people],
    "sw_aliases": lambda c: [(m.start, m.end, "PER") for m in c.aliases],
    "sw_outlet": lambda c: [(m.start, m.end, "ORG") for m in c.outlet],
    "sw_statistical": lambda c: [(m.start, m.end, m.type) for m in c.model],
    "sw_surnames": lambda c: [(m.start, m.end, "PER") for m in c.surnames],
}
for _name, _pick in STAGE_SPANS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, getter=_stage_spans(_pick))


def _stage(doc: Doc, stage) -> Doc:
    ctx = doc.user_data.get(_CTX)
    if ctx is None:
        raise ValueError("silkwire components need a Doc made by the silkwire pipeline's tokenizer")
    stage(ctx)
    return doc


@Language.component("silkwire_gazetteer", assigns=["doc._.sw_gazetteer", "doc._.sw_nisba"])
def gazetteer_component(doc: Doc) -> Doc:
    """Countries, places, organisations (GPE/LOC/ORG) and nisba adjectives (NORP) by longest match."""
    return _stage(doc, stages.gazetteer_stage)


@Language.component("silkwire_titles", assigns=["doc._.sw_titles", "doc._.sw_people"],
                    requires=["doc._.sw_gazetteer"])
def titles_component(doc: Doc) -> Doc:
    """Title phrases (label = role class) and the person names they introduce."""
    return _stage(doc, stages.titles_stage)


@Language.component("silkwire_aliases", assigns=["doc._.sw_aliases"], requires=["doc._.sw_people"])
def aliases_component(doc: Doc) -> Doc:
    """Later repeats of the introduced names, whole or in part."""
    return _stage(doc, stages.aliases_stage)


@Language.component("silkwire_outlet", assigns=["doc._.sw_outlet"])
def outlet_component(doc: Doc) -> Doc:
    """The outlet credited in the dateline or source line (from ``Article.outlet_span``)."""
    return _stage(doc, stages.outlet_stage)


@Language.component("silkwire_statistical", assigns=["doc._.sw_statistical"],
                    requires=["doc._.sw_gazetteer", "doc._.sw_people", "doc._.sw_aliases"])
def statistical_component(doc: Doc) -> Doc:
    """StatisticalNER spans nothing else claimed; none when the model is not installed."""
    return _stage(doc, stages.statistical_stage)


@Language.component("silkwire_surnames", assigns=["doc._.sw_surnames"], requires=["doc._.sw_statistical"])
def surnames_component(doc: Doc) -> Doc:
    """Reference officials' surnames standing alone on words no other stage claimed (توكاييف يستقبل ...)."""
    return _stage(doc, stages.surname_stage)


@Language.component("silkwire_combine", assigns=["doc.ents", f"doc._.{RECOGNITION}"])
def combine_component(doc: Doc) -> Doc:
    """The surviving mentions as ``doc.ents`` and the whole result as ``doc._.silkwire_recognition``."""
    rec = stages.combine(_context(doc))
    _set_ents(doc, [(m.start, m.end, m.type) for m in rec.mentions])
    doc._.set(RECOGNITION, rec)
    doc.user_data[_REC] = rec
    return doc


def _set_ents(doc: Doc, items: list[tuple[int, int, str]]) -> None:
    """doc.ents from character ranges in text order, written as IOB arrays (a span sharing a token with an
    earlier one is dropped)."""
    starts = doc.user_data[_STARTS]
    n = len(doc)
    iob, types = [2] * n, [0] * n  # 2 = O; plain lists, one array at the end (numpy per-span writes cost more)
    label_ids: dict[str, int] = {}
    add, free = doc.vocab.strings.add, 0
    for start, end, label in items:
        first, last = bisect_right(starts, start) - 1, bisect_left(starts, end)
        if first < free or last <= first:
            continue
        label_id = label_ids.get(label)
        if label_id is None:
            label_id = label_ids[label] = add(label)
        iob[first] = 3  # B, then I
        if last - first == 1:
            types[first] = label_id
        else:
            iob[first + 1:last] = [1] * (last - first - 1)
            types[first:last] = [label_id] * (last - first)
        free = last
    # unsigned 64-bit (hashes exceed int64): the array module converts the lists in C, numpy reads its buffer
    columns = numpy.frombuffer(array("Q", iob + types), dtype=numpy.uint64).reshape(2, n)
    doc.from_array([ENT_IOB, ENT_TYPE], columns.T)


_CACHE: weakref.WeakKeyDictionary[Any, Language] = weakref.WeakKeyDictionary()


def build_pipeline(kb: Any) -> Language:
    """The recognition pipeline for a knowledge base (built once per knowledge base)."""
    try:
        return _CACHE[kb]
    except KeyError:
        pass
    import spacy

    nlp = spacy.blank("ar", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.tokenizer.kb = kb
    for name in COMPONENTS:
        nlp.add_pipe(name)
    _CACHE[kb] = nlp
    return nlp


def recognize_with(nlp: Language, article: Article, kb: Any) -> Recognition:
    """Run the pipeline over one article (its metadata, such as the outlet span, travels in the context)."""
    doc = nlp.tokenizer.doc_for(context_for(article, kb))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc.user_data[_REC]
