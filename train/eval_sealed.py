"""Score the sealed half of the hard cases (``train/sealed/hard_cases_sealed.py``) — never trained on.

Prints, per family, the share flagged at the threshold by the shipped learned model, by the rules
and by both as the input stage decides (the higher score). ``--src DIR`` scores another tree's
``src`` (for example a worktree of main: the model before a retrain), so before/after are measured
on the same rows with the same script::

    python train/eval_sealed.py                       # this tree's model and rules
    python train/eval_sealed.py --src ../base/src     # another tree's
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=ROOT / "src")
    ap.add_argument("--threshold", type=float, default=0.7)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.src.resolve()))
    sys.path.insert(0, str(ROOT / "train" / "sealed"))
    import hard_cases_sealed as sealed

    from aiwarden.scanners.detectors import Subject
    from aiwarden.scanners.injection import HeuristicDetector
    from aiwarden.scanners.learned import LearnedDetector
    from aiwarden.scanners.sanitize import sanitize

    model, rules = LearnedDetector(), HeuristicDetector()
    t = args.threshold
    print(f"model {model.model_id} from {args.src}, threshold {t}")
    totals: dict[int, list[int]] = {0: [0, 0, 0, 0], 1: [0, 0, 0, 0]}
    for label, groups in ((0, sealed.HARD_NEGATIVES), (1, sealed.HARD_ATTACKS)):
        for fam, texts in groups.items():
            m = r = b = 0
            for text in texts:
                ms = model.scan(text).score
                s = sanitize(text, html=True)
                rs = rules.detect([Subject(s.text, "user", "", s.hidden, s.removed)])[0].score
                m += ms >= t
                r += rs >= t
                b += max(ms, rs) >= t
            n = len(texts)
            for i, v in enumerate((n, m, r, b)):
                totals[label][i] += v
            what = "FPR" if label == 0 else "recall"
            print(f"  {what:6s} {fam:20s} {n:3d}  model {m / n:6.1%}  rules {r / n:6.1%}  both {b / n:6.1%}")
    for label, (n, m, r, b) in totals.items():
        what = "FPR all benign" if label == 0 else "recall all attacks"
        print(f"  {what:27s} {n:3d}  model {m / n:6.1%}  rules {r / n:6.1%}  both {b / n:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
