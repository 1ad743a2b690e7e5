"""The trigger and cue lexicons (data files under silkwire/data/events) compiled into a token-level matcher.

Each row's pattern is a short sequence of slots (docs/EVENTS.md).  The first slot's surface forms go into one dict,
so scanning an article costs a few dict lookups per word; the remaining slots are checked only for candidates.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress, filterfalse, islice
from typing import NamedTuple

from silkwire.events.forms import WORD_CHARS, literal_forms, lookup_keys, norm, noun_forms, verb_forms
from silkwire.events.topics import topic_index

_DATA = "data/events"
_WORD = re.compile(f"[{WORD_CHARS}]+|[^\\s\\w]")
#: Punctuation a gap may not cross: it ends a clause.
_HARD = frozenset(".؛;!?؟:")
DEFAULT_GAP = 4


@dataclass(frozen=True, slots=True)
class Slot:
    forms: dict[str, bool]  # surface form -> carries the future prefix س
    gap: int  # how many words may come between the previous slot and this one
    verb: bool


@dataclass(frozen=True, slots=True)
class Entry:
    label: str  # PLOVER type for triggers; status for cues
    kind: str  # finite | noun | masdar | cue
    slots: tuple[Slot, ...]
    source: str
    pattern: str


@dataclass(frozen=True, slots=True)
class Tok:
    start: int  # offsets in the folded text
    end: int
    text: str


class Hit(NamedTuple):
    """A lexicon match (a named tuple: cheap to build, ~50 per article)."""

    entry: Entry
    start: int  # folded offsets of the whole match
    end: int
    head_start: int  # the first slot (the verb or noun that carries tense and position)
    head_end: int
    future: bool
    first: int  # token index of the head


def _slot(token: str, gap: int) -> Slot:
    if token.startswith("@"):
        return Slot(verb_forms(token[1:]), gap, True)
    forms: dict[str, bool] = {}
    if token.startswith("~"):
        for word in token[1:].split("/"):
            forms.update(dict.fromkeys(noun_forms(word), False))
    else:
        for word in token.split("/"):
            if word:
                forms.update(dict.fromkeys(literal_forms(word), False))
    return Slot(forms, gap, False)


def compile_pattern(pattern: str) -> tuple[Slot, ...]:
    """Slots of a pattern in the lexicon notation."""
    slots: list[Slot] = []
    gap = 0
    for token in pattern.split():
        if token.startswith("…"):
            gap = int(token[1:] or DEFAULT_GAP)
            continue
        if token.startswith("!") and slots:  # forms to leave out of the previous slot (a homograph noun)
            drop = {norm(w) for w in token[1:].split("/")}
            prev = slots[-1]
            slots[-1] = Slot({k: v for k, v in prev.forms.items() if k not in drop}, prev.gap, prev.verb)
            continue
        if token.startswith("/"):  # present-only verb: /يتعين
            slots.append(Slot(verb_forms(token), gap, True))
        else:
            slots.append(_slot(token, gap))
        gap = 0
    return tuple(slots)


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("silkwire").joinpath(f"{_DATA}/{name}").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


class Matcher:
    """Finds lexicon entries in tokenised folded text."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.index: dict[str, list[Entry]] = {}
        for e in entries:
            for form in e.slots[0].forms:
                self.index.setdefault(form, []).append(e)
        # word -> (entry, future, the entry's later slots) for the entries it may head, and the words that head
        # any: a bounded cache across articles
        self._heads: dict[str, tuple[tuple[Entry, bool, tuple], ...]] = {}
        self._live: set[str] = set()
        # per entry, its later slots as (gap, forms, word -> how it stands to the slot): answers kept across articles
        self._tails = {id(e): tuple((s.gap, s.forms.keys(), {}) for s in e.slots[1:]) for e in entries}

    def heads(self, word: str, ks: tuple[str, ...]) -> tuple[tuple[Entry, bool], ...]:
        """(entry, future) for every entry whose first slot one of the word's readings fills."""
        out: dict[int, tuple[Entry, bool]] = {}
        for k in ks:
            for e in self.index.get(k, ()):
                if id(e) not in out:
                    out[id(e)] = (e, any(e.slots[0].forms.get(x, False) for x in ks))
        return tuple(out.values())

    def entries_for(self, word: str) -> tuple[tuple[Entry, bool, tuple], ...]:
        """(entry, future, the entry's later slots) for every entry the word may head; kept per word."""
        found = self._heads.get(word)
        if found is None:
            tails = self._tails
            found = self._heads[word] = tuple((e, fut, tails[id(e)]) for e, fut in self.heads(word, lookup_keys(word)))
            if found:
                self._live.add(word)
        return found

    def find(self, toks: Toks, _readings: object = None, at: Iterable[int] | None = None) -> list[Hit]:
        """All matches (overlaps included).  Each word's readings are looked at once per process, not per article.
        ``at``: the indices of the tokens that may head an entry (the words :meth:`entries_for` finds entries
        for), when known; a second argument, the readings :func:`tokenize` returns, is accepted and not needed."""
        hits: list[Hit] = []
        texts, starts, ends = toks.texts, toks.starts, toks.ends
        cache = self._heads
        if len(cache) >= _CACHE_MAX:
            cache.clear()
            self._live.clear()
            for tail in self._tails.values():
                for _, _, fills in tail:
                    fills.clear()
        n = len(texts)
        if at is None:
            for w in filterfalse(cache.__contains__, toks.vocab):  # only words never seen before (a scan in C)
                self.entries_for(w)
            at = compress(range(n), map(self._live.__contains__, texts))
        for i in at:
            entries = cache.get(texts[i])
            for e, fut, tail in entries if entries is not None else self.entries_for(texts[i]):
                end = _rest(tail, texts, i, n) if tail else i
                if end is not None:  # tuple.__new__: the named tuple without its Python-level __new__
                    hits.append(_new_hit(Hit, (e, starts[i], ends[end], starts[i], ends[i], fut, i)))
        return hits


