"""Later mentions of a person already introduced in the article: the full name again, or one part of it.

`وزير الخارجية الصيني وانغ يي ... وقال وانغ` — the surname alone links to the full name.  Only parts that
belong to one person of the article are used, and never a stop word.  A Chinese name is written syllable by
syllable, surname first (شي جين بينغ): its last word is a syllable of the given name, which never stands for the
person and is often another person's syllable too (لو جيان بينغ), so only its first word is a part.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from silkwire.text import proclitic_stems
from silkwire.text.segment import proclitic_forms


@dataclass(frozen=True, slots=True)
class AliasHit:
    start: int
    end: int
    person: int  # index of the introducing name in the list given to find_aliases
    full: bool  # the whole name, not a part
    last: int  # token index after the hit


def _index(names: list[tuple[str, ...]], stop: frozenset[str],
           surname_first: frozenset[int] = frozenset()) -> dict[str, list[tuple[tuple[str, ...], int, bool]]]:
    """first word -> [(rest, person index, full)], full names and unambiguous single parts (of the names in
    ``surname_first``, Chinese names, only the first word)."""
    index: dict[str, list[tuple[tuple[str, ...], int, bool]]] = {}
    owners: dict[str, set[tuple[str, ...]]] = {}
    for n, words in enumerate(names):
        index.setdefault(words[0], []).append((words[1:], n, True))
        if len(words) >= 2:
            for part in {words[0], words[0] if n in surname_first else words[-1]}:
                owners.setdefault(part, set()).add(words)
    for part, whose in owners.items():
        if len(whose) == 1 and part not in stop and len(part) >= 2:
            n = names.index(next(iter(whose)))
            index.setdefault(part, []).append(((), n, False))
    for bucket in index.values():
        if len(bucket) > 1:
            bucket.sort(key=lambda b: -len(b[0]))
    return index


def find_aliases(starts: list[int], ends: list[int], keys: list[str], names: list[tuple[str, ...]],
                 taken: set[int], stop: frozenset[str], surname_first: frozenset[int] = frozenset()) -> list[AliasHit]:
    """Occurrences of the given names (or of one of their parts) on tokens not in ``taken``; of the names whose
    index is in ``surname_first`` (Chinese names) only the first word is a part.

    Only words that are a name word behind some proclitics are read (a set test per word)."""
    index = _index(names, stop, surname_first)
    forms = set().union(*map(proclitic_forms, index))
    out: list[AliasHit] = []
    free = 0
    for i in compress(range(len(keys)), map(forms.__contains__, keys)):
        if i < free or i in taken:
            continue
        for offset, stem in proclitic_stems(keys[i]):
            bucket = index.get(stem)
            if bucket is None or (offset and len(stem) < 2):
                continue
            hit = _at(starts, ends, keys, i, offset, bucket, taken)
            if hit is not None:
                out.append(hit)
                free = hit.last
                break
    return out


def _at(starts, ends, keys, i, offset, bucket, taken) -> AliasHit | None:
    for rest, n, full in bucket:
        end = i + 1 + len(rest)
        if (rest and tuple(keys[i + 1:end]) != rest) or any(j in taken for j in range(i, end)):
            continue
        return AliasHit(starts[i] + offset, ends[end - 1], n, full, end)
    return None
