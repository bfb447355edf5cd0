"""Score the chat sets as the input stage decides: the sealed sets (``train/sealed/wild_sealed_s6.py``
and ``wild_sealed_s7.py``, never tuned on) and the dev set (``train/dev_wild_s6.py``, tuned on).

Per family, the share flagged at ``input.injection_threshold`` by the rules, by the learned model (with
the stage's bar: ``input.learned_threshold`` rescaled onto the threshold) and by the stage (the rules
and the model combined as ``HeuristicDetector``/``LearnedDetector`` are run by the input stage)::

    python train/eval_wild.py                      # this tree
    python train/eval_wild.py --src ../main/src    # another tree's code and model, same rows
    python train/eval_wild.py --set s7             # the session-7 sealed set
    python train/eval_wild.py --set s8             # the session-8 sealed set
    python train/eval_wild.py --set dev --show     # the dev set, with its misses and false positives
    python train/eval_wild.py --set s9             # session 9's sealed personas (chat_personas_s9)
    python train/eval_wild.py --set fabric         # fabric's 225 public prompt templates (train/fabric_patterns.py)
    python train/eval_wild.py --set followups9     # session 9's sealed chat follow-ups about the answer
    python train/eval_wild.py --set devfollowups9  # ... and their dev set (tuned on)
    python train/eval_wild.py --set trigger10      # session 10's sealed trigger-word prompts and wild-style attacks
    python train/eval_wild.py --set devtrigger10   # ... and their dev set (tuned on)
    python train/eval_wild.py --set user11         # session 11's sealed user-mode set (train/sealed/user_s11.py)
    python train/eval_wild.py --set devuser11      # ... and its dev set (tuned on)

``--show`` prints the rows the stage gets wrong: on the dev set only (the sealed sets' rows are not
read while tuning, so it prints nothing for them).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=ROOT / "src")
    sets = (
        "sealed",
        "s7",
        "s8",
        "dev",
        "dev7",
        "dev8",
        "probe7",
        "probe8",
        "persona8",
        "s9",
        "fabric",
        "dev9",
        "followups9",
        "devfollowups9",
        "trigger10",
        "devtrigger10",
        "user11",
        "devuser11",
        "both",
        "all",
    )
    ap.add_argument("--set", choices=sets, default="both")
    ap.add_argument("--show", action="store_true", help="print the rows the stage gets wrong")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.src.resolve()))
    sys.path.insert(0, str(ROOT / "train" / "sealed"))
    sys.path.insert(0, str(ROOT / "train"))
    from aiwarden.input.settings import InputPolicy
    from aiwarden.scanners.detectors import load_detector
    from aiwarden.scanners.sanitize import sanitize
    from aiwarden.scanners.verdicts import Subject

    policy = InputPolicy()
    rules, model = load_detector("heuristic", policy), load_detector("learned", policy)
    t = policy.injection_threshold
    print(f"model {model.model_id} from {args.src}; threshold {t}, learned_threshold {policy.learned_threshold}")
    names = {
        "sealed": ["wild_sealed_s6"],
        "s7": ["wild_sealed_s7"],
        "s8": ["wild_sealed_s8"],
        "dev": ["dev_wild_s6"],
        "dev7": ["dev_wild_s7"],
        "dev8": ["dev_wild_s8"],
        "probe7": ["probe_wild_s7"],
        "probe8": ["probe_wild_s8"],
        "persona8": ["persona_benign_s8"],
        "s9": ["chat_personas_s9"],
        "fabric": ["fabric_patterns"],
        "dev9": ["dev_chat_s9"],
        "followups9": ["followups_s9"],
        "devfollowups9": ["dev_followups_s9"],
        "trigger10": ["trigger_words_s10"],
        "devtrigger10": ["dev_trigger_s10"],
        "user11": ["user_s11"],
        "devuser11": ["dev_user_s11"],
        "both": ["wild_sealed_s6", "dev_wild_s6"],
        "all": ["wild_sealed_s6", "wild_sealed_s7", "dev_wild_s6", "dev_wild_s7"],
    }
    for name in names[args.set]:
        mod = importlib.import_module(name)
        print(name)
        show = args.show and not name.startswith(
            ("wild_sealed", "chat_personas", "fabric", "followups_s9", "trigger_words", "user_s11")
        )
        _score(mod.BENIGN, mod.ATTACKS, rules, model, t, sanitize, Subject, show)
    return 0


def stage_scores(text: str, rules: Any, model: Any, sanitize: Any, Subject: Any) -> tuple[float, float, float]:
    """(rules, model, stage) scores of one user message, sanitized as the input stage does."""
    s = sanitize(text, html=True)
    subject = [Subject(s.text, "user", "messages[0]", s.hidden, s.removed)]
    r = rules.detect(subject)[0].score
    m = model.detect(subject)[0].score
    return r, m, max(r, m)


def _score(
    benign: dict, attacks: dict, rules: Any, model: Any, t: float, sanitize: Any, Subject: Any, show: bool
) -> None:
    totals = {0: [0, 0, 0, 0], 1: [0, 0, 0, 0]}
    wrong: list[str] = []
    for label, groups in ((0, benign), (1, attacks)):
        for fam, texts in groups.items():
            counts = [0, 0, 0]
            for text in texts:
                scores = stage_scores(text, rules, model, sanitize, Subject)
                for i, s in enumerate(scores):
                    counts[i] += s >= t
                if (scores[2] >= t) != bool(label):
                    tag = "FP" if label == 0 else "MISS"
                    wrong.append(f"  {tag} {fam} r={scores[0]:.2f} m={scores[1]:.2f}: {text[:160]!r}")
            n = len(texts)
            for i, v in enumerate((n, *counts)):
                totals[label][i] += v
            what = "FPR" if label == 0 else "recall"
            r, m, b = (c / n for c in counts)
            print(f"  {what:6s} {fam:20s} {n:3d}  rules {r:6.1%}  model {m:6.1%}  stage {b:6.1%}")
    for label, (n, r, m, b) in totals.items():
        if not n:
            continue
        what = "FPR all benign" if label == 0 else "recall all attacks"
        print(f"  {what:27s} {n:3d}  rules {r / n:6.1%}  model {m / n:6.1%}  stage {b / n:6.1%}")
    if show:
        print("\n".join(wrong))


if __name__ == "__main__":
    raise SystemExit(main())
