"""The recognition stages over one article's :class:`Context`, and how their spans combine.

Order of trust: the outlet credit line, gazetteer and title evidence, then aliases of people already found, then
the statistical model (only where nothing else claimed the text, and never on a nisba, a title word or a stop
word).  Each stage is a plain function of the context, so the spaCy components (:mod:`silkwire.nlp.pipeline`) and
:func:`run` share them.
"""
from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import accumulate, chain
from operator import attrgetter
from typing import Any

from silkwire.models import Article, Mention
from silkwire.nlp import Recognition, wordclass
from silkwire.nlp.aliases import find_aliases
from silkwire.nlp.context import Context, context_for
from silkwire.nlp.gazetteer import Entry, Match, gazetteer_for, homograph_keys, words_of
from silkwire.nlp.lexicon import ABBREVIATION, NAME, PLURAL_HEAD, PLURAL_TITLE, SURNAME, TITLE
from silkwire.nlp.sites import body_actor, institutions, place_expected, sites
from silkwire.nlp.titles import BODY_HEADS as _BODY_HEADS
from silkwire.nlp.titles import (
    find_plural_lists,
    find_title_lists,
    find_titles,
    stop_spellings,
)
from silkwire.nlp.wordclass import (
    banned,
    frequency_table,
    general_frequency,
    given_name,
    inflected,
    lexicon_class,
    statistical_model,  # noqa: F401  (re-exported: bench and tests ask combine)
)
from silkwire.resolve.officials import PINYIN_COUNTRIES
from silkwire.text import QUOTE_PAIRS, match_key

