"""Metadata read from the opening lines of a text: title, publication date, outlet, dateline city.

Only the header is read (the lines before the first body paragraph, and that paragraph's start), so a date or
agency named further down the article never becomes its metadata.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import outlets
from .dateline import LineMeta, is_breadcrumb, parse_byline, parse_dateline, parse_stamp

_MAX_HEADER_LINES = 8  # non-empty lines looked at
_BODY_LINE = 200  # a line this long is body text: the header ends with it
_TITLE_MAX_CHARS = 160
_TITLE_MAX_WORDS = 25
_FINAL_STOP = re.compile(r"[.:؛;]\s*$")
_ELLIPSIS_END = re.compile(r"\.\.+\s*$")


@dataclass(frozen=True, slots=True)
class TextMeta:
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    place: str | None = None
    outlet_span: tuple[int, int] | None = None  # where the header names the outlet, as written


def _looks_like_title(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= _TITLE_MAX_WORDS or len(line) > _TITLE_MAX_CHARS:
        return False
    return not (_FINAL_STOP.search(line) and not _ELLIPSIS_END.search(line)) and not is_breadcrumb(line)


def _header_lines(text: str) -> list[tuple[str, bool]]:
    """(stripped line, followed by a blank line or the end) for the header lines of the text."""
    raw = text[:4000].split("\n")
    out: list[tuple[str, bool]] = []
    for i, line in enumerate(raw):
        line = line.strip()
        if not line:
            continue
        blank_after = i + 1 >= len(raw) or not raw[i + 1].strip()
        out.append((line, blank_after))
        if len(out) >= _MAX_HEADER_LINES or len(line) >= _BODY_LINE:
            break
    return out


def _classify(line: str) -> tuple[str, LineMeta | None]:
    for kind, parse in (("stamp", parse_stamp), ("dateline", parse_dateline), ("byline", parse_byline)):
        found = parse(line)
        if found is not None:
            return kind, found
    known = outlets.lookup(line) if len(line) <= _OUTLET_LINE else None
    if known is not None and known.kind != "generic":  # a line that is only an outlet's name: الميادين نت
        return "byline", LineMeta(site=line)
    return "other", None


_OUTLET_LINE = 40  # a header line this short may be the outlet's name alone


def read_header(text: str, default_year: int | None = None) -> TextMeta:
    """Title, published (YYYY-MM-DD), outlet (English name where known) and dateline city of a news text."""
    lines = _header_lines(text)
    kinds = [_classify(line) for line, _ in lines]
    title = None
    for i, ((line, blank_after), (kind, _)) in enumerate(zip(lines, kinds, strict=True)):
        if kind != "other":
            continue
        next_is_meta = i + 1 < len(kinds) and kinds[i + 1][0] in ("stamp", "dateline")
        if _looks_like_title(line) and ((blank_after and i + 1 < len(lines)) or next_is_meta):
            title = line
            break
    found = [m for _, m in kinds if m is not None]
    stamp = [m for k, m in kinds if k == "stamp"]
    dateline = [m for k, m in kinds if k == "dateline"]
    published = _first_date(stamp, None) or _first_date(dateline, default_year) or _footer_date(text, default_year)
    sites = [m.site for m in found if m.site]
    credits = [m.credit for m in stamp + dateline if m.credit] + [m.credit for m in found if m.credit]
    specific = [c for c in credits if not outlets.is_generic(c)]
    outlet = sites[0] if sites else (specific or credits or [None])[0]
    place = next((m.city for m in dateline + found if m.city), None)
    return TextMeta(title=title, published=published, outlet=outlets.canonical(outlet), place=place,
                    outlet_span=_span_in_header(text, outlet))


def _footer_date(text: str, default_year: int | None) -> str | None:
    """The date of a closing stamp or dateline line, when the header has none: press releases and some wire copies
    end with it (`بيشكيك، 4 يونيو 2024`, `تاريخ النشر: الخميس 15 مايو 2025`).  Only whole short lines at the very
    end count, never a date inside the last paragraph."""
    lines = [ln.strip() for ln in text[-1000:].split("\n") if ln.strip()][-_FOOTER_LINES:]
    for line in reversed(lines):
        if len(line) > _FOOTER_LINE:
            break
        kind, meta = _classify(line)
        if kind in ("stamp", "dateline") and meta is not None and meta.date is not None:
            return meta.date.iso(default_year)
    return None


_FOOTER_LINES = 3  # non-empty lines read at the end
_FOOTER_LINE = 80  # a longer line is body text: the footer ends there


def _span_in_header(text: str, name: str | None) -> tuple[int, int] | None:
    """The first occurrence of the outlet's name as written within the header, if the header writes it out."""
    if not name or outlets.is_generic(name):
        return None
    start = text.find(name, 0, 4000)
    return (start, start + len(name)) if start >= 0 else None


def _first_date(metas: list[LineMeta], default_year: int | None) -> str | None:
    for m in metas:
        if m.date is not None:
            iso = m.date.iso(default_year)
            if iso:
                return iso
    return None
