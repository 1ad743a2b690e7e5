"""Names of C+C5 and SCO meetings in a sentence (الاجتماع الرابع لوزراء خارجية الصين وآسيا الوسطى) → KB meeting."""
from __future__ import annotations

import re
from collections.abc import Iterable
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


def find_meetings(toks: Toks, refs: dict, at: Iterable[int] | None = None) -> list[MeetingName]:
    """Meeting names: a meeting noun followed, within a few words, by the markers of a series.  ``at``: the
    indices of the tokens :func:`meeting_noun` accepts, when known."""
    spec = refs["meetings"]
    heads, markers = _spec(refs)
    ordinals = spec["ordinals"]
    out: list[MeetingName] = []
    texts, n = toks.texts, len(toks)
    if at is None:
        heads.analyse(toks.vocab)
        at = compress(range(n), map(heads.words.__contains__, texts))
    i = 0
    for h in at:
        if h < i:  # inside the previous name
            continue
        i = h
        j = i + 1
        while j < n and j - i <= _WINDOW and texts[j] not in ".؛،:":
            j += 1
        found = _series(" ".join(texts[i:j]), markers)  # the noun and the words after it
        if found:
            number = _number(texts[i:j], ordinals, spec.get("ordinal_tens", {}))
            out.append(MeetingName(toks.starts[i], toks.ends[j - 1], found, number))
            i = j
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


class _HeadWords:
    """The words that read as a meeting noun, each word of the texts analysed once per process (bounded)."""

    def __init__(self, nouns: frozenset[str]) -> None:
        self.nouns = nouns
        self.seen: set[str] = set()
        self.words: set[str] = set()

    def analyse(self, vocab) -> None:
        if len(self.seen) > 100_000:
            self.seen.clear()
            self.words.clear()
        for w in filterfalse(self.seen.__contains__, vocab):
            self.seen.add(w)
            if not self.nouns.isdisjoint(lookup_keys(w)):
                self.words.add(w)


def meeting_noun(word: str, refs: dict) -> bool:
    """Whether the word reads as a meeting noun (اجتماع، القمة، لقاء ...)."""
    return not _spec(refs)[0].nouns.isdisjoint(lookup_keys(word))


_SPECS: dict[int, tuple[dict, _HeadWords, dict[str, re.Pattern[str]]]] = {}


def _spec(refs: dict) -> tuple[_HeadWords, dict[str, re.Pattern[str]]]:
    """The meeting nouns and one substring pattern per marker list, built once per reference data."""
    got = _SPECS.get(id(refs))
    if got is None or got[0] is not refs:
        spec = refs["meetings"]
        markers = {k: re.compile("|".join(map(re.escape, v)) or "(?!)") for k, v in spec["markers"].items()}
        markers.setdefault("ccas_china", re.compile(""))  # no such list: any text
        got = _SPECS[id(refs)] = (refs, _HeadWords(frozenset(spec["nouns"])), markers)
    return got[1], got[2]


def _series(text: str, markers: dict[str, re.Pattern[str]]) -> str | None:
    org = "sco" if markers["sco"].search(text) else (  # ccas: not روسيا وآسيا الوسطى
        "ccas" if markers["ccas"].search(text) and markers["ccas_china"].search(text) else None)
    if org is None:
        return None
    if markers["fm"].search(text):
        return f"{org}_fm"
    if markers["summit"].search(text):
        return f"{org}_summit"
    return None
