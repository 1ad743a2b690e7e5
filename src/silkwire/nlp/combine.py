"""The recognition stages over one article's :class:`Context`, and how their spans combine.

Order of trust: the outlet credit line, gazetteer and title evidence, then aliases of people already found, then
the statistical model (only where nothing else claimed the text, and never on a nisba, a title word or a stop
word).  Each stage is a plain function of the context, so the spaCy components (:mod:`silkwire.nlp.pipeline`) and
:func:`run` share them.
"""
from __future__ import annotations

import hashlib
import logging
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter
from typing import Any

from silkwire.models import Article, Mention
from silkwire.nlp import Recognition
from silkwire.nlp.aliases import find_aliases
from silkwire.nlp.context import Context, context_for
from silkwire.nlp.gazetteer import Entry, Match, gazetteer_for, homograph_keys, words_of
from silkwire.nlp.titles import BODY_HEADS as _BODY_HEADS
from silkwire.nlp.titles import SITE_NOUNS as _SITE_NOUNS
from silkwire.nlp.titles import (
    find_plural_lists,
    find_title_lists,
    find_titles,
    light,
    stop_spellings,
    stopwords,
    title_lexicon,
)
from silkwire.text import match_key, proclitic_stems

log = logging.getLogger(__name__)
_NAMES, _TITLES = itemgetter(1), itemgetter(2)  # WordInfo fields, read by C-level map
#: Countries whose people's names Arabic writes syllable by syllable, surname first (شي جين بينغ): the last word is
#: no part that stands for the person (resolve.officials.PINYIN_COUNTRIES).
SURNAME_FIRST = frozenset({"CHN", "TWN", "SGP"})
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
    matches = gazetteer_for(ctx.kb).match(ctx.texts, ctx.starts, ctx.ends, ctx.keys, list(map(_NAMES, ctx.infos)))
    homographs = _homographs(ctx.kb)
    if homographs:
        matches = [m for m in matches if m.last - m.first > 1 or m.entry.type not in ("GPE", "LOC")
                   or match_key(ctx.text[m.start:m.end]) not in homographs or _place_expected(ctx, m, matches)]
    ctx.matches = _sites(ctx, _institutions(ctx, matches))


_MAX_BODY_WORDS = 6
#: Nouns of natural features whose name follows them without them (تلة كوك توبي، جبال إيلي ألاتاو، وادي راشت).
_FEATURE_NOUNS = frozenset(match_key(w) for w in ("تلة", "جبل", "جبال", "هضبة", "وادي", "نهر"))  # not تل: تل أبيب
#: Street and square nouns may take one definite name word (ساحة الجمهورية، ميدان التحرير، شارع الاستقلال).
_DEFINITE_SITES = frozenset(match_key(w) for w in ("شارع", "ساحة", "ميدان", "جسر"))
_MAX_SITE_WORDS = 3


