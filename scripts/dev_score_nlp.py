#!/usr/bin/env python3
"""Run normalisation + recognition + resolution over a folder of .txt articles and write a CONTRACT.md export.

    python3 scripts/dev_score_nlp.py [CORPUS_DIR] [OUT_DIR]
    python3 /work/shared/eval/score.py /work/shared/eval/seeds.gold.json OUT_DIR --verbose

A development aid for the NLP stages until the full export exists: events.jsonl is left empty.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

from silkwire.models import Article
from silkwire.nlp import recognize
from silkwire.reference import KnowledgeBase
from silkwire.resolve import resolve

_DATE = re.compile(r"(\d{1,2}) (يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) (\d{4})")
_MONTHS = {m: i for i, m in enumerate(["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"], 1)} | {"ابريل": 4}


def published(text: str) -> str | None:
    """The first date in the first 300 characters (dateline); ingest does this properly."""
    m = _DATE.search(text[:300])
    return f"{m.group(3)}-{_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}" if m else None


def outlet_spans(paths: list[Path]) -> dict[str, tuple[int, int] | None]:
    """Outlet credit spans by document id, as ingest finds them (empty if ingest does not yet)."""
    try:
        from silkwire.ingest import iter_articles
    except ImportError:
        return {}
    return {a.id: getattr(a, "outlet_span", None) for a in iter_articles(paths) if hasattr(a, "id")}


def main(corpus: Path, out: Path, kb: KnowledgeBase | None = None) -> None:
    kb = kb or KnowledgeBase.load()
    out.mkdir(parents=True, exist_ok=True)
    docs, mentions, actors = [], [], {}
    paths = sorted(corpus.glob("*.txt"))
    outlets = outlet_spans(paths)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        doc_id = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        art = Article(doc_id, str(path), text, published=published(text), outlet_span=outlets.get(doc_id))
        found, seen = resolve(art, recognize(art, kb), kb)
        docs.append({"id": doc_id, "source": str(path), "text": text, "published": art.published})
        mentions += [{"document": doc_id, "start": m.start, "end": m.end, "text": m.text, "type": m.type,
                      "actor": m.actor, "source": m.source} for m in found]
        for a in seen:
            row = actors.setdefault(a.id, {"id": a.id, "type": a.type, "name": {"en": a.name_en, "ar": a.name_ar},
                                           "aliases": [], "iso3": a.iso3, "country": a.country, "roles": []})
            row["aliases"] = list(dict.fromkeys(row["aliases"] + list(a.aliases)))
            row["roles"] += [r.as_dict() for r in a.roles]
    for name, rows in (("documents", docs), ("mentions", mentions), ("actors", list(actors.values())),
                       ("events", [])):
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0] if args else "/work/shared/corpus/seeds"), Path(args[1] if len(args) > 1 else "/tmp/nlp_export"))