log = logging.getLogger(__name__)
_FIRST, _LAST = attrgetter("first"), attrgetter("last")  # a gazetteer Match's tokens
_START = attrgetter("start")
MODEL_LABELS = {"PER": "PER", "PERS": "PER", "PERSON": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC"}


def run(article: Article, kb: Any) -> Recognition:
    """All stages in order, without spaCy (the reference the pipeline must agree with)."""
    ctx = context_for(article, kb)
    for stage in STAGES:
        stage(ctx)
    return combine(ctx)


def gazetteer_stage(ctx: Context) -> None:
    """Countries, places, organisations and nisbas by longest match; a one-word name that is also an ordinary
    word (كيف, جوا) only where a place is expected."""
    infos = ctx.infos
    hot = [i for i, kinds in ctx.kinds.items() if kinds & (NAME | ABBREVIATION)]
    matches = gazetteer_for(ctx.kb).match(ctx.texts, ctx.starts, ctx.ends, ctx.keys, {i: infos[i].names for i in hot},
                                          hot)
    homographs = _homographs(ctx.kb)
    if homographs:
        matches = [m for m in matches if m.last - m.first > 1 or m.entry.type not in ("GPE", "LOC")
                   or match_key(ctx.text[m.start:m.end]) not in homographs or place_expected(ctx, m, matches)]
    ctx.matches = sites(ctx, institutions(ctx, matches))




_HOMOGRAPHS: dict[int, tuple[Any, frozenset[str]]] = {}


def _homographs(kb: Any) -> frozenset[str]:
    """The knowledge base's homograph name keys, once per knowledge base (none without the statistical model's
    word statistics)."""
    found = _HOMOGRAPHS.get(id(kb))
    if found is not None and found[0] is kb:
        return found[1]
    model = wordclass.statistical_model()
    keys: frozenset[str] = frozenset()
    if model is not None and frequency_table() is not None:
        keys = homograph_keys(kb, model.is_common, general_frequency)
    _HOMOGRAPHS[id(kb)] = (kb, keys)
    return keys


def titles_stage(ctx: Context) -> None:
    """Title phrases and the person names they introduce."""
    model = wordclass.statistical_model()
    marked = ctx.kinds.items()
    ctx.titles = find_titles(ctx.text, ctx.texts, ctx.starts, ctx.ends, ctx.keys, ctx.matches,
                             [i for i, kinds in marked if kinds & TITLE],
                             model.is_common if model is not None else None, general_frequency)
    taken = {(t.person_start, t.person_end) for t in ctx.titles}
    ctx.titles += [t for t in find_plural_lists(ctx.text, ctx.texts, ctx.starts, ctx.ends, ctx.keys, ctx.matches,
                                                model.is_common if model is not None else None, general_frequency,
                                                [i for i, kinds in marked if kinds & PLURAL_HEAD])
                   if not any(s < t.person_end and t.person_start < e for s, e in taken)]
    seen: dict[tuple[int, int], Mention] = {}
    for start, end in find_title_lists(ctx.text, ctx.texts, ctx.starts, ctx.ends, ctx.keys, ctx.matches,
                                       model.is_common if model is not None else None,
                                       [i for i, kinds in marked if kinds & PLURAL_TITLE]):
        seen[(start, end)] = ctx.mention(start, end, "PER", "title")
    for t in ctx.titles:
        if (t.person_start, t.person_end) not in seen:
            seen[(t.person_start, t.person_end)] = ctx.mention(t.person_start, t.person_end, "PER", "title")
    ctx.people = _cut_at_other_people(ctx, list(seen.values()))
    ctx.matches = _bodies_in_titles(ctx)
    if ctx.people:  # a place word that starts a titled name is the name (رئيسة الوزراء الإيطالية جورجيا ميلوني)
        ctx.matches = _outside(ctx.matches, ctx.people)


def _spelt_alike(part: str, name: str) -> bool:
    """A name part repeats the name's own final letter: ة and ه fold together in match keys, but a writer spells a
    name one way (قوه جيا كون ... وقال قوه), so بقوة (strongly) is no repeat of قوه."""
    key = match_key(part)
    last = part[-1:]
    if last not in "ةه":
        return True
    return any(match_key(w) == key[-len(match_key(w)):] and w[-1:] == last for w in name.split())


def _bodies_in_titles(ctx: Context) -> list:
    """The state body a title names (رئيس مجلس الوزراء، رئيس مجلس الشعب (خلق مصلحتي) لتركمنستان): a body head
    noun inside the title phrase followed by its definite remit, to the title's end, is an ORG mention of the
    title's country (the reference body when the knowledge base has it, else an id from head words + country)."""
    if not ctx.titles:
        return ctx.matches
    covered: set[int] | None = None  # the matches' tokens, made when a title holds a body head noun
    added = []
    for t in ctx.titles:
        if t.country is None:
            continue
        first, last = bisect_right(ctx.starts, t.start) - 1, bisect_left(ctx.starts, t.end)
        for k in range(first + 1, last - 1):
            if ctx.keys[k] not in _BODY_HEADS or not ctx.keys[k + 1].startswith("ال"):
                continue
            if covered is None:
                covered = set(chain.from_iterable(map(range, map(_FIRST, ctx.matches), map(_LAST, ctx.matches))))
            if any(j in covered for j in range(k, last)):
                continue
            words = tuple(ctx.keys[k:last])
            actor = body_actor(ctx.kb, words, t.country, f"{' '.join(words)}|{t.country}")
            added.append(Match(ctx.starts[k], ctx.ends[last - 1], k, last, Entry("ORG", actor, t.country)))
            covered.update(range(k, last))
            break
    return sorted([*ctx.matches, *added], key=lambda m: m.start) if added else ctx.matches


def _cut_at_other_people(ctx: Context, people: list[Mention]) -> list[Mention]:
    """A titled name that runs on into و + another titled person's first name word ends before it (رئيس الوزراء
    الأوزبكي عبد الله أريبوف ودينغ شيويه شيانغ: two people, دينغ named earlier); the titles follow the cut."""
    if len(people) < 2:
        return people
    firsts = {match_key(p.text.split()[0]): p for p in people if p.text.split()}
    cuts: dict[tuple[int, int], int] = {}
    for p in people:
        first = bisect_right(ctx.starts, p.start)  # the token after the name's first word
        last = bisect_left(ctx.starts, p.end)
        for k in range(first, last):
            key = ctx.keys[k]
            other = firsts.get(key[1:]) if key.startswith("و") and len(key) > 3 else None
            if other is not None and other is not p:
                cuts[(p.start, p.end)] = ctx.ends[k - 1]
                break
    if not cuts:
        return people
    ctx.titles = [replace(t, person_end=cuts[(t.person_start, t.person_end)])
                  if (t.person_start, t.person_end) in cuts else t for t in ctx.titles]
    return [ctx.mention(p.start, cuts[(p.start, p.end)], "PER", p.source) if (p.start, p.end) in cuts else p
            for p in people]


def aliases_stage(ctx: Context) -> None:
    """Later full or partial repeats of the title-introduced names."""
    if not ctx.people:
        ctx.aliases = []
        return
    names = [tuple(map(match_key, p.text.replace("-", " ").split())) for p in ctx.people]
    ctx.matches = _yield_to_names(ctx.matches, ctx.keys, ctx.texts, {w for n in names for w in n})
    taken = set(chain.from_iterable(map(range, map(_FIRST, ctx.matches), map(_LAST, ctx.matches))))
    for p in ctx.people:  # tokens of the introduced names themselves (a name may start behind a proclitic: وصادر)
        taken.update(range(bisect_right(ctx.starts, p.start) - 1, bisect_right(ctx.ends, p.end)))
    chinese = {(t.person_start, t.person_end) for t in ctx.titles if t.country in PINYIN_COUNTRIES}  # surname first:
    # شي جين بينغ's last word stands for nobody
    surname_first = frozenset(n for n, p in enumerate(ctx.people) if (p.start, p.end) in chinese)
    hits = find_aliases(ctx.starts, ctx.ends, ctx.keys, names, taken, banned(), surname_first)
    ctx.aliases = [ctx.mention(h.start, h.end, "PER", "alias") for h in hits
                   if h.full or _spelt_alike(ctx.text[h.start:h.end], ctx.people[h.person].text)]


def _outside(matches: list, people: list[Mention]) -> list:
    """The gazetteer matches (in text order) that do not lie inside a person's name."""
    starts = [m.start for m in matches]
    inside = set()
    for p in people:
        i = bisect_left(starts, p.start)
        while i < len(starts) and starts[i] < p.end:
            if matches[i].end <= p.end:
                inside.add(i)
            i += 1
    return [m for i, m in enumerate(matches) if i not in inside] if inside else matches


def _yield_to_names(matches: list, keys: list[str], texts: list[str], name_words: set[str]) -> list:
    """Gazetteer matches minus those that are a known person's name word followed only by particles as written.

    A place written in two words may end in what is also a particle (شي آن, Xi'an, folds like شي إن): in
    ``وقال شي إن الصين`` the first word is the surname of the Xi the article introduced and إن the particle.
    """
    particles = stop_spellings()
    return [m for m in matches if m.last - m.first < 2 or keys[m.first] not in name_words
            or not all(w in particles for w in texts[m.first + 1:m.last])]


def outlet_stage(ctx: Context) -> None:
    """The outlet the article credits in its dateline or source line, as ingest found it: an ORG mention; so is
    each repeat of its name in another credit line (موسكو: «الشرق الأوسط») or in quotes (طلب "العربي الجديد"),
    where a name that is also a region or a phrase can only be the outlet."""
    span = getattr(ctx.article, "outlet_span", None)
    if not span or not 0 <= span[0] < span[1] <= len(ctx.text):
        ctx.outlet = []
        return
    start, end = span
    name = ctx.text[start:end]
    actor = _outlet_actor(ctx.kb, name)
    ctx.outlet = [ctx.mention(s, s + len(name), "ORG", "outlet", actor)
                  for s in sorted({start, *_outlet_repeats(ctx.text, name)})]


def _outlet_actor(kb: Any, name: str) -> str | None:
    """The organisation an outlet's name stands for: by gazetteer name, else by the outlet table's English name."""
    entry = gazetteer_for(kb).lookup(words_of(name))
    if entry is not None and entry.type == "ORG":
        return entry.actor
    from silkwire.ingest import outlets

    known = outlets.lookup(name)
    if known is None:
        return None
    return next((f"org/{o.id}" for o in kb.organizations.values() if o.name_en == known.name_en), None)




def _outlet_repeats(text: str, name: str) -> list[int]:
    """Starts of the outlet's name in quotes or as the credit of another header line."""
    from silkwire.ingest.dateline import parse_byline, parse_dateline

    out = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before, after = text[:at].rstrip(" "), text[end:].lstrip(" ")
        quoted = bool(before) and before[-1] in QUOTE_PAIRS and after[:1] == QUOTE_PAIRS[before[-1]]
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        credit = None
        if len(line) <= 80:
            meta = parse_dateline(line) or parse_byline(line)
            credit = meta and (meta.credit or meta.site)
        if quoted or credit == name:
            out.append(at)
        at = text.find(name, end)
    return out


def statistical_stage(ctx: Context) -> None:
    """Statistical NER spans nothing else claimed (no-op when the model is not installed); the model reads the
    context's token table, not the text again.  Spans made only of words the model's training data uses often
    and never inside a name are dropped (on unseen text those are phrases, not names), and so is a one-word PER
    span that agrees as an adjective with the definite word before it (التوافق الهام)."""
    model = wordclass.statistical_model()
    if model is None:
        ctx.model = []
        return
    ctx.model = _model(ctx, model.predict_tokens(ctx.texts, ctx.starts, ctx.ends, ctx.gaps), model)
    ctx.model = _person_parts_as_persons(ctx, ctx.model)
    ctx.model += _model_aliases(ctx, model.is_common)


#: Currency nouns and number words (closed classes): "1.5 مليار يوان", "ملياري يوان" is an amount, not a name.
_CURRENCIES = frozenset(match_key(w) for w in (
    "يوان", "دولار", "دولارا", "يورو", "روبل", "روبلا", "تنغي", "سوم", "سومي", "مانات", "ريال", "ريالا",
    "درهم", "دينار", "دينارا", "جنيه", "جنيها", "ليرة", "روبية", "ين", "فرنك"))
_NUMBER_WORDS = frozenset(match_key(w) for w in (
    "مليار", "ملياري", "مليارات", "مليون", "مليوني", "ملايين", "ألف", "آلاف", "ألفي", "تريليون", "مئة", "مائة"))


def _plausible(ctx: Context, model: Any, start: int, end: int, label: str) -> bool:
    """Does a model span pass the checks that tell names from phrases (see :func:`statistical_stage`)?"""
    words = ctx.text[start:end].split()
    i = bisect_right(ctx.starts, start) - 1
    if all(map(model.is_common, words)) or (i > 0 and model.is_adjective(ctx.texts[i - 1], words, label)):
        return False
    if start > ctx.starts[i] and ctx.texts[i].startswith("لل"):
        return False  # ل + ال read as a clitic on ل...: a complement (الاستخدام السلمي للطاقة الذرية), no name
    if all(inflected(model, w) and not lexicon_class(model, w) for w in words):
        return False  # duals and plurals of ordinary words (شريكان استراتيجيان شاملان دائمان): adjectives, no name
    return not _amount(words, ctx.texts[i - 1] if i > 0 else "")


def _amount(words: list[str], before: str) -> bool:
    """A span ending in a currency noun after a number or number word (ملياري يوان، 1.5 مليار يوان)."""
    keys = [match_key(w) for w in words]
    if not keys or keys[-1] not in _CURRENCIES:
        return False
    prev = keys[-2] if len(keys) > 1 else match_key(before)
    return any(ch.isdigit() for ch in before) or prev in _NUMBER_WORDS


def _person_parts_as_persons(ctx: Context, spans: list[Mention]) -> list[Mention]:
    """A one-word span of another type that is a word of a person the model named in the article is that person
    (داي هوليانغ ... وقال داي: the model's second guess for the lone داي was a place)."""
    named = [m.text.split() for m in spans if m.type == "PER"]
    parts = {match_key(w) for words in named if len(words) >= 2 for w in (words[0], words[-1])}
    if not parts:
        return spans
    return [ctx.mention(m.start, m.end, "PER", "model") if m.type != "PER" and " " not in m.text
            and match_key(m.text) in parts else m for m in spans]


def _model_aliases(ctx: Context, is_common) -> list[Mention]:
    """Later parts of the names the model found (شوكت ميرضيائيف ... وأشار ميرضيائيف), as the aliases stage finds
    them for titled names: only a part that belongs to one such name and is no frequent word."""
    people = [m for m in ctx.model if m.type == "PER" and len(m.text.split()) >= 2]
    if not people:
        return []
    names = [tuple(map(match_key, p.text.replace("-", " ").split())) for p in people]
    taken = _claimed_tokens(ctx)
    hits = find_aliases(ctx.starts, ctx.ends, ctx.keys, names, taken, banned())
    return [ctx.mention(h.start, h.end, "PER", "alias") for h in hits
            if h.full or (not is_common(ctx.text[h.start:h.end])
                          and _spelt_alike(ctx.text[h.start:h.end], people[h.person].text))]


def _claimed_tokens(ctx: Context) -> set[int]:
    """Indices of the tokens some stage's span already covers (outlet, gazetteer, titles, aliases, model)."""
    matches, starts = ctx.matches, ctx.starts
    taken = set(chain.from_iterable(map(range, map(_FIRST, matches), map(_LAST, matches))))  # tokens known
    for m in (*ctx.outlet, *ctx.people, *ctx.aliases, *ctx.model):
        taken.update(range(bisect_right(starts, m.start) - 1, bisect_left(starts, m.end)))
    return taken


def surname_stage(ctx: Context) -> None:
    """Surnames of reference officials standing alone on words no other stage claimed (توكاييف يستقبل ...، ورحب
    جاباروف): PER mentions (source ``surname``), with the official's given names written just before them taken
    in (شوكت ميرضيائيف).  Which official is the resolver's business (:mod:`silkwire.resolve.surnames`).

    A word that is also an ordinary Arabic word never fires bare (the gazetteer's homograph guard, applied to
    people): one the statistical model's training news uses often and never tags as a name, one written at Zipf 5
    or more in general Arabic (إبراهيم، حسن), or one whose article form is at Zipf 3 or more (names seldom take
    ال; شريف / الشريف, رحمن / الرحمن, خان / الخان).  Nor does a surname right after a given name of somebody else
    (ألماز جباروف is not Sadyr Japarov): the model's name lexicon knows the word as a given name."""
    from silkwire.resolve.surnames import surname_index

    index = surname_index(ctx.kb)
    if not index.by_skeleton:
        ctx.surnames = []
        return
    model = wordclass.statistical_model()
    found = [i for i, kinds in ctx.kinds.items() if kinds & SURNAME]  # the words with a surname reading
    if not found:
        ctx.surnames = []
        return
    taken = _claimed_tokens(ctx)
    out = []
    for i in found:
        if i in taken:
            continue
        people, offset = ctx.infos[i].surname
        first = i
        while first > 0 and first - 1 not in taken and first > i - 2 and index.is_given(ctx.texts[first - 1], people):
            first -= 1
        if first == i and i > 0 and i - 1 not in taken and given_name(model, ctx.texts[i - 1]):
            continue  # ألماز جباروف: somebody else's surname
        start = ctx.starts[first] + (offset if first == i else 0)
        out.append(ctx.mention(start, ctx.ends[i], "PER", "surname"))
    ctx.surnames = out


STAGES = (gazetteer_stage, titles_stage, aliases_stage, outlet_stage, statistical_stage, surname_stage)


def combine(ctx: Context) -> Recognition:
    """Named mentions (outlet first: a name inside the credit line is part of the outlet's name), adjectives,
    titles."""
    claimed = [(m.start, m.end) for m in ctx.outlet]

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in claimed)

    mentions = list(ctx.outlet)
    adjectives = []
    doc, text = ctx.article.id, ctx.text
    for m in ctx.matches:
        if not claimed or free(m.start, m.end):
            typ = m.entry.type
            rec = Mention(doc, m.start, m.end, text[m.start:m.end], typ, m.entry.actor, "gazetteer")
            (adjectives if typ == "NORP" else mentions).append(rec)
    mentions += [m for m in (*ctx.people, *ctx.aliases, *ctx.model, *ctx.surnames)
                 if not claimed or free(m.start, m.end)]
    mentions.sort(key=_START)
    return Recognition(tuple(mentions), tuple(adjectives), tuple(ctx.titles))




