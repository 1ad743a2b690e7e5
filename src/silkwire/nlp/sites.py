"""Places and bodies the gazetteer cannot list: sites named after a site noun (كاتدرائية زينكوف، ساحة الجمهورية),
state bodies named with their country inside (وزارة الخارجية لجمهورية كازاخستان، وزارة الخارجية القطرية), and
whether a place is expected where a one-word homograph (كيف، جوا) stands."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any

from silkwire.nlp import wordclass
from silkwire.nlp.context import Context
from silkwire.nlp.gazetteer import Entry, Match, gazetteer_for
from silkwire.nlp.titles import BODY_HEADS as _BODY_HEADS
from silkwire.nlp.titles import SITE_NOUNS as _SITE_NOUNS
from silkwire.nlp.titles import light, stopwords
from silkwire.nlp.wordclass import article_form, banned, general_frequency, inflected
from silkwire.text import match_key, proclitic_stems

_MAX_BODY_WORDS = 6
#: Nouns of natural features whose name follows them without them (تلة كوك توبي، جبال إيلي ألاتاو، وادي راشت).
_FEATURE_NOUNS = frozenset(match_key(w) for w in ("تلة", "جبل", "جبال", "هضبة", "وادي", "نهر"))  # not تل: تل أبيب
#: Street and square nouns may take one definite name word (ساحة الجمهورية، ميدان التحرير، شارع الاستقلال).
_DEFINITE_SITES = frozenset(match_key(w) for w in ("شارع", "ساحة", "ميدان", "جسر"))
_MAX_SITE_WORDS = 3


def sites(ctx: Context, matches: list) -> list:
    """A site noun followed by a name the gazetteer does not know is a LOC mention (كاتدرائية زينكوف، تلة كوك
    توبي → كوك توبي): the name is one to three words that are no stop, title, common or definite word (street
    and square nouns: or one definite word, ساحة الجمهورية), or a name in quotes (المتنزه الوطني "إيلي ألاتاو").
    Its actor is an id from the name as written."""
    from silkwire.nlp.lexicon import SITE_NOUN

    keys, texts, out = ctx.keys, ctx.texts, list(matches)
    nouns = [i for i, kinds in ctx.kinds.items() if kinds & SITE_NOUN]
    if not nouns:
        return out
    model = wordclass.statistical_model()
    is_common = model.is_common if model is not None else (lambda _w: False)
    covered = {j for m in matches for j in range(m.first, m.last)}
    banned_keys, stop = banned(), stopwords()[0]

    def name_word(k: int) -> bool:
        w = texts[k] if k < len(texts) else ""
        return w[:1].isalpha() and not w.isascii() and k not in covered and keys[k] not in banned_keys and \
            light(w) not in stop and not is_common(w) and not keys[k].startswith("ال") and \
            not any(article_form(w[off:]) for off, _ in proclitic_stems(keys[k])) and \
            len(w) == len(keys[k]) and not keys[k].startswith(("و", "وال", "بال", "لل")) and \
            (general_frequency(w) or 0) < 4 and not inflected(model, w) and \
            not (len(w) > 5 and w.endswith(("ها", "هم", "هما")))  # وأنهار، طُليت، انفجارها، اثنتان: no name

    for i in nouns:
        if i in covered:
            continue
        key = keys[i]
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
                light(texts[first]) not in stop and keys[first] not in banned_keys:
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


def institutions(ctx: Context, matches: list) -> list:
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
        entry = Entry("ORG", body_actor(ctx.kb, words, m.entry.country, ctx.text[start:m.end]), m.entry.country)
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
    actor = body_actor(ctx.kb, words, m.entry.country, "")
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
        off = _head_offset(keys[k])
        if off is not None and k < last:
            return k, off
        if not _remit_word(keys[k], keys[k + 1] if k + 1 <= last else None) or ctx.infos[k][2]:
            return None  # a title word is no remit (مجلس الوزراء وزير الخارجية التركمانستاني: two offices)
        k -= 1
    return None


@lru_cache(maxsize=65536)
def _head_offset(key: str) -> int | None:
    """Clitic offset when the word is a body head noun (وزارة، والوزارة، بمجلس), else None; once per word type."""
    for off, stem in proclitic_stems(key):
        if off and not key.startswith(("و", "ب", "ل", "ف")):
            continue
        if (stem[2:] if stem.startswith("ال") else stem) in _BODY_HEADS:
            return off
    return None


def _remit_word(key: str, nxt: str | None) -> bool:
    """A word of a body's remit: definite (الخارجية، الوطنية), لل + noun (للهجرة), و + ال (والدفاع), or an
    indefinite noun governing a definite one (حالات الطوارئ)."""
    if key.startswith(("ال", "لل", "وال")):
        return True
    return nxt is not None and nxt.startswith(("ال", "لل")) and len(key) > 2


def body_actor(kb: Any, words: tuple[str, ...], iso3: str, text: str) -> str:
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


def place_expected(ctx: Context, m, matches: list) -> bool:
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