def _sites(ctx: Context, matches: list) -> list:
    """A site noun followed by a name the gazetteer does not know is a LOC mention (كاتدرائية زينكوف، تلة كوك
    توبي → كوك توبي): the name is one to three words that are no stop, title, common or definite word (street
    and square nouns: or one definite word, ساحة الجمهورية), or a name in quotes (المتنزه الوطني "إيلي ألاتاو").
    Its actor is an id from the name as written."""
    model = statistical_model()
    is_common = model.is_common if model is not None else (lambda _w: False)
    covered = {j for m in matches for j in range(m.first, m.last)}
    keys, texts, out = ctx.keys, ctx.texts, list(matches)
    banned, stop = _banned(), stopwords()[0]

    def name_word(k: int) -> bool:
        w = texts[k] if k < len(texts) else ""
        return w[:1].isalpha() and not w.isascii() and k not in covered and keys[k] not in banned and \
            light(w) not in stop and not is_common(w) and not keys[k].startswith("ال") and \
            not any(_article_form(w[off:]) for off, _ in proclitic_stems(keys[k])) and \
            len(w) == len(keys[k]) and not keys[k].startswith(("و", "وال", "بال", "لل")) and \
            (general_frequency(w) or 0) < 4 and not _inflected(model, w) and \
            not (len(w) > 5 and w.endswith(("ها", "هم", "هما")))  # وأنهار، طُليت، انفجارها، اثنتان: no name

    for i, key in enumerate(keys):
        if i in covered:
            continue
        noun = _site_noun(key)
        if noun is None or i + 1 >= len(keys):
            continue
        off, stem = noun
        first = i + 1
        definite = any(st.startswith("ال") and st[2:] == stem for o, st in proclitic_stems(key) if o == off)
        if definite and first + 1 < len(texts) and keys[first].startswith("ال"):  # المتنزه الوطني "إيلي ألاتاو"
            first += 1
        quoted = texts[first] in ('"', "«", "“") and first + 1 < len(texts)
        if quoted:  # a quoted name is the name whatever its words (شارع "أربات"، "إيلي ألاتاو")
            first += 1
            end = first
            while end < len(texts) and end - first < _MAX_SITE_WORDS and texts[end][:1].isalpha():
                end += 1
            if end >= len(texts) or texts[end] not in ('"', "»", "”"):
                continue
        elif definite:  # the definite noun names a site only by a quoted name after it
            continue
        else:
            end = first
            while end < len(texts) and end - first < _MAX_SITE_WORDS and name_word(end):
                end += 1
        if end == first and stem in _DEFINITE_SITES and first < len(texts) and first not in covered and \
                keys[first].startswith("ال") and len(keys[first]) > 4 and not is_common(texts[first]) and \
                light(texts[first]) not in stop and keys[first] not in banned:
            end = first + 1
        if end == first:
            continue
        name_first = i if stem in _SITE_NOUNS and first == i + 1 else first
        start = ctx.starts[i] + off if name_first == i else ctx.starts[name_first]
        name = ctx.text[start:ctx.ends[end - 1]]
        actor = "place/~" + hashlib.sha256(match_key(name).encode("utf-8")).hexdigest()[:12]
        out.append(Match(start, ctx.ends[end - 1], name_first, end, Entry("LOC", actor, None)))
        covered.update(range(name_first, end))
    return sorted(out, key=lambda m: m.start) if len(out) > len(matches) else out


@lru_cache(maxsize=65536)
def _site_noun(key: str) -> tuple[int, str] | None:
    """(proclitic length, the site or feature noun without ال) when the word is one (وساحة، بالكاتدرائية), else
    None; once per word type."""
    return next(((off, bare) for off, stem in proclitic_stems(key) if (not off or key[0] in "وبلف")
                 and ((bare := stem[2:] if stem.startswith("ال") else stem) in _SITE_NOUNS
                      or bare in _FEATURE_NOUNS)), None)


def _institutions(ctx: Context, matches: list) -> list:
    """A state body named with its country inside (وزارة الخارجية لجمهورية كازاخستان، الإدارة الوطنية للهجرة في
    الصين، لجنة حالات الطوارئ والدفاع المدني في طاجيكستان) is one ORG mention: a body head noun, the words of its
    remit (definite, لل or و+ال words, or a noun governing one), then لـ or في + the country.  Linked to the
    reference body written with the country's nisba (وزارة الخارجية الكازاخستانية) when there is one."""
    out, keys, texts = list(matches), ctx.keys, ctx.texts
    for n, m in enumerate(matches):
        if m.entry.type == "NORP":
            body = _body_with_nisba(ctx, m, matches[n - 1] if n else None)
            if body is not None:
                out[n] = body
            continue
        if m.entry.type != "GPE" or not m.entry.actor.startswith("country/"):
            continue
        if m.start > ctx.starts[m.first] and keys[m.first].startswith("ل"):  # لجمهورية كازاخستان، لكازاخستان
            last = m.first - 1
        elif m.first > 0 and keys[m.first - 1] == "في":
            last = m.first - 2
        else:
            continue
        head = _body_head(ctx, last, matches[n - 1] if n else None)
        if head is None:
            continue
        first, offset = head
        start = ctx.starts[first] + offset
        words = tuple(match_key(w) for w in texts[first:last + 1])
        words = (words[0][offset:], *words[1:])
        entry = Entry("ORG", _body_actor(ctx.kb, words, m.entry.country, ctx.text[start:m.end]), m.entry.country)
        out[n] = Match(start, m.end, first, m.last, entry)
    return out


