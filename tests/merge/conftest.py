"""Hand-built documents and events for merge tests: real Arabic sentences, offsets into the document text."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import pytest

from silkwire.merge import DocumentMeta
from silkwire.models import Event, Mention, Span

C5 = ("country/KAZ", "country/KGZ", "country/TJK", "country/TKM", "country/UZB")


@dataclass
class Doc:
    """A document assembled sentence by sentence, so every event's evidence is a real span of its text."""

    outlet: str | None
    published: str | None
    sentences: list[str]
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.sentences)

    @property
    def id(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()[:16]

    @property
    def meta(self) -> DocumentMeta:
        return DocumentMeta(self.id, self.outlet, self.published)

    def span(self, k: int) -> Span:
        start = sum(len(s) + 1 for s in self.sentences[:k])
        return Span(start, start + len(self.sentences[k]), self.sentences[k])

    def event(self, k: int, type: str, status: str = "asserted", part: str | None = None, **kw) -> Event:
        """Add an event whose evidence is sentence k (or the clause ``part`` of it); id as ARCHITECTURE.md says."""
        ev = self.span(k)
        if part is not None:
            at = ev.start + ev.text.index(part)
            ev = Span(at, at + len(part), part)
        actors = sorted({*kw.get("participants", ()), *kw.get("sources", ()), *kw.get("targets", ())})
        eid = hashlib.sha256(f"{self.id}|{type}|{ev.start}|{ev.end}|{','.join(actors)}".encode()).hexdigest()[:16]
        e = Event(id=eid, document=self.id, type=type, status=status, evidence=ev, **kw)
        self.events.append(e)
        return e

    def mention(self, surface: str, mtype: str, actor: str) -> None:
        """Add a mention of the first occurrence of surface as a word (after a proclitic و at most)."""
        start = re.search(rf"(?:(?<!\w)|(?<=(?<!\w)و)){surface}(?!\w)", self.text).start()
        self.mentions.append(Mention(self.id, start, start + len(surface), surface, mtype, actor))


def docs_meta(*docs: Doc) -> dict[str, DocumentMeta]:
    return {d.id: d.meta for d in docs}


def partition(stories) -> set[frozenset[str]]:
    """Stories as sets of member event ids (ids aside)."""
    return {frozenset(m.event for m in s.members) for s in stories}


@pytest.fixture
def xian_reports() -> tuple[Doc, Doc]:
    """Two outlets on the China–Central Asia foreign ministers' meeting in Xi'an, April 2023: each reports
    Qin Gang's talks with the Kazakh and the Kyrgyz minister, in their own words and spellings."""
    a = Doc("Xinhua", "2023-04-27", [
        "شيآن 26 أبريل 2023 (شينخوا) أجرى عضو مجلس الدولة ووزير الخارجية الصيني تشين قانغ يوم الأربعاء في مدينة "
        "شيآن محادثات مع نائب رئيس الوزراء ووزير الخارجية القازاقستاني مراد نورتلو.",
        "وأجرى تشين أيضا محادثات مع وزير الخارجية القرغيزي جينبيك كولوباييف على هامش الاجتماع الرابع لوزراء "
        "خارجية الصين ودول آسيا الوسطى.",
        "واتفقت الصين وقازاقستان على توقيع اتفاقية الإعفاء المتبادل من التأشيرات في أقرب وقت ممكن.",
    ])
    b = Doc("Ukraine Gate", "2023-04-27", [
        "التقى وزير الخارجية الصيني تشين جانج نظيره الكازاخستاني مراد نورتليو في مدينة شيان الصينية أمس الأربعاء.",
        "كما التقى تشين جانج بوزير خارجية قيرغيزستان جينبيك كولوبايف وبحثا التعاون الثنائي.",
    ])
    common = {"date": "2023-04-26", "place": "place/xian", "meeting": "ccas-fm-4"}
    a.event(0, "CONSULT", participants=("country/CHN", "country/KAZ"),
            persons=("person/qin_gang", "person/murat_nurtleu"), **common)
    a.event(1, "CONSULT", participants=("country/CHN", "country/KGZ"),
            persons=("person/qin_gang", "person/zheenbek_kulubaev"), **common)
    a.event(2, "AGREE", "intended", participants=("country/CHN", "country/KAZ"), topics=("visa-free travel",),
            date="2023-04-26")
    b.event(0, "CONSULT", participants=("country/CHN", "country/KAZ"),
            persons=("person/qin_gang", "person/murat_nurtleu"), date="2023-04-26", place="place/xian")
    b.event(1, "CONSULT", participants=("country/CHN", "country/KGZ"),
            persons=("person/qin_gang", "person/zheenbek_kulubaev"), date="2023-04-26")
    for surface, mtype, actor in (("تشين قانغ", "PER", "person/qin_gang"),
                                  ("مراد نورتلو", "PER", "person/murat_nurtleu"),
                                  ("شيآن", "GPE", "place/xian"), ("قازاقستان", "GPE", "country/KAZ")):
        a.mention(surface, mtype, actor)
    for surface, mtype, actor in (("تشين جانج", "PER", "person/qin_gang"),
                                  ("مراد نورتليو", "PER", "person/murat_nurtleu"),
                                  ("شيان", "GPE", "place/xian"), ("قيرغيزستان", "GPE", "country/KGZ")):
        b.mention(surface, mtype, actor)
    return a, b
