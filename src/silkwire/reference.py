"""Reference data: countries, places, organisations, officials with terms of office, and meetings.

The packaged TSV files under ``silkwire/data`` are parsed once per process (``KnowledgeBase.load`` is cached) and
validated row by row, so a typo in a data file fails loudly with the file and line instead of silently dropping a
fact.  Every row carries a ``source``.  No network is touched: the files are the whole truth at run time.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import TypeVar

from silkwire.errors import ReferenceDataError
from silkwire.models import ROLE_CLASSES

PLACE_KINDS = ("city", "province", "region", "site")
NER_LABELS = ("GPE", "LOC")
ORG_KINDS = ("intergovernmental", "government_body", "party", "news_agency", "outlet", "company")
MEETING_SERIES = ("ccas_fm", "ccas_summit", "sco_summit", "sco_fm")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ID = re.compile(r"^[a-z0-9_\-]+$")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name_en: str
    name_ar: str
    variants_ar: tuple[str, ...]
    nisbas: tuple[str, ...]  # adjective forms without ال: صيني، صينية، قازاقي ...
    capital: str | None  # place id
    historical: bool
    source: str
    iso2: str | None = None
    long_ar: tuple[str, ...] = ()  # official long forms: جمهورية الصين الشعبية


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    kind: str  # city | province | region | site
    ner: str  # GPE | LOC
    name_en: str
    name_ar: str
    variants_ar: tuple[str, ...]  # former names included
    country: str | None
    source: str
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    name_en: str
    name_ar: str
    variants_ar: tuple[str, ...]
    abbreviations: tuple[str, ...]
    kind: str  # intergovernmental | government_body | party | news_agency | outlet | company (state firms, banks)
    country: str | None
    source: str
    parent: str | None = None  # org id this body belongs to (Politburo -> CPC)


@dataclass(frozen=True, slots=True)
class Official:
    person: str
    name_en: str
    en_variants: tuple[str, ...]
    country: str
    title_en: str
    role_class: str
    start: str | None
    end: str | None
    source: str
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Meeting:
    id: str
    series: str
    number: int | None
    name_en: str
    start: str
    end: str
    place: str | None
    online: bool
    source: str
    notes: str = ""


# ---------------------------------------------------------------- parsing helpers

def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _opt(value: str) -> str | None:
    return value.strip() or None


def _bool(value: str) -> bool:
    if value.strip() not in ("0", "1", ""):
        raise ValueError(f"expected 0 or 1, got {value!r}")
    return value.strip() == "1"


def _check(cond: bool, message: str) -> None:
    if not cond:
        raise ValueError(message)


def _check_date(value: str | None, field: str) -> None:
    _check(value is None or bool(_DATE.match(value)), f"{field} {value!r} is not YYYY[-MM[-DD]]")


def _rows(name: str, text: str, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) from TSV text; the header must hold every required column."""
    lines = text.splitlines()
    if not lines:
        raise ReferenceDataError(f"{name}: empty file")
    header = lines[0].split("\t")
    missing = [c for c in required if c not in header]
    if missing:
        raise ReferenceDataError(f"{name}:1: missing columns {missing}")
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ReferenceDataError(f"{name}:{lineno}: {len(cells)} cells, header has {len(header)}")
        row = {k: v.strip() for k, v in zip(header, cells, strict=True)}
        if not row.get("source"):
            raise ReferenceDataError(f"{name}:{lineno}: empty source")
        yield lineno, row


def parse_table(name: str, text: str, required: tuple[str, ...], build: Callable[[dict[str, str]], T]) -> list[T]:
    """Parse and validate one table; any bad row raises ReferenceDataError with file and line."""
    out = []
    for lineno, row in _rows(name, text, required):
        try:
            out.append(build(row))
        except (ValueError, KeyError) as exc:
            raise ReferenceDataError(f"{name}:{lineno}: {exc}") from None
    return out