def _body_with_nisba(ctx: Context, m, before) -> Match | None:
    """A state body named with its country's nisba after its remit (وزارة الخارجية القطرية، مصلحة الجمارك
    الصينية, البنك المركزي الروسي): a body head noun, at least one remit word, then the definite nisba; one ORG
    mention linked to the reference body when the knowledge base has it, else to an id from the head words and
    the country (the same body however its country is written)."""
    nisba = ctx.keys[m.first]
    if m.first < 2 or not nisba.startswith("ال"):
        return None
    head = _body_head(ctx, m.first - 1, before)
    if head is None:
        return None
    first, offset = head
    if ctx.keys[first].endswith("ه") != nisba.endswith("ه"):  # the nisba agrees with the head noun in gender
        return None
    start = ctx.starts[first] + offset
    words = tuple(match_key(w) for w in ctx.texts[first:m.first])
    words = (words[0][offset:], *words[1:])
    actor = _body_actor(ctx.kb, words, m.entry.country, "")
    if actor.startswith("org/~"):
        actor = "org/~" + hashlib.sha256(f"{' '.join(words)}|{m.entry.country}".encode()).hexdigest()[:12]
    return Match(start, m.end, first, m.last, Entry("ORG", actor, m.entry.country))


def _body_head(ctx: Context, last: int, before) -> tuple[int, int] | None:
    """(token, clitic offset) of the body head noun governing the remit words ending at token ``last``."""
    keys, texts = ctx.keys, ctx.texts
    k = last
    while k >= 0 and last - k < _MAX_BODY_WORDS and texts[k][:1].isalpha():
        if before is not None and before.last > k:  # another name ends here: not one body
            return None
        for off, stem in proclitic_stems(keys[k]):
            if off and not keys[k].startswith(("و", "ب", "ل", "ف")):
                continue
            bare = stem[2:] if stem.startswith("ال") else stem
            if bare in _BODY_HEADS and k < last:
                return k, off
        if not _remit_word(keys[k], keys[k + 1] if k + 1 <= last else None) or ctx.infos[k][2]:
            return None  # a title word is no remit (مجلس الوزراء وزير الخارجية التركمانستاني: two offices)
        k -= 1
    return None


def _remit_word(key: str, nxt: str | None) -> bool:
    """A word of a body's remit: definite (الخارجية، الوطنية), لل + noun (للهجرة), و + ال (والدفاع), or an
    indefinite noun governing a definite one (حالات الطوارئ)."""
    if key.startswith(("ال", "لل", "وال")):
        return True
    return nxt is not None and nxt.startswith(("ال", "لل")) and len(key) > 2


def _body_actor(kb: Any, words: tuple[str, ...], iso3: str, text: str) -> str:
    """The reference body written as head words + the country's nisba (وزارة الخارجية الكازاخستانية), else an
    id from the name as written."""
    gaz = gazetteer_for(kb)
    for nisba, country in kb.nisba_index().items():
        if country != iso3:
            continue
        for form in (nisba, "ال" + nisba):
            entry = gaz.lookup((*words, match_key(form)))
            if entry is not None and entry.type == "ORG":
                return entry.actor
    return "org/~" + hashlib.sha256(match_key(text).encode("utf-8")).hexdigest()[:12]


#: Words after which a name is a place: prepositions of place and place-kind nouns (a closed class).
_PLACE_CUES = frozenset(match_key(w) for w in (
    "في", "إلى", "الى", "من", "نحو", "حتى", "داخل", "قرب", "مدينة", "المدينة", "عاصمة", "العاصمة", "ولاية",
    "إقليم", "مقاطعة", "منطقة", "بلدة", "قرية"))
