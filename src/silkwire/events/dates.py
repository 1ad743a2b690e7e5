"""Date expressions in Arabic news, resolved against a reference date (the dateline or publication date).

Only cheap regexes over the folded text: no dateparser call per sentence.  Weekdays resolve to the most recent such
day on or before the reference date, which is how wire copy uses them (يوم الاثنين = this past Monday).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import compress, filterfalse

from silkwire.events.forms import norm
from silkwire.events.lexicon import Toks
from silkwire.events.trie import alternation

_MONTHS_RAW = {
    1: "يناير/كانون الثاني/جانفي", 2: "فبراير/شباط/فيفري", 3: "مارس/آذار", 4: "أبريل/ابريل/إبريل/نيسان/أفريل",
    5: "مايو/أيار/ماي", 6: "يونيو/حزيران/جوان/يونيه", 7: "يوليو/تموز/جويلية/يوليه", 8: "أغسطس/آب/أوت/اغسطس",
    9: "سبتمبر/أيلول", 10: "أكتوبر/تشرين الأول/اكتوبر", 11: "نوفمبر/تشرين الثاني", 12: "ديسمبر/كانون الأول",
}
MONTHS: dict[str, int] = {norm(w): n for n, ws in _MONTHS_RAW.items() for w in ws.split("/")}
_WEEKDAYS_RAW = {0: "الاثنين/الإثنين", 1: "الثلاثاء", 2: "الأربعاء", 3: "الخميس", 4: "الجمعة", 5: "السبت", 6: "الأحد"}
WEEKDAYS: dict[str, int] = {norm(w): n for n, ws in _WEEKDAYS_RAW.items() for w in ws.split("/")}

_M = alternation(MONTHS)  # tries: a flat alternation of month names is attempted at every character
_W = alternation(WEEKDAYS)
_B = r"(?<![\w])"
_E = r"(?![\w])"
_ALIAS = rf"(?:\s*(?:\(\s*(?:{_M})\s*\)|/\s*(?:{_M})))?"  # 10 أبريل (نيسان) 2007، مارس / آذار 2003
#: One pattern for every cue; the named group says which.  Every cue starts a word: the look-behind is factored
#: out of the branches so that the engine rejects a mid-word position once, not once per branch.
CUES = re.compile(
    rf"{_B}(?:(?P<dmy>(?P<d>\d{{1,2}})(?:\s*(?:و|-|الي|الى|حتي)\s*\d{{1,2}})?\s+(?:من\s+)?(?P<m>{_M}){_ALIAS}(?:\s+(?:(?:من\s+)?(?:عام|العام|سنه)\s+)?(?P<y>(?:19|20)\d\d)|\s+(?P<rel1>الماضي|المقبل|القادم))?){_E}"
    rf"|(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)){_E}"
    rf"|(?P<my>(?:في\s+|خلال\s+)?(?:شهر\s+)?(?P<m2>{_M}){_ALIAS}\s+(?:(?P<y2>(?:19|20)\d\d)|(?P<rel2>الماضي|المقبل|القادم|الجاري)))"
    rf"|(?P<year>(?:في\s+|خلال\s+)?(?:عام|العام|سنه)\s+(?P<y3>(?:19|20)\d\d)){_E}"
    rf"|(?P<dom>(?P<d4>\d{{1,2}})\s+من\s+(?:هذا\s+)?الشهر(?:\s+(?P<rel7>الماضي|الجاري|الحالي))?){_E}"
    rf"|(?P<lastyear>(?:العام|السنه)\s+(?P<rel3>الماضي|الماضيه|المقبل|المقبله|القادم|القادمه|الجاري|الحالي|الحاليه)"
    rf"|(?:هذا\s+العام|هذه\s+السنه){_E})"
    rf"|(?P<lastmonth>(?:الشهر)\s+(?P<rel4>الماضي|المقبل|القادم|الجاري|الحالي)|هذا\s+الشهر{_E})"
    rf"|(?P<week>(?:مطلع\s+|اوائل\s+|اواخر\s+|نهايه\s+|بدايه\s+)?(?:هذا\s+)?الاسبوع(?:\s+(?P<rel6>الماضي|المقبل|القادم|الجاري|الحالي))?){_E}"
    rf"|(?P<season>(?:فصل\s+)?(?P<sname>الربيع|الصيف|الخريف|الشتاء)\s+(?P<rel5>الماضي|المقبل|القادم|الجاري|الحالي)){_E}"
    rf"|(?P<today>[وف]?اليوم){_E}(?:\s*\(?\s*(?P<wd0>{_W})\s*\)?)?"
    rf"|(?P<yday>(?:اول\s+)?[وف]?امس){_E}"
    rf"|(?P<tmrw>[وف]?غدا){_E}"
    rf"|(?P<wd>(?:[وف]?يوم\s+)?[وف]?(?P<wdn>{_W})(?:\s+(?P<wrel>الماضي|المقبل|القادم))?){_E})"
)


@dataclass(frozen=True, slots=True)
class DateCue:
    start: int
    end: int
    value: str  # YYYY-MM-DD | YYYY-MM | YYYY
    #: the value when the event it dates is still to come: a bare weekday (ومن المقرر أن يجري الرئيسان يوم الأربعاء
    #: محادثات) is the next one, not the last; None where the cue reads the same either way
    ahead: str | None = None


def parse_iso(s: str | None) -> date | None:
    if not s or len(s) < 10:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def _shift_year(day: date, years: int) -> date | None:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return None


def _months_back(ref: date, month: int, forward: bool) -> str:
    """The nearest given month before (or after) the reference month."""
    y = ref.year
    if forward:
        y += month <= ref.month
    else:
        y -= month >= ref.month
    return f"{y:04d}-{month:02d}"


#: Year of the stand-in reference date of a text whose dateline has a day and month but no year.  A leap year
#: (29 February exists) far from any news year: a date resolved in it is a month and day, never a real date.
YEARLESS = 4


def _resolve(m: re.Match[str], ref: date | None) -> str | None:
    g = m.groupdict()
    if ref is not None and ref.year == YEARLESS and not (g["dmy"] or g["iso"] or g["today"] or g["yday"] or g["tmrw"]
                                                         or g["y2"] or g["year"]):
        return f"{YEARLESS:04d}"  # weekdays, months and years counted from an unknown year: a date nobody knows
    if g["dmy"]:
        y = int(g["y"]) if g["y"] else (ref.year if ref else None)
        if y is None:
            return None
        try:
            day = date(y, MONTHS[g["m"]], int(g["d"]))
        except ValueError:
            return None
        rel = g["rel1"]
        if rel and ref and (day > ref if rel == "الماضي" else day < ref):  # 19 يوليو الماضي in a May article
            day = _shift_year(day, -1 if rel == "الماضي" else 1)
        return day.isoformat() if day else None
    if g["iso"]:
        return g["iso"]
    if g["my"]:
        month = MONTHS[g["m2"]]
        if g["y2"]:
            return f"{g['y2']}-{month:02d}"
        if ref is None:
            return None
        if g["rel2"] == "الجاري":
            return f"{ref.year:04d}-{month:02d}"
        return _months_back(ref, month, forward=g["rel2"] != "الماضي")
    if g["year"]:
        return g["y3"]
    if ref is None:
        return None
    return _relative(g, ref)


def _relative(g: dict, ref: date) -> str | None:
    if g["lastyear"]:
        rel = g["rel3"] or ""  # هذا العام: this year
        delta = -1 if rel.startswith("الماضي") else (1 if rel[:3] in ("الم", "الق") else 0)
        return f"{ref.year + delta:04d}"
    if g["dom"]:  # 17 من الشهر الجاري: a day of the report's month (of the one before with الماضي)
        month = ref.replace(day=1) - timedelta(days=1) if g["rel7"] == "الماضي" else ref
        try:
            return month.replace(day=int(g["d4"])).isoformat()
        except ValueError:
            return None
    if g["week"]:  # الأسبوع الماضي / المقبل: a week away, dated to its month (the day is not known)
        rel = g["rel6"] or ""
        day = ref - timedelta(days=7) if rel == "الماضي" else (ref + timedelta(days=7) if rel[:3] in ("الم", "الق")
                                                               else ref)
        return f"{day.year:04d}-{day.month:02d}"
    if g["season"]:
        return _season_year(_SEASONS[g["sname"]], g["rel5"], ref)
    if g["lastmonth"]:
        rel = g["rel4"] or "الجاري"  # هذا الشهر
        first = ref.replace(day=1)
        if rel == "الماضي":
            prev = first - timedelta(days=1)
            return f"{prev.year:04d}-{prev.month:02d}"
        if rel in ("المقبل", "القادم"):
            nxt = (first + timedelta(days=32)).replace(day=1)
            return f"{nxt.year:04d}-{nxt.month:02d}"
        return f"{ref.year:04d}-{ref.month:02d}"
    if g["today"]:
        if g["wd0"] and ref.year != YEARLESS:
            return weekday_before(ref, WEEKDAYS[g["wd0"]]).isoformat()
        return ref.isoformat()
    if g["yday"]:
        return (ref - timedelta(days=2 if g["yday"].startswith("اول") else 1)).isoformat()
    if g["tmrw"]:
        return (ref + timedelta(days=1)).isoformat()
    if g["wd"]:
        wd = WEEKDAYS[g["wdn"]]
        if g["wrel"] in ("المقبل", "القادم"):
            return (ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)).isoformat()
        return weekday_before(ref, wd).isoformat()
    return None


#: First month of each season (the northern seasons of the region's news).
_SEASONS = {"الربيع": 3, "الصيف": 6, "الخريف": 9, "الشتاء": 12}


def _season_year(start: int, rel: str, ref: date) -> str:
    """The year a season named relative to the reference date begins in (الخريف المقبل in June 2024 → 2024)."""
    began = ref.year if ref.month >= start else ref.year - 1  # the latest start of this season on or before ref
    under_way = (ref.month - start) % 12 < 3
    if rel in ("المقبل", "القادم"):
        year = ref.year if ref.month < start else ref.year + 1
    elif rel == "الماضي":
        year = began - 1 if under_way else began
    else:  # الجاري، الحالي: the one under way, else this year's
        year = began if under_way or ref.month >= start else ref.year
    return f"{year:04d}"


def _cue_matches(folded: str):
    """CUES matches, searching only the sentences that contain an anchor."""
    last = -1
    for a in _ANCHOR.finditer(folded):
        if a.start() < last:
            continue
        b = _BOUND.search(folded, a.start())
        lo = max(last, folded.rfind(".", 0, a.start()) + 1, 0)
        hi = b.end() if b else len(folded)
        yield from CUES.finditer(folded, lo, hi)
        last = hi


def _cue_matches_tokens(folded: str, toks: Toks, anchors: list[int] | None = None, openers: list[int] | None = None):
    """The same matches as :func:`_cue_matches`, with the regexes tried only at tokens that can hold an anchor or
    begin a cue (per-word answers are kept across articles): every cue begins a word, and every anchor lies inside
    one token.  Exact only when every word character is a token character; :func:`find_dates` checks that."""
    texts, starts = toks.texts, toks.starts
    if anchors is None or openers is None:
        _analyse_words(toks.vocab)
        anchors = list(compress(range(len(texts)), map(_ANCHOR_WORDS.__contains__, texts)))
        openers = list(compress(range(len(texts)), map(_OPENING_WORDS.__contains__, texts)))
    if not anchors:
        return
    anchors = [starts[i] for i in anchors]
    openers = [starts[i] for i in openers]
    last = -1
    for s in anchors:
        if s < last:
            continue
        b = _BOUND.search(folded, s)
        lo = max(last, folded.rfind(".", 0, s) + 1, 0)
        hi = b.end() if b else len(folded)
        end = -1
        for at in openers[bisect_left(openers, lo):bisect_left(openers, hi)]:
            if at >= end:
                m = CUES.match(folded, at, hi)
                if m is not None:
                    end = m.end()
                    yield m
        last = hi


#: Words seen so far (each analysed once per process), the words holding an anchor, those that may begin a cue.
_SEEN: set[str] = set()
_ANCHOR_WORDS: set[str] = set()
_OPENING_WORDS: set[str] = set()


def _analyse_words(vocab) -> None:
    """Sort each new word into the anchor and the opening words (the sets are bounded: cleared past 100,000)."""
    if len(_SEEN) > 100_000:
        _SEEN.clear()
        _ANCHOR_WORDS.clear()
        _OPENING_WORDS.clear()
    for w in filterfalse(_SEEN.__contains__, vocab):
        _SEEN.add(w)
        if anchor_word(w):
            _ANCHOR_WORDS.add(w)
        if opening_word(w):
            _OPENING_WORDS.add(w)


def anchor_word(word: str) -> bool:
    """Whether the word holds a date anchor (a digit, اليوم، الماضي، a weekday ...)."""
    return _ANCHOR.search(word) is not None


def opening_word(word: str) -> bool:
    """Whether a date cue may begin with the word."""
    return word[:1].isdecimal() or word in _FIRST_WORDS


def weekday_before(ref: date, weekday: int) -> date:
    """The most recent given weekday on or before the reference date."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


