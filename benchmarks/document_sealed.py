"""Document mode on the sealed sets of sessions 6 and 7 and the session-6 dev set.

    python benchmarks/document_sealed.py [--s7 | --s8 | --s9 | --s10 | --s11] [--dev] [--misses]

Scores every document as the input stage scores a tool result (sanitized with HTML stripping, then
the rules as a document) at the default threshold and prints recall on planted documents and the
false-positive rate on benign ones, English and other languages apart. Without ``--dev`` it scores
the session-6 sealed set (``--s7``: the session-7 one, ``train/sealed/documents_s7.py``, with its
plain task requests apart; ``--s8``: the session-8 one, ``train/sealed/documents_s8.py``, with its task
requests, other English shapes and non-Latin scripts apart; ``--s9``: the session-9 code documents,
``train/sealed/documents_s9.py``, code attacks, foreign tasks and other languages apart; ``--s10``: the
session-10 non-code documents — e-mails, tables, CSV, JSON, web pages, reviews, invites, chat logs —
``train/sealed/documents_s10.py``, and with ``--dev`` its dev set ``tests/core/injection_documents_s10.py``),
``--s11``: the session-11 imperative documents — guides, READMEs, policies, recipes, e-mails, FAQs,
prompt articles, transcripts, templates, macros, terms that order their own reader about —
``train/sealed/documents_s11.py``, with ``--dev`` its dev set ``tests/core/injection_documents_s11.py``;
whose misses are never listed (it measures rules written without it in view);
``--dev --misses`` lists the dev set's errors with the rules that fired.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aiwarden.scanners.injection import HeuristicDetector

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from document_mode import THRESHOLD, score  # noqa: E402  (the same scoring as the session-5 sets)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev", action="store_true", help="score the dev set (tests/core/injection_documents_s6.py)")
    parser.add_argument("--s7", action="store_true", help="score the session-7 sealed set")
    parser.add_argument("--s8", action="store_true", help="score the session-8 sealed set")
    parser.add_argument("--s9", action="store_true", help="score the session-9 sealed set (code documents)")
    parser.add_argument("--s10", action="store_true", help="score the session-10 sealed set (non-code documents)")
    parser.add_argument("--s11", action="store_true", help="score the session-11 sealed set (imperative documents)")
    parser.add_argument("--misses", action="store_true", help="list the dev set's errors")
    args = parser.parse_args()
    if args.dev and args.s11:
        from tests.core import injection_documents_s11 as corpus
    elif args.dev and args.s10:
        from tests.core import injection_documents_s10 as corpus  # type: ignore[no-redef]
    elif args.dev:
        from tests.core import injection_documents_s6 as corpus  # type: ignore[no-redef]
    elif args.s7:
        from train.sealed import documents_s7 as corpus  # type: ignore[no-redef]
    elif args.s8:
        from train.sealed import documents_s8 as corpus  # type: ignore[no-redef]
    elif args.s9:
        from train.sealed import documents_s9 as corpus  # type: ignore[no-redef]
    elif args.s10:
        from train.sealed import documents_s10 as corpus  # type: ignore[no-redef]
    elif args.s11:
        from train.sealed import documents_s11 as corpus  # type: ignore[no-redef]
    else:
        from train.sealed import documents_s6 as corpus  # type: ignore[no-redef]
    detector = HeuristicDetector()
    groups = [("planted", corpus.PLANTED, 1), ("benign", corpus.BENIGN, 0)]
    if args.s7:
        groups[1:1] = [("  task requests", corpus.PLANTED_TASKS, 1), ("  other shapes", corpus.PLANTED_WHOLE, 1)]
    if args.s8:
        groups[1:1] = [
            ("  task requests", corpus.PLANTED_TASKS, 1),
            ("  other shapes", corpus.PLANTED_WHOLE, 1),
            ("  non-Latin tasks", corpus.PLANTED_XX_TASKS, 1),
            ("  non-Latin, AI addressed", corpus.PLANTED_XX_WHOLE, 1),
        ]
    if args.s9:
        groups = [
            ("planted", corpus.PLANTED, 1),
            ("  code attacks", corpus.PLANTED_CODE, 1),
            ("  foreign tasks", corpus.PLANTED_TASKS, 1),
            ("  other languages", corpus.PLANTED_XX, 1),
            ("benign", corpus.ALL_BENIGN, 0),
        ]
    if args.s11:  # batch B: a person in a role that also names an AI (assistant, agent, translator), transcripts
        groups = [
            ("planted", corpus.PLANTED, 1),
            ("planted B", corpus.PLANTED_B, 1),
            ("benign", corpus.BENIGN, 0),
            ("benign B", corpus.BENIGN_B, 0),
        ]
    for name, docs, label in groups:
        for group, keep in (("en", lambda lang: lang == "en"), ("other", lambda lang: lang != "en")):
            part = [d for d in docs if keep(d[1])]
            hits = 0
            for shape, lang, text in part:
                s, rules = score(detector, text)
                flagged = s >= THRESHOLD
                hits += flagged
                if flagged != bool(label) and args.misses and args.dev:
                    print(f"   {'MISS' if label else 'FP  '} {lang} {shape} {s:.2f} {rules}\n      {text[:240]!r}")
            what = "recall" if label else "FPR"
            if not part:
                continue
            print(f"  {name} {group:6} {what:6} {hits}/{len(part)} = {100 * hits / max(1, len(part)):.1f}%")


if __name__ == "__main__":
    main()