_COMMA = ("،", ",")


def _place_expected(ctx: Context, m, matches: list) -> bool:
    """Is a place expected at a gazetteer match: after a preposition of place or a place-kind noun (في كيف،
    مدينة كيف), or in a list with another place (موسكو وكيف، موسكو، كيف، كيف وموسكو)?"""
    i, j, keys, texts = m.first, m.last, ctx.keys, ctx.texts
    if i > 0 and keys[i - 1] in _PLACE_CUES:
        return True
    places = [p for p in matches if p is not m and p.entry.type in ("GPE", "LOC")]
    ends, starts = {p.last for p in places}, {p.first for p in places}
    return (keys[i].startswith("و") and i in ends) or (i > 1 and texts[i - 1] in _COMMA and i - 1 in ends) or \
        (j < len(keys) and ((j in starts and keys[j].startswith("و")) or
                            (texts[j] in _COMMA and j + 1 in starts)))


_HOMOGRAPHS: dict[int, tuple[Any, frozenset[str]]] = {}


@lru_cache(maxsize=1)
def _frequency_table() -> tuple[Any, dict[str, str]] | None:
    """(the model's scorer, its general-Arabic word-frequency buckets), read only; None without the model."""
    scorer = getattr(statistical_model(), "_scorer", None)
    table = getattr(scorer, "lexicons", {}).get("zf") if scorer is not None else None
    return (scorer, table) if table else None


def general_frequency(word: str) -> int | None:
    """Zipf bucket of a written word in general Arabic (wordfreq, as the NER model stores it); None when
    unattested or without the model."""
    found = _frequency_table()
    if found is None:
        return None
    scorer, table = found
    v = table.get(scorer.folded(word))
    return int(v[0]) if v and v[0].isdigit() else None


def _homographs(kb: Any) -> frozenset[str]:
    """The knowledge base's homograph name keys, once per knowledge base (none without the statistical model's
    word statistics)."""
    found = _HOMOGRAPHS.get(id(kb))
    if found is not None and found[0] is kb:
        return found[1]
    model = statistical_model()
    keys: frozenset[str] = frozenset()
    if model is not None and _frequency_table() is not None:
        keys = homograph_keys(kb, model.is_common, general_frequency)
    _HOMOGRAPHS[id(kb)] = (kb, keys)
    return keys


def titles_stage(ctx: Context) -> None:
    """Title phrases and the person names they introduce."""
    model = statistical_model()
    ctx.titles = find_titles(ctx.text, ctx.texts, ctx.starts, ctx.ends, ctx.keys, ctx.matches,
                             list(compress(range(len(ctx.infos)), map(_TITLES, ctx.infos))),
                             model.is_common if model is not None else None, general_frequency)
    taken = {(t.person_start, t.person_end) for t in ctx.titles}
    ctx.titles += [t for t in find_plural_lists(ctx.text, ctx.texts, ctx.starts, ctx.ends, ctx.keys, ctx.matches,
                                                model.is_common if model is not None else None, general_frequency)
                   if not any(s < t.person_end and t.person_start < e for s, e in taken)]
    seen: dict[tuple[int, int], Mention] = {}
    for start, end in find_title_lists(ctx.text, ctx.texts, ctx.starts, ctx.ends, ctx.keys, ctx.matches,
                                       model.is_common if model is not None else None):
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
    covered = {j for m in ctx.matches for j in range(m.first, m.last)}
    added = []
    for t in ctx.titles:
        if t.country is None:
            continue
        first, last = bisect_right(ctx.starts, t.start) - 1, bisect_left(ctx.starts, t.end)
        for k in range(first + 1, last - 1):
            if ctx.keys[k] not in _BODY_HEADS or not ctx.keys[k + 1].startswith("ال") or \
                    any(j in covered for j in range(k, last)):
                continue
            words = tuple(ctx.keys[k:last])
            actor = _body_actor(ctx.kb, words, t.country, "")
            if actor.startswith("org/~"):
                actor = "org/~" + hashlib.sha256(f"{' '.join(words)}|{t.country}".encode()).hexdigest()[:12]
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
    names = [tuple(match_key(w) for w in p.text.replace("-", " ").split()) for p in ctx.people]
    ctx.matches = _yield_to_names(ctx.matches, ctx.keys, ctx.texts, {w for n in names for w in n})
    taken = {j for m in ctx.matches for j in range(m.first, m.last)}
    for p in ctx.people:  # tokens of the introduced names themselves (a name may start behind a proclitic: وصادر)
        taken.update(range(bisect_right(ctx.starts, p.start) - 1, bisect_right(ctx.ends, p.end)))
    chinese = {(t.person_start, t.person_end) for t in ctx.titles if t.country in SURNAME_FIRST}
    surname_first = frozenset(n for n, p in enumerate(ctx.people) if (p.start, p.end) in chinese)
    hits = find_aliases(ctx.starts, ctx.ends, ctx.keys, names, taken, _banned(), surname_first)
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

    def person_then_particles(m) -> bool:
        return m.last - m.first >= 2 and keys[m.first] in name_words and \
            all(w in particles for w in texts[m.first + 1:m.last])

    return [m for m in matches if not person_then_particles(m)]


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