def _before_claimed(ctx: Context, start: int, end: int, starts: list[int], reach: list[int], k: int) -> int:
    """The end of a model PER span cut before the claimed span it runs into (كريم حداد لبي بي سي: the name, then
    the outlet behind a clitic) when its own start is free, its tail is that claimed span alone, and two or more
    whole words are left; else 0."""
    j = bisect_right(starts, start)  # claimed spans starting at or before the model span's start
    if (j and reach[j - 1] > start) or j >= k or reach[k - 1] < end:
        return 0
    tok = bisect_right(ctx.starts, starts[j]) - 1  # the token the first claimed span starts in
    first = bisect_right(ctx.starts, start) - 1
    return ctx.ends[tok - 1] if tok - first >= 2 else 0


def _aliases_inside_other_names(ctx: Context, predicted: list[tuple[int, int, str]]) -> list[Mention]:
    """The aliases left once a one-word alias that ends a longer name the model read is dropped, when the name's
    other words belong to no introduced person: رئيس الدولة صادر جاباروف ... خلفا لأكيلبيك جاباروف is another
    Japarov, not the president named again."""
    if not ctx.aliases:
        return ctx.aliases
    names = {match_key(w) for m in ctx.people for w in m.text.split()}
    spans = [(s, e) for s, e, label in predicted if MODEL_LABELS.get(str(label).upper()) == "PER"]
    out = []
    for a in ctx.aliases:
        if " " not in a.text:
            outer = next(((s, e) for s, e in spans if s < a.start and e == a.end), None)
            if outer is not None and not {match_key(w) for w in ctx.text[outer[0]:a.start].split()} & names:
                continue
        out.append(a)
    return out


