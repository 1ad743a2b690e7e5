"""Arabic surface forms for lexicon entries: verb conjugations, noun forms with clitics, literals.

The lexicon is written in a small notation (see docs/EVENTS.md) so that one row covers a verb's past, present,
future, dual/plural and feminine forms, or a noun with its article, prepositions and possessive suffixes.  Forms are
generated once at load time and matched by dictionary lookup per token, so matching costs one lookup per word.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import product

from silkwire.text.normalize import DEFAULT_STEPS, fold

#: Folds used for both the text and the lexicon: display folds plus ة→ه and hamza seats (one char to one char).
STEPS: tuple[str, ...] = (*DEFAULT_STEPS, "teh_marbuta", "hamza_seats")

#: The characters of word tokens (other word characters, rare in Arabic news, are dropped by the tokenizer).
WORD_CHARS = "0-9A-Za-z\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u06FA-\u06FF"
CONJ = ("", "و", "ف")
PREP = ("", "ب", "ل", "ك")
OBJ = ("", "ه", "ها", "هم", "هما", "هن", "كم", "نا")
PAST_SUFFIX = ("", "ت", "ا", "تا", "وا", "نا", "ن", "تم")
PRESENT_PREFIX = ("ي", "ت", "ن", "ا")
PRESENT_SUFFIX = ("", "ان", "ون", "ين", "ن", "وا", "ا")


def norm(s: str) -> str:
    """Fold a lexicon string the way article text is folded."""
    return fold(s, STEPS).strip()


def past_forms(stem: str) -> set[str]:
    """Past tense 3rd/1st person forms of a verb given its 3ms past (التقى، وقع، اتفق)."""
    stem = norm(stem)
    if stem.endswith("ي") and len(stem) >= 3:  # defective: التقى/اجرى/نوى → التقت، التقوا، التقيا
        base = stem[:-1]
        cores = {stem, base + "ت", base + "يا", base + "تا", base + "وا", base + "ينا", base + "يت", base + "ين"}
    elif stem.endswith("ا") and len(stem) >= 3:  # defective in waw: دعا/رجا → دعت، دعتا، دعوا، دعونا
        base = stem[:-1]
        cores = {stem, base + "ت", base + "تا", base + "وا", base + "ونا", base + "وت", base + "ون"}
    else:
        cores = {stem + s for s in PAST_SUFFIX}
    return cores


def present_forms(stem3ms: str) -> tuple[set[str], set[str]]:
    """(plain, future) present forms from the 3ms present (يلتقي، يوقع); future = with the prefix س."""
    stem3ms = norm(stem3ms)
    body = stem3ms[1:] if stem3ms[:1] in ("ي", "ت") else stem3ms
    if body.endswith("ي") and len(body) > 2:
        base = body[:-1]
        bodies = {body, base, base + "يان", base + "ون", base + "ين", base + "يا", base + "وا", base + "و", base + "ي"}
    elif body.endswith("و") and len(body) > 2:  # يدعو → تدعو، يدعوان، يدعون، تدعين
        base = body[:-1]
        bodies = {body, base + "وان", base + "ون", base + "ين", base + "وا"}
    else:
        bodies = {body + s for s in PRESENT_SUFFIX}
    plain = {p + b for p, b in product(PRESENT_PREFIX, bodies)}
    plain |= {"ل" + f for f in plain}
    future = {"س" + p + b for p, b in product(PRESENT_PREFIX, bodies)}
    return plain, future


#: Folded words that look like و + a verb + a pronoun but are nouns in news text.
_NOUNS_NOT_VERBS = frozenset({"وزاره", "وزارته", "وزارتها", "وزارتي", "وزارتين", "وزارات"})


@lru_cache(maxsize=262144)
def lookup_keys(token: str) -> tuple[str, ...]:
    """Ways to read a folded token as conjunction + core form + object/possessive pronoun, core first.

    Forms are stored without و/ف and without pronoun suffixes, so lookup strips them instead of the lexicon
    listing every combination."""
    if token in _NOUNS_NOT_VERBS:  # وزارة is a ministry, never و + زار + ه
        return (token,)
    keys = [token]
    bases = [token]
    if len(token) > 3 and token[0] in "وف":
        bases.append(token[1:])
        keys.append(token[1:])
    for b in bases:
        for o in OBJ[1:]:
            if b.endswith(o) and len(b) - len(o) >= 2:
                core = b[: -len(o)]
                keys.append(core)
                if core.endswith("و"):  # وقعوها → وقعوا
                    keys.append(core + "ا")
                if core.endswith("ت") and len(core) >= 3:  # زيارته → زياره, قمتها → قمه
                    keys.append(core[:-1] + "ه")
    return tuple(dict.fromkeys(keys))


@lru_cache(maxsize=4096)
def verb_forms(spec: str) -> dict[str, bool]:
    """Surface forms of ``past/present`` → is-future flag."""
    past, _, present = spec.partition("/")
    out: dict[str, bool] = {}
    if past:
        for f in past_forms(past):
            out[f] = False
    if present:
        plain, future = present_forms(present)
        for f in plain:
            out.setdefault(f, False)
        for f in future:
            out[f] = True
    return out


def noun_forms(word: str) -> set[str]:
    """A noun with conjunction, preposition, article and suffixes (زيارة → وبزيارته، للزيارة، الزيارات)."""
    w = norm(word)
    if w.endswith("ه"):  # folded ة: زياره → زيارات، زيارتين (possessives are stripped at lookup)
        base = w[:-1]
        bare = {w, base + "ات", base + "تين", base + "تان"}
    else:
        bare = {w, w + "ات", w + "ا", w + "ين", w + "ان"}
    out = set(bare) | {"ال" + s for s in bare} | {"لل" + s for s in bare}
    out |= {p + s for p, s in product(("ب", "ل"), bare | {"ال" + s for s in bare})}
    return out


def literal_forms(word: str) -> set[str]:
    """A literal word, also with a conjunction in front."""
    return {norm(word)}