_QUOTES = {"«": "»", '"': '"', "“": "”", "”": "”", "'": "'"}


def _outlet_repeats(text: str, name: str) -> list[int]:
    """Starts of the outlet's name in quotes or as the credit of another header line."""
    from silkwire.ingest.dateline import parse_byline, parse_dateline

    out = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before, after = text[:at].rstrip(" "), text[end:].lstrip(" ")
        quoted = bool(before) and before[-1] in _QUOTES and after[:1] == _QUOTES[before[-1]]
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
    model = statistical_model()
    if model is None:
        ctx.model = []
        return
    kept = []
    for start, end, label in model.predict_tokens(ctx.texts, ctx.starts, ctx.ends, ctx.gaps):
        words = ctx.text[start:end].split()
        i = bisect_right(ctx.starts, start) - 1
        if all(map(model.is_common, words)) or (i > 0 and model.is_adjective(ctx.texts[i - 1], words, label)):
            continue
        if start > ctx.starts[i] and ctx.texts[i].startswith("لل"):
            continue  # ل + ال read as a clitic on ل...: a complement (الاستخدام السلمي للطاقة الذرية), no name
        if all(_inflected(model, w) and not _lexicon_class(model, w) for w in words):
            continue  # duals and plurals of ordinary words (شريكان استراتيجيان شاملان دائمان): adjectives, no name
        if _amount(words, ctx.texts[i - 1] if i > 0 else ""):
            continue
        kept.append((start, end, label))
    ctx.model = _model(ctx, kept)
    ctx.model = _person_parts_as_persons(ctx, ctx.model)
    ctx.model += _model_aliases(ctx, model.is_common)


#: Currency nouns and number words (closed classes): "1.5 مليار يوان", "ملياري يوان" is an amount, not a name.
_CURRENCIES = frozenset(match_key(w) for w in (
    "يوان", "دولار", "دولارا", "يورو", "روبل", "روبلا", "تنغي", "سوم", "سومي", "مانات", "ريال", "ريالا",
    "درهم", "دينار", "دينارا", "جنيه", "جنيها", "ليرة", "روبية", "ين", "فرنك", "جنيه"))
_NUMBER_WORDS = frozenset(match_key(w) for w in (
    "مليار", "ملياري", "مليارات", "مليون", "مليوني", "ملايين", "ألف", "آلاف", "ألفي", "تريليون", "مئة", "مائة"))


