"""``aiwarden scan --output``: run the output filters over texts, or measure them on labelled data.

One JSON line per text (``text`` is the filtered answer; ``blocked`` the refusal code when a
filter would cut it; ``findings`` kinds and offsets, never values)::

    $ echo 'card 4111 1111 1111 1111' | aiwarden scan --output
    {"text": "card [CREDIT_CARD]", "blocked": null, "findings": [{"kind": "credit_card", ...}]}

With ``--spans-file`` (the presidio-research format: rows of ``full_text`` and ``spans`` with
``entity_type``, ``start_position``, ``end_position``) it prints recall and precision per PII
kind; a found value counts when it overlaps a labelled span of its kind.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..policy import Policy, load_policy
from ..scanners.html import HtmlFilter
from ..scanners.pii import KINDS, PIIFilter, find_pii, replacer
from ..scanners.secrets import SecretFilter
from ..streaming import Blocked, FilterChain, TextFilter

__all__ = ["PRESIDIO_KINDS", "add_arguments", "evaluate", "run"]

PRESIDIO_KINDS = {
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "CREDIT_CARD": "credit_card",
    "IBAN_CODE": "iban",
    "US_SSN": "ssn",
    "IP_ADDRESS": "ip_address",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``scan --output`` (``cli/scan.py`` adds ``--output`` itself)."""
    parser.add_argument(
        "--spans-file",
        metavar="JSON",
        help="presidio-format file of labelled PII spans: print recall and precision per kind",
    )
    parser.add_argument(
        "--replacement", choices=("label", "mask", "hash"), help="override output.replacement from the policy"
    )


def run(args: argparse.Namespace, texts: Sequence[str]) -> int:
    """Filter ``texts`` as answers (one JSON line each); evaluate ``--spans-file`` if given."""
    policy = _policy(args)
    for text in texts:
        print(json.dumps(filter_text(policy, text, getattr(args, "replacement", None)), ensure_ascii=False))
    spans_file = getattr(args, "spans_file", None)
    if spans_file:
        with open(spans_file, encoding="utf-8") as fh:
            rows = json.load(fh)
        for line in evaluate(rows, [k for k in policy.output.redact if k in KINDS] or KINDS):
            print(json.dumps(line))
    return 0


def _policy(args: argparse.Namespace) -> Policy:
    source = getattr(args, "policy", None)
    return load_policy(source)


def _chain(policy: Policy, findings: list[dict[str, Any]], style: str | None) -> FilterChain:
    out = policy.output
    filters: list[TextFilter] = []
    if out.secrets != "off":
        filters.append(SecretFilter((), out.secrets, lambda f: findings.append(f.as_dict() | {"kind": "secret"})))
    kinds = [k for k in out.redact if k in KINDS]
    if kinds:
        filters.append(PIIFilter(kinds, replacer(style or out.replacement), lambda f, _v: findings.append(f.as_dict())))
    if out.html or out.links != "off":
        filters.append(HtmlFilter(out.link_allowlist, out.html, out.links, lambda f: findings.append(f.as_dict())))
    return FilterChain(filters)


def filter_text(policy: Policy, text: str, style: str | None = None) -> dict[str, Any]:
    """What the output filters make of ``text``: ``{"text", "blocked", "findings"}``."""
    findings: list[dict[str, Any]] = []
    chain = _chain(policy, findings, style)
    try:
        filtered: str | None = chain.feed(text) + chain.flush()
        blocked = None
    except Blocked as exc:
        filtered, blocked = None, exc.refusal.code
    return {"text": filtered, "blocked": blocked, "findings": findings}


def evaluate(rows: Sequence[dict[str, Any]], kinds: Sequence[str] = KINDS) -> list[dict[str, Any]]:
    """Recall and precision per kind of :func:`find_pii` on presidio-format ``rows``."""
    tp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    for row in rows:
        text = row["full_text"]
        gold = [
            (PRESIDIO_KINDS[s["entity_type"]], s["start_position"], s["end_position"])
            for s in row.get("spans") or []
            if PRESIDIO_KINDS.get(s["entity_type"]) in kinds
        ]
        found = [(f.kind, f.start, f.end) for f in find_pii(text, kinds)]

        def overlaps(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
            return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]

        for g in gold:
            (tp if any(overlaps(g, p) for p in found) else fn)[g[0]] += 1
        for p in found:
            if not any(overlaps(p, g) for g in gold):
                fp[p[0]] += 1
    lines = []
    for kind in kinds:
        label = next(k for k, v in PRESIDIO_KINDS.items() if v == kind)
        support = tp[kind] + fn[kind]
        predicted = tp[kind] + fp[kind]
        lines.append(
            {
                "kind": label,
                "recall": round(tp[kind] / support, 4) if support else None,
                "precision": round(tp[kind] / predicted, 4) if predicted else None,
                "support": support,
                "true_positives": tp[kind],
                "false_positives": fp[kind],
            }
        )
    return lines
