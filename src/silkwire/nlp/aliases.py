"""Later mentions of a person already introduced in the article: the full name again, or one part of it.

`وزير الخارجية الصيني وانغ يي ... وقال وانغ` — the surname alone links to the full name.  Only parts that
belong to one person of the article are used, and never a stop word.
"""
from __future__ import annotations

from dataclasses import dataclass

from silkwire.text import proclitic_stems
from silkwire.text.segment import Token


@dataclass(frozen=True, slots=True)
class AliasHit:
    start: int
    end: int
    person: int  # index of the introducing name in the list given to find_aliases
    full: bool  # the whole name, not a part


def _index(names: list[tuple[str, ...]], stop: frozenset[str]) -> dict[str, list[tuple[tuple[str, ...], int, bool]]]:
    """first word -> [(rest, person index, full)], full names and unambiguous single parts."""
    index: dict[str, list[tuple[tuple[str, ...], int, bool]]] = {}
    owners: dict[str, set[tuple[str, ...]]] = {}
    for n, words in enumerate(names):
        index.setdefault(words[0], []).append((words[1:], n, True))
        if len(words) >= 2:
            for part in {words[0], words[-1]}:
                owners.setdefault(part, set()).add(words)
    for part, whose in owners.items():
        if len(whose) == 1 and part not in stop and len(part) >= 2:
            n = names.index(next(iter(whose)))
            index.setdefault(part, []).append(((), n, False))
    for bucket in index.values():
        bucket.sort(key=lambda b: -len(b[0]))
    return index


def find_aliases(toks: list[Token], keys: list[str], names: list[tuple[str, ...]], taken: set[int],
                 stop: frozenset[str]) -> list[AliasHit]:
    """Occurrences of the given names (or of one of their parts) on tokens not in ``taken``."""
    index = _index(names, stop)
    out: list[AliasHit] = []
    i = 0
    while i < len(toks):
        hit = None if i in taken else _at(toks, keys, i, index, taken)
        if hit is None:
            i += 1
            continue
        out.append(hit[0])
        i = hit[1]
    return out


def _at(toks, keys, i, index, taken) -> tuple[AliasHit, int] | None:
    for offset, stem in proclitic_stems(keys[i]):
        if offset and len(stem) < 2:
            continue
        for rest, n, full in index.get(stem, ()):
            end = i + 1 + len(rest)
            if tuple(keys[i + 1:end]) != rest or any(j in taken for j in range(i, end)):
                continue
            return AliasHit(toks[i].start + offset, toks[end - 1].end, n, full), end
    return None