def _parse(name: str, required: tuple[str, ...], build: Callable[[dict[str, str]], T]) -> list[T]:
    try:
        text = resources.files("silkwire").joinpath("data", name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceDataError(f"{name}: cannot read packaged file ({exc})") from None
    return parse_table(name, text, required, build)


def _country(r: dict[str, str]) -> Country:
    _check(bool(re.fullmatch(r"[A-Z]{3}", r["iso3"])), f"bad iso3 {r['iso3']!r}")
    _check(bool(r["name_ar"]) and bool(r["name_en"]), "name_ar and name_en are required")
    return Country(r["iso3"], r["name_en"], r["name_ar"], _split(r["variants_ar"]), _split(r["nisbas"]),
                   _opt(r["capital"]), _bool(r["historical"]), r["source"], _opt(r.get("iso2", "")),
                   _split(r.get("long_ar", "")))


def _place(r: dict[str, str]) -> Place:
    _check(bool(_ID.match(r["id"])), f"bad id {r['id']!r}")
    _check(r["kind"] in PLACE_KINDS, f"kind {r['kind']!r} not in {PLACE_KINDS}")
    _check(r["ner"] in NER_LABELS, f"ner {r['ner']!r} not in {NER_LABELS}")
    return Place(r["id"], r["kind"], r["ner"], r["name_en"], r["name_ar"], _split(r["variants_ar"]),
                 _opt(r["country"]), r["source"], r.get("notes", ""))


def _org(r: dict[str, str]) -> Organization:
    _check(bool(_ID.match(r["id"])), f"bad id {r['id']!r}")
    _check(r["kind"] in ORG_KINDS, f"kind {r['kind']!r} not in {ORG_KINDS}")
    return Organization(r["id"], r["name_en"], r["name_ar"], _split(r["variants_ar"]), _split(r["abbreviations"]),
                        r["kind"], _opt(r["country"]), r["source"], _opt(r.get("parent", "")))


def _official(r: dict[str, str]) -> Official:
    _check(bool(_ID.match(r["person"])), f"bad person id {r['person']!r}")
    _check(r["role_class"] in ROLE_CLASSES, f"role_class {r['role_class']!r} not in {ROLE_CLASSES}")
    start, end = _opt(r["start"]), _opt(r["end"])
    _check_date(start, "start")
    _check_date(end, "end")
    _check(start is None or end is None or start <= end, f"start {start} after end {end}")
    return Official(r["person"], r["name_en"], _split(r["en_variants"]), r["country"], r["title_en"],
                    r["role_class"], start, end, r["source"], r.get("notes", ""))


def _meeting(r: dict[str, str]) -> Meeting:
    _check(r["series"] in MEETING_SERIES, f"series {r['series']!r} not in {MEETING_SERIES}")
    _check(bool(_DAY.match(r["start"])) and bool(_DAY.match(r["end"])), "start/end must be YYYY-MM-DD")
    _check(r["start"] <= r["end"], "start after end")
    number = int(r["number"]) if r["number"] else None
    return Meeting(r["id"], r["series"], number, r["name_en"], r["start"], r["end"], _opt(r["place"]),
                   _bool(r["online"]), r["source"], r.get("notes", ""))


# ---------------------------------------------------------------- dates and names

def _bounds(date: str) -> tuple[str, str]:
    """The first and last day a partial date (YYYY, YYYY-MM) can mean; strings compare as dates."""
    parts = date.split("-")
    if len(parts) == 1:
        return f"{date}-01-01", f"{date}-12-31"
    if len(parts) == 2:
        return f"{date}-01", f"{date}-31"
    return date, date


def _covers(start: str | None, end: str | None, date: str | None) -> bool:
    """Whether a term overlaps the (possibly partial) date; date None means "now": the term is open-ended."""
    if date is None:
        return end is None
    lo, hi = _bounds(date)
    return (start is None or _bounds(start)[0] <= hi) and (end is None or _bounds(end)[1] >= lo)


_TASHKEEL = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ۀ": "ه",
                       "-": " ", "‐": " ", "–": " ", "\u200c": "", "\u200f": "", "\u200e": ""})


def name_key(text: str) -> str:
    """A light key for exact lookup: no diacritics/tatweel, alef/yeh/kaf forms folded, spaces collapsed, casefolded."""
    text = _TASHKEEL.sub("", text).translate(_FOLD)
    return " ".join(text.casefold().split())


# ---------------------------------------------------------------- the knowledge base