_new_hit = tuple.__new__
_FILLS, _COUNTS, _SKIPPED, _STOPS = 0, 1, 2, 3  # a word after a head: fills the slot, a word, a mark, a stop


def _rest(tail: tuple, texts: list[str], i: int, n: int) -> int | None:
    """Token index of the last slot's word when the slots after the head at i follow it (each within its gap of
    words, not across a clause-ending mark), else None.  n: the number of tokens."""
    cur = i
    for gap, forms, kinds in tail:
        words = 0  # words passed that do not fill the slot
        for j in range(cur + 1, n):
            kind = kinds.get(texts[j])
            if kind is None:
                t = texts[j]
                kind = kinds[t] = _STOPS if t in _HARD else _SKIPPED if len(t) == 1 and not t.isalnum() else \
                    _FILLS if not forms.isdisjoint(lookup_keys(t)) else _COUNTS
            if kind == _COUNTS:
                if words == gap:  # one word too many
                    return None
                words += 1
            elif kind == _FILLS:
                cur = j
                break
            elif kind == _STOPS:  # a clause ends
                return None
        else:
            return None
    return cur


_CACHE_MAX = 50_000
_SPLIT = re.compile(f"({_WORD.pattern})")


@dataclass(frozen=True, slots=True)
class Toks:
    """The tokens of one folded text as parallel lists: no object per token (indexing yields a :class:`Tok`)."""

    texts: list[str]
    starts: list[int]
    ends: list[int]
    vocab: dict[str, None]  # each distinct word once, in text order
    # a word character that no token holds (full-width digits, _): a scan over the tokens would not see it
    stray_word_chars: bool = False

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> Tok:
        return Tok(self.starts[i], self.ends[i], self.texts[i])

    def __iter__(self):
        return map(Tok, self.starts, self.ends, self.texts)


def word_tokens(folded: str) -> Toks:
    """Word and punctuation tokens of folded text.

    No token holds a space, so the text split at its spaces (in C) gives the tokens chunk by chunk; most chunks are
    one word, and each chunk's tokens are worked out once per process (a regex match per token costs more)."""
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    add_text, add_start, add_end = texts.append, starts.append, ends.append
    known, strays = _CHUNKS, _STRAY_CHUNKS
    if len(known) > _CHUNKS_MAX:
        known.clear()
        strays.clear()
    pos = 0
    stray = False
    for chunk in folded.split(" "):
        pieces = known.get(chunk)
        if pieces is None:
            pieces = _chunk_tokens(chunk)
            if pieces is not _ONE_WORD and _STRAY_WORD_CHAR.search(chunk):
                stray = True
                strays.add(chunk)
            if len(chunk) <= _CHUNK_LEN:
                known[chunk] = pieces
        if pieces is _ONE_WORD:
            add_text(chunk)
            add_start(pos)
            pos += len(chunk)
            add_end(pos)
        else:
            for offset, token in pieces:
                add_text(token)
                add_start(pos + offset)
                add_end(pos + offset + len(token))
            pos += len(chunk)
            if chunk in strays:
                stray = True
        pos += 1  # the space
    return Toks(texts, starts, ends, dict.fromkeys(texts), stray)


