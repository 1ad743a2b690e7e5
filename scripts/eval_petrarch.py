#!/usr/bin/env python3
"""Event typing on the UniversalPetrarch Arabic validation records (PROTEST and ASSAULT sentences).

Prints, per gold PLOVER type and overall, the share of records whose type silkwire's trigger lexicon gets right:
the record counts as right when the type of the first trigger found in the sentence equals the gold type.  The XML
files are truncated at the end, so records are read with a regex, not an XML parser.  Source and licence: see
shared/data/events/universalpetrarch_ar/SOURCE.txt (MIT).

    python3 scripts/eval_petrarch.py [DIR]
"""
from __future__ import annotations

import argparse
import html
import re
from collections import Counter
from pathlib import Path

from silkwire.events.clauses import select_triggers
from silkwire.events.forms import norm
from silkwire.events.lexicon import load, tokenize

DIR = Path("/work/shared/data/events/universalpetrarch_ar")
FILES = ("arabic_protest_gsr_validation.xml", "arabic_assault_gsr_validation.xml")
_REC = re.compile(r"<Sentence [^>]*>.*?plover=\"(?P<type>[A-Z]+)\".*?<Text>\s*(?P<text>.*?)\s*</Text>", re.S)


def records(directory: Path) -> list[tuple[str, str]]:
    out = []
    for name in FILES:
        raw = (directory / name).read_text(encoding="utf-8", errors="replace")
        out += [(m["type"], html.unescape(m["text"])) for m in _REC.finditer(raw)]
    return out


def predict(text: str, include_cameo: bool) -> str | None:
    lex = load(include_cameo)
    toks, keys = tokenize(norm(text))
    hits = lex.triggers.find(toks, keys)
    cues = lex.cues.find(toks, keys)
    chosen = select_triggers(hits, cues, toks, set(lex.refs["relatives"]))
    return chosen[0].entry.label if chosen else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("directory", nargs="?", type=Path, default=DIR, help="folder holding the two validation files")
    directory = ap.parse_args().directory
    missing = [name for name in FILES if not (directory / name).is_file()]
    if missing:
        ap.error(f"{directory}: missing {', '.join(missing)}")
    recs = records(directory)
    for include in (False, True):
        right, total = Counter(), Counter()
        for gold, text in recs:
            total[gold] += 1
            right[gold] += predict(text, include) == gold
        label = "hand lexicon + CAMEO rows" if include else "hand lexicon"
        parts = [f"{t} {right[t]}/{total[t]} = {right[t] / total[t]:.3f}" for t in sorted(total)]
        hits, n = sum(right.values()), sum(total.values())
        print(f"{label}: " + "; ".join(parts) + f"; overall {hits}/{n} = {hits / max(1, n):.3f}")


if __name__ == "__main__":
    main()
