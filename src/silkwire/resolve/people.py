"""People within one article: group full names and their later short forms, attach title roles, pick an id.

A group is one person: the name a title introduced plus every later mention whose words are a subset of it
(وانغ → وانغ يي).  Its id is a reference official's (``person/<id>``) when the name, the title's office and the
article's date agree with reference data, else ``person/~<hash>`` of the order-free skeleton key and country.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from silkwire.models import Article, Evidence, Mention, Role
from silkwire.nlp.titles import TitleHit
from silkwire.resolve.names import canonical_key
from silkwire.resolve.officials import official_index
from silkwire.resolve.surnames import surname_index
from silkwire.text import match_key


@dataclass
class Group:
    name: str  # fullest surface seen
    words: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)
    titles: list[TitleHit] = field(default_factory=list)

    @property
    def country(self) -> str | None:
        found = {t.country for t in self.titles if t.country}
        return found.pop() if len(found) == 1 else None


def _words(text: str) -> tuple[str, ...]:
    return tuple(map(match_key, text.replace("-", " ").split()))


def group_people(mentions: list[Mention], titles: tuple[TitleHit, ...]) -> list[Group]:
    """Person mentions grouped: longest names first, shorter ones join the group that contains their words."""
    groups: list[Group] = []
    word_sets: list[set[str]] = []  # each group's words as a set, made once
    for m in sorted((m for m in mentions if m.type == "PER"), key=lambda m: -len(m.text.split())):
        w = _words(m.text)
        home = next((g for g in groups if w == g.words), None)
        if home is None:
            words = set(w)
            inside = [g for g, others in zip(groups, word_sets, strict=True) if words <= others]
            home = inside[0] if len(inside) == 1 else _nearest_before(inside, m.start)
        if home is None:
            home = Group(m.text, w)
            groups.append(home)
            word_sets.append(set(w))
        home.mentions.append(m)
    named: dict[tuple[int, int], Group] = {}  # a mention's span -> the first group holding it
    for g in groups:
        for m in g.mentions:
            named.setdefault((m.start, m.end), g)
    for t in titles:
        g = named.get((t.person_start, t.person_end))
        if g is not None:
            g.titles.append(t)
    return groups


def _nearest_before(groups: list[Group], at: int) -> Group | None:
    """Of several people a short form may stand for (أكيلبيك جباروف، صادر جباروف → جباروف), the one named last before
    it, as a reader takes it; None when none was named before."""
    best: tuple[int, Group] | None = None
    for g in groups:
        last = max((m.start for m in g.mentions if m.start < at), default=-1)
        if last >= 0 and (best is None or last > best[0]):
            best = (last, g)
    return best[1] if best else None


def person_id(group: Group, article: Article, kb: Any) -> tuple[str, Any]:
    """(actor id, matched Official person or None) for a group."""
    roles = [(t.role_class, t.country) for t in group.titles]
    index = official_index(kb)
    person = index.match(group.name, roles, article.published, group.country) if kb.officials else None
    if person is None and kb.officials:  # a surname alone (جباروف، ميرضيائيف): see resolve.surnames
        found = surname_index(kb).resolve(group.name, article.published)
        candidate = index.people.get(found) if found else None
        if candidate is not None and group.country in (None, candidate.country):
            person = candidate
    if person is not None:
        return f"person/{person.id}", person
    key = f"{canonical_key(group.name)}|{group.country or ''}"
    return "person/~" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12], None


def roles_of(group: Group, article: Article, fallback_country: str | None) -> tuple[Role, ...]:
    """Roles the article's titles give the person, one per (class, country), evidence merged; none from the
    office of an international body (its holder's nationality is no country he serves)."""
    merged: dict[tuple[str, str | None, bool], tuple[str, list[Evidence]]] = {}
    for t in group.titles:
        if getattr(t, "stateless", False):  # الأمين العام للأمم المتحدة: serves a body of no country
            continue
        country = t.country or fallback_country
        _, ev = merged.setdefault((t.role_class, country, t.former), (t.title, []))
        ev.append(Evidence(article.id, t.start, max(t.end, t.person_end)))
    # a former office (رئيس مجلس الدولة آنذاك، السابق) was held at some time, not on the article's date: undated
    return tuple([Role(title, cls, country, None if former else article.published, None, tuple(ev))
                  for (cls, country, former), (title, ev) in merged.items()])
