"""Benchmark: time and peak memory of story building over synthetic event records.

    python3 bench/merge.py                 # 100 k and 1 M records, each in a fresh process
    python3 bench/merge.py --sizes 20000   # any sizes
    python3 bench/merge.py --quality 20000 # pairwise precision/recall against the generator's truth, per threshold
    python3 bench/merge.py --world scaled  # the world's span grows with the records (constant events per day)

Synthetic but shaped like the real stream: real-world events (a type, a day over ten years — or, with
``--world scaled``, ten years per 100 k records, so events per day stay constant — China plus one to
five counterparts from a pool of 30 countries and 2 organisations, persons, a place, topics, sometimes a
meeting tag) each reported by one to four outlets; an article carries one to three events of one day; reports
drop persons, places, dates and meeting tags at random and word the evidence differently.  Prints, per size,
generation and merge time, throughput, stories, and peak RSS; then the time ratio against the size ratio.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from itertools import pairwise

from silkwire.merge import DocumentMeta, MergeConfig, StoryIndex
from silkwire.models import Event, Span

COUNTRIES = {  # ISO3 → Arabic name used in the evidence templates
    "CHN": "الصين", "KAZ": "كازاخستان", "KGZ": "قيرغيزستان", "TJK": "طاجيكستان", "TKM": "تركمانستان",
    "UZB": "أوزبكستان", "RUS": "روسيا", "BLR": "بيلاروس", "IRN": "إيران", "PAK": "باكستان", "AFG": "أفغانستان",
    "IND": "الهند", "MNG": "منغوليا", "TUR": "تركيا", "AZE": "أذربيجان", "ARM": "أرمينيا", "GEO": "جورجيا",
    "UKR": "أوكرانيا", "USA": "الولايات المتحدة", "JPN": "اليابان", "KOR": "كوريا الجنوبية", "DEU": "ألمانيا",
    "FRA": "فرنسا", "GBR": "بريطانيا", "SAU": "السعودية", "ARE": "الإمارات", "EGY": "مصر", "QAT": "قطر",
    "SRB": "صربيا", "HUN": "المجر",
}
ORGS = {"org/sco": "منظمة شانغهاي للتعاون", "org/un": "الأمم المتحدة"}
TYPES = [("CONSULT", 40), ("AGREE", 15), ("COOPERATE", 20), ("SUPPORT", 10), ("REJECT", 4), ("AID", 3),
         ("REQUEST", 3), ("ACCUSE", 2), ("PROTEST", 1), ("SANCTION", 1), ("THREATEN", 1)]
TOPICS = ["trade", "energy", "railway", "visa-free travel", "culture", "security", "agriculture", "education",
          "investment", "health", "tourism", "water", "digital economy", "poverty reduction"]
VERBS = {"CONSULT": ["التقى", "أجرى محادثات مع", "بحث مع", "اجتمع مع"], "AGREE": ["وقع اتفاقية مع", "اتفق مع"],
         "COOPERATE": ["تعاون مع", "عزز التعاون مع"], "SUPPORT": ["أعرب عن دعمه لـ", "أشاد بـ"]}
OUTLETS = [f"outlet-{k:02d}" for k in range(40)]
START = date(2015, 1, 1)
STATUSES = ["asserted"] * 8 + ["intended"] * 2


def _id(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _world_event(rng: random.Random, k: int, days: int = 3652) -> dict:
    """One real-world event on one of ``days`` days."""
    iso = [c for c in COUNTRIES if c != "CHN"]
    k_parties = rng.choices([1, 2, 5], weights=[80, 12, 8])[0]
    parties = ["CHN", *rng.sample(iso, k_parties)]
    actors = [f"country/{c}" for c in parties] + (["org/sco"] if rng.random() < 0.05 else [])
    etype = rng.choices([t for t, _ in TYPES], weights=[w for _, w in TYPES])[0]
    return {
        "k": k, "type": etype, "status": rng.choice(STATUSES), "actors": tuple(sorted(actors)),
        "persons": tuple(f"person/p{c}_{rng.randrange(3)}" for c in parties[:3]),
        "day": START + timedelta(days=rng.randrange(days)), "place": f"place/city{rng.randrange(60)}",
        "topics": tuple(rng.sample(TOPICS, rng.choice([0, 1, 1, 2]))),
        "meeting": f"meeting-{rng.randrange(400)}" if rng.random() < 0.1 else None,
    }


def _sentence(rng: random.Random, w: dict) -> str:
    names = [COUNTRIES.get(a.split("/")[1], ORGS.get(a, "")) for a in w["actors"]]
    verb = rng.choice(VERBS.get(w["type"], ["أعلن موقفه تجاه"]))
    return (f"{rng.choice(['', 'و', 'كما '])}{verb} وزير خارجية {names[0]} نظيره من {' و'.join(names[1:])} "
            f"{rng.choice(['اليوم', 'أمس', 'يوم الأربعاء', ''])} في {w['place'][6:]} "
            f"{rng.choice(['وبحثا العلاقات الثنائية', 'لتعزيز الشراكة', 'في إطار الزيارة الرسمية', ''])}.")


def world_days(n: int, world: str) -> int:
    """Days the world spans: ten years (``fixed``), or ten years per 100 k records (``scaled``: constant density)."""
    return 3652 if world == "fixed" else max(1, round(3652 * n / 100_000))


def generate(n: int, seed: int = 7, truth: dict[str, int] | None = None, days: int = 3652
             ) -> tuple[list[Event], dict[str, DocumentMeta]]:
    """About n event records: world events × 1–4 reports, grouped 1–3 per article; ``truth``: event → world event."""
    rng = random.Random(seed)
    events: list[Event] = []
    docs: dict[str, DocumentMeta] = {}
    truth = {} if truth is None else truth
    k = 0
    while len(events) < n:
        group = [_world_event(rng, k + j, days) for j in range(rng.choice([1, 2, 3]))]
        day = group[0]["day"]
        for w in group:  # an article reports events of one day
            w["day"] = day
        k += len(group)
        for outlet in rng.sample(OUTLETS, rng.choice([1, 1, 2, 2, 3, 4])):
            doc_id = _id("doc", k, outlet)
            docs[doc_id] = DocumentMeta(doc_id, outlet, (day + timedelta(days=rng.choice([0, 1, 1, 2]))).isoformat())
            text_at = 0
            for w in group:
                events.append(_report(rng, w, doc_id, day, text_at))
                truth[events[-1].id] = w["k"]
                text_at += 200
    return events[:n], docs


def _report(rng: random.Random, w: dict, doc_id: str, day: date, at: int) -> Event:
    """One outlet's record of a world event, with the gaps real extraction leaves."""
    text = _sentence(rng, w)
    actors = w["actors"] if rng.random() > 0.1 else w["actors"][:2]
    return Event(
        id=_id(doc_id, w["type"], at, at + len(text), actors), document=doc_id, type=w["type"], status=w["status"],
        evidence=Span(at, at + len(text), text), participants=actors,
        persons=w["persons"] if rng.random() < 0.6 else (),
        date=w["day"].isoformat() if rng.random() < 0.7 else None,
        place=w["place"] if rng.random() < 0.5 else None, topics=w["topics"],
        meeting=w["meeting"] if rng.random() < 0.7 else None,
    )


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(n: int, world: str = "fixed") -> dict:
    """Generate, then merge, n records in this process."""
    t0 = time.perf_counter()
    events, docs = generate(n, days=world_days(n, world))
    t1 = time.perf_counter()
    rss_gen = _rss_mb()
    c1 = time.process_time()
    index = StoryIndex()
    index.attach(events, docs)
    n_stories = len(index.clusters())
    t2 = time.perf_counter()
    c2 = time.process_time()
    return {"n": n, "world": world, "days": world_days(n, world), "documents": len(docs), "generate_s": round(t1 - t0, 1), "merge_s": round(t2 - t1, 1),
            "merge_cpu_s": round(c2 - c1, 1),
            "events_per_s": round(n / (t2 - t1)),
            "compared_per_event": round(index.n_compared / n, 2), "stories": n_stories, "peak_rss_mb_after_generate": round(rss_gen),
            "peak_rss_mb": round(_rss_mb()), "max_block": max(index.blocks.sizes())}


