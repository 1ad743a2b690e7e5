"""Features of the statistical NER (a CRF over whole words as written, as in ANERcorp): sentence splitting, per
word-type feature strings, and the document-consistency feature of the second pass.

The same strings feed python-crfsuite at training time (:class:`FeatureCache`) and the numpy scorer at run time
(:mod:`silkwire.nlp.ner_scorer` sums their weights once per word type), so both see exactly the same features.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from itertools import compress

from silkwire.text.normalize import fold
from silkwire.text.segment import _TOKEN

LABELS = ("PER", "ORG", "LOC", "MISC")
#: Entity types in the order ties are broken in (sorted, as the scorer indexes them).
TYPE_ORDER = tuple(sorted(LABELS))

_ARTICLE_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
_CONJ = "وف"
_PREP = "بلك"
_CONTEXT = ((-2, "w", "s"), (-1, "w", "s", "x3", "p", "s1"), (1, "w", "s", "x3", "p", "s1"), (2, "w", "s"))
#: Offsets at which a word's document-consistency type is also a feature of its neighbour.
DOC_OFFSETS = (0, -1, 1)
_CACHE_LIMIT = 200_000

_SENT_FINAL = frozenset(".!?؟…")
#: Longer runs without a full stop are cut (lists, tables): bounds the Viterbi length, as ANERcorp's sentences are.
MAX_SENTENCE = 150
Tok = tuple[int, int, str]
#: Extra word lists (feature name -> folded word -> value), e.g. person-name units, places, title words.
Lexicons = dict[str, dict[str, str]]
#: The word-frequency table (folded word -> Zipf bucket of the word and of its form with the article): looked up
#: by exact word and by stem, never through a clitic-stripped form as the other lists are.
FREQ = "zf"
#: The name-likeness table (letter n-gram -> weight of a logistic model telling person-name units from general
#: Arabic words; "" holds the bias): scored on a word's stem, bucketed.
NAMELIKE = "nl"
#: Longest letter n-gram of the name-likeness model (the stem is marked "<stem>" at its edges).
NAMELIKE_ORDER = 4
#: Key of the name-likeness table's options (longer than any n-gram, so never one).
NL_OPTIONS = "#opt="
#: Width of a name-likeness bucket in log-odds; buckets run from -NAMELIKE_MAX to NAMELIKE_MAX.
NAMELIKE_STEP = 1.5
NAMELIKE_MAX = 3


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
    listed = bool(g)
    for name, table in (extra or {}).items():
        if name == FREQ:
            _freq_strings(w, f, table, own, ctx)
            continue
        if name == NAMELIKE:
            continue
        v = table.get(w) or table.get(f["s"]) or table.get(f["s1"])
        if v:
            listed = True
            own.append(f"{name}={v}")
            for off in (-2, -1, 1):
                ctx[off].append(f"{off}{name}={v}")
    if extra and NAMELIKE in extra:
        _namelike_strings(f, extra[NAMELIKE], extra.get(FREQ), listed, own, ctx)
    return own, ctx


def _freq_strings(w: str, f: dict[str, str], table: dict[str, str], own: list[str],
                  ctx: dict[int, list[str]]) -> None:
    """General-Arabic frequency features of an Arabic word: Zipf bucket of the word ("0": rare or unattested),
    of its stem, and of the stem with the article (names seldom take it).  An unseen word rare in general Arabic
    is more likely a name; a frequent word the training data never saw is likely not."""
    if f["sh"] != "A":
        return
    wv, sv = table.get(w, "00"), table.get(f["s"], "00")
    own += [f"zf={wv[0]}", f"zs={sv[0]}", f"za={sv[1]}"]
    for off in (-1, 1):
        ctx[off].append(f"{off}zf={wv[0]}")


def namelike_grams(stem: str, order: int = NAMELIKE_ORDER) -> set[str]:
    """The letter 1..``order``-grams of a stem with its edges marked (``<`` and ``>``), each counted once."""
    p = "<" + stem + ">"
    return {p[i: i + k] for k in range(1, order + 1) for i in range(len(p) - k + 1)}


_NL_WEIGHTS: dict[int, tuple[dict[str, str], dict[str, float]]] = {}


def _nl_weights(table: dict[str, str], model: str = "") -> dict[str, float]:
    """The weights of one model of a name-likeness table as floats (parsed once per table object): ``model`` is
    the key prefix ("": person names; "g:": places and organisations)."""
    got = _NL_WEIGHTS.get(id(table))
    if got is None or got[0] is not table:
        parsed: dict[str, dict[str, float]] = {}
        for g, v in table.items():
            if g != NL_OPTIONS:
                pre = "g:" if g.startswith("g:") else ""
                parsed.setdefault(pre, {})[g[len(pre):]] = float(v)
        got = _NL_WEIGHTS[id(table)] = (table, parsed)
    return got[1].get(model, {})


def namelike_score(stem: str, table: dict[str, str], model: str = "") -> float:
    """Log-odds that a stem is a person-name unit rather than a general Arabic word, by its letter n-grams (a
    model learnt from word lists, not from the NER training data): transliterated foreign names (بكتينوف،
    توكاييف) have letter patterns Arabic words lack.  ``model="g:"``: the same for place/organisation words."""
    wt = _nl_weights(table, model)
    return wt.get("", 0.0) + sum(wt.get(g, 0.0) for g in namelike_grams(stem))


def namelike_bucket(stem: str, table: dict[str, str], model: str = "") -> str:
    """The bucket of :func:`namelike_score`: floor(score / NAMELIKE_STEP), clipped to ±NAMELIKE_MAX."""
    b = math.floor(namelike_score(stem, table, model) / NAMELIKE_STEP)
    return str(min(max(b, -NAMELIKE_MAX), NAMELIKE_MAX))


def _namelike_strings(f: dict[str, str], table: dict[str, str], freq: dict[str, str] | None, listed: bool,
                      own: list[str], ctx: dict[int, list[str]]) -> None:
    """Name-likeness bucket of an Arabic word's stem, as a feature of the word and (option ``ctx``) of its ±1
    neighbours.  Options (the table's ``#opt``, comma-separated): ``rare``: only words rarer than Zipf 3 in
    general Arabic (unlisted in the frequency table) get it; ``unl``: only such words in no word list, gazetteer
    or name lexicon either (the names no list holds: listed words have their list's feature); ``unla``: words in
    no list, however frequent; ``zf``: also the bucket joined with the word's
    frequency bucket; ``geo``: also the bucket of the place/organisation model (``g:`` keys)."""
    if f["sh"] != "A" or len(f["s"]) < 2:
        return
    opts = table.get(NL_OPTIONS, "ctx").split(",")
    zf = (freq or {}).get(f["w"], "00")[0]
    if ("rare" in opts and zf != "0") or ("unl" in opts and (listed or zf != "0")) or ("unla" in opts and listed):
        return
    b = namelike_bucket(f["s"], table)
    own.append("nl=" + b)
    if "zf" in opts:
        own.append(f"nlz={b}|{zf}")
    if "ctx" in opts:
        for off in (-1, 1):
            ctx[off].append(f"{off}nl={b}")
    if "geo" in opts:
        own.append("gl=" + namelike_bucket(f["s"], table, "g:"))


def cue_class(w: str, gaz: dict[str, str], extra: Lexicons | None = None) -> str:
    """Coarse class of a folded word for the class-bigram features (``cc=`` for the right word of a pair, ``cn=``
    for the left): title word or nisba, name-lexicon/gazetteer type, place or organisation word, given name,
    surname, else its shape (Arabic with or without the article).  "Title then unknown word" is a name cue a
    word-bigram feature cannot generalise."""
    f = word_features(w)
    extra = extra or {}

    def look(name: str) -> str | None:
        table = extra.get(name)
        return (table.get(w) or table.get(f["s"]) or table.get(f["s1"])) if table else None

    if v := look("ttl"):
        return v
    if v := gaz.get(f["s"]) or gaz.get(w):
        return "x" + v
    if v := look("geo"):
        return "g" + v[0]
    if v := look("pn"):
        return v[0].upper()
    sh = f["sh"]
    if sh != "A":
        return sh
    cls = "D" if f["pre"].endswith(("ال", "لل")) else "A"
    nl = extra.get(NAMELIKE)
    # option "cls": an unlisted word rare in general Arabic that looks like a person name
    if (nl and "cls" in nl.get(NL_OPTIONS, "").split(",") and len(f["s"]) >= 2
            and extra.get(FREQ, {}).get(w, "00")[0] == "0" and int(namelike_bucket(f["s"], nl)) >= 0):
        cls += "n"
    return cls


def pair_strings(left: str, right: str) -> tuple[str, str]:
    """(feature of the right word, feature of the left word) of two neighbouring words' cue classes."""
    return f"cc={left}|{right}", f"cn={left}|{right}"


def word_class_strings(left_word: str, left_cls: str, right_word: str, right_cls: str) -> tuple[str, str]:
    """(feature of the right word, feature of the left word) joining one word with its neighbour's cue class:
    the previous word (folded) with the word's class (``pc=وقال|S``: a surname unit after "said") and the word's
    class with the next word (``nc=S|رئيس``); ``<S>`` stands for the sentence edge on both sides."""
    return f"pc={left_word}|{right_cls}", f"nc={left_cls}|{right_word}"


def doc_key(w: str) -> str | None:
    """The key under which a folded word's other mentions in a document are counted (its stem), or None for
    words that cannot be names (punctuation, digits, one letter)."""
    stem = stem_of(w)[1]
    return stem if len(stem) >= 2 and shape(w) in "AL" else None


def doc_types(folded: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> list[list[str | None]]:
    """Per word of a document (sentences of folded words and their first-pass BIO tags): the entity type the
    first pass gave the *other* mentions of the same stem in the document (most often; ties in
    :data:`TYPE_ORDER`), or None.  Classic two-pass consistency: a name tagged once is a name everywhere."""
    keys = [[doc_key(w) for w in s] for s in folded]
    counts: dict[str, Counter[str]] = {}
    for ks, ts in zip(keys, tags, strict=True):
        for k, t in zip(ks, ts, strict=True):
            if k is not None and t != "O":
                counts.setdefault(k, Counter())[t.partition("-")[2]] += 1
    out: list[list[str | None]] = []
    for ks, ts in zip(keys, tags, strict=True):
        row: list[str | None] = []
        for k, t in zip(ks, ts, strict=True):
            c = counts.get(k) if k is not None else None
            best = None
            if c:
                own = t.partition("-")[2]
                n = {typ: c[typ] - (typ == own) for typ in TYPE_ORDER}
                top = max(n.values())
                best = next(typ for typ in TYPE_ORDER if n[typ] == top) if top > 0 else None
            row.append(best)
        out.append(row)
    return out


def doc_strings(types: list[str | None]) -> list[list[str]]:
    """Feature strings of one sentence's document-consistency types: its own and its neighbours' (±1)."""
    n = len(types)
    out = []
    for i in range(n):
        feats = []
        for off in DOC_OFFSETS:
            j = i + off
            if 0 <= j < n and types[j] is not None:
                feats.append(f"{off or ''}dt={types[j]}")
        out.append(feats)
    return out


_IDENTITY = ("w=", "s=", "s1=")
#: Cue classes of the sentence edges.
START, END = "<S>", "</S>"
#: ``FeatureCache(classes=WORD_CLASSES)``: the class bigrams and the word-with-neighbour's-class features.
WORD_CLASSES = "words"


def _kept(feature: str, known: set[str]) -> bool:
    """Keep a feature unless it names a word (or stem) outside ``known``."""
    return not feature.startswith(_IDENTITY) or feature.partition("=")[2] in known


def identities(words: Sequence[str]) -> set[str]:
    """Folded words with their stems and one-clitic-less forms: the identity values a corpus part has seen."""
    out: set[str] = set()
    for w in words:
        f = word_features(w)
        out.update((f["w"], f["s"], f["s1"]))
    return out


class FeatureCache:
    """Per word type: its own feature strings and the strings it contributes to neighbours at each offset."""

    def __init__(self, gazetteer: dict[str, str] | None = None, extra: Lexicons | None = None,
                 known: set[str] | None = None, classes: bool | str = False) -> None:
        self.gaz = gazetteer or {}
        self.extra = extra or {}
        self.known = known
        self.classes = classes
        self._cls: dict[str, str] = {}
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
        own, ctx = type_strings(w, self.gaz, self.extra)
        if self.known is not None:  # training only: identities never seen elsewhere have no weight on new text
            own = [f for f in own if _kept(f, self.known)]
            ctx = {off: [f for f in fs if _kept(f.lstrip("-0123456789"), self.known)] for off, fs in ctx.items()}
        self._own[w], self._ctx[w] = own, ctx

    def sequence(self, words: list[str], doc: list[str | None] | None = None,
                 first: list[str] | None = None) -> list[list[str]]:
        """Feature lists for a sentence of raw words (folding is done here); for the second-pass model, ``doc``:
        the words' document-consistency types (:func:`doc_types`), ``first``: their first-pass tags."""
        if len(self._own) > _CACHE_LIMIT:
            self._own.clear()
            self._ctx.clear()
            self._fold.clear()
            self._cls.clear()
        ws = [self.folded(x) for x in words]
        for w in ws:
            if w not in self._own:
                self._build(w)
        n = len(ws)
        out = []
        for i, w in enumerate(ws):
            feats = ["b"] + self._own[w]
            prev = ws[i - 1] if i else "<S>"
            if self.known is None or (w in self.known and (prev in self.known or not i)):
                feats.append("bg=" + prev + "|" + w)
            for off, *_ in _CONTEXT:
                j = i + off
                if 0 <= j < n:
                    feats += self._ctx[ws[j]][off]
                else:
                    feats.append(f"{off}=EDGE")
            out.append(feats)
        if self.classes:
            cls = [START] + [self._cls.get(w) or self._cls.setdefault(w, cue_class(w, self.gaz, self.extra))
                             for w in ws] + [END]
            for i, feats in enumerate(out):
                feats.append(pair_strings(cls[i], cls[i + 1])[0])
                feats.append(pair_strings(cls[i + 1], cls[i + 2])[1])
            if self.classes == WORD_CLASSES:
                edge = [START, *ws, START]
                for i, feats in enumerate(out):
                    feats.append(word_class_strings(edge[i], cls[i], edge[i + 1], cls[i + 1])[0])
                    feats.append(word_class_strings(edge[i + 1], cls[i + 1], edge[i + 2], cls[i + 2])[1])
        if doc is not None:
            for feats, extra in zip(out, doc_strings(doc), strict=True):
                feats += extra
        if first is not None:
            for feats, tag in zip(out, first, strict=True):
                feats.append("p1=" + tag)
        return out
