"""Helpers for event tests: mentions built from surfaces in a text, a small stand-in knowledge base."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

import pytest

from silkwire.models import Actor, Article, Mention, Role

COUNTRY = {"الصين": "CHN", "كازاخستان": "KAZ", "قيرغيزستان": "KGZ", "طاجيكستان": "TJK", "تركمانستان": "TKM",
           "أوزبكستان": "UZB", "روسيا": "RUS", "بيلاروس": "BLR", "باكستان": "PAK", "منغوليا": "MNG", "إيران": "IRN",
           "إسرائيل": "ISR"}
PLACE = {"بكين": "place/beijing", "موسكو": "place/moscow", "ألماتي": "place/almaty", "سمرقند": "place/samarkand",
         "آسيا الوسطى": "place/central_asia", "بيشكيك": "place/bishkek",
         "أستانا": "place/astana"}
PERSON = {"لي تشيانغ": ("person/li_qiang", "CHN"), "توكاييف": ("person/kassym_jomart_tokayev", "KAZ"),
          "ميرضيائيف": ("person/shavkat_mirziyoyev", "UZB"), "لافروف": ("person/sergey_lavrov", "RUS"),
          "وانغ يي": ("person/wang_yi", "CHN"), "رحمن": ("person/emomali_rahmon", "TJK")}
ORG = {"منظمة شنغهاي للتعاون": "org/sco", "منظمة الأمم المتحدة": "org/un", "الأمم المتحدة": "org/un"}
NISBA = {"الروسي": "RUS", "الروسية": "RUS", "البيلاروسي": "BLR", "والبيلاروسي": "BLR", "الصيني": "CHN",
         "الأوزبكي": "UZB", "والأوزبكي": "UZB", "الكازاخستاني": "KAZ", "الكازاخية": "KAZ", "والكازاخستاني": "KAZ",
         "الطاجيكي": "TJK", "والطاجيكي": "TJK"}


@dataclass
class _Country:
    capital: str | None
    historical: bool = False


@dataclass
class _Org:
    kind: str
    country: str | None = None


@dataclass
class _Meeting:
    id: str
    series: str
    number: int | None
    start: str
    end: str
    place: str | None


@dataclass
class _Place:
    name_ar: str
    variants_ar: tuple[str, ...] = ()


class FakeKB:
    # SUN listed last: a plain {capital: iso} map would pick it for Moscow
    countries: ClassVar = {"CHN": _Country("beijing"), "RUS": _Country("moscow"), "KGZ": _Country("bishkek"),
                           "KAZ": _Country("astana"), "SUN": _Country("moscow", historical=True)}
    organizations: ClassVar = {
        "sco": _Org("intergovernmental"), "un": _Org("intergovernmental"), "xinhua": _Org("news_agency", "CHN")}
    places: ClassVar = {"almaty": _Place("ألماتي"), "samarkand": _Place("سمرقند")}
    meetings = (_Meeting("ccas-fm-5", "ccas_fm", 5, "2024-03-30", "2024-03-30", "almaty"),
                _Meeting("ccas-summit-1", "ccas_summit", 1, "2023-05-18", "2023-05-19", "xian"))

    def meeting_on(self, series, number=None, date=None):
        return next((m for m in self.meetings if m.series == series and (number is None or m.number == number)), None)


def _find(text: str, word: str):
    return re.finditer(r"(?<![\w])(?:[وبل]|وب|ول)?(" + re.escape(word) + r")(?![\w])", text)


def build(text: str, published: str | None = "2024-05-22", dateline: str | None = None):
    """An article with mentions for every known surface in it, the way the recogniser would report them."""
    mentions, adjectives, actors = [], [], {}
    for table, kind in ((COUNTRY, "GPE"), (PLACE, "GPE"), (PERSON, "PER"), (ORG, "ORG")):
        for word, val in table.items():
            for m in _find(text, word):
                actor = f"country/{val}" if table is COUNTRY else (val if table in (PLACE, ORG) else val[0])
                mentions.append(Mention("d", m.start(1), m.end(1), word, kind, actor))
                if table is PERSON:
                    actors[actor] = Actor(actor, "person", None, word, roles=(Role("", "foreign_minister", val[1]),))
                elif table is COUNTRY:
                    actors[actor] = Actor(actor, "country", None, word, iso3=val)
                else:
                    actors[actor] = Actor(actor, actor.split("/")[0], None, word)
    for word, iso in NISBA.items():
        for m in re.finditer(r"(?<![\w])" + re.escape(word) + r"(?![\w])", text):
            adjectives.append(Mention("d", m.start(), m.end(), word, "NORP", f"country/{iso}"))
    mentions.sort(key=lambda m: (m.start, -m.end))
    mentions = [m for k, m in enumerate(mentions) if not any(o.start <= m.start and m.end <= o.end
                                                             for o in mentions[:k])]  # the longest name only
    return Article("d", "test.txt", text, published=published, dateline_place=dateline), mentions, adjectives, actors


@pytest.fixture
def run():
    from silkwire.events import extract_events

    def _run(text: str, published: str | None = "2024-05-22", dateline: str | None = None, extra=()):
        """``extra``: further mentions (e.g. the outlet credit line the recogniser reports)."""
        art, ms, adj, actors = build(text, published, dateline)
        ms = sorted([*ms, *extra], key=lambda m: m.start)
        return extract_events(art, ms, adj, actors, FakeKB())
    return _run