#: Cheap anchors: a stretch of text without any of them cannot hold a date cue.
_ANCHOR = re.compile(r"\d|" + alternation(["اليوم", "امس", "غدا", "الماضي", "المقبل", "القادم", "الجاري", "الحالي",
                                             "العام", "السنه", "الشهر", "الاسبوع",  # one word each: an anchor
                                             *WEEKDAYS]))  # lies inside one token
_BOUND = re.compile(r"[.!؟?\n]")
#: The words a cue can begin with (CUES branches that do not begin with a digit), with و/ف in front: a superset.
_FIRST_WORDS = frozenset(c + w for c in ("", "و", "ف") for w in (
    "في", "خلال", "شهر", "عام", "العام", "سنه", "السنه", "الشهر", "اليوم", "اول", "امس", "غدا", "يوم", "فصل",
    "الربيع", "الصيف", "الخريف", "الشتاء", "هذا", "هذه", "الاسبوع", "مطلع", "اوائل", "اواخر", "نهايه", "بدايه",
    *(m.split()[0] for m in MONTHS), *WEEKDAYS))


def find_dates(folded: str, ref: date | None, toks: Toks | None = None, anchors: list[int] | None = None,
               openers: list[int] | None = None) -> list[DateCue]:
    """Every resolvable date cue in folded text (the full pattern runs only around anchor words; given the
    text's tokens, only at the words that can begin a cue).  ``anchors``, ``openers``: the indices of the tokens
    :func:`anchor_word` and :func:`opening_word` accept, when known."""
    out = []
    found = _cue_matches(folded) if toks is None or toks.stray_word_chars else \
        _cue_matches_tokens(folded, toks, anchors, openers)
    for m in found:
        if m["year"] and folded[max(0, m.start() - 8):m.start()].split()[-1:] in _HORIZON:
            continue  # استراتيجية التنمية حتى عام 2035: a horizon named in a title, not when anything happened
        value = _resolve(m, ref)
        if value:
            out.append(DateCue(m.start(), m.end(), value, _ahead(m, ref)))
    return out


