"""``aiwarden scan [FILE]``: run the input scanners of a policy over texts, one JSON line per text.

    aiwarden scan prompts.txt                                  # one text per line
    aiwarden scan traffic.jsonl --text-field prompt --label-field label
    aiwarden scan pages.json --as document --policy aiwarden.toml
    cat answers.txt | aiwarden scan --output                   # the output filters instead

Input: FILE or stdin; lines, a JSON array (of strings or objects, or an object of arrays),
JSONL, or CSV (by extension, or sniffed on stdin). Each output line holds ``text`` (as the input
stage would pass it on), ``flagged`` (injection score at or over the threshold), ``score`` and
``findings`` (``kind``, ``start``, ``end``, ``detail``; PII findings are listed but do not flag).
With ``--label-field``, recall, false-positive rate and precision go to stderr.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from ..errors import ConfigurationError
from ..input import InputStage
from ..policy import Policy
from ..scanners.pii import find_pii
from ..services import Services
from . import scan_output
from ._common import add_command, add_policy, policy_of, progress

__all__ = ["Item", "read_items", "register", "run"]

_TEXT_FIELDS = ("text", "prompt", "full_text", "content", "input", "message")
_BATCH = 64


@dataclass(slots=True)
class Item:
    text: str
    label: bool | None = None


SCAN_HELP = """score texts with the input scanners (prompt injection, hygiene, PII), or the output filters

Score texts as the input stage would (the same sanitizing and detectors, the same scoring function),
one JSON line per text in input order; with --output, filter them as answers. Reads FILE, or stdin
(one text per line unless the format says otherwise).

Exit status: 0 scanned (whatever was flagged); 2 unreadable input or a configuration error.
"""


def register(sub: Any) -> None:
    p = add_command(sub, "scan", SCAN_HELP, handler=run)
    p.add_argument("file", nargs="?", metavar="FILE", help="input file (default: stdin)")
    p.add_argument(
        "--format",
        choices=("auto", "lines", "json", "jsonl", "csv"),
        default="auto",
        help="input format (default: by extension; sniffed on stdin)",
    )
    p.add_argument(
        "--text-field",
        metavar="NAME",
        help=f"field holding the text in JSON/JSONL/CSV records (default: the first of {', '.join(_TEXT_FIELDS)})",
    )
    p.add_argument(
        "--label-field",
        metavar="NAME",
        help="field holding the true label (1/true = attack); prints recall, FPR and precision to stderr",
    )
    p.add_argument(
        "--as",
        dest="as_",
        choices=("user", "document"),
        default="user",
        help="score as user messages (default) or as untrusted documents (tool results, retrieved pages)",
    )
    add_policy(p)
    p.add_argument("--threshold", type=float, metavar="X", help="override input.injection_threshold")
    p.add_argument("--output", action="store_true", help="run the output filters (PII, secrets...) instead")
    scan_output.add_arguments(p)  # --spans-file, --replacement: the options of --output
    p.add_argument("-q", "--quiet", action="store_true", help="print only the summary, no JSON lines")


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    if (args.file is None or args.file == "-") and sys.stdin.isatty():
        err.write("aiwarden scan: reading texts from the terminal, one per line; end with Ctrl-D (Ctrl-Z on Windows)\n")
    items = read_items(args.file, args.format, args.text_field, args.label_field)
    if args.output:
        args.labels = [i.label for i in items] if args.label_field else None
        return int(scan_output.run(args, [i.text for i in items]) or 0)
    policy = policy_of(args)
    threshold = args.threshold if args.threshold is not None else policy.input.injection_threshold
    if not 0.0 < threshold <= 1.0:
        raise ConfigurationError("--threshold", "must be in (0, 1]")
    counts = {"tp": 0, "fp": 0, "tn": 0, "fn": 0}
    for item, result in zip(items, scan_texts([i.text for i in items], policy, args.as_, threshold), strict=True):
        if item.label is not None:
            key = ("tp" if result["flagged"] else "fn") if item.label else ("fp" if result["flagged"] else "tn")
            counts[key] += 1
            result["label"] = int(item.label)
        if not args.quiet:
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    if args.label_field:
        err.write(summary(counts) + "\n")
    return 0


def scan_texts(texts: list[str], policy: Policy, kind: str, threshold: float) -> Iterator[dict[str, Any]]:
    """Sanitize and score ``texts`` with the input stage's own scoring (:meth:`InputStage.score`)."""
    stage = InputStage(Services(policy, {}))  # the policy's detectors, no components
    starts = range(0, len(texts), _BATCH)
    for start in progress(starts, "texts scanned", total=len(texts), step=_BATCH):
        subjects = [stage.subject(text, kind) for text in texts[start : start + _BATCH]]
        scored, errors = stage.score(subjects)
        for error in errors:
            sys.stderr.write(f"aiwarden scan: {error}\n")
        for subject, (score, findings) in zip(subjects, scored, strict=True):
            found = [f.as_dict() for f in findings]
            found.extend(f.as_dict() for f in find_pii(subject.text))
            yield {
                "text": subject.text,
                "flagged": score >= threshold,
                "score": round(score, 4),
                "findings": found,
            }


