"""Title-triggered people: a name right after an office title is a person holding that office.

    [و]TITLE [و TITLE ...] [COUNTRY-NISBA | COUNTRY] NAME [، و NISBA NAME ...]

The title lexicon is data (``silkwire/data/titles.json``).  A name runs until punctuation, a stop word, a
definite word (except name parts such as الدين), a gazetteer name, و + the next title, or four words.  Lists that
share one title (الرئيس الكازاخستاني X، والأوزبكي Y) give one person per nisba.  The patterns, with examples, are
tabled in docs/ARCHITECTURE.md ("Title patterns").
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from importlib import resources

from silkwire.nlp.gazetteer import Match
from silkwire.text import fold, match_key, proclitic_stems

MAX_NAME_WORDS = 4
#: titles.json class of نظيره and its forms: the role is inherited, never reported as such.
COUNTERPART = "counterpart"
#: Folds for stop-word lookup: hamza seats kept, and alif maqsura kept, so أمام (before) is not إمام and على is not
#: علي (name parts).
LIGHT_STEPS = ("invisibles", "tatweel", "diacritics", "quotes", "digits", "persian")
_COMMAS = frozenset("،,")
_TANWEEN = frozenset("\u064b\u064c\u064d")
_STATE_WORDS = frozenset({"جمهورية", "مملكة", "دولة", "إمارة", "سلطنة"})
_LINEAGE = frozenset({"بن", "بنت", "ابن", "آل"})
#: Name words followed by a definite word that is still the name (عبد اللهيان، أبو الغيط).
_BEFORE_ARTICLE = frozenset({"عبد", "أبو", "ابو", "أبي", "بن", "ابن"})
_DEFINITE = ("ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل")
#: Head nouns of state bodies and institutions (a closed class), as match keys without the article.
BODY_HEADS = frozenset(match_key(w) for w in (
    "وزارة", "لجنة", "إدارة", "هيئة", "مصلحة", "دائرة", "وكالة", "مجلس", "مكتب", "جهاز", "مديرية", "مؤسسة",
    "صندوق", "بنك", "مصرف", "أكاديمية", "محكمة", "نيابة", "سلطة", "مفوضية", "رابطة", "اتحاد", "غرفة"))

#: Nouns of man-made sites whose name follows them and includes them (كاتدرائية زينكوف، ساحة الجمهورية، بحيرة
#: ألماتي الكبرى is the gazetteer's or the model's): a closed class.  Palaces are left out (قصر الشعب is a seat of
#: government, named as the gold conventions say, not a site).
SITE_NOUNS = frozenset(match_key(w) for w in (
    "شارع", "ساحة", "ميدان", "كاتدرائية", "كنيسة", "مسجد", "جامع", "جسر", "بحيرة", "مطار", "ميناء", "حديقة",
    "متنزه", "منتزه", "برج", "معبد", "ضريح", "سد"))

@dataclass(frozen=True, slots=True)
class TitleSpec:
    words: tuple[str, ...]
    role_class: str | None
    country: str  # optional | required | nisba (a dual title: الرئيسان الكازاخستاني X والأوزبكي Y)
    generic: bool


@dataclass(frozen=True, slots=True)
class TitleHit:
    """One title phrase with the person it introduces (offsets into the original text)."""

    start: int  # title phrase, clitics excluded
    end: int
    title: str  # as written
    role_class: str
    country: str | None
    person_start: int
    person_end: int
    former: bool = False  # آنذاك، السابق: an office held before, no role on the article's date
    stateless: bool = False  # the office of a body of no country (الأمين العام للأمم المتحدة): no country's role


@lru_cache(maxsize=1)
def title_lexicon() -> dict[str, list[TitleSpec]]:
    """Title specs by first word key, longest first."""
    raw = json.loads(resources.files("silkwire").joinpath("data/titles.json").read_text(encoding="utf-8"))
    out: dict[str, list[TitleSpec]] = {}
    for t in raw["titles"]:
        words = tuple(match_key(w) for w in t["phrase"].split())
        out.setdefault(words[0], []).append(TitleSpec(words, t["class"], t["country"], bool(t.get("generic"))))
    for specs in out.values():
        specs.sort(key=lambda s: -len(s.words))
    return out


@lru_cache(maxsize=65536)
def title_candidates(key: str) -> tuple[tuple[int, TitleSpec], ...]:
    """(clitic offset, spec) of every title that may start at a word with this key, in trial order."""
    lex = title_lexicon()
    return tuple((offset, spec) for offset, stem in proclitic_stems(key) if not (offset and len(stem) < 3)
                 for spec in lex.get(stem, ()))


@lru_cache(maxsize=65536)
def light(word: str) -> str:
    """The word under the light folds used for stop-word lookup."""
    return fold(word, LIGHT_STEPS)


@lru_cache(maxsize=1)
def stopwords() -> tuple[frozenset[str], frozenset[str]]:
    """(stop words, definite words allowed inside names), as match keys."""
    raw = json.loads(resources.files("silkwire").joinpath("data/nlp/stopwords.json").read_text(encoding="utf-8"))
    return frozenset(fold(w, LIGHT_STEPS) for w in raw["stop"]), frozenset(fold(w, LIGHT_STEPS) for w in raw["name_al"])


@lru_cache(maxsize=1)
def stop_spellings() -> frozenset[str]:
    """The stop words exactly as written (hamza seats kept: إن is a particle, آن is not)."""
    raw = json.loads(resources.files("silkwire").joinpath("data/nlp/stopwords.json").read_text(encoding="utf-8"))
    return frozenset(raw["stop"])


class _Reader:
    """Cursor over one article's tokens with the gazetteer matches indexed by first token."""

    def __init__(self, text: str, texts: list[str], starts: list[int], ends: list[int], keys: list[str],
                 matches: list[Match], is_common: Callable[[str], bool] | None = None,
                 frequency: Callable[[str], int | None] | None = None) -> None:
        self.text, self.texts, self.starts, self.ends, self.keys = text, texts, starts, ends, keys
        self.is_common = is_common or (lambda _word: False)
        self.frequency = frequency or (lambda _word: None)
        self.matches = matches
        self.at = {m.first: m for m in matches}
        self.stop, self.name_al = stopwords()

    @cached_property
    def cover(self) -> dict[int, Match]:
        """Token -> the match covering it (made on first use: a reader for plural lists seldom needs it)."""
        return {j: m for m in self.matches for j in range(m.first, m.last)}

    @cached_property
    def covered(self):
        return self.cover.keys()

    def title_at(self, i: int, chained: bool) -> tuple[TitleSpec, int, int] | None:
        """(spec, clitic offset, end token) of the longest title starting at token i."""
        if i >= len(self.keys):
            return None
        for offset, spec in title_candidates(self.keys[i]):
            end = i + len(spec.words)
            if tuple(self.keys[i + 1:end]) == spec.words[1:]:
                if spec.generic:
                    end = self._portfolio_end(end)
                    if end == i + 1:
                        continue
                return spec, offset, end
        return None

    def _portfolio_end(self, j: int) -> int:
        """End of the nouns naming a minister's portfolio: definite nouns (النقل، التجارة الخارجية), or a noun
        governing a definite one (حالات الطوارئ، شؤون المرأة)."""
        k = j
        if self._portfolio_word(k + 1) and not self.keys[k].startswith("ال") and k < len(self.texts) and \
                self.texts[k][0].isalpha() and light(self.texts[k]) not in self.stop and k not in self.covered \
                and self.at.get(k) is None:
            k += 2
        while k - j < 2 and self._portfolio_word(k):
            k += 1
        return k

    def _portfolio_word(self, k: int) -> bool:
        return k < len(self.keys) and self.keys[k].startswith("ال") and not self.norp(k) \
            and light(self.texts[k]) not in self.stop and k not in self.covered

    def norp(self, i: int) -> str | None:
        m = self.at.get(i)
        return m.entry.country if m and m.entry.type == "NORP" else None

    def country(self, i: int) -> tuple[str, int] | None:
        """A country name at i (optionally after لـ, or after a state word the gazetteer's long names lack:
        جمهورية قرغيزستان): (ISO3, end token)."""
        m = self.at.get(i)
        if m is None and i < len(self.texts) and light(self.texts[i]) in _STATE_WORDS:
            m = self.at.get(i + 1)
        if m and m.entry.actor.startswith("country/") and m.entry.type != "NORP":
            return m.entry.country, m.last
        return None

    def is_stop(self, light: str) -> bool:
        """A stop word, also behind proclitics (بنظيره، بزيارة، وقال)."""
        return _stop_word(light)

    def _next_title(self, k: int, i: int) -> bool:
        """Word k (after the first name word) is و + a title: the name ended and a coordinated title follows
        (وانغ يي ونائب رئيس الوزراء ..., شي جينبينغ ورئيس جمهورية ...)."""
        return k > i and self.keys[k][:1] == "و" and any(off for off, _ in title_candidates(self.keys[k]))

    def _name_like_place(self, k: int) -> bool:
        """A one-word place right where a name starts, followed by a name word (رئيسة الوزراء الإيطالية جورجيا
        ميلوني): a given name that is also a place (Georgia), since a title is followed by its holder's name."""
        m = self.cover[k]
        return m.first == k and m.last == k + 1 and m.entry.type in ("GPE", "LOC") and _name_like(self, k + 1) \
            and not self._preposition_phrase(k + 1)

    def _preposition_phrase(self, k: int) -> bool:
        """Word k is a preposition (ب ل ك) on an ordinary word, more frequent in general Arabic without it than
        with it (بتسريع: تسريع): the place before it is the verb's object (طالب الرئيس القرغيزي بكين بتسريع ...),
        not a given name.  A surname that merely starts with the letter (بوتين) is attested whole."""
        word = self.texts[k]
        if len(word) < 4 or word[0] not in "بلك":
            return False
        stem = (self.frequency(word[1:]) or 0)
        return stem >= 3 and stem > (self.frequency(word) or 0)

    def _body_starts(self, k: int) -> bool:
        """Word k is the head noun of an institution the gazetteer does not know, followed by its remit (مجلس
        الأمن، وزارة الدفاع، لجنة للتحقيق): a name never runs into it."""
        nxt = self.keys[k + 1] if k + 1 < len(self.keys) else ""
        key = self.keys[k]
        if key[:1] == "و" and key[1:] in SITE_NOUNS:  # الملك فهد ومسجد ...: و + a site noun
            return True
        return nxt.startswith(("ال", "لل")) and any(stem in BODY_HEADS for off, stem in proclitic_stems(key)
                                                    if not off or key[0] == "و")

    def _possessive(self, folded: str) -> bool:
        """و + a noun with a pronoun suffix (وتمنياته، ورسالتها، وجهودهم): the sentence goes on, the name has ended.
        The noun must be attested in general Arabic (a ة written ت before the suffix restored)."""
        if folded[:1] != "و" or len(folded) < 5:
            return False
        for suffix in ("هما", "هم", "ها", "ه"):
            if folded.endswith(suffix):
                stem = folded[1:-len(suffix)]
                if len(stem) < 3:
                    return False
                forms = (stem, stem[:-1] + "ة") if stem.endswith("ت") else (stem,)
                return any((self.frequency(f) or 0) >= 2 or self.is_common(f) for f in forms)
        return False

    def _future_verb(self, folded: str) -> bool:
        """سـ + a known present-tense verb (سيزور، ستشارك، سيشارك): a verb, never a name word."""
        if len(folded) < 5 or folded[0] != "س" or folded[1] not in "يتن":
            return False
        rest = folded[1:]
        return self.is_common(rest) or (self.frequency(rest) or 0) >= 2

    def name_end(self, i: int) -> int:
        """End token of a person name starting at i (== i when there is none)."""
        k = i
        texts = self.texts
        links = 0  # بن، آل: the links of a lineage do not count as name words (تميم بن حمد آل ثاني)
        while k < len(texts) and k - i - links < MAX_NAME_WORDS:
            word = texts[k]
            if not word[0].isalpha():
                if word == "-" and k > i and k + 1 < len(texts) and self.starts[k + 1] == self.ends[k]:
                    k += 1
                    continue
                break
            folded = light(word)
            if k in self.covered and not (k == i and self._name_like_place(k)):
                break
            if self.is_stop(folded) or word.isascii() or self._next_title(k, i):
                break
            if k > i and (self._body_starts(k) or self._possessive(folded)):  # غوتيريش مجلس الأمن، بينغ وتمنياته
                break
            if k >= i + 2 and self.is_common(word):  # two name words, then a common noun (سبل، آفاق): the object
                break
            if k > i and self._future_verb(folded):  # وانغ يي سيزور أستانا: the name ends before the verb
                break
            links += k > i and folded in _LINEAGE
            if folded.startswith(_DEFINITE) and (k == i or (folded not in self.name_al and
                                                            light(texts[k - 1]) not in _BEFORE_ARTICLE)):
                break
            k += 1
        while k > i and not texts[k - 1][0].isalpha():
            k -= 1
        return k


