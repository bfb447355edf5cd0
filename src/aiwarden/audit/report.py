"""Usage reports from audit JSONL files: spend, tokens and refusals per user, tier, model and day.

    >>> report = summarize([{"time": "2025-03-01T10:00:00Z", "subject": "alice", "tier": "pro",
    ...                      "model_used": "gpt-4o", "input_tokens": 10, "output_tokens": 5,
    ...                      "cost_settled_micros": 2500, "decision": "allowed"}])
    >>> report.totals.spend_micros, report.by["user"]["alice"].tokens
    (2500, 15)

Spend is the *settled* cost (``cost_settled_micros``); the estimate reserved before the call is
reported beside it. Money is summed in integer micro-dollars, so sums are exact.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

__all__ = ["DIMENSIONS", "Report", "Totals", "parse_bound", "read_records", "summarize"]

#: Report dimension → how a record is keyed in it.
DIMENSIONS = ("user", "tier", "model", "day")
_NONE = "-"


@dataclass(slots=True)
class Totals:
    requests: int = 0
    refused: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    spend_micros: int = 0
    estimate_micros: int = 0

    @property
    def tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def add(self, rec: Mapping[str, Any]) -> None:
        self.requests += 1
        self.refused += rec.get("decision") == "refused"
        self.input_tokens += _int(rec.get("input_tokens"))
        self.output_tokens += _int(rec.get("output_tokens"))
        self.spend_micros += _int(rec.get("cost_settled_micros"))
        self.estimate_micros += _int(rec.get("cost_estimate_micros"))

    def as_dict(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "refused": self.refused,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "tokens": self.tokens,
            "spend_micros": self.spend_micros,
            "spend_usd": self.spend_micros / 1_000_000,
            "estimate_micros": self.estimate_micros,
        }


@dataclass(slots=True)
class Report:
    totals: Totals = field(default_factory=Totals)
    #: dimension → key → totals
    by: dict[str, dict[str, Totals]] = field(default_factory=lambda: {d: {} for d in DIMENSIONS})
    #: "stage:code" → count, for refused requests
    refusal_reasons: dict[str, int] = field(default_factory=dict)
    #: "stage:code" → count, for refusals only monitored
    monitored_reasons: dict[str, int] = field(default_factory=dict)
    first: str | None = None
    last: str | None = None

    def top_spenders(self, n: int = 10) -> list[tuple[str, Totals]]:
        users = self.by["user"].items()
        return sorted(users, key=lambda kv: (-kv[1].spend_micros, -kv[1].tokens, kv[0]))[:n]

    def as_dict(self, top: int = 10) -> dict[str, Any]:
        return {
            "period": {"first": self.first, "last": self.last},
            "totals": self.totals.as_dict(),
            **{f"by_{d}": {k: t.as_dict() for k, t in sorted(self.by[d].items())} for d in DIMENSIONS},
            "top_spenders": [{"user": u, **t.as_dict()} for u, t in self.top_spenders(top)],
            "refusal_reasons": dict(sorted(self.refusal_reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
            "monitored_reasons": dict(sorted(self.monitored_reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        }


def summarize(
    records: Iterable[Mapping[str, Any]], since: datetime | None = None, until: datetime | None = None
) -> Report:
    """Sum ``records`` (dicts as logged) whose time is in ``[since, until)``."""
    report = Report()
    for rec in records:
        when = _time(rec.get("time"))
        if when is None or (since is not None and when < since) or (until is not None and when >= until):
            continue
        stamp = when.isoformat()
        report.first = stamp if report.first is None or stamp < report.first else report.first
        report.last = stamp if report.last is None or stamp > report.last else report.last
        report.totals.add(rec)
        keys = {
            "user": _key(rec.get("subject")),
            "tier": _key(rec.get("tier")),
            "model": _key(rec.get("model_used") or rec.get("model_requested")),
            "day": when.date().isoformat(),
        }
        for dim, key in keys.items():
            bucket = report.by[dim].get(key)
            if bucket is None:
                bucket = report.by[dim][key] = Totals()
            bucket.add(rec)
        if rec.get("decision") == "refused":
            reason = f"{_key(rec.get('refused_by'))}:{_key(rec.get('refusal_code'))}"
            report.refusal_reasons[reason] = report.refusal_reasons.get(reason, 0) + 1
        for m in rec.get("monitored") or ():
            if isinstance(m, Mapping):
                reason = f"{_key(m.get('by'))}:{_key(m.get('code'))}"
                report.monitored_reasons[reason] = report.monitored_reasons.get(reason, 0) + 1
    return report


class BadLines:
    """Counts lines that are not records (a line cut short by a crash, stray output)."""

    def __init__(self) -> None:
        self.count = 0
        self.first: tuple[str, int] | None = None


def read_records(paths: Iterable[str | Path], bad: BadLines | None = None) -> Iterator[dict[str, Any]]:
    """Records from JSONL files (``.gz`` too), in file order; undecodable lines are skipped and counted."""
    for path in paths:
        p = Path(path)
        opener: Any = gzip.open if p.suffix == ".gz" else open
        with opener(p, "rt", encoding="utf-8", errors="replace") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    doc = json.loads(line)
                except ValueError:
                    doc = None
                if isinstance(doc, dict):
                    yield doc
                elif bad is not None:
                    bad.count += 1
                    bad.first = bad.first or (str(p), lineno)


def parse_bound(text: str, *, end: bool = False) -> datetime:
    """``2025-03-01`` or an ISO timestamp, as an aware UTC datetime. With ``end=True`` a bare date
    means the end of that day, so ``--until 2025-03-31`` includes the 31st."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            start = datetime(day.year, day.month, day.day, tzinfo=UTC)
            return start + timedelta(days=1) if end else start
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"not a date (2025-03-01) or timestamp (2025-03-01T12:00:00Z): {text!r}") from exc
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _key(value: Any) -> str:
    return str(value) if value not in (None, "") else _NONE
