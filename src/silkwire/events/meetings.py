"""Names of C+C5 and SCO meetings in a sentence (الاجتماع الرابع لوزراء خارجية الصين وآسيا الوسطى) → KB meeting."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, filterfalse

from silkwire.events.forms import lookup_keys
from silkwire.events.lexicon import Toks

_WINDOW = 12  # words after the meeting noun that may still belong to its name


@dataclass(frozen=True, slots=True)
class MeetingName:
    start: int  # folded offsets of the name
    end: int
    series: str
    number: int | None


def find_meetings(toks: Toks, refs: dict) -> list[MeetingName]:
    """Meeting names: a meeting noun followed, within a few words, by the markers of a series."""
    spec = refs["meetings"]
    nouns = frozenset(spec["nouns"])
    ordinals = spec["ordinals"]
    out: list[MeetingName] = []
    texts, n = toks.texts, len(toks)
    heads = _heads(toks.vocab, nouns)
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
            number = _number([texts[w] for w in (i, *words)], ordinals, spec.get("ordinal_tens", {}))
            last = words[-1] if words else i
            out.append(MeetingName(toks.starts[i], toks.ends[last], found, number))
            i = last + 1
    return out


def _number(words: list[str], ordinals: dict, tens: dict) -> int | None:
    """The meeting's ordinal: a unit (الرابع), with a following عشر or و + tens word added (الرابع والعشرين = 24)."""
    for n, w in enumerate(words):
        unit = next((ordinals[k] for k in lookup_keys(w) if k in ordinals), None)
        if unit is None:
            continue
        add = next((tens[k] for k in lookup_keys(words[n + 1]) if k in tens), 0) if n + 1 < len(words) else 0
        return unit + add
    return None


_HEADS: dict[frozenset, dict[str, bool]] = {}


def _heads(vocab: dict[str, None], nouns: frozenset[str]) -> set[str]:
    """The words of the text that read as a meeting noun; each word is analysed once per process."""
    known = _HEADS.get(nouns)
    if known is None or len(known) > 100_000:
        known = _HEADS[nouns] = {}
    for w in filterfalse(known.__contains__, vocab):
        known[w] = not nouns.isdisjoint(lookup_keys(w))
    return set(compress(vocab, map(known.__getitem__, vocab)))


def _series(toks: Toks, head: int, words: list[int], markers: dict) -> str | None:
    text = " ".join(toks.texts[w] for w in [head, *words])
    org = "sco" if any(m in text for m in markers["sco"]) else (
        "ccas" if any(m in text for m in markers["ccas"])
        and any(m in text for m in markers.get("ccas_china", ("",))) else None)  # not روسيا وآسيا الوسطى
    if org is None:
        return None
    if any(m in text for m in markers["fm"]):
        return f"{org}_fm"
    if any(m in text for m in markers["summit"]):
        return f"{org}_summit"
    return None