_ONE_WORD = ((0, ""),)  # marks a chunk that is one word token (compared by identity, never read)
_CHUNKS: dict[str, tuple[tuple[int, str], ...]] = {}
_CHUNKS_MAX = 100_000
_CHUNK_LEN = 40  # longer chunks (runs of text without spaces) are rare and rarely repeat: not kept
_ONE_TOKEN = re.compile(f"[{WORD_CHARS}]+")
_STRAY_WORD_CHAR = re.compile(rf"[^\W{WORD_CHARS}]")  # a word character no token holds
_STRAY_CHUNKS: set[str] = set()  # the chunks holding one (never one-word chunks)


def _chunk_tokens(chunk: str) -> tuple[tuple[int, str], ...]:
    """(offset, token) of every token of a text without spaces; :data:`_ONE_WORD` when it is a single word."""
    if _ONE_TOKEN.fullmatch(chunk):
        return _ONE_WORD
    parts = _SPLIT.split(chunk)
    offsets = accumulate(map(len, parts), initial=0)
    return tuple(zip(islice(offsets, 1, None, 2), parts[1::2], strict=False))  # offsets has one more item


def tokenize(folded: str) -> tuple[Toks, list[tuple[str, ...]]]:
    """The tokens of folded text with each word's possible clitic readings (:func:`lookup_keys`)."""
    toks = word_tokens(folded)
    return toks, list(map(lookup_keys, toks.texts))


@dataclass(frozen=True)
class Lexicon:
    triggers: Matcher
    cues: Matcher
    topics: tuple[tuple[str, re.Pattern[str]], ...]
    refs: dict
    topic_words: tuple[tuple[str, str], ...] = ()  # (folded keyword, label)

    def topic_positions(self, text: str, toks: Toks | None = None,
                        at: Iterable[int] | None = None) -> list[tuple[int, str]]:
        """(offset, topic label) for every occurrence of every topic keyword (overlaps included); in text order
        without tokens, unordered from the text's tokens (far cheaper: see silkwire.events.topics).  ``at``: the
        tokens :meth:`topic_word` accepts, when known."""
        index = topic_index(self.topic_words)
        if toks is None or not index.token_safe:
            return index.scan(text)
        return index.positions(text, toks.texts, toks.starts, toks.vocab, at)

    def topic_word(self, word: str) -> bool:
        """Whether a topic keyword starts in the word (or may: one running on into the next word)."""
        return bool(topic_index(self.topic_words).entries(word))


@lru_cache(maxsize=2)
def load(include_cameo: bool = False) -> Lexicon:
    """Compile the packaged lexicons once per process.

    The CAMEO-derived rows (cameo_triggers.tsv) are opt-in: on diplomatic news their bare verb stems fire on
    common verbs (عمل، قدم) and cost far more precision than they add; scripts/eval_petrarch.py measures both."""
    rows = _rows("triggers.tsv") + (_optional_rows("cameo_triggers.tsv") if include_cameo else [])
    trig = [Entry(r["type"], r["kind"], compile_pattern(norm(r["pattern"])), r["source"], r["pattern"])
            for r in rows]
    cues = [Entry(r["status"], "cue", compile_pattern(norm(r["pattern"])), r["source"], r["pattern"])
            for r in _rows("cues.tsv")]
    topics = []
    for r in _rows("topics.tsv"):
        words = sorted({norm(w) for w in r["keywords"].split("/") if w.strip()}, key=len, reverse=True)
        topics.append((r["label"], re.compile("|".join(re.escape(w) for w in words))))
    refs = json.loads(resources.files("silkwire").joinpath(f"{_DATA}/references.json").read_text(encoding="utf-8"))
    words = tuple((w, r["label"]) for r in _rows("topics.tsv")
                  for w in {norm(x) for x in r["keywords"].split("/")} if w)
    return Lexicon(Matcher(trig), Matcher(cues), tuple(topics), _fold_refs(refs), words)


def _optional_rows(name: str) -> list[dict[str, str]]:
    try:
        return _rows(name)
    except FileNotFoundError:
        return []


def _fold_refs(obj):
    """Fold every Arabic string in the references data the way text is folded (keys of dicts included)."""
    if isinstance(obj, str):
        return norm(obj)
    if isinstance(obj, list):
        return [_fold_refs(x) for x in obj]
    if isinstance(obj, dict):
        return {(norm(k) if not k.startswith("_") else k): _fold_refs(v) for k, v in obj.items()}
    return obj
