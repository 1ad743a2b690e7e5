"""Names of C+C5 and SCO meetings in a sentence (الاجتماع الرابع لوزراء خارجية الصين وآسيا الوسطى) → KB meeting."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from silkwire.events.lexicon import Toks

_WINDOW = 12  # words after the meeting noun that may still belong to its name


@dataclass(frozen=True, slots=True)
class MeetingName:
    start: int  # folded offsets of the name
    end: int
    series: str
    number: int | None


def find_meetings(toks: Toks, keys: list[tuple[str, ...]], refs: dict) -> list[MeetingName]:
    """Meeting names: a meeting noun followed, within a few words, by the markers of a series."""
    spec = refs["meetings"]
    nouns = frozenset(spec["nouns"])
    ordinals = spec["ordinals"]
    out: list[MeetingName] = []
    texts, n = toks.texts, len(toks)
    heads = {w for w, ks in toks.vocab.items() if not nouns.isdisjoint(ks)}  # distinct words once
    i = 0
    for h in compress(range(n), map(heads.__contains__, texts)) if heads else ():
        if h < i:  # inside the previous name
            continue
        i = h
        j, words = i + 1, []
        while j < n and len(words) < _WINDOW and texts[j] not in ".؛،:":
            words.append(j)
            j += 1
        found = _series(toks, i, words, spec["markers"])
        if found:
            number = next((ordinals[k] for w in [i, *words] for k in keys[w] if k in ordinals), None)
            last = words[-1] if words else i
            out.append(MeetingName(toks.starts[i], toks.ends[last], found, number))
            i = last + 1
    return out


def _series(toks: Toks, head: int, words: list[int], markers: dict) -> str | None:
    text = " ".join(toks.texts[w] for w in [head, *words])
    org = "sco" if any(m in text for m in markers["sco"]) else (
        "ccas" if any(m in text for m in markers["ccas"]) else None)
    if org is None:
        return None
    if any(m in text for m in markers["fm"]):
        return f"{org}_fm"
    if any(m in text for m in markers["summit"]):
        return f"{org}_summit"
    return None
