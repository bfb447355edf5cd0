"""``aiwarden report FILE...``: spend, tokens and refusals from audit JSONL files.

aiwarden report /var/log/app/audit.jsonl*                # tables
aiwarden report audit.jsonl --since 2025-03-01 --until 2025-03-31 --json
aiwarden report audit.jsonl --by user --by model --top 20
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from ..audit.report import DIMENSIONS, BadLines, Report, Totals, parse_bound, read_records, summarize
from ..errors import ConfigurationError
from ._common import add_command, add_json, counting, table, usd

__all__ = ["register", "run"]


REPORT_HELP = """sum spend, tokens and refusals from audit JSONL files

Spend, tokens and refusals per user, tier, model and day, from audit JSONL files (rotated and .gz
files too). Spend is the settled cost, in dollars; times are ISO 8601 UTC.

Exit status: 0 printed (lines that are not audit records are skipped and counted on stderr); 2 a
file cannot be read or --since/--until is not a date.
"""


def register(sub: Any) -> None:
    p = add_command(sub, "report", REPORT_HELP, handler=run)
    p.add_argument("files", nargs="+", metavar="FILE", help="audit JSONL file(s)")
    p.add_argument("--since", help="first day or timestamp to include (UTC), e.g. 2025-03-01")
    p.add_argument("--until", help="last day to include, or a timestamp to stop before (UTC)")
    p.add_argument("--by", action="append", choices=DIMENSIONS, help="only these breakdowns (repeatable)")
    p.add_argument("--top", type=int, default=10, metavar="N", help="top spenders to list (default 10)")
    add_json(p)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        since = parse_bound(args.since) if args.since else None
        until = parse_bound(args.until, end=True) if args.until else None
    except ValueError as exc:
        raise ConfigurationError("--since/--until", str(exc)) from exc
    bad = BadLines()
    try:
        report = summarize(counting(read_records(args.files, bad), "records read"), since, until)
    except OSError as exc:
        raise ConfigurationError("FILE", f"cannot read {exc.filename}: {exc.strerror}") from exc
    if bad.count:
        where = f" (first: {bad.first[0]} line {bad.first[1]})" if bad.first else ""
        print(f"aiwarden: skipped {bad.count} line(s) that are not audit records{where}", file=sys.stderr)
    dims = tuple(args.by or DIMENSIONS)
    if args.json:
        doc = report.as_dict(args.top)
        for d in DIMENSIONS:
            if d not in dims:
                del doc[f"by_{d}"]
        doc["skipped_lines"] = bad.count
        json.dump(doc, out, indent=2)
        out.write("\n")
    else:
        _tables(report, dims, args.top, out)
    return 0


_COLUMNS = ("requests", "refused", "input tok", "output tok", "spend", "estimated")


def _row(name: str, t: Totals) -> list[str]:
    return [
        name,
        f"{t.requests:,}",
        f"{t.refused:,}",
        f"{t.input_tokens:,}",
        f"{t.output_tokens:,}",
        usd(t.spend_micros),
        usd(t.estimate_micros),
    ]


def _table(title: str, head: str, rows: list[list[str]], out: TextIO) -> None:
    out.write(f"\n{title}\n")
    table([head, *_COLUMNS], rows, out, right=len(_COLUMNS))


def _tables(report: Report, dims: tuple[str, ...], top: int, out: TextIO) -> None:
    if report.totals.requests == 0:
        out.write("no audit records in the given files and period\n")
        return
    out.write(f"audit records from {report.first} to {report.last}\n")
    _table("Total", "", [_row("all", report.totals)], out)
    for dim in dims:
        items = report.by[dim].items()
        rows = sorted(items) if dim == "day" else sorted(items, key=lambda kv: (-kv[1].spend_micros, kv[0]))
        _table(f"By {dim}", dim, [_row(k, t) for k, t in rows], out)
    if "user" in dims:  # the top spenders are a user breakdown: shown with it, not with --by tier
        _table(f"Top {top} spenders", "user", [_row(u, t) for u, t in report.top_spenders(top)], out)
    if report.refusal_reasons:
        out.write("\nRefusal reasons (stage:code)\n")
        for reason, n in sorted(report.refusal_reasons.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write(f"  {n:>8,}  {reason}\n")
    if report.monitored_reasons:
        out.write("\nMonitored, not enforced (stage:code)\n")
        for reason, n in sorted(report.monitored_reasons.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write(f"  {n:>8,}  {reason}\n")