class KnowledgeBase:
    """All reference data, indexed for the lookups recognition, resolution and event extraction need."""

    def __init__(self, countries: list[Country], places: list[Place], organizations: list[Organization],
                 officials: list[Official], meetings: list[Meeting]) -> None:
        self.countries: dict[str, Country] = _unique(countries, "iso3", "countries.tsv")
        self.places: dict[str, Place] = _unique(places, "id", "places.tsv")
        self.organizations: dict[str, Organization] = _unique(organizations, "id", "organizations.tsv")
        self.officials: tuple[Official, ...] = tuple(officials)
        self.meetings: tuple[Meeting, ...] = tuple(sorted(meetings, key=lambda m: (m.series, m.start)))
        self._terms: dict[str, list[Official]] = {}
        for o in self.officials:
            self._terms.setdefault(o.person, []).append(o)
        self._country_keys = self._index_countries()
        self._nisbas = _build_nisba_index(self.countries)
        self._cross_check()

    @classmethod
    @functools.cache
    def load(cls) -> KnowledgeBase:
        """Parse and validate the packaged files once per process."""
        return cls(
            _parse("countries.tsv", ("iso3", "name_en", "name_ar", "variants_ar", "nisbas", "capital",
                                     "historical", "source"), _country),
            _parse("places.tsv", ("id", "kind", "ner", "name_en", "name_ar", "variants_ar", "country",
                                  "source"), _place),
            _parse("organizations.tsv", ("id", "kind", "name_en", "name_ar", "variants_ar", "abbreviations",
                                         "country", "source"), _org),
            _parse("officials.tsv", ("person", "name_en", "en_variants", "country", "title_en", "role_class",
                                     "start", "end", "source"), _official),
            _parse("meetings.tsv", ("id", "series", "number", "name_en", "start", "end", "place", "online",
                                    "source"), _meeting),
        )

    def _index_countries(self) -> dict[str, str]:
        keys: dict[str, str] = {}
        for c in self.countries.values():
            for name in (c.name_en, c.name_ar, c.iso3, *c.variants_ar, *c.long_ar):
                keys.setdefault(name_key(name), c.iso3)
            if c.iso2:
                keys.setdefault(name_key(c.iso2), c.iso3)
        return keys

    def _cross_check(self) -> None:
        """References between files must resolve: a dangling capital or meeting place is a data bug."""
        for c in self.countries.values():
            if c.capital and c.capital not in self.places:
                raise ReferenceDataError(f"countries.tsv: {c.iso3} capital {c.capital!r} is not in places.tsv")
        for m in self.meetings:
            if m.place and m.place not in self.places:
                raise ReferenceDataError(f"meetings.tsv: {m.id} place {m.place!r} is not in places.tsv")
        for name, rows in (("places.tsv", self.places.values()), ("organizations.tsv", self.organizations.values()),
                           ("officials.tsv", self.officials)):
            for row in rows:
                if row.country and row.country not in self.countries:
                    raise ReferenceDataError(f"{name}: {row!r:.60} country {row.country!r} is not in countries.tsv")

    # ------------------------------------------------------------ officials

    def person_ids(self) -> list[str]:
        return sorted(self._terms)

    def terms(self, person: str) -> list[Official]:
        return sorted(self._terms.get(person, ()), key=lambda o: o.start or "")

    def offices_on(self, person: str, date: str | None) -> list[Official]:
        """Terms of the person covering the date (YYYY[-MM[-DD]]); date None means current terms."""
        return [o for o in self.terms(person) if _covers(o.start, o.end, date)]

    def holders(self, country: str, role_class: str, date: str | None) -> list[Official]:
        """Who held that class of office in that country on the date (several on a changeover day)."""
        return sorted((o for o in self.officials if o.country == country and o.role_class == role_class
                       and _covers(o.start, o.end, date)), key=lambda o: o.start or "")

    # ------------------------------------------------------------ meetings

    def meeting_on(self, series: str, number: int | None = None, date: str | None = None) -> Meeting | None:
        """The meeting of a series by number and/or date (a date inside its span); None when not unique."""
        found = [m for m in self.meetings if m.series == series
                 and (number is None or m.number == number)
                 and (date is None or _covers(m.start, m.end, date))]
        return found[0] if len(found) == 1 else None

    # ------------------------------------------------------------ names

    def country_by_name(self, name: str) -> Country | None:
        """Country by Arabic or English name, variant, long form, ISO2/ISO3 (exact after ``name_key``)."""
        iso3 = self._country_keys.get(name_key(name))
        return self.countries[iso3] if iso3 else None

    def nisba_index(self) -> dict[str, str]:
        """Nisba adjective (without ال) -> ISO3; a form two countries share is dropped as ambiguous."""
        return dict(self._nisbas)

    def all_arabic_names(self) -> Iterator[tuple[str, str, str]]:
        """(surface, kind, id) for every Arabic name: kind is country, place or organization."""
        for c in self.countries.values():
            for s in _dedupe((c.name_ar, *c.variants_ar, *c.long_ar)):
                yield s, "country", c.iso3
        for p in self.places.values():
            for s in _dedupe((p.name_ar, *p.variants_ar)):
                yield s, "place", p.id
        for g in self.organizations.values():
            for s in _dedupe((g.name_ar, *g.variants_ar)):
                yield s, "organization", g.id

    def all_abbreviations(self) -> Iterator[tuple[str, str]]:
        """(Latin abbreviation, organization id), e.g. ("SCO", "sco")."""
        for g in self.organizations.values():
            for a in g.abbreviations:
                yield a, g.id


def _build_nisba_index(countries: dict[str, Country]) -> dict[str, str]:
    seen: dict[str, str | None] = {}
    for c in countries.values():
        for form in c.nisbas:
            seen[form] = c.iso3 if seen.get(form, c.iso3) == c.iso3 else None
    return {k: v for k, v in seen.items() if v}


def _dedupe(items: tuple[str, ...]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _unique(rows: list, key: str, name: str) -> dict:
    out: dict = {}
    for row in rows:
        k = getattr(row, key)
        if k in out:
            raise ReferenceDataError(f"{name}: duplicate {key} {k!r}")
        out[k] = row
    return out


__all__ = ["Country", "KnowledgeBase", "Meeting", "Official", "Organization", "Place", "name_key"]