def find_titles(text: str, texts: list[str], starts: list[int], ends: list[int], keys: list[str],
                matches: list[Match], hot: list[int] | None = None,
                is_common: Callable[[str], bool] | None = None,
                frequency: Callable[[str], int | None] | None = None) -> list[TitleHit]:
    """Every title phrase followed by a person name, left to right (only words that may start a title are tried:
    ``hot``, the indices of such words, when the caller knows them).  ``is_common(word)``: a frequent word that is
    never part of a name (the statistical model's vocabulary knows them); it ends a name after two words.
    ``frequency(word)``: the word's general-Arabic Zipf bucket (None: unattested)."""
    r = _Reader(text, texts, starts, ends, keys, matches, is_common, frequency)
    hits: list[TitleHit] = []
    free = 0
    if hot is None:
        hot = [i for i, c in enumerate(map(title_candidates, keys)) if c]
    for i in hot:
        if i < free:
            continue
        found = _title_chain(r, i)
        if found is None:
            continue
        chain, country, j = found
        j0, j = j, _past_courtesies(r, j)
        if country is None and j > j0 and r.texts[j - 1] == ")" and r.keys[j:j + 1] and r.keys[j][0] == "ل" \
                and (c := r.country(j)) is not None:  # رئيس مجلس الشعب (خلق مصلحتي) لتركمنستان X: after a gloss
            country, j = c
        former = any(light(r.texts[k]) in _FORMERLY for k in range(j0, j))
        if j + 1 < len(r.texts) and r.texts[j] in _COMMAS and r.name_end(j + 1) > j + 1:  # الصيني، وانغ يي،
            j += 1
        name_end = r.name_end(j) if _may_open_name(r, j, bool(country)) else j
        if country is None and j - i >= 2 and name_end == j + 1 and name_end < len(r.texts) \
                and light(r.texts[name_end]).startswith(_DEFINITE):  # (الرئيس بوتين الوفد: a one-word title keeps it)
            name_end = j  # إلى رئيس الدولة تحيات الرئيس: a noun in construct state, not a one-word name
        if name_end == j:
            before = _name_before(r, i, free)
            if before is not None:
                hits += _emit(r, chain, country, before[0], before[1], hits)
                free = j
            continue
        stateless = country is None and any(m.entry.type == "ORG" and not m.entry.country
                                            for k in range(i, j) if (m := r.at.get(k)) is not None)
        hits += _emit(r, chain, country, j, name_end, hits, former, stateless)
        free = _list_continuation(r, chain, name_end, hits)
    return hits