def _ahead(m: re.Match[str], ref: date | None) -> str | None:
    """A bare weekday's next occurrence after the reference date (its value for an event still to come)."""
    if not m["wd"] or m["wrel"] or ref is None or ref.year == YEARLESS:
        return None
    return (ref + timedelta(days=(WEEKDAYS[m["wdn"]] - ref.weekday() - 1) % 7 + 1)).isoformat()


_HORIZON = (["حتي"], ["حتى"], ["بحلول"], ["لعام"], ["للعام"])  # folded and not: words before a horizon year


_DATELINE = re.compile(rf"(?P<d>\d{{1,2}})\s*(?P<m>{_M})\s*[،,]?\s*(?P<y>(?:19|20)\d\d)")


_DATELINE_NO_YEAR = re.compile(rf"(?P<d>\d{{1,2}})\s*(?P<m>{_M}){_E}(?!\s*[،,]?\s*\d)")


def yearless_dateline(folded: str) -> tuple[date, int, int] | None:
    """The day and month of a dateline that gives no year (دوشنبه 6 يوليو (الشعب اليومية أونلاين)), as a date in
    the stand-in year :data:`YEARLESS`, and where its line starts and the date ends."""
    m = _DATELINE_NO_YEAR.search(folded[:300])
    line = folded.rfind("\n", 0, m.start()) + 1 if m else 0
    if not m or len(folded[line:m.start()].split()) > 4:  # a headline may stand above it
        return None
    try:
        return date(YEARLESS, MONTHS[m["m"]], int(m["d"])), line, m.end()
    except ValueError:
        return None


