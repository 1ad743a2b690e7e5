"""What kind of word a word is, for the recognition stages: an ordinary Arabic word, a plural of one, a given name,
how frequent it is in general Arabic.  Read from the statistical NER model's stored word statistics (``meta.json``:
common words, name lexicon, word-frequency buckets), so run time needs no word lists of its own; without the model
every check answers "not known"."""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from silkwire.nlp.titles import light, stopwords, title_lexicon
from silkwire.text import match_key

log = logging.getLogger(__name__)

@lru_cache(maxsize=1)
def frequency_table() -> tuple[Any, dict[str, str]] | None:
    """(the model's scorer, its general-Arabic word-frequency buckets), read only; None without the model."""
    scorer = getattr(statistical_model(), "_scorer", None)
    table = getattr(scorer, "lexicons", {}).get("zf") if scorer is not None else None
    return (scorer, table) if table else None


def general_frequency(word: str) -> int | None:
    """Zipf bucket of a written word in general Arabic (wordfreq, as the NER model stores it); None when
    unattested or without the model."""
    found = frequency_table()
    if found is None:
        return None
    scorer, table = found
    v = table.get(scorer.folded(word))
    return int(v[0]) if v and v[0].isdigit() else None


@lru_cache(maxsize=65536)
def ordinary(model: Any, word: str) -> bool:
    """Is a word an ordinary Arabic word, not a surname (see :func:`silkwire.nlp.combine.surname_stage`): a stop or
    title word, a word the model's training news uses often and never tags, a frequent word or article form, or a
    given name (إبراهيم، رضوان: the model's name lexicon)?"""
    key = match_key(word)
    if key in banned() or light(word) in stopwords()[0] or key.startswith(("ال", "عبد")):  # عبد + a divine
        return True  # name is always a given name (عبدالله، عبدالاله)
    if (model is not None and model.is_common(word)) or given_name(model, word):
        return True
    found = frequency_table()
    if found is None:
        return False
    scorer, table = found
    v = table.get(scorer.folded(word), "00")
    return (v[0].isdigit() and int(v[0]) >= 5) or article_form(word)


def article_form(word: str) -> bool:
    """The word's article form is frequent in general Arabic (Zipf 3 or more): a common noun (names seldom take
    ال)."""
    found = frequency_table()
    if found is None:
        return False
    scorer, table = found
    v = table.get(scorer.folded(word), "00")
    return v[1:2].isdigit() and int(v[1]) >= 3


#: Plural and dual endings: an ordinary word under them (بعيدين: بعيد) is no surname.
PLURAL_ENDINGS = ("ين", "ون", "ات", "ان")


@lru_cache(maxsize=65536)
def inflected(model: Any, word: str) -> bool:
    """An ordinary word with a plural or dual ending (بعيدين، ستشارك is caught as a verb form elsewhere), unless the
    model's name lexicon knows the whole word as a surname (بوتين)."""
    if not word.endswith(PLURAL_ENDINGS) or len(word) < 6 or lexicon_class(model, word) == "s":
        return False
    return ordinary(model, word[:-2])


def lexicon_class(model: Any, word: str) -> str:
    """``g`` (given name), ``s`` (surname) or "" from the model's name lexicon."""
    scorer = getattr(model, "_scorer", None)
    names = getattr(scorer, "lexicons", {}).get("pn") if scorer is not None else None
    return names.get(scorer.folded(word), "")[:1] if names else ""


def given_name(model: Any, word: str) -> bool:
    """The model's name lexicon knows the word as a given name (its class ``g``)."""
    return lexicon_class(model, word) == "g"


@lru_cache(maxsize=1)
def banned() -> frozenset[str]:
    """Match keys that are never a name on their own: stop words and title words."""
    titles = {w for specs in title_lexicon().values() for s in specs for w in s.words}
    return frozenset(match_key(w) for w in stopwords()[0]) | frozenset(titles)


@lru_cache(maxsize=1)
def statistical_model() -> Any | None:
    """The statistical NER model if it is installed and trained; None otherwise (recognition still works)."""
    try:
        from silkwire.nlp.statistical import StatisticalNER

        return StatisticalNER.load()
    except Exception as exc:
        log.info("statistical NER unavailable: %s", exc)
        return None
