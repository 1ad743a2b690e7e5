"""A small database built by hand (no NLP pipeline): four articles by three outlets, one story reported twice,
a pledge, spelling variants of Kyrgyzstan, and one article carrying hostile markup in its text."""
from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

import pytest
from tests.conftest import make_article

from silkwire.models import Actor, Analysis, Article, Event, Evidence, Mention, Role, Span
from silkwire.reference import Meeting
from silkwire.store import Store
from silkwire.web.app import create_app

with warnings.catch_warnings():  # starlette >= 0.48 warns (as a UserWarning) that it prefers httpx2 to httpx
    warnings.filterwarnings("ignore", message=".*starlette.testclient")
    from fastapi.testclient import TestClient

HOSTILE = '<script>alert(1)</script> و<img src=x onerror=alert(1)>'

XINHUA = ("بكين 20 مايو 2024 (شينخوا) التقى وزير الخارجية الصيني وانغ يي مع نظيره الكازاخستاني في أستانا. "
          "وأكد الجانبان أن الصين ستعمل مع قرغيزستان على بناء خط السكك الحديدية.")
SPUTNIK = ("أستانا - سبوتنيك. بحث وانغ يي مع وزير خارجية كازاخستان في أستانا اليوم العلاقات الثنائية. "
           "وقال الوزير إن التعاون يتطور.")
AGREE = "وقعت الصين وأوزبكستان اتفاقية لإعفاء متبادل من التأشيرات في طشقند."
HOSTILE_TEXT = f"التقى الرئيس الصيني رئيس قيرغيزستان {HOSTILE} في بيشكك. وتحدثا عن التجارة."

ACTORS = {
    "country/CHN": Actor("country/CHN", "country", "China", "الصين", ("الصين", "الصيني"), "CHN"),
    "country/KAZ": Actor("country/KAZ", "country", "Kazakhstan", "كازاخستان", ("كازاخستان", "الكازاخستاني"), "KAZ"),
    "country/KGZ": Actor("country/KGZ", "country", "Kyrgyzstan", "قيرغيزستان", ("قرغيزستان", "قيرغيزستان"), "KGZ"),
    "country/UZB": Actor("country/UZB", "country", "Uzbekistan", "أوزبكستان", ("أوزبكستان",), "UZB"),
    "person/wang_yi": Actor("person/wang_yi", "person", "Wang Yi", "وانغ يي", ("وانغ يي", "Wang Yi"), None, "CHN",
                            (Role("Minister of Foreign Affairs", "foreign_minister", "CHN", "2022-12-30", None),)),
    "place/astana": Actor("place/astana", "place", "Astana", "أستانا", ("أستانا",), None, "KAZ"),
}
MEETINGS = (
    Meeting("ccas-fm-1", "ccas_fm", 1, "1st China–Central Asia Foreign Ministers' Meeting", "2020-07-16",
            "2020-07-16", None, True, "https://en.wikipedia.org/wiki/China%E2%80%93Central_Asia_Summit"),
    Meeting("ccas-summit-1", "ccas_summit", 1, "1st China–Central Asia Summit", "2023-05-18", "2023-05-19",
            "xian", False, "https://en.wikipedia.org/wiki/China%E2%80%93Central_Asia_Summit"),
)
STORY = "story0000000001"


def _event(article: Article, sentence: str, type_: str, status: str, participants: tuple[str, ...], date: str,
           persons: tuple[str, ...] = (), story: str | None = None, place: str | None = None,
           meeting: str | None = None) -> Event:
    start = article.text.index(sentence)
    eid = hashlib.sha256(f"{article.id}{type_}{start}".encode()).hexdigest()[:16]
    return Event(eid, article.id, type_, status, Span(start, start + len(sentence), sentence),
                 participants=participants, persons=persons, date=date, story=story, place=place, meeting=meeting,
                 sources=participants[:1] if status == "intended" else (), topics=("railway",) if "السكك" in
                 sentence else ())


