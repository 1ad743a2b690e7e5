"""Resolution: every mention gets an actor id; actors carry aliases, roles from the text, country.

Countries, places and organisations come with their gazetteer candidate (``country/ISO3``, ``place/<id>``,
``org/<id>``); people are grouped within the article and matched to reference officials (see :mod:`people`).
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

from silkwire.models import Actor, Article, Mention
from silkwire.resolve.people import group_people, person_id, roles_of
from silkwire.text import match_key

__all__ = ["resolve"]
_ACTOR_TYPE = {"country": "country", "place": "place", "org": "organization", "person": "person"}


def resolve(article: Article, recognition: Any, kb: Any | None = None) -> tuple[list[Mention], list[Actor]]:
    """Mentions with actor ids, and the actors this article mentions (with roles its titles give)."""
    if kb is None:
        from silkwire.reference import KnowledgeBase

        kb = KnowledgeBase.load()
    mentions = recognition.mentions
    actor_of: dict[int, str] = {}
    actors: dict[str, Actor] = {}
    for g in group_people(list(mentions), recognition.titles):
        aid, person = person_id(g, article, kb)
        country = g.country or (person.country if person else None)
        surfaces = tuple(dict.fromkeys(m.text for m in g.mentions))
        actors[aid] = _merge(actors.get(aid), Actor(
            aid, "person", person.name_en if person else None, g.name, surfaces, None, country,
            roles_of(g, article, country)))
        for m in g.mentions:
            actor_of[id(m)] = aid
    surfaces_of: dict[str, dict[str, None]] = {}  # non-person actor -> its surfaces in text order
    for m in mentions:
        if m.type != "PER":
            aid = actor_of[id(m)] = m.actor or _guess_id(m, kb)
            surfaces = surfaces_of.get(aid)
            if surfaces is None:
                surfaces = surfaces_of[aid] = {}
            surfaces[m.text] = None
    for aid, surfaces in surfaces_of.items():
        actors[aid] = _merge(actors.get(aid), reference_actor(aid, tuple(surfaces), kb))
    return [m if m.actor == (aid := actor_of[id(m)]) else _with_actor(m, aid) for m in mentions], list(actors.values())


def _with_actor(m: Mention, aid: str) -> Mention:
    """The mention with its actor id (the same record when the gazetteer candidate already is the id)."""
    return m if m.actor == aid else Mention(m.document, m.start, m.end, m.text, m.type, aid, m.source)


def _guess_id(m: Mention, kb: Any) -> str:
    """Id for a model-found non-person name: a country by name if the KB knows it, else a content hash."""
    c = kb.country_by_name(m.text) if hasattr(kb, "country_by_name") else None
    if c is not None:
        return f"country/{c.iso3}"
    prefix = "org" if m.type == "ORG" else "place"
    return f"{prefix}/~" + hashlib.sha256(match_key(m.text).encode("utf-8")).hexdigest()[:12]


def reference_actor(aid: str, surfaces: tuple[str, ...], kb: Any) -> Actor:
    kind, _, key = aid.partition("/")
    typ = _ACTOR_TYPE.get(kind, "place")
    if kind == "country" and key in kb.countries:
        c = kb.countries[key]
        return Actor(aid, typ, c.name_en, c.name_ar, surfaces, c.iso3, None)
    if kind == "place" and key in kb.places:
        p = kb.places[key]
        return Actor(aid, typ, p.name_en, p.name_ar, surfaces, None, p.country)
    if kind == "org" and key in kb.organizations:
        o = kb.organizations[key]
        return Actor(aid, typ, o.name_en, o.name_ar, surfaces, None, o.country)
    return Actor(aid, typ, None, surfaces[0], surfaces, None, _nisba_country(surfaces, kb) if kind == "org" else None)


def _nisba_country(surfaces: tuple[str, ...], kb: Any) -> str | None:
    """The country a name no list knows ends with the nisba of (مجلس الوزراء القيرغيزي → KGZ), if it is one."""
    nisbas = kb.nisba_index() if hasattr(kb, "nisba_index") else {}
    for text in surfaces:
        words = text.split()
        last = words[-1] if len(words) >= 2 else ""
        iso3 = nisbas.get(last[2:] if last.startswith("ال") else last)
        if iso3:
            return iso3
    return None


def _merge(old: Actor | None, new: Actor) -> Actor:
    if old is None:
        return new
    aliases = tuple(dict.fromkeys(old.aliases + new.aliases))
    return replace(old, aliases=aliases, roles=old.roles + new.roles, country=old.country or new.country)