def _model(ctx: Context, predicted: list[tuple[int, int, str]], model: Any) -> list[Mention]:
    """Model spans that overlap no span another stage claimed (the model's own spans are disjoint BIO spans) and
    are :func:`_plausible` names (tested last: most model spans repeat what the gazetteer or a title found)."""
    ctx.aliases = _aliases_inside_other_names(ctx, predicted)
    claimed = sorted((m.start, m.end) for m in (*ctx.outlet, *ctx.matches, *ctx.people, *ctx.aliases))
    starts = [s for s, _ in claimed]
    reach = list(accumulate((e for _, e in claimed), max))  # furthest end among the spans starting so far
    banned_keys = banned()
    out = []
    for start, end, label in predicted:
        typ = MODEL_LABELS.get(str(label).upper())
        k = bisect_left(starts, end)  # spans starting before this one ends; one overlaps if any reaches past start
        if typ is None:
            continue
        cut = end
        if k and reach[k - 1] > start:
            cut = _before_claimed(ctx, start, end, starts, reach, k) if typ == "PER" else 0
            if cut <= start:
                continue
        if not _plausible(ctx, model, start, end, label):
            continue
        end = cut
        words = [match_key(w) for w in ctx.text[start:end].split()]
        if not words or all(w in banned_keys for w in words):
            continue
        out.append(ctx.mention(start, end, typ, "model"))
    return out
