#!/usr/bin/env python3
"""What score.py --verbose does not list: for each required gold event, the closest system event the scorer would
accept and how it differs (status, date, place, party set), and the role differences.

    python3 tests/eval/heldout/diagnose.py GOLD.json EXPORT_DIR [--shared ../shared]

The scorer accepts a system party set that is a subset or superset of the gold one, so a bilateral meeting can be
credited to a six-party event from another sentence.  Here the closest event is the one with the most similar
party set (then shared persons, status, date, place), so a "parties" line means no system event has exactly the
gold parties.  Alignment of
system actors to gold entities follows score.py (mention overlap votes, then ISO3).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

DEFAULT_SHARED = Path(__file__).resolve().parents[4] / "shared"


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fits(gold_set: set, sys_set: set) -> float:
    """score.py's party match: containment either way, else Jaccard of at least 0.5."""
    if not gold_set or not sys_set:
        return 0.0
    jaccard = len(gold_set & sys_set) / len(gold_set | sys_set)
    return 1.0 if gold_set <= sys_set or sys_set <= gold_set else (jaccard if jaccard >= 0.5 else 0.0)


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def align_actors(S: ModuleType, gold: dict, export: Path) -> tuple[dict, dict, list, dict]:
    """System actor id -> gold entity key, as score.py aligns them; also document names, events and actors."""
    docs = S.load_jsonl(export / "documents.jsonl")
    doc_of = {d["id"]: S.doc_key(d) for d in docs}
    actors = {a["id"]: a for a in S.load_jsonl(export / "actors.jsonl")}
    by_doc = defaultdict(list)
    for m in S.load_jsonl(export / "mentions.jsonl"):
        by_doc[doc_of.get(m["document"])].append(m)
    votes: dict[str, Counter] = defaultdict(Counter)
    for g in gold["documents"]:
        for x in g["mentions"]:
            hits = [m for m in by_doc[g["document"]] if S.overlaps(m, x) and S.coarse(m["type"]) == S.coarse(x["type"])]
            if hits:
                best = max(hits, key=lambda m: min(m["end"], x["end"]) - max(m["start"], x["start"]))
                if best.get("actor"):
                    votes[best["actor"]][x["entity"]] += 1
    align = {a: c.most_common(1)[0][0] for a, c in votes.items()}
    iso = {v["iso3"]: k for k, v in gold["entities"].items() if v.get("iso3")}
    for a_id, a in actors.items():
        if a_id not in align and a.get("iso3") in iso:
            align[a_id] = iso[a["iso3"]]
    return align, doc_of, S.load_jsonl(export / "events.jsonl"), actors


def event_lines(S: ModuleType, gold: dict, align: dict, doc_of: dict, events: list) -> list[str]:
    ents = gold["entities"]

    def countries(keys) -> set:
        return {ents[k]["country"] if ents[k]["type"] == "PER" and ents[k].get("country") else k
                for k in keys if k in ents}

    def sys_set(e: dict) -> set:
        ids = (e.get("participants") or []) + (e.get("sources") or []) + (e.get("targets") or [])
        return countries([align[a] for a in ids if a in align])

    lines = []
    for g in gold["documents"]:
        sevs = [e for e in events if doc_of.get(e.get("document")) == g["document"]]
        for ge in (e for e in g["events"] if not e.get("optional")):
            gs = countries(ge.get("participants", []) + ge.get("sources", []) + ge.get("targets", []))
            cands = [s for s in sevs if str(s.get("type", "")).upper() == ge["type"] and fits(gs, sys_set(s)) > 0]
            if not cands:
                lines.append(f"{g['document']} {ge['id']}: MISSED (gold {ge['type']} {sorted(gs)})")
                continue
            persons = set(ge.get("persons", []))
            best = max(cands, key=lambda s: (jaccard(gs, sys_set(s)),
                                             len(persons & {align.get(p) for p in s.get("persons") or []}),
                                             (s.get("status") or "asserted") == ge["status"],
                                             bool(ge.get("date")) and S.date_ok(s.get("date"), ge["date"]),
                                             bool(ge.get("place")) and align.get(s.get("place")) == ge["place"]))
            diffs = []
            if (best.get("status") or "asserted") != ge["status"]:
                diffs.append(f"status {ge['status']}->{best.get('status')}")
            if ge.get("date") and not S.date_ok(best.get("date"), ge["date"]):
                diffs.append(f"date {ge['date']}->{best.get('date')}")
            if ge.get("place") and align.get(best.get("place")) != ge["place"]:
                diffs.append(f"place {ge['place']}->{align.get(best.get('place'), best.get('place'))}")
            if gs != sys_set(best):
                diffs.append(f"parties {sorted(gs)}->{sorted(sys_set(best))}")
            if diffs:
                text = (best.get("evidence") or {}).get("text", "")[:80]
                lines.append(f"{g['document']} {ge['id']}: {'; '.join(diffs)} | {text}")
    return lines


def role_lines(gold: dict, align: dict, actors: dict) -> list[str]:
    ents = gold["entities"]
    gold_roles = {(r["person"], r["class"], r["country"]) for g in gold["documents"] for r in g["roles"]}
    sys_roles = {(align[a_id], r.get("class"), r.get("country"), r.get("title"))
                 for a_id, a in actors.items() if ents.get(align.get(a_id), {}).get("type") == "PER"
                 for r in a.get("roles") or []}
    missed = sorted(gold_roles - {r[:3] for r in sys_roles})
    spurious = sorted(r for r in sys_roles if r[:3] not in gold_roles)
    return [f"role missed: {r}" for r in missed] + [f"role spurious: {r}" for r in spurious]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("export")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    a = ap.parse_args()
    S = load_scorer(a.shared)
    gold = json.loads(Path(a.gold).read_text(encoding="utf-8"))
    align, doc_of, events, actors = align_actors(S, gold, Path(a.export))
    for line in event_lines(S, gold, align, doc_of, events) + role_lines(gold, align, actors):
        print(line)


if __name__ == "__main__":
    main()
