"""Dates as Arabic news writes them: `26 أبريل 2023`, `3 نيسان/أبريل 2024`, `2023:04:27.10:18`, `20.05.2024`, ...

Regexes plus a month table (months.json) rather than dateparser: dateparser misses whole datelines, Levantine
months and stamps such as `2023:04:27.10:18`, and is two orders of magnitude slower.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_HERE = Path(__file__).parent
# Eastern Arabic and Persian digits to ASCII: one char for one char, so offsets survive.
_EASTERN = re.compile("[٠-٩۰-۹]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
# Letters that writers use interchangeably (hamza seats, alef maqsura, ta marbuta).
_ALEF = "[اأإآ]"
_FUZZY = {"ا": _ALEF, "أ": _ALEF, "إ": _ALEF, "آ": _ALEF, "ي": "[يى]", "ى": "[يى]", "ة": "[ةه]", "ه": "[ةه]"}
_NOT_LETTER_AFTER = r"(?![\u0621-\u064A\u0671-\u06D3])"
_NOT_LETTER_BEFORE = r"(?<![\u0621-\u064A\u0671-\u06D3])"


@cache
def lexicon() -> dict:
    """The month/weekday/stamp word table (months.json)."""
    with open(_HERE / "months.json", encoding="utf-8") as f:
        return json.load(f)


def to_ascii_digits(s: str) -> str:
    """Eastern Arabic / Persian digits to ASCII, length preserved."""
    return s.translate(_DIGITS) if _EASTERN.search(s) else s


def fuzzy_pattern(word: str) -> str:
    """A regex for a word that tolerates hamza/ya/ta-marbuta spelling variants and any run of spaces."""
    out = []
    for ch in word:
        if ch == " ":
            out.append(r"\s+")
        else:
            out.append(_FUZZY.get(ch, re.escape(ch)))
    return "".join(out)


def _alternation(words: list[str]) -> str:
    unique = sorted({fuzzy_pattern(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(unique) + ")"


@cache
def _month_regexes() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], int]]]:
    months = lexicon()["months"]
    every = [w for names in months.values() for w in names]
    one = re.compile(_NOT_LETTER_BEFORE + "(" + _alternation(every) + ")" + _NOT_LETTER_AFTER)
    per = [(re.compile("^" + _alternation(names) + "$"), int(n)) for n, names in months.items()]
    return one, per


def month_number(name: str) -> int | None:
    """1..12 for a month name in any series or spelling, else None."""
    name = re.sub(r"\s+", " ", name.strip())
    for rx, n in _month_regexes()[1]:
        if rx.match(name):
            return n
    return None


@cache
def weekday_regex() -> re.Pattern[str]:
    """A weekday word, optionally with يوم before it and a comma after it."""
    return re.compile(r"(?:يوم\s+)?" + _alternation(lexicon()["weekdays"]) + _NOT_LETTER_AFTER + r"\s*[،,]?")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a string: offsets, and year/month/day (year None when the text gives none)."""

    start: int
    end: int
    year: int | None
    month: int
    day: int

    def iso(self, default_year: int | None = None) -> str | None:
        """YYYY-MM-DD, taking default_year when the text has no year; None when invalid or yearless."""
        year = self.year if self.year is not None else default_year
        return iso_or_none(year, self.month, self.day)


def iso_or_none(year: int | None, month: int, day: int) -> str | None:
    if year is None or not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_ANY_DIGIT = re.compile(r"\d")
_YMD = re.compile(r"(?<![\d.:/-])(\d{4})\s?([-/.:])\s?(\d{1,2})\s?\2\s?(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<![\d.:/-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d])")


@cache
def _text_date_regex() -> re.Pattern[str]:
    month = _month_regexes()[0].pattern
    return re.compile(
        r"(?<!\d)(\d{1,2})\s*(?:من\s+)?" + month
        + r"(?:\s*[/(]\s*" + month + r"\s*\)?)?"
        + r"(?:\s*[،,]?\s*(?:(?:سنة|عام)\s+)?(\d{4})(?!\d)(?:\s?م" + _NOT_LETTER_AFTER + ")?)?"
    )


def _text_dates(s: str) -> list[DateMatch]:
    out = []
    for m in _text_date_regex().finditer(s):
        month = month_number(m.group(2))
        year = int(m.group(4)) if m.group(4) else None
        if month and iso_or_none(year or 2000, month, int(m.group(1))):
            out.append(DateMatch(m.start(), m.end(), year, month, int(m.group(1))))
    return out


def _numeric_dates(s: str) -> list[DateMatch]:
    out = []
    for m in _YMD.finditer(s):
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if iso_or_none(y, mo, d):
            out.append(DateMatch(m.start(), m.end(), y, mo, d))
    for m in _DMY.finditer(s):
        d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if iso_or_none(y, mo, d):
            out.append(DateMatch(m.start(), m.end(), y, mo, d))
    return out


def find_dates(s: str) -> list[DateMatch]:
    """Every full or yearless date in s, in order, with offsets into s."""
    s = to_ascii_digits(s)
    if not _ANY_DIGIT.search(s):
        return []
    found = sorted(_text_dates(s) + _numeric_dates(s), key=lambda d: (d.start, -d.end))
    out: list[DateMatch] = []
    for d in found:
        if not out or d.start >= out[-1].end:
            out.append(d)
    return out


def first_date(s: str) -> DateMatch | None:
    dates = find_dates(s)
    return dates[0] if dates else None


def to_iso(value: object) -> str | None:
    """A metadata date (ISO string, `20/05/2024`, Arabic text, struct_time, date) as YYYY-MM-DD, else None."""
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        return iso_or_none(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, dt.date):
        return iso_or_none(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    d = first_date(value)
    return d.iso() if d else None
