"""Quality of the built-in injection detector: recall and false-positive rate per set.

    python benchmarks/detector_quality.py [--threshold 0.7]

Sets: the public files in ../shared/eval (as the `aiwarden scan` CLI reads them: sanitized, then
scored; BIPIA payloads as documents), and the suites in tests/core/injection_corpus.py
(obfuscated variants of blocked attacks, attacks and benign sentences in many languages,
document-mode attacks, a held-out split of hand-written attacks/benign prompts).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from aiwarden.scanners.injection import HeuristicDetector
from aiwarden.scanners.sanitize import sanitize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "core"))
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import EVAL  # noqa: E402


def eval_sets() -> list[tuple[str, list[tuple[str, int]], bool]]:
    def load(name: str) -> object:
        return json.loads((EVAL / name).read_text())

    sets = []
    for name in ("deepset_prompt_injections.json", "jailbreak_classification.json"):
        rows = load(name)
        sets.append((name, [(r["text"], int(r["label"])) for r in rows], False))  # type: ignore[attr-defined]
    rows = load("piguard_valid.json")
    sets.append(("piguard_valid.json", [(r["prompt"], int(r["label"])) for r in rows], False))  # type: ignore[attr-defined]
    rows = load("piguard_NotInject_one.json")
    sets.append(("piguard_NotInject_one.json", [(r["prompt"], 0) for r in rows], False))  # type: ignore[attr-defined]
    import importlib.metadata
    import pydoc_data.topics

    real = ["\n\n".join(pydoc_data.topics.topics.values())]
    real.append("\n\n".join(d.metadata.get_payload() or "" for d in importlib.metadata.distributions()))  # type: ignore[attr-defined]
    windows = [(t[i : i + 4096], 0) for t in real for i in range(0, len(t) - 4096, 4096)]
    sets.append((f"real text: 4 KB windows of CPython docs and package descriptions ({len(windows)})", windows, False))
    sets.append(("same windows as documents", windows, True))
    bipia = load("piguard_BIPIA_text.json")
    sets.append(("piguard_BIPIA_text.json (document)", [(t, 1) for v in bipia.values() for t in v], True))  # type: ignore[attr-defined]
    return sets


def rates(
    detector: HeuristicDetector, rows: list[tuple[str, int]], document: bool, threshold: float
) -> tuple[str, str, list[str], list[str]]:
    tp = fn = fp = tn = 0
    misses, fps = [], []
    for text, label in rows:
        s = sanitize(text, html=True)
        v = detector.scan(s.text, as_document=document, hidden=s.hidden, removed=s.removed)
        hit = v.score >= threshold
        if label:
            tp += hit
            fn += not hit
            if not hit:
                misses.append(text)
        else:
            fp += hit
            tn += not hit
            if hit:
                fps.append(text)
    recall = f"{tp / (tp + fn):.1%} ({tp}/{tp + fn})" if tp + fn else "-"
    fpr = f"{fp / (fp + tn):.1%} ({fp}/{fp + tn})" if fp + tn else "-"
    return recall, fpr, misses, fps


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threshold", type=float, default=0.7)
    ap.add_argument("--show", default="", help="print misses/false positives of sets whose name contains this")
    args = ap.parse_args()
    detector = HeuristicDetector()
    sets = eval_sets()
    try:
        import injection_corpus as corpus

        sets += corpus.suites()
    except ImportError:
        pass
    print("| set | recall | false-positive rate |\n| --- | --- | --- |")
    for name, rows, document in sets:
        recall, fpr, misses, fps = rates(detector, rows, document, args.threshold)
        print(f"| {name} | {recall} | {fpr} |")
        if args.show and args.show in name:
            for t in misses:
                print("   MISS", repr(t[:300]))
            for t in fps:
                print("   FP  ", repr(t[:300]))


if __name__ == "__main__":
    main()
