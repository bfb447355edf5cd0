"""Differential check for speed work on the injection detector, over every injection set on the machine.

    python benchmarks/detector_identical.py --out before.json [--part open|sealed|all]
    python benchmarks/detector_identical.py --against before.json [--part open|sealed|all]

Texts: everything ``benchmarks/input_identical.py`` reads (tests/core/injection_corpus.py and
injection_fresh.py, ../shared/eval, 4 KB windows of benchmarks/input.py's real text and longer pieces,
generated disguises), plus every string of at least 12 characters held at module level (in lists,
tuples, dicts, nested) by tests/core/injection_*.py, train/*.py and train/sealed/*.py — each read as a
user message and as a document. Per text and mode it records ``repr`` of the rules' and the learned
model's scores and a digest of every finding, the detection view and the sanitizer's output
(``input_identical.record``).

``--part`` splits the records by a hash of the text into an *open* two thirds, checked before every
landing, and a *sealed* third run only at the start and at the end of a piece of speed work, so that a
change tuned until the open part agrees is still tested on texts it was never checked against.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "core"))
sys.path.insert(0, str(ROOT))

import input_identical  # noqa: E402

from aiwarden.scanners.injection import HeuristicDetector  # noqa: E402
from aiwarden.scanners.learned import LearnedDetector  # noqa: E402

_SKIP = {"train.py", "corpus.py", "eval_sealed.py", "eval_wild.py", "view_probe.py"}


def _strings(value: Any, out: list[str], depth: int = 0) -> None:
    if isinstance(value, str):
        if len(value) >= 12:
            out.append(value)
    elif depth < 6 and isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            _strings(v, out, depth + 1)
    elif depth < 6 and isinstance(value, dict):
        for k, v in value.items():
            _strings(k, out, depth + 1)
            _strings(v, out, depth + 1)


def module_texts() -> list[str]:
    files = sorted((ROOT / "tests" / "core").glob("injection_*.py"))
    files += sorted(p for p in (ROOT / "train").glob("*.py") if p.name not in _SKIP)
    files += sorted((ROOT / "train" / "sealed").glob("*.py"))
    out: list[str] = []
    for path in files:
        spec = importlib.util.spec_from_file_location(f"_diff_{path.parent.name}_{path.stem}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as exc:  # a set that needs something absent (a mirror) is said, not hidden
            print(f"skipped {path.relative_to(ROOT)}: {exc!r}", file=sys.stderr)
            continue
        for name, value in vars(module).items():
            if not name.startswith("__") and not callable(value):
                _strings(value, out)
    return list(dict.fromkeys(out))


def rows(generated: int) -> list[tuple[str, bool]]:
    out = input_identical.texts(generated)
    for text in module_texts():
        out += [(text, False), (text, True)]
    return out


def key(text: str, document: bool) -> str:
    return hashlib.sha256(f"{int(document)}{text}".encode("utf-8", "surrogatepass")).hexdigest()[:20]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--generated", type=int, default=6000)
    ap.add_argument("--part", choices=("open", "sealed", "all"), default="open")
    ap.add_argument("--out")
    ap.add_argument("--against")
    args = ap.parse_args()
    rules, model = HeuristicDetector(), LearnedDetector()
    out: dict[str, list[str]] = {}
    chars = 0
    for text, document in rows(args.generated):
        k = key(text, document)
        sealed = int(k, 16) % 3 == 0
        if k in out or (args.part == "open" and sealed) or (args.part == "sealed" and not sealed):
            continue
        out[k] = input_identical.record(text, document, rules, model)
        chars += len(text)
    print(f"{args.part}: {len(out)} distinct text/mode records, {chars} chars")
    if args.out:
        Path(args.out).write_text(json.dumps(out))
    if args.against:
        before = json.loads(Path(args.against).read_text())
        if args.part != "all":  # a recording of every part: the records of this one
            before = {k: v for k, v in before.items() if (int(k, 16) % 3 == 0) == (args.part == "sealed")}
        sys.exit(0 if input_identical.agree(before, out) and len(before) == len(out) else 1)


if __name__ == "__main__":
    main()
