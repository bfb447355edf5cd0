"""Document mode (indirect injections) on the hand-written documents of session 5.

    python benchmarks/document_mode.py [--misses] [--report-misses]

Scores every document of ``tests/core/injection_documents_s5.py`` as the input stage scores a tool
result (sanitized with HTML stripping, then the rules as a document; the learned model does not
score documents) at the default threshold, and prints recall on planted documents and the
false-positive rate on benign ones for the tune half, the report half and batch 2 (written after
the first round of rules) and batch 3 (after the second), English and the other languages apart,
then by document shape.
``--misses`` lists the tune half's errors with the rules that fired; the report half's and the
batches' errors are listed only with ``--report-misses`` (kept for the end of a session, so their
numbers stay a measure of rules written without them in view).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from aiwarden.scanners.injection import HeuristicDetector
from aiwarden.scanners.sanitize import sanitize

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.core import injection_documents_s5 as corpus

THRESHOLD = 0.7


def score(detector: HeuristicDetector, text: str) -> tuple[float, list[str]]:
    cleaned = sanitize(text, html=True)
    verdict = detector.scan(cleaned.for_detection, as_document=True, hidden=cleaned.hidden, removed=cleaned.removed)
    return verdict.score, sorted({f.detail.split(":")[0] for f in verdict.findings})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="list the tune half's errors")
    parser.add_argument("--report-misses", action="store_true", help="list the report half's errors too")
    args = parser.parse_args()
    detector = HeuristicDetector()
    sets = {
        "planted en": (corpus.PLANTED_EN, 1),
        "planted other": (corpus.PLANTED_XX, 1),
        "benign en": (corpus.BENIGN_EN, 0),
        "benign other": (corpus.BENIGN_XX, 0),
    }
    for half, report in (("tune", False), ("report", True), ("batch 2", None), ("batch 3", None), ("batch 4", None)):
        by_shape: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0])
        print(f"== {half}" + (" half" if report is not None else " (sealed when first measured)"))
        if report is None:  # written after a round of rules, measured sealed once
            n = half[-1]
            sets = {
                "planted en": (getattr(corpus, f"PLANTED_EN_{n}"), 1),
                "planted other": (getattr(corpus, f"PLANTED_XX_{n}"), 1),
                "benign en": (getattr(corpus, f"BENIGN_EN_{n}"), 0),
                "benign other": (getattr(corpus, f"BENIGN_XX_{n}"), 0),
            }
        for name, (docs, label) in sets.items():
            part = docs if report is None else corpus.split(docs, report)
            hits = 0
            for shape, lang, text in part:
                s, rules = score(detector, text)
                flagged = s >= THRESHOLD
                hits += flagged
                cell = by_shape[(label, shape)]
                cell[0] += flagged
                cell[1] += 1
                if flagged != bool(label) and (args.report_misses if report is not False else args.misses):
                    print(f"   {'MISS' if label else 'FP  '} {lang} {shape} {s:.2f} {rules}\n      {text[:300]!r}")
            what = "recall" if label else "FPR"
            print(f"  {name:14} {what:6} {hits}/{len(part)} = {100 * hits / max(1, len(part)):.1f}%")
        shapes = sorted({shape for _, shape in by_shape})
        row = "  ".join(
            f"{shape} {'/'.join(map(str, by_shape[(1, shape)]))} | {'/'.join(map(str, by_shape[(0, shape)]))}"
            for shape in shapes
        )
        print(f"  by shape (planted flagged | benign flagged): {row}")


if __name__ == "__main__":
    main()