def _may_open_name(r: _Reader, j: int, with_country: bool) -> bool:
    """Does the word after a title open a name?  Not a common word, alone or behind a proclitic (الرئيس الأميركي
    امتنع، ولي العهد ببرقية), unless a name-like word follows (الطاجيكي عظيم إبراهيم، الرئيس صادر جباروف: عظيم and
    صادر are also common words); after a bare title (الرئيس، الملك) not a word with tanween or a pronoun suffix
    either (حاول الرئيس توجيهها، لم يتخذ الملك احتياطاتٍ)."""
    if j >= len(r.texts):
        return False
    word = r.texts[j]
    common = r.is_common(word) or any(off and r.is_common(word[off:]) for off, _ in proclitic_stems(r.keys[j]))
    if common and not _name_like(r, j + 1):
        return False
    return with_country or not (_TANWEEN.intersection(word) or (len(word) > 4 and word.endswith(("ها", "هم", "هما"))))


def _name_like(r: _Reader, k: int) -> bool:
    """A word that may continue a name: letters, no stop word, article, common word or known name."""
    if k >= len(r.texts) or not r.texts[k][0].isalpha() or k in r.covered:
        return False
    folded = light(r.texts[k])
    return not (r.is_stop(folded) or folded.startswith(_DEFINITE) or r.is_common(r.texts[k]) or r._body_starts(k))


