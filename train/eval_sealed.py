"""Score the sealed half of the hard cases (``train/sealed/hard_cases_sealed.py``) — never trained on.

Prints, per family, the share flagged at the threshold by the shipped learned model, by the rules
and by both as the input stage decides (the higher score). ``--src DIR`` scores another tree's
``src`` (for example a worktree of main: the model before a retrain), so before/after are measured
on the same rows with the same script::

    python train/eval_sealed.py                       # this tree's model and rules
    python train/eval_sealed.py --src ../base/src     # another tree's

Also scored: ``train/sealed/personas_s8.py`` (session 8: persona prompts, role specs and reply-format
requests, and jailbreaks in the same shapes; never trained on). And when present:
``tests/core/injection_wild_split.py``, forum-style jailbreaks and benign
look-alikes written by another engineer for the rules (never in the training corpus, so a second
out-of-source set for the model; its even rows tuned the rules, so the rules' numbers on them are
optimistic and the stage is reported on the odd rows as well).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

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
    import personas_s8

    sets = [
        ("sealed half of train/hard_cases", sealed.HARD_NEGATIVES, sealed.HARD_ATTACKS),
        ("train/sealed/personas_s8 (persona and role-spec templates)", personas_s8.BENIGN, personas_s8.ATTACKS),
    ]
    wild = ROOT / "tests" / "core" / "injection_wild_split.py"
    if wild.exists():
        ns: dict[str, Any] = {}
        exec(compile(wild.read_text(encoding="utf-8"), str(wild), "exec"), ns)
        sets.append(("injection_wild_split, all rows", ns["BENIGN"], ns["ATTACKS"]))
        odd = {k: v[1::2] for k, v in ns["BENIGN"].items()}, {k: v[1::2] for k, v in ns["ATTACKS"].items()}
        sets.append(("injection_wild_split, odd (report) rows", *odd))
    for title, benign, attacks in sets:
        print(title)
        _score(model, rules, benign, attacks, t, Subject, sanitize)
    return 0


def _score(model: Any, rules: Any, benign: dict, attacks: dict, t: float, Subject: Any, sanitize: Any) -> None:
    totals: dict[int, list[int]] = {0: [0, 0, 0, 0], 1: [0, 0, 0, 0]}
    for label, groups in ((0, benign), (1, attacks)):
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


if __name__ == "__main__":
    raise SystemExit(main())
