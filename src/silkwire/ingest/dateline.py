"""Line-level parsers for the metadata that opens an Arabic news text.

    dateline   `شيآن 26 أبريل 2023 (شينخوا)`, `بوابة اوكرانيا-كييف-27 ابريل 2023-`, `موسكو، 5 مارس (رويترز) -`,
               `القاهرة في 3 نيسان/أبريل 2024 (أ ف ب)`, `أنقرة/ الأناضول`,
               `الرياض 14 شوال 1445 هـ الموافق 23 أبريل 2024 م واس`
    stamp      `/مصدر: شينخوا/   2023:04:27.10:18`, `نشر في: 20/05/2024 - 10:18`, `الاثنين 20 مايو 2024`
    byline     `هرمز نيوز : وكالات`, `المصدر: رويترز`
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import outlets
from .dates import DateMatch, find_dates, fuzzy_pattern, lexicon, to_ascii_digits, weekday_regex

_HEAD = 200  # a dateline sits in the first characters of its line
_DATE_WITHIN = 90  # ... and its date starts this close to the line start
_SEP = r"(?:[-–—/|]|(?<!\S)\u0640+(?!\S))"  # a free-standing run of tatweel is a dash: بكين ــ العربي الجديد
_ARABIC_WORD = re.compile(r"^[\u0621-\u064A\u0671-\u06D3\u0640]+$")
_PAREN_CREDIT = re.compile(
    r"\s*(?:[-–—،,]|\u0640+(?!\S))?\s*(?:\(\s*([^()\n]{1,40}?)\s*\)|/\s*([^/\n]{1,30}?)\s*/|«\s*([^«»\n]{1,30}?)\s*»)")
_DASH_WORDS = re.compile(r"\s*(?:(?:[-–—/،,]|\u0640+(?!\S))\s*)?((?:[^\s()/\-–—،,.:]+\s*){1,4})")
_TRAILERS = re.compile(r"(?:\s*(?:[-–—/|،,:]|في|" + r"يوم" + r"))+\s*$")
_DASH_CREDIT_CLOSED = re.compile(r"\s*[-–—]\s*([^\s()/\-–—،,.:\d]+(?:\s[^\s()/\-–—،,.:\d]+){0,2})\.")
_CLOSES_DATELINE = re.compile(r"\s*[.:\-–—]")
_CREDIT_BEFORE_DATE = re.compile(r"\(\s*([^()\n]{1,40}?)\s*\)\s*[-–—،,]?\s*$")
_CITY_IN_COUNTRY = re.compile(r"\s*([^()\d\n]{2,30}?)\s*\(\s*([^()\n]{2,30}?)\s*\)\s*[-–—:]")
_TIMEZONE = re.compile(r"بتوقيت\s+[^\s\d]+(?:\s+المكرمة)?")  # بتوقيت مكة المكرمة، بتوقيت القدس
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b")
_LABEL = re.compile(r"(?:ال)?مصدر\s*[:：]\s*([^/\n:]{1,40}?)\s*(?:/|$|\s{2,}|\d)")
_BYLINE = re.compile(r"^\s*([^:：\-–—|\d]{2,40}?)\s*[:：\-–—|]\s*([^:：\-–—|\d]{2,40}?)\s*$")
_BREADCRUMB = re.compile(r">>|»|›|\s>\s|\s/\s.*\s/\s")


@dataclass(frozen=True, slots=True)
class LineMeta:
    """What one header line says: any of date, city, site (the publishing outlet) and credit (agency credited)."""

    date: DateMatch | None = None
    city: str | None = None
    site: str | None = None
    credit: str | None = None


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(lexicon()["city_stop_words"])


@cache
def _stamp_word_regex() -> re.Pattern[str]:
    words = sorted(lexicon()["stamp_words"] + lexicon()["weekdays"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(fuzzy_pattern(w) for w in words) + r")(?!\w)")


def is_breadcrumb(line: str) -> bool:
    """Navigation trails (`الصفحة الرئيسية >> التبادلات الدولية`) are not titles."""
    return bool(_BREADCRUMB.search(line))


def _valid_name(s: str, max_words: int) -> bool:
    words = s.split()
    return (0 < len(words) <= max_words and all(_ARABIC_WORD.match(w) for w in words)
            and not any(w in _stop_words() for w in words))


def _credit_at(s: str, pos: int, known_only: bool) -> tuple[str | None, int]:
    """A credit right after pos: `(شينخوا)`, `/وام/`, `«الشرق الأوسط»`, or a known outlet after a dash/space."""
    m = _PAREN_CREDIT.match(s, pos)
    if m:
        text = next(g for g in m.groups() if g)
        closed = bool(_CLOSES_DATELINE.match(s, m.end()))  # `طشقند – «دنيا». يتوجه`: the credit ends the dateline
        if outlets.lookup(text) or not ((known_only and not closed) or _is_place(text)):
            return text, m.end()
    m = _DASH_WORDS.match(s, pos)
    if m:
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            if outlets.lookup(cand):
                return cand, m.start(1) + len(" ".join(words[:n]))
    m = None if known_only else _DASH_CREDIT_CLOSED.match(s, pos)
    # `بيشكيك، 23 ديسمبر 2024 – كابار.`: one unknown word closed by a full stop, or a few that read as an outlet
    if m and _valid_name(m.group(1), 3) and (" " not in m.group(1) or outlets.looks_like_site(m.group(1))):
        return m.group(1), m.end(1)
    return None, pos


@cache
def _place_keys() -> frozenset[str]:
    from silkwire.reference import KnowledgeBase, name_key

    return frozenset(name_key(s) for s, kind, _ in KnowledgeBase.load().all_arabic_names() if kind != "organization")


def _is_place(text: str) -> bool:
    """A country or place named in parentheses after a city (`شيان (الصين)`) says where, not who reports."""
    from silkwire.reference import name_key

    return name_key(text) in _place_keys()


def _city_with_country(head: str) -> LineMeta | None:
    """`شيان (الصين) - قال ...`: a city dateline whose parentheses name the country, with no date or credit."""
    m = _CITY_IN_COUNTRY.match(head)
    if m is None or not _is_place(m.group(2)) or not _valid_name(m.group(1), 3):
        return None
    return LineMeta(city=m.group(1))


def _split_prefix(prefix: str) -> LineMeta | None:
    """`بوابة اوكرانيا-كييف-` -> site + city; `الرياض، الثلاثاء` -> city; None when it is no place name."""
    prefix = weekday_regex().sub(" ", prefix)
    prefix = _TRAILERS.sub("", prefix).strip()
    if not prefix:
        return LineMeta()
    segs = [s.strip() for s in re.split(r"\s*" + _SEP + r"\s*", prefix) if s.strip()]
    credit = None
    named = []
    for seg in segs:
        if outlets.lookup(seg) and credit is None and len(segs) > 1:
            credit = seg
        else:
            named.append(seg.split("،")[0].split(",")[0].strip())
    if not named or len(named) > 2:
        return None
    city = named[-1]
    site = named[0] if len(named) == 2 else None
    if not _valid_name(city, 3) or (site and not _valid_name(site, 4)):
        return None
    return LineMeta(city=city, site=site, credit=credit)


def parse_dateline(line: str) -> LineMeta | None:
    """The dateline opening a line (city, date, credit), or None when the line does not open with one."""
    head = to_ascii_digits(line[:_HEAD])
    dates = [d for d in find_dates(head) if d.year is not None or d.start < _DATE_WITHIN]
    first_digit = re.search(r"\d", head)
    if dates and dates[0].start < _DATE_WITHIN:
        date = dates[0]
        cut = min(date.start, first_digit.start()) if first_digit else date.start
        tail = re.sub(r"^\s*(?:م|هـ)(?!\w)", "", head[date.end:])
        credit, _ = _credit_at(tail, 0, known_only=False)
        # `... يوم 5 مايو` / `... في 5 مايو` without a credit is a sentence, not a dateline; so is a yearless date.
        if credit is None and (date.year is None or re.search(r"(?:^|\s)(?:في|يوم)\s*$", head[:cut])):
            return None
    else:
        date = None
        m = re.search(r"[(/«]|\s" + _SEP + r"\s|" + _SEP + r"\s|\s" + _SEP, head[:60])
        if not m:
            return None
        cut = m.start()
        credit, _ = _credit_at(head, cut, known_only=m.group(0).strip() not in ("(", "«"))
        if credit is None:
            return _city_with_country(head)
    prefix = head[:cut]
    if date is not None and credit is None and (m := _CREDIT_BEFORE_DATE.search(prefix)):  # تيانجين (سبوتنيك) 15 يوليو
        credit, prefix = m.group(1).strip(), prefix[:m.start()]
    parts = _split_prefix(prefix)
    if parts is None or (date is None and parts.city is None):
        return None
    return LineMeta(date=date, city=parts.city, site=parts.site, credit=credit or parts.credit)


def parse_stamp(line: str) -> LineMeta | None:
    """A short publication-stamp line: a date and/or `مصدر: X`, with nothing but stamp words around them."""
    if len(line) > 100:
        return None
    s = to_ascii_digits(line)
    dates = find_dates(s)
    label = _LABEL.search(s + " ")
    if not dates and not label:
        return None
    rest = s
    for d in reversed(dates[:1]):
        rest = rest[:d.start] + " " + rest[d.end:]
    credit = label.group(1).strip() if label else None
    if label:
        rest = rest.replace(label.group(0).rstrip("/0123456789 "), " ")
    rest = _TIME.sub(" ", rest)
    rest = _TIMEZONE.sub(" ", rest)
    rest = _stamp_word_regex().sub(" ", rest)
    if re.search(r"[^\W\d_]{2,}", rest):
        named = re.sub(r"^[\s\-–—|/،,:]+|[\s\-–—|/،,:]+$", "", rest)  # سي جي تي إن العربية | 18 يونيو 2025
        if credit is not None or not outlets.lookup(named):
            return None
        credit = named
    date = dates[0] if dates and dates[0].year is not None else None
    if date is None and credit is None:
        return None
    return LineMeta(date=date, credit=credit)


def parse_byline(line: str) -> LineMeta | None:
    """`هرمز نيوز : وكالات` (site : credit), `القاهرة - وكالات` (city - credit), `المصدر: رويترز`."""
    if len(line) > 80:
        return None
    m = _BYLINE.match(line)
    if not m:
        return None
    name, credit = m.group(1).strip(), m.group(2).strip()
    if not outlets.lookup(credit):
        return None
    if re.fullmatch(r"(?:ال)?مصدر|source", name, flags=re.I):
        return LineMeta(credit=credit)
    if outlets.looks_like_site(name):
        return LineMeta(site=name, credit=credit) if len(name.split()) <= 4 else None
    if _valid_name(name, 3):
        return LineMeta(city=name, credit=credit)
    return None