def _name_before(r: _Reader, i: int, free: int) -> tuple[int, int] | None:
    """(first, end) tokens of a name set before the title at i as an apposition, when nothing else can be meant:
    after an honorific (أجرى السيد جينبيك كولوباييف وزير خارجية قرغيزستان) or before a comma (…كولوباييف، وزير).
    Without either, ``استقبل بوتين وزير الخارجية الصيني`` names two people, so nothing is taken."""
    end = i - 1 if i >= 1 and r.texts[i - 1] in _COMMAS else i
    k = end - 1
    while k >= free and end - k <= MAX_NAME_WORDS and r.texts[k][0].isalpha() and k not in r.covered:
        folded = light(r.texts[k])
        if r.is_stop(folded) or folded.startswith(_DEFINITE) or (r.keys[k],) in honorifics() or \
                r.is_common(r.texts[k]):  # رأى يوان شيكاي، رئيس ...: the verb is no name
            break
        k -= 1
    first = k + 1
    if first >= end or (end == i and not (k >= 0 and (r.keys[k],) in honorifics())):
        return None
    return first, end


def _title_chain(r: _Reader, i: int) -> tuple[list[tuple[TitleSpec, int, int, int]], str | None, int] | None:
    """Titles joined directly or by و, then an optional country: (chain of (spec, start tok, offset, end), ISO3, j)."""
    chain = []
    country: str | None = None
    j = i
    while True:
        t = r.title_at(j, chained=bool(chain))
        if t is None:
            break
        spec, offset, end = t
        if chain and offset and r.keys[j][0] != "و":  # a chained title may only be joined by wa
            break
        chain.append((spec, j, offset, end))
        j = end
        named = r.cover.get(end - 1)  # a name that swallowed the title's last word runs on past it
        # باسم وزارة الخارجية الصينية (an organisation), رئيس جمهورية كازاخستان (a country's long name)
        if named is not None and named.last > end and (named.entry.type == "ORG" or
                                                      named.entry.actor.startswith("country/")):
            country, j = country or named.entry.country, named.last
            continue
        c = r.country(j) if spec.country == "required" else None
        org = r.at.get(j)
        org = org if org is not None and org.entry.type == "ORG" else None
        if org is None and c is None and (quoted := _quoted_company(r, j)) is not None:
            org, j_after = quoted  # رئيس شركة "تركمنغاز" X: the company named in quotes after its noun heads it
            if spec.role_class not in (None, "other"):
                chain[-1] = (replace(spec, role_class="other"), *chain[-1][1:])
            country, j = country or org.entry.country, j_after
            continue
        if spec.country == "required":
            if c is None and org is None and (back := _body_named_before(r, j)) is not None:
                country, j = back  # المتحدث الرسمي باسم الوزارة: the ministry the article named before
                continue
            if c is None and org is None:
                return None if len(chain) == 1 else (chain[:-1], country, chain[-1][1])
            if c is None and spec.role_class != "other":  # رئيس اللجنة الوطنية للتنمية: heads a body, not a state
                chain[-1] = (replace(spec, role_class="other"), *chain[-1][1:])
            country, j = c if c is not None else (country or org.entry.country, org.last)
        elif r.norp(j):
            country, j = r.norp(j), r.at[j].last
        elif spec.country == "nisba":  # a dual title names two people, each after a nisba
            return None if len(chain) == 1 else (chain[:-1], country, chain[-1][1])
        elif r.country(j) and r.keys[j].startswith("ل"):  # وزير الخارجية لكازاخستان
            country, j = r.country(j)
        elif org is not None:  # الأمين العام لمنظمة شنغهاي
            country, j = country or org.entry.country, org.last
        elif _institution_word(r, j):  # الأمين العام للمنظمة
            j += 1
    if not chain or all(link[0].role_class is None for link in chain):
        return None
    return chain, country, j