def summary(c: dict[str, int]) -> str:
    attacks, benign, flagged = c["tp"] + c["fn"], c["fp"] + c["tn"], c["tp"] + c["fp"]
    recall = f"{c['tp'] / attacks:.1%}" if attacks else "n/a"
    fpr = f"{c['fp'] / benign:.1%}" if benign else "n/a"
    precision = f"{c['tp'] / flagged:.1%}" if flagged else "n/a"
    return (
        f"texts={attacks + benign} attacks={attacks} benign={benign} flagged={flagged} "
        f"recall={recall} ({c['tp']}/{attacks}) false_positive_rate={fpr} ({c['fp']}/{benign}) "
        f"precision={precision} ({c['tp']}/{flagged})"
    )


# -- reading the input --------------------------------------------------------------------------


def read_items(
    path: str | None, fmt: str = "auto", text_field: str | None = None, label_field: str | None = None
) -> list[Item]:
    """Texts (and labels) from FILE or stdin, in input order."""
    if path is None or path == "-":
        raw = sys.stdin.read()
    else:
        try:
            with open(path, encoding="utf-8", newline="") as fh:
                raw = fh.read()
        except OSError as exc:
            raise ConfigurationError("FILE", f"cannot read {path!r}: {exc.strerror}") from exc
    if fmt == "auto":
        fmt = _sniff(path, raw)
    if fmt == "lines":
        return [Item(line) for line in raw.splitlines() if line.strip()]
    if fmt == "csv":
        records: Iterable[Any] = list(csv.DictReader(io.StringIO(raw)))
    elif fmt == "jsonl":
        records = []
        for n, line in enumerate(raw.splitlines(), 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ConfigurationError("FILE", f"line {n} is not JSON: {exc.msg}") from exc
    else:
        try:
            doc = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ConfigurationError("FILE", f"not JSON: {exc.msg} (line {exc.lineno})") from exc
        if isinstance(doc, dict):  # {category: [texts]}: the categories' texts, in order
            records = [r for v in doc.values() for r in (v if isinstance(v, list) else [v])]
        elif isinstance(doc, list):
            records = doc
        else:
            raise ConfigurationError("FILE", "a JSON input must be an array or an object of arrays")
    return [_item(r, n, text_field, label_field) for n, r in enumerate(records, 1)]


def _sniff(path: str | None, raw: str) -> str:
    lower = (path or "").lower()
    for ext, fmt in ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"), (".csv", "csv")):
        if lower.endswith(ext):
            return fmt
    head = raw.lstrip()[:1]
    if head == "[":
        return "json"
    if head == "{":
        try:
            json.loads(raw)
            return "json"
        except json.JSONDecodeError:
            return "jsonl"
    return "lines"


def _item(record: Any, n: int, text_field: str | None, label_field: str | None) -> Item:
    if isinstance(record, str):
        if label_field:
            raise ConfigurationError("--label-field", f"record {n} is a plain string, it has no label field")
        return Item(record)
    if not isinstance(record, dict):
        raise ConfigurationError("FILE", f"record {n} is neither a string nor an object")
    names = (text_field,) if text_field else _TEXT_FIELDS
    for name in names:
        if isinstance(record.get(name), str):
            text = record[name]
            break
    else:
        raise ConfigurationError("--text-field", f"record {n} has no text field {' or '.join(map(repr, names))}")
    label = None
    if label_field:
        if label_field not in record:
            raise ConfigurationError("--label-field", f"record {n} has no field {label_field!r}")
        label = _truthy(record[label_field])
    return Item(text, label)


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "injection", "jailbreak", "malicious", "attack")
    return bool(value)