def _analysis(article: Article, events: list[Event]) -> Analysis:
    mentions, actors = [], []
    for actor in ACTORS.values():
        for alias in actor.aliases:
            at = article.text.find(alias)
            if at >= 0:
                mtype = {"person": "PER", "place": "GPE", "country": "GPE"}[actor.type]
                mentions.append(Mention(article.id, at, at + len(alias), alias, mtype, actor.id))
                roles = tuple(Role(r.title, r.role_class, r.country, r.start, r.end,
                                   (Evidence(article.id, at, at + len(alias)),)) for r in actor.roles)
                actors.append(Actor(actor.id, actor.type, actor.name_en, actor.name_ar, actor.aliases, actor.iso3,
                                    actor.country, roles))
                break
    spans = {(m.start, m.end) for m in mentions}
    mentions = [m for m in mentions if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
                                               for s, e in spans)]
    return Analysis(article, tuple(mentions), tuple(actors), tuple(events))


def build_db(path: Path) -> dict:
    """Write the fixture database; return the ids the tests look for."""
    xinhua = make_article(XINHUA, "news/xinhua.txt", outlet="Xinhua", published="2024-05-20", title="وانغ يي في أستانا")
    sputnik = make_article(SPUTNIK, "news/sputnik.txt", outlet="Sputnik", published="2024-05-21")
    agree = make_article(AGREE, "news/agree.txt", outlet="Xinhua", published="2023-12-03")
    hostile = make_article(HOSTILE_TEXT, "news/hostile.txt", outlet="Evil Times", published="2024-07-10",
                           title=f"عنوان {HOSTILE}")
    meet = XINHUA.split(". ")[0].split(") ")[1] + "."
    ev = {
        "consult_x": _event(xinhua, meet, "CONSULT", "asserted", ("country/CHN", "country/KAZ"), "2024-05-20",
                            ("person/wang_yi",), STORY, "place/astana"),
        "pledge": _event(xinhua, "الصين ستعمل مع قرغيزستان على بناء خط السكك الحديدية", "COOPERATE", "intended",
                         ("country/CHN", "country/KGZ"), "2024-05-20"),
        "consult_s": _event(sputnik, "بحث وانغ يي مع وزير خارجية كازاخستان في أستانا اليوم العلاقات الثنائية.",
                            "CONSULT", "asserted", ("country/CHN", "country/KAZ"), "2024-05-20", ("person/wang_yi",),
                            STORY, "place/astana"),
        "agree": _event(agree, AGREE, "AGREE", "asserted", ("country/CHN", "country/UZB"), "2023-12-03",
                        meeting="ccas-summit-1"),
        "hostile": _event(hostile, f"التقى الرئيس الصيني رئيس قيرغيزستان {HOSTILE} في بيشكك.", "CONSULT",
                          "asserted", ("country/CHN", "country/KGZ"), "2024-07-10"),
    }
    with Store(path) as store:
        store.save(xinhua, _analysis(xinhua, [ev["consult_x"], ev["pledge"]]))
        store.save(sputnik, _analysis(sputnik, [ev["consult_s"]]))
        store.save(agree, _analysis(agree, [ev["agree"]]))
        store.save(hostile, _analysis(hostile, [ev["hostile"]]))
        store.con.execute("INSERT INTO stories VALUES (?, 'CONSULT', '2024-05-20', 'place/astana', "
                          "['country/CHN', 'country/KAZ'], ['person/wang_yi'], ?, 2, 2)", [STORY, xinhua.id])
        store.con.execute("INSERT INTO pledges VALUES (?, ?, 'open', NULL, '2025-05-20')",
                          [ev["pledge"].id, ev["pledge"].id])
    return {"events": {k: e.id for k, e in ev.items()}, "docs": {"xinhua": xinhua.id, "sputnik": sputnik.id,
            "agree": agree.id, "hostile": hostile.id}, "story": STORY}


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("web") / "t.duckdb"
    return path, build_db(path)


@pytest.fixture(scope="session")
def ids(web_db) -> dict:
    return web_db[1]


@pytest.fixture(scope="session")
def client(web_db):
    app = create_app(web_db[0], meetings=lambda: MEETINGS)
    with TestClient(app) as c:
        yield c
