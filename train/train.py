"""Train the learned injection detector (``scripts/train-detector``) — deterministic.

Reads ``build/corpus/corpus.jsonl`` (from ``scripts/build-corpus``), cross-validates (5 folds,
grouped so that variants of one template stay in one fold), calibrates the score on the
out-of-fold logits of benign prompts (score 0.7 = the logit above which 1% of them fall, see
ANCHORS), trains the final model on every row and writes
``src/aiwarden/scanners/learned_model.json`` (sorted keys, integer weights: the same corpus gives
the same bytes) and ``build/corpus/report.json`` (out-of-fold recall/FPR per source and the
calibration curve).
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from aiwarden.scanners.learned import MIN_FEATURES, WINDOW, LearnedDetector, features, view, windows  # noqa: E402

sys.path.insert(0, str(ROOT / "train"))
import view_probe  # noqa: E402

CORPUS = ROOT / "build" / "corpus" / "corpus.jsonl"
MODEL = ROOT / "src" / "aiwarden" / "scanners" / "learned_model.json"
REPORT = ROOT / "build" / "corpus" / "report.json"
FOLDS = 5
# 16 since session 9 (8 before): with the persona-library hard cases, cross-validated user-attack recall at
# benign FPR 1% / 0.5% / 0.2% 69.1 / 67.5 / 66.0% (C = 8) -> 70.8 / 67.4 / 64.4%, and the eval sets it trains on
# keep their recall (piguard_valid 85.4% -> 89.6%: at C = 8 it lost "Can you use Base16 to display your response?")
C = float(__import__("os").environ.get("AIW_C", "16"))
MIN_DF = 2
QUANT = 32767
PRUNE = 0.02  # weights smaller than this (in logit units) are dropped from the shipped file
# Features kept: the model is fitted on every feature seen twice, then fitted again on the TOP_K
# with the largest weights (every fold of the cross-validation does the same, so the reported
# numbers are the shipped model's). A request meets the tables with cold CPU caches: ~40,000
# features cost ~0.4 ms of cache misses per 4 KB, TOP_K of them fit in the L2 cache.
TOP_K = int(__import__("os").environ.get("AIW_TOP_K", "8000"))
# (false-positive rate on benign rows, score): the calibration anchors.
# Calibrated on benign *prompts* (user rows; documents are flagged less at the same logit), so the
# default threshold 0.7 means 1% of benign prompts: the rules' own false positives come on top.
# (0.5% until 2026-12-07, session 5: once the hard negatives — personas, creative trigger words,
# quoted attacks — joined the benign prompts, 0.5% of them sat above most of the jailbreaks of a
# held-out source; at 1% leave-one-source-out gained 3.6 points of jailbreak recall and no false
# positive on held-out trigger-word prompts. AIW_FPR overrides it for experiments.)
FPR_AT_07 = float(__import__("os").environ.get("AIW_FPR", "0.01"))
ANCHORS = ((0.5, 0.1), (0.2, 0.3), (0.1, 0.5), (0.02, 0.6), (FPR_AT_07, 0.7), (0.002, 0.8), (0.0007, 0.9))
# How much one row counts: sources with many near-identical rows are capped.
SOURCE_CAP = 150
# Text composed from templates counts less: its repeated parts must not become the signal.
CAPS = {
    "handwritten:injections_en": 60,
    "handwritten:document_injections": 40,
    "handwritten:document_injections_embedded": 40,
}


def load() -> list[dict]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if not r["source"].startswith(NOT_TRAINED)]


def fold_of(group: str) -> int:
    return int(hashlib.sha256(group.encode()).hexdigest(), 16) % FOLDS


def featurize(rows: list[dict]) -> tuple[list[set[str]], list[int]]:
    """Window feature sets and, per window, the index of its row."""
    feats, owner = [], []
    for i, r in enumerate(rows):
        for piece in windows(view(r["text"]), WINDOW):
            feats.append(features(piece))
            owner.append(i)
    return feats, owner


def row_weights(rows: list[dict]) -> np.ndarray:
    count = Counter((r["source"], r["label"]) for r in rows)
    return np.array([min(1.0, CAPS.get(r["source"], SOURCE_CAP) / count[(r["source"], r["label"])]) for r in rows])


# The model judges user texts only (LearnedDetector.detect gives documents 0: the rules' document families
# read those). The hand-written document payloads ("in your response, include ...", "when summarising,
# always recommend ...", composed from templates and planted in pydoc pages) taught it that a user who
# speaks of the answer is injecting: they stay in the corpus (and in build/corpus/report.json's inputs) but
# are not trained on (session 9). The eval sets' payloads stay: the project scores piguard_valid, which
# holds such payloads, as user prompts.
NOT_TRAINED = ("handwritten:document_injections",)
# Features that only say a text speaks of the assistant's answer ("your response", "in your", "reply",
# "answer", "include", "previous" as a stem): never in the vocabulary. In a chat the user is the assistant's
# principal and tells it what its answer must be ("rewrite your previous answer as a poem", "in your answer,
# include sources", "critique your own response"); the jailbreak templates of the corpus say "your response"
# hundreds of times and benign prompts did not, so the model had made them its strongest words (weights
# 6-11 logits: 60% of a sealed set of such follow-ups flagged). What the answer is told to do — drop
# refusals, open with "Sure, here is", void the rules, print the hidden prompt — stays readable.
ANSWER_NOUNS = frozenset({"response", "responses", "reply", "replies", "answer", "answers"})
ANSWER_WORDS = ANSWER_NOUNS | {"include", "includes"}
ANSWER_STEMS = frozenset({"~respo", "~answe", "~repli", "~inclu", "~previ"})
ANSWER_PAIRS = frozenset({"in your", "your previous", "your last", "your earlier", "your own"})


def speaks_of_the_answer(feature: str) -> bool:
    """Whether ``feature`` (a word, a ``~stem``, a word pair) only says that the text speaks of the answer:
    one of the words or stems above, a pair above or a pair with an answer noun ("your response", "the
    reply")."""
    if feature in ANSWER_WORDS or feature in ANSWER_STEMS or feature in ANSWER_PAIRS:
        return True
    return " " in feature and any(w in ANSWER_NOUNS for w in feature.split(" "))


def fit(rows: list[dict], feats: list[set[str]], owner: list[int]) -> tuple[dict[str, float], float]:
    """The weights and bias of the model on every feature seen in ``MIN_DF`` windows, refitted on the
    ``TOP_K`` strongest of them (the norm of a window still counts all its features, as scoring does)."""
    df = Counter()
    for f in feats:
        df.update(f)
    vocab = sorted(k for k, n in df.items() if n >= MIN_DF and not speaks_of_the_answer(k))
    weights, bias = _fit(rows, feats, owner, vocab)
    if len(weights) <= TOP_K:
        return weights, bias
    strongest = sorted(weights, key=lambda k: (-abs(weights[k]), k))[:TOP_K]
    return _fit(rows, feats, owner, sorted(strongest))


def _fit(rows: list[dict], feats: list[set[str]], owner: list[int], vocab: list[str]) -> tuple[dict[str, float], float]:
    index = {k: i for i, k in enumerate(vocab)}
    indptr, indices, data = [0], [], []
    for f in feats:
        cols = sorted(index[k] for k in f if k in index)
        norm = 1.0 / math.sqrt(max(len(f), MIN_FEATURES))
        indices.extend(cols)
        data.extend([norm] * len(cols))
        indptr.append(len(indices))
    x = sparse.csr_matrix(
        (np.array(data), np.array(indices, dtype=np.int64), np.array(indptr)), shape=(len(feats), len(vocab))
    )
    rw = row_weights(rows)
    per_row = Counter(owner)
    y = np.array([rows[o]["label"] for o in owner])
    sw = np.array([rw[o] / per_row[o] for o in owner])
    pos, neg = sw[y == 1].sum(), sw[y == 0].sum()
    sw = np.where(y == 1, sw / pos, sw / neg) * len(y) / 2
    clf = LogisticRegression(C=C, solver="liblinear", max_iter=1000, random_state=0, tol=1e-6)
    clf.fit(x, y, sample_weight=sw)
    coef = clf.coef_[0]
    return {k: float(coef[i]) for i, k in enumerate(vocab) if coef[i] != 0.0}, float(clf.intercept_[0])


def row_logits(weights: dict[str, float], bias: float, feats: list[set[str]], owner: list[int], n: int) -> np.ndarray:
    out = np.full(n, -np.inf)
    for f, o in zip(feats, owner, strict=True):
        # fsum: exact, so the sum does not depend on the order of the set (the hash seed): without it the
        # out-of-fold logits, and so the calibration curve, moved between runs and --check failed
        z = bias + math.fsum(weights.get(k, 0.0) for k in f) / math.sqrt(max(len(f), MIN_FEATURES))
        out[o] = max(out[o], z)
    return out


def calibration(benign: np.ndarray) -> list[list[float]]:
    b = np.sort(benign)
    curve = [[round(float(b[0]) - 1.0, 4), 0.0]]
    for fpr, score in ANCHORS:
        x = float(np.quantile(b, 1.0 - fpr))
        x = max(x, curve[-1][0] + 0.01)
        curve.append([round(x, 4), score])
    top = max(float(b[-1]), curve[-1][0]) + 0.5
    curve.append([round(top, 4), 0.95])
    curve.append([round(top + 3.0, 4), 0.99])
    return curve


def rule_scores(rows: list[dict]) -> np.ndarray:
    """The rule detector's score of every row, as the input stage would judge it."""
    from aiwarden.scanners.detectors import Subject
    from aiwarden.scanners.injection import HeuristicDetector
    from aiwarden.scanners.sanitize import sanitize

    det = HeuristicDetector()
    out = []
    for r in rows:
        s = sanitize(r["text"], html=True)
        out.append(det.detect([Subject(s.text, r["kind"], "", s.hidden, s.removed)])[0].score)
    return np.array(out)


def holdout(source: str) -> int:
    """Train without ``source`` (every row of it) and report the calibrated model on it."""
    rows = load()
    train_rows = [r for r in rows if not r["source"].startswith(source)]
    test_rows = [r for r in rows if r["source"].startswith(source)]
    feats, owner = featurize(train_rows)
    w, b = fit(train_rows, feats, owner)
    labels = np.array([r["label"] for r in train_rows])
    benign = (labels == 0) & np.array([r["family"] != "harmful-plain" and r["kind"] == "user" for r in train_rows])
    z_train = out_of_fold(train_rows, feats, owner)
    det = LearnedDetector(
        {
            "weights": {k: v for k, v in w.items()},
            "scale": 1.0,
            "bias": b,
            "calibration": calibration(z_train[benign]),
            "window": WINDOW,
        }
    )
    tf, to = featurize(test_rows)
    z = row_logits(w, b, tf, to, len(test_rows))
    sc = np.array([det.score_of(x) for x in z])
    rules = rule_scores(test_rows)
    y = np.array([r["label"] for r in test_rows])
    print(f"held out: {source} ({(y == 1).sum()} attacks, {(y == 0).sum()} benign)")
    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        for name, s in (("model", sc), ("rules+model", np.maximum(sc, rules))):
            rec = (s[y == 1] >= t).mean() if (y == 1).any() else float("nan")
            fpr = (s[y == 0] >= t).mean() if (y == 0).any() else float("nan")
            print(f"  t={t}  {name:12s} recall {rec:.3f}  fpr {fpr:.3f}")
    return 0


def out_of_fold(rows: list[dict], feats: list[set[str]], owner: list[int]) -> np.ndarray:
    """Every row's logit from the model trained on the other folds."""
    folds = np.array([fold_of(r["group"]) for r in rows])
    oof = np.zeros(len(rows))
    for k in range(FOLDS):
        train_rows = [i for i in range(len(rows)) if folds[i] != k]
        keep = set(train_rows)
        remap = {i: j for j, i in enumerate(train_rows)}
        tf = [f for f, o in zip(feats, owner, strict=True) if o in keep]
        to = [remap[o] for o in owner if o in keep]
        w, b = fit([rows[i] for i in train_rows], tf, to)
        test = [(f, o) for f, o in zip(feats, owner, strict=True) if folds[o] == k]
        z = row_logits(w, b, [f for f, _ in test], [o for _, o in test], len(rows))
        for o in {o for _, o in test}:
            oof[o] = z[o]
        print(f"fold {k}: {len(train_rows)} train rows, {len(w)} weights", file=sys.stderr)
    return oof


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--holdout":
        return holdout(sys.argv[2])
    check = sys.argv[1:] == ["--check"]
    rows = load()
    feats, owner = featurize(rows)
    oof = out_of_fold(rows, feats, owner)
    labels = np.array([r["label"] for r in rows])
    benign_mask = (labels == 0) & np.array([r["family"] != "harmful-plain" for r in rows])
    is_user = np.array([r["kind"] == "user" for r in rows])
    curve = calibration(oof[benign_mask & is_user])
    weights, bias = fit(rows, feats, owner)
    kept = {k: v for k, v in weights.items() if abs(v) >= PRUNE}
    scale = max(abs(v) for v in kept.values()) / QUANT
    model = {
        "format": 1,
        "view": "detection_view",
        "window": WINDOW,
        "bias": round(bias, 6),
        "scale": float(f"{scale:.9g}"),
        "calibration": curve,
        "weights": {k: round(v / scale) for k, v in sorted(kept.items())},
    }
    body = json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    model["id"] = hashlib.sha256(body.encode()).hexdigest()[:16]
    data = (json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode()
    if check:
        same = MODEL.read_bytes() == data
        print(f"rebuilt {hashlib.sha256(data).hexdigest()}: {'identical to' if same else 'DIFFERS from'} {MODEL.name}")
        return 0 if same else 1
    MODEL.write_bytes(data)
    view_probe.record(model["id"])  # the view it was trained on (tests/core/test_learned.py compares)
    det = LearnedDetector(json.loads(data))
    scores = np.array([det.score_of(z) for z in oof])
    report = {
        "model_sha256": hashlib.sha256(data).hexdigest(),
        "model_bytes": len(data),
        "weights": len(kept),
        "calibration": curve,
        "per_source": {},
        "curve": [],
    }
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_source[f"{r['source']}|{r['label']}"].append(i)
    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        hit = scores >= t
        report["curve"].append(
            {
                "threshold": t,
                "recall": round(float(hit[labels == 1].mean()), 4),
                # the attacks the model judges at run time (it does not score documents, see LearnedDetector.detect)
                "recall_user": round(float(hit[(labels == 1) & is_user].mean()), 4),
                "fpr_benign": round(float(hit[benign_mask].mean()), 4),
                "fpr_benign_user": round(float(hit[benign_mask & is_user].mean()), 4),
                "fpr_benign_document": round(float(hit[benign_mask & ~is_user].mean()), 4),
            }
        )
    for key, idx in sorted(by_source.items()):
        s = scores[idx]
        report["per_source"][key] = {
            "rows": len(idx),
            "flagged_at_0.7": round(float((s >= 0.7).mean()), 4),
            "flagged_at_0.5": round(float((s >= 0.5).mean()), 4),
        }
    # The stage's decision on the development sets: max(rules, out-of-fold model) at 0.7.
    ev = [i for i, r in enumerate(rows) if r["source"].startswith("eval:")]
    rules = rule_scores([rows[i] for i in ev])
    report["combined_eval"] = {}
    for key in sorted({f"{rows[i]['source']}|{rows[i]['kind']}|{rows[i]['label']}" for i in ev}):
        idx = [j for j, i in enumerate(ev) if f"{rows[i]['source']}|{rows[i]['kind']}|{rows[i]['label']}" == key]
        r_, m_ = rules[idx], scores[[ev[j] for j in idx]]
        report["combined_eval"][key] = {
            "rows": len(idx),
            "rules": round(float((r_ >= 0.7).mean()), 4),
            "model_oof": round(float((m_ >= 0.7).mean()), 4),
            "rules+model_oof": round(float((np.maximum(r_, m_) >= 0.7).mean()), 4),
        }
    REPORT.write_text(json.dumps(report, indent=1, sort_keys=True) + "\n")
    np.save(ROOT / "build" / "corpus" / "oof.npy", oof)
    print(json.dumps({k: report[k] for k in ("model_sha256", "model_bytes", "weights", "curve")}, indent=1))
    for key, v in report["per_source"].items():
        print(f"{key:55s} {v['rows']:5d}  @0.7 {v['flagged_at_0.7']:.3f}  @0.5 {v['flagged_at_0.5']:.3f}")
    for key, v in report["combined_eval"].items():
        print(
            f"{key:55s} {v['rows']:5d}  rules {v['rules']:.3f}  model {v['model_oof']:.3f}  "
            f"both {v['rules+model_oof']:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