def _body_named_before(r: _Reader, j: int) -> tuple[str, int] | None:
    """A definite body head noun (الوزارة، اللجنة) standing for the nearest body of that kind named before it
    with a country: (ISO3, token after the noun)."""
    if j >= len(r.keys) or not r.keys[j].startswith("ال") or r.keys[j][2:] not in BODY_HEADS or j in r.covered:
        return None
    head = r.keys[j][2:]
    for m in sorted((m for m in r.at.values() if m.last <= j and m.entry.type == "ORG" and m.entry.country),
                    key=lambda m: -m.first):
        if any(stem == head for _, stem in proclitic_stems(r.keys[m.first])):
            return m.entry.country, j + 1
    return None


def _place_at(r: _Reader, j: int) -> tuple[str | None, int] | None:
    """A city or region at j (an envoy's host named by its capital: السفير الصيني لدى أستانا): (country, end)."""
    m = r.at.get(j)
    return (m.entry.country, m.last) if m is not None and m.entry.type in ("GPE", "LOC") else None


#: Words that date a title (then, former) and stand between it and the name.
_FORMERLY = frozenset({"آنذاك", "انذاك", "حينذاك", "حينها", "وقتها", "وقتذاك", "السابق", "السابقة", "الأسبق",
                       "الاسبق"})