def _amount(words: list[str], before: str) -> bool:
    """A span ending in a currency noun after a number or number word (ملياري يوان، 1.5 مليار يوان)."""
    keys = [match_key(w) for w in words]
    if not keys or keys[-1] not in _CURRENCIES:
        return False
    prev = keys[-2] if len(keys) > 1 else match_key(before)
    return any(ch.isdigit() for ch in before) or prev in _NUMBER_WORDS or (len(keys) == 1 and before[:1].isdigit())


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
    names = [tuple(match_key(w) for w in p.text.replace("-", " ").split()) for p in people]
    taken: set[int] = set()
    for m in (*ctx.outlet, *ctx.matches, *ctx.people, *ctx.aliases, *ctx.model):
        taken.update(range(bisect_right(ctx.starts, m.start) - 1, bisect_left(ctx.starts, m.end)))
    hits = find_aliases(ctx.starts, ctx.ends, ctx.keys, names, taken, _banned())
    return [ctx.mention(h.start, h.end, "PER", "alias") for h in hits
            if h.full or (not is_common(ctx.text[h.start:h.end])
                          and _spelt_alike(ctx.text[h.start:h.end], people[h.person].text))]


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
    model = statistical_model()
    taken: set[int] = set()
    for m in (*ctx.outlet, *ctx.matches, *ctx.people, *ctx.aliases, *ctx.model):
        taken.update(range(bisect_right(ctx.starts, m.start) - 1, bisect_left(ctx.starts, m.end)))
    out = []
    memo = _surname_memo(index)
    texts, keys = ctx.texts, ctx.keys
    for i, word in enumerate(texts):  # each word type read once (memo), then only words with a reading are visited
        if word not in memo:
            memo[word] = None if len(word) < 4 or not word[0].isalpha() or word.isascii() or \
                len(word) != len(keys[i]) else _surname_reading(index, model, word, keys[i])  # diacritics: no name
    for i in [i for i, word in enumerate(texts) if memo[word] is not None]:
        if i in taken:
            continue
        people, offset = memo[texts[i]]
        first = i
        while first > 0 and first - 1 not in taken and first > i - 2 and index.is_given(ctx.texts[first - 1], people):
            first -= 1
        if first == i and i > 0 and i - 1 not in taken and _given_name(model, ctx.texts[i - 1]):
            continue  # ألماز جباروف: somebody else's surname
        start = ctx.starts[first] + (offset if first == i else 0)
        out.append(ctx.mention(start, ctx.ends[i], "PER", "surname"))
    ctx.surnames = out


_UNSEEN = object()
_SURNAME_MEMO: dict[int, tuple[Any, dict[str, Any]]] = {}


def _surname_memo(index: Any) -> dict[str, Any]:
    """word → its surname reading (or None), kept across articles for one surname index: most words of an article
    were seen before, and the reading depends on the word alone (bounded: cleared past 200,000 words)."""
    got = _SURNAME_MEMO.get(id(index))
    if got is None or got[0] is not index or len(got[1]) > 200_000:
        got = _SURNAME_MEMO[id(index)] = (index, {})
    return got[1]


def _surname_reading(index: Any, model: Any, word: str, key: str) -> tuple[Any, int] | None:
    """(the officials the word names, the offset of the surname behind a proclitic), or None: an ordinary word
    under any reading, or no official's surname."""
    readings = [(off, word[off:]) for off, _ in proclitic_stems(key) if len(word) - off >= 3]
    if any(_ordinary(model, w) or _inflected(model, w) for _, w in readings):  # ورجل: و + رجل, بتعيين
        return None
    best = max(((index.match(w), off) for off, w in readings if len(w) >= 4), key=lambda f: (f[0][1], f[1]),
               default=None)
    if best is None or not best[0][0]:
        return None
    (people, _), offset = best
    return people, offset


@lru_cache(maxsize=65536)
def _ordinary(model: Any, word: str) -> bool:
    """Is a word an ordinary Arabic word, not a surname (see :func:`surname_stage`): a stop or title word, a
    word the model's training news uses often and never tags, a frequent word or article form, or a given name
    (إبراهيم، رضوان: the model's name lexicon)?"""
    key = match_key(word)
    if key in _banned() or light(word) in stopwords()[0] or key.startswith(("ال", "عبد")):  # عبد + a divine
        return True  # name is always a given name (عبدالله، عبدالاله)
    if (model is not None and model.is_common(word)) or _given_name(model, word):
        return True
    found = _frequency_table()
    if found is None:
        return False
    scorer, table = found
    v = table.get(scorer.folded(word), "00")
    return (v[0].isdigit() and int(v[0]) >= 5) or _article_form(word)


