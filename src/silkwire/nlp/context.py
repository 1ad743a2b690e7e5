"""One article's words as every recogniser reads them: computed once, shared by all stages.

Tokens are parallel lists (texts, offsets), each with its :class:`~silkwire.nlp.lexicon.WordInfo` (match key,
names and titles that may start there under each proclitic reading), looked up once per token from a per-word
memo.  The stages then add their findings here (compute); the spaCy components expose them on the Doc (annotate).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from typing import Any

from silkwire.models import Article, Mention
from silkwire.text.segment import token_table

_KINDS = itemgetter(5)  # WordInfo.kinds


@dataclass(slots=True)
class Context:
    """Working state of recognition for one article (mutable on purpose: each stage fills its own fields)."""

    article: Article
    kb: Any
    texts: list[str]
    starts: list[int]
    ends: list[int]
    gaps: list[str]
    keys: list[str]
    infos: list  # lexicon.WordInfo per token
    kinds: dict[int, int]  # token -> its WordInfo.kinds, for the tokens of some kind only, in text order: each
    # stage picks its own words from these
    matches: list = field(default_factory=list)  # gazetteer Match records
    titles: list = field(default_factory=list)  # TitleHit records
    people: list[Mention] = field(default_factory=list)  # title-introduced names
    aliases: list[Mention] = field(default_factory=list)
    outlet: list[Mention] = field(default_factory=list)
    model: list[Mention] = field(default_factory=list)
    surnames: list[Mention] = field(default_factory=list)  # reference officials' surnames standing alone

    @property
    def text(self) -> str:
        return self.article.text

    def mention(self, start: int, end: int, typ: str, source: str, actor: str | None = None) -> Mention:
        return Mention(self.article.id, start, end, self.article.text[start:end], typ, actor, source)


def context_for(article: Article, kb: Any) -> Context:
    """Tokens and match keys of an article (keys, and the clitic readings the matchers derive from them, are
    memoised per distinct word)."""
    from silkwire.nlp.lexicon import lexicon_for

    t = token_table(article.text)
    infos, keys = lexicon_for(kb).infos_and_keys(t.texts)
    marked = list(compress(range(len(infos)), map(_KINDS, infos)))
    kinds = dict(zip(marked, map(_KINDS, map(infos.__getitem__, marked)), strict=True))
    return Context(article, kb, t.texts, t.starts, t.ends, t.gaps, keys, infos, kinds)