def nearest_year(day: date, anchor: str) -> str | None:
    """The day and month of a yearless dateline in the year that puts it nearest the anchor date (a meeting the
    text names: a report is written within months of it, before or after)."""
    ref = parse_iso(anchor)
    if ref is None:
        return None
    dates = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _shift_year(day, y - day.year)) is not None]
    return min(dates, key=lambda d: abs((d - ref).days)).isoformat() if dates else None


def yearless(value: str | None) -> bool:
    """A date resolved against the stand-in year (its year is unknown)."""
    return bool(value) and value[:4].isdigit() and int(value[:4]) < 1000


def headline_date(folded: str) -> str | None:
    """A full date written in the first line (a headline ending "في طشقند – 25 أبريل 2025"): the report's day when
    no dateline or publication date gives one."""
    first = folded.lstrip()[:300].split("\n", 1)[0]
    m = _DATELINE.search(first)
    if not m:
        return None
    try:
        return date(int(m["y"]), MONTHS[m["m"]], int(m["d"])).isoformat()
    except ValueError:
        return None


def dateline(folded: str) -> re.Match[str] | None:
    """The date of the dateline at the top of a wire story (شيآن 26 أبريل 2023 (شينخوا)): a city (a country, an
    agency), then the date, at the start of its line (a headline may precede)."""
    m = _DATELINE.search(folded[:300])
    if not m or len(folded[folded.rfind("\n", 0, m.start()) + 1:m.start()].split()) > 4:
        return None
    return m


def dateline_date(folded: str, m: re.Match[str] | None = None) -> str | None:
    """The date written in the dateline at the top of a wire story (``m``: its :func:`dateline`, when known)."""
    m = m or dateline(folded)
    if not m:
        return None
    try:
        return date(int(m["y"]), MONTHS[m["m"]], int(m["d"])).isoformat()
    except ValueError:
        return None