def _past_courtesies(r: _Reader, j: int) -> int:
    """The first name word after the host country of an envoy (السفير الصيني لدى طاجيكستان) and honorifics
    (أمير قطر الشيخ تميم، السيد، معالي), which stand between a title and the name but are not part of it."""
    if j < len(r.keys) and r.keys[j] == "لدي" and (host := r.country(j + 1) or _place_at(r, j + 1)):
        j = host[1]
    while j < len(r.texts) and light(r.texts[j]) in _FORMERLY:  # رئيس مجلس الدولة الصيني آنذاك لي كه تشيانغ
        j += 1
    if j < len(r.texts) and r.texts[j] == "(":  # an organisation's acronym: مؤسسة البترول الوطنية الصينية (سي إن بي سي)
        close = next((k for k in range(j + 1, min(j + 6, len(r.texts))) if r.texts[k] == ")"), None)
        if close is not None:
            j = close + 1
    by_first = _honorifics_by_first()
    moved = True
    while moved and j < len(r.keys):
        moved = False
        for h in by_first.get(r.keys[j], ()):
            if tuple(r.keys[j:j + len(h)]) == h:
                j, moved = j + len(h), True
                break
    return j


@lru_cache(maxsize=1)
def _honorifics_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`honorifics` by their first word (each list longest first): only those can start at a word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for h in honorifics():
        out.setdefault(h[0], []).append(h)
    return {first: tuple(hs) for first, hs in out.items()}


@lru_cache(maxsize=65536)
def _stop_word(light: str) -> bool:
    """A stop word, also behind proclitics, for a word under the light folds; once per word type."""
    stop = stopwords()[0]
    return any(stem in stop for _, stem in proclitic_stems(light))


@lru_cache(maxsize=1)
def honorifics() -> tuple[tuple[str, ...], ...]:
    """Courtesy words as match-key tuples, longest first."""
    raw = json.loads(resources.files("silkwire").joinpath("data/titles.json").read_text(encoding="utf-8"))
    return tuple(sorted({tuple(match_key(w) for w in h.split()) for h in raw.get("honorifics", [])}, key=len,
                        reverse=True))


_COMPANY_NOUNS = frozenset(match_key(w) for w in ("شركة", "مؤسسة", "مجموعة", "مصرف", "بنك"))
_QUOTES_OPEN, _QUOTES_CLOSE = ('"', "«", "“"), ('"', "»", "”")


def _company_noun(key: str) -> bool:
    return key in _COMPANY_NOUNS or (key.startswith("ال") and key[2:] in _COMPANY_NOUNS)


def _quoted_company(r: _Reader, j: int):
    """(ORG match, token after its closing quote) for a company noun (or a title ending in one), an optional
    definite adjective and a quoted organisation name the gazetteer knows (شركة "تركمنغاز"، مؤسسة «روساتوم»،
    رئيس الشركة الحكومية "تركمن غاز"), else None."""
    k = j
    noun = j > 0 and _company_noun(r.keys[j - 1])  # the title ends in the noun: رئيس الشركة "X"
    if k < len(r.keys) and _company_noun(r.keys[k]):
        k, noun = k + 1, True
    if noun and k < len(r.keys) and r.keys[k].startswith("ال") and k not in r.covered:  # الشركة الحكومية "X"
        k += 1
    if not noun or k + 1 >= len(r.keys) or r.texts[k] not in _QUOTES_OPEN:
        return None
    org = r.at.get(k + 1)
    if org is None or org.entry.type != "ORG" or org.last >= len(r.texts) or r.texts[org.last] not in _QUOTES_CLOSE:
        return None
    return org, org.last + 1