def _pairs(sizes: Iterable[int]) -> int:
    return sum(k * (k - 1) // 2 for k in sizes)


def quality(n: int, thresholds: Iterable[float], world: str = "fixed") -> None:
    """Pairwise precision / recall of stories against the generator's world events, per threshold."""
    truth: dict[str, int] = {}
    events, docs = generate(n, truth=truth, days=world_days(n, world))
    true_pairs = _pairs(Counter(truth[e.id] for e in events).values())
    for t in thresholds:
        index = StoryIndex(MergeConfig(threshold=t))
        index.attach(events, docs)
        clusters = index.clusters().values()
        found = _pairs(len(c) for c in clusters)
        both = sum(_pairs(Counter(truth[index.profiles[i].id] for i in c).values()) for c in clusters)
        p, r = both / max(found, 1), both / max(true_pairs, 1)
        print(json.dumps({"n": n, "world": world, "threshold": t, "precision": round(p, 4), "recall": round(r, 4),
                          "f1": round(2 * p * r / max(p + r, 1e-9), 4)}), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--quality", type=int, metavar="N", help="precision/recall per threshold on N records")
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85])
    ap.add_argument("--world", choices=["fixed", "scaled"], default="fixed",
                    help="fixed: ten years whatever the size (denser with size); scaled: span grows with size")
    args = ap.parse_args()
    if args.quality:
        quality(args.quality, args.thresholds, args.world)
        return
    if args.child:
        print(json.dumps(run_one(args.sizes[0], args.world)))
        return
    results = []
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--child", "--sizes", str(n), "--world", args.world], check=True,
                             capture_output=True, text=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), flush=True)
    for a, b in pairwise(results):
        cpu = b.get("merge_cpu_s", 0) / max(a.get("merge_cpu_s", 0), 1e-9)
        print(f"{a['n']} → {b['n']}: size ×{b['n'] / a['n']:.1f}, merge time ×{b['merge_s'] / a['merge_s']:.2f} "
              f"(CPU ×{cpu:.2f}), "
              f"peak RSS ×{b['peak_rss_mb'] / a['peak_rss_mb']:.2f}")


if __name__ == "__main__":
    main()