def _article_form(word: str) -> bool:
    """The word's article form is frequent in general Arabic (Zipf 3 or more): a common noun (names seldom take
    ال)."""
    found = _frequency_table()
    if found is None:
        return False
    scorer, table = found
    v = table.get(scorer.folded(word), "00")
    return v[1:2].isdigit() and int(v[1]) >= 3


#: Plural and dual endings: an ordinary word under them (بعيدين: بعيد) is no surname.
_PLURAL_ENDINGS = ("ين", "ون", "ات", "ان")


@lru_cache(maxsize=65536)
def _inflected(model: Any, word: str) -> bool:
    """An ordinary word with a plural or dual ending (بعيدين، ستشارك is caught as a verb form elsewhere), unless the
    model's name lexicon knows the whole word as a surname (بوتين)."""
    if not word.endswith(_PLURAL_ENDINGS) or len(word) < 6 or _lexicon_class(model, word) == "s":
        return False
    return _ordinary(model, word[:-2])


def _lexicon_class(model: Any, word: str) -> str:
    """``g`` (given name), ``s`` (surname) or "" from the model's name lexicon."""
    scorer = getattr(model, "_scorer", None)
    names = getattr(scorer, "lexicons", {}).get("pn") if scorer is not None else None
    return names.get(scorer.folded(word), "")[:1] if names else ""


def _given_name(model: Any, word: str) -> bool:
    """The model's name lexicon knows the word as a given name (its class ``g``)."""
    scorer = getattr(model, "_scorer", None)
    names = getattr(scorer, "lexicons", {}).get("pn") if scorer is not None else None
    return bool(names) and names.get(scorer.folded(word), "")[:1] == "g"


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
    mentions.sort(key=lambda m: m.start)
    return Recognition(tuple(mentions), tuple(adjectives), tuple(ctx.titles))


@lru_cache(maxsize=1)
def _banned() -> frozenset[str]:
    """Match keys that are never a name on their own: stop words and title words."""
    titles = {w for specs in title_lexicon().values() for s in specs for w in s.words}
    return frozenset(match_key(w) for w in stopwords()[0]) | frozenset(titles)


@lru_cache(maxsize=1)
def statistical_model() -> Any | None:
    """The statistical NER model if it is installed and trained; None otherwise (recognition still works)."""
    try:
        from silkwire.nlp.statistical import StatisticalNER

        return StatisticalNER.load()
    except Exception as exc:
        log.info("statistical NER unavailable: %s", exc)
        return None


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


def _model(ctx: Context, predicted: list[tuple[int, int, str]]) -> list[Mention]:
    """Model spans that overlap no span another stage claimed (the model's own spans are disjoint BIO spans)."""
    claimed = sorted((m.start, m.end) for m in (*ctx.outlet, *ctx.matches, *ctx.people, *ctx.aliases))
    starts = [s for s, _ in claimed]
    reach = list(accumulate((e for _, e in claimed), max))  # furthest end among the spans starting so far
    banned = _banned()
    out = []
    for start, end, label in predicted:
        typ = MODEL_LABELS.get(str(label).upper())
        k = bisect_left(starts, end)  # spans starting before this one ends; one overlaps if any reaches past start
        if typ is None:
            continue
        if k and reach[k - 1] > start:
            end = _before_claimed(ctx, start, end, starts, reach, k) if typ == "PER" else 0
            if end <= start:
                continue
        words = [match_key(w) for w in ctx.text[start:end].split()]
        if not words or all(w in banned for w in words):
            continue
        out.append(ctx.mention(start, end, typ, "model"))
    return out