def _institution_word(r: _Reader, j: int) -> bool:
    """One لل + noun word after a title, with no definite word after it: the institution the office belongs to."""
    if j >= len(r.keys) or j in r.covered or not r.keys[j].startswith("لل"):
        return False
    return j + 1 >= len(r.keys) or not r.keys[j + 1].startswith("ال")


def _emit(r: _Reader, chain, country: str | None, j: int, name_end: int, before: list[TitleHit],
          former: bool = False, stateless: bool = False) -> list[TitleHit]:
    out = []
    p_start, p_end = r.starts[j], r.ends[name_end - 1]
    for spec, first, offset, end in chain:
        role = spec.role_class
        if role == COUNTERPART:
            role = _counterpart_role(before, _named_in_sentence(r, first), r.text)
        if role is None:
            continue
        start = r.starts[first] + offset
        title_end = r.ends[end - 1]
        out.append(TitleHit(start, title_end, r.text[start:title_end], role, country, p_start, p_end, former,
                            stateless))
    return out


def _counterpart_role(before: list[TitleHit], named: list[str], text: str) -> str | None:
    """A counterpart (نظيره) holds the office of the person whose counterpart he is: the titled person named
    earlier in the same sentence (أجرى وانغ يي محادثات مع نظيره: Wang's office, not that of the president named
    in the sentence before), else the nearest titled person before it; None when the article has named no
    office yet (the name is then not introduced: a bare نظيره says too little)."""
    offices = [h for h in reversed(before) if h.role_class != "other"]
    for key in named:  # nearest word first
        for h in offices:
            if key in {match_key(w) for w in text[h.person_start:h.person_end].split()}:
                return h.role_class
    return next((h.role_class for h in offices), None)


def _named_in_sentence(r: _Reader, first: int) -> list[str]:
    """Keys of the words before token ``first`` back to the start of its sentence, nearest first."""
    out = []
    k = first - 1
    while k >= 0 and r.texts[k] not in (".", "؟", "!", "?") and "\n" not in r.text[r.ends[k]:r.starts[k + 1]]:
        out.append(r.keys[k])
        k -= 1
    return out


def _list_continuation(r: _Reader, chain, k: int, hits: list[TitleHit]) -> int:
    """After `TITLE NISBA NAME`, more `، و NISBA NAME` items share the title: الرئيس الكازاخستاني X، والأوزبكي Y,
    and with no comma after a dual title: الرئيسان الكازاخستاني X والأوزبكي Y."""
    while k + 1 < len(r.texts):
        at = k + 1 if r.texts[k] in ("،", ",") else k
        m = r.at.get(at)
        if not (m and m.entry.type == "NORP" and r.keys[at].startswith("و")):
            break
        j = m.last
        end = r.name_end(j)
        if end == j:
            break
        hits += _emit(r, chain, m.entry.country, j, end, hits)
        k = end
    return k


#: Plural office nouns that head a list of names sharing them (والرؤساء X وY وZ): a closed class.
_PLURAL_TITLES = frozenset(match_key(w) for w in ("الرؤساء", "الزعماء", "القادة", "الملوك"))


def find_title_lists(text: str, texts: list[str], starts: list[int], ends: list[int], keys: list[str],
                     matches: list[Match], is_common: Callable[[str], bool] | None = None,
                     heads: list[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) of the names listed after a plural office noun (ووقع المعاهدة ... والرؤساء قاسم جومارت توكايف
    وصادر جباروف وإمام علي رحمون): people, with no role of their own (the plural names no country).  A name of
    two or more words; the next one starts at a word with و.  ``heads``: the indices of the plural office nouns,
    when the caller knows them."""
    if heads is None:
        heads = [i for i, key in enumerate(keys) if _plural_title(key)]
    if not heads:
        return []
    r = _Reader(text, texts, starts, ends, keys, matches, is_common)
    out: list[tuple[int, int]] = []
    for i in heads:
        k, offset = i + 1, 0
        while k < len(texts):
            end = _list_name_end(r, k, offset)
            if end - k < 2:
                break
            out.append((starts[k] + offset, ends[end - 1]))
            if end >= len(texts) or not keys[end].startswith("و") or len(keys[end]) < 3:
                break
            k, offset = end, 1
    return out


@lru_cache(maxsize=65536)
def _plural_title(key: str) -> bool:
    """The word is a plural office noun, bare or after و (والرؤساء); once per word type."""
    return any(stem in _PLURAL_TITLES for off, stem in proclitic_stems(key) if not off or key[0] == "و")


def _list_name_end(r: _Reader, i: int, offset: int) -> int:
    """End token of a listed name at i (its first word read after ``offset`` letters of proclitic)."""
    k = i
    while k < len(r.texts) and k - i < MAX_NAME_WORDS:
        word = r.texts[k][offset:] if k == i else r.texts[k]
        if not word[:1].isalpha() or k in r.covered or r.is_stop(light(word)) or light(word).startswith(_DEFINITE):
            break
        if k >= i + 2 and (r.is_common(word) or word.startswith("و")):
            break
        k += 1
    return k


#: Indefinite plural titles governing a list of COUNTRY NAME pairs (رؤساء كازاخستان X، وقرغيزستان Y): the office
#: each holds, of the country named before him.  A closed class: only plurals whose singular names one office.
_PLURAL_CONSTRUCT = {
    (match_key("رؤساء"),): "head_of_state",
    (match_key("وزراء"), match_key("خارجية")): "foreign_minister",
    (match_key("رؤساء"), match_key("وزراء")): "head_of_government",
    (match_key("رؤساء"), match_key("حكومات")): "head_of_government",
}
_PLURAL_FIRST = frozenset(words[0] for words in _PLURAL_CONSTRUCT)
_PLURAL_LONGEST_FIRST = sorted(_PLURAL_CONSTRUCT.items(), key=lambda wc: -len(wc[0]))


@lru_cache(maxsize=65536)
def _plural_construct_offset(key: str) -> int | None:
    """Clitic offset when the word is an indefinite plural title noun, bare or after و (ورؤساء); once per type."""
    return next((off for off, stem in proclitic_stems(key) if (not off or key[:off] == "و") and stem in _PLURAL_FIRST),
                None)


def find_plural_lists(text: str, texts: list[str], starts: list[int], ends: list[int], keys: list[str],
                      matches: list[Match], is_common: Callable[[str], bool] | None = None,
                      frequency: Callable[[str], int | None] | None = None,
                      heads: list[int] | None = None) -> list[TitleHit]:
    """One title hit per `COUNTRY NAME` pair after an indefinite plural title: `ورؤساء كازاخستان قاسم جومارت
    توكاييف، وقرغيزستان صادر جاباروف، وطاجيكستان إمام علي رحمون`, `وزراء خارجية الصين وانغ يي وروسيا سيرغي
    لافروف`.  Every pair after the first starts with و + the country; the title is the plural phrase.
    ``heads``: the indices of the plural title nouns, when the caller knows them."""
    if heads is None:
        heads = [i for i, key in enumerate(keys) if _plural_construct_offset(key) is not None]
    if not heads:
        return []
    r = _Reader(text, texts, starts, ends, keys, matches, is_common, frequency)
    hits: list[TitleHit] = []
    for i in heads:
        offset = _plural_construct_offset(keys[i]) or 0
        stem = keys[i][offset:]
        role, end = None, i + 1
        for words, cls in _PLURAL_LONGEST_FIRST:
            if words[0] == stem and tuple(keys[i + 1:i + len(words)]) == words[1:]:
                role, end = cls, i + len(words)
                break
        if role is None:
            continue
        t_start, t_end = starts[i] + offset, ends[end - 1]
        k, first = end, True
        while k < len(texts):
            m = r.at.get(k)
            if m is None or m.entry.type != "GPE" or not m.entry.actor.startswith("country/") or \
                    (not first and not keys[k].startswith("و")) or (first and m.start != starts[k]):
                break
            j = m.last
            name_end = r.name_end(j)
            if name_end - j < 2 and first:  # one bare word after the first country: no list of names
                break
            if name_end == j:
                break
            hits.append(TitleHit(t_start, t_end, text[t_start:t_end], role, m.entry.country, starts[j],
                                 ends[name_end - 1]))
            k, first = name_end, False
            if k < len(texts) and texts[k] in _COMMAS:
                k += 1
    return hits
