"""The numbers on the operator page, as one JSON document (``GET api/summary``).

Budgets and the kill switch are read from the guard's storage, so with Redis they are the whole
fleet's and equal what ``aiwarden usage`` prints. Requests, refusals, flagged answers and the list
of spenders come from the audit records this process kept (``AuditStage.recent``). Nothing here
holds a prompt, an answer, a key or a token: records carry none, and only counts, codes, model and
route names, tiers and subjects (hashed when the audit hashes them) are copied out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from ..audit.record import AuditRecord
from ..quota.budgets import budget_specs, period, read_bucket, shown

if TYPE_CHECKING:
    from ..context import HttpRequest
    from ..exchange import Exchange
    from ..policy import Policy, RouteSpec

__all__ = ["REFUSAL_CLASSES", "Engine", "refusal_class", "snapshot"]


class Engine(Protocol):
    """What the operator page reads from the engine it shows (:class:`aiwarden.warden.Warden`,
    which makes consoles: ``warden.console()``; so the console names no module above it)."""

    policy: Policy

    def stage(self, name: str) -> Any: ...

    def exchange(self, request: HttpRequest, route: RouteSpec) -> Exchange: ...


#: The requests chart's series, in order.
REFUSAL_CLASSES = ("allowed", "rate_limit", "budget", "injection", "auth", "output", "kill_switch", "other")
_RATE_CODES = {"rate_limited", "rate_limit_exceeded", "too_many_requests"}
BUCKET_SECONDS = 600


def refusal_class(r: AuditRecord) -> str:
    """Which series of the requests chart a record counts in."""
    if r.stream_cut or "blocked_output" in r.flags:
        return "output"
    if r.decision != "refused":
        return "allowed"
    by, code = r.refused_by or "", r.refusal_code or ""
    if by == "kill_switch" or code == "kill_switch":
        return "kill_switch"
    if by == "auth":
        return "auth"
    if code in _RATE_CODES or code.startswith("rate_"):
        return "rate_limit"
    if code.startswith("budget"):
        return "budget"
    if "injection" in code or code.startswith("detector"):
        return "injection"
    if by == "output" or code in ("unreadable_answer", "secret_in_output", "canary_leak"):
        return "output"
    return "other"


def snapshot(warden: Engine, now: float) -> dict[str, Any]:
    policy = warden.policy
    storage = warden.stage("quota").storage
    audit = warden.stage("audit")
    records = [r for r in (audit.recent.snapshot() if audit.recent is not None else []) if r.format != "console"]
    prefix = f"{{{policy.storage.key_prefix}}}"
    state = storage.get_kill_switch()
    return {
        "generated_at": _iso(now),
        "storage": getattr(storage, "_safe_uri", lambda: getattr(storage, "uri", "memory://"))(),
        "subjects_hashed": audit.hasher is not None,
        "kill_switch": {
            "on": state is not None,
            "reason": state.reason if state else None,
            "by": state.by if state else None,
            "since": _iso(state.since) if state else None,
        },
        "alerts_at": list(policy.global_.alerts_at),
        "global": [_budget_row(storage, prefix, spec, "", now) for spec in budget_specs(None, policy.global_)],
        "tiers": _tiers(warden, storage, prefix, records, now),
        "requests": _requests(records, now, policy.console.hours),
        "by_route": _by_route(records),
        "flagged": _flagged(records),
        "records_kept": len(records),
    }


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _budget_row(storage: Any, prefix: str, spec: Any, subject: str, now: float) -> dict[str, Any]:
    held, settled, p = read_bucket(storage, prefix, spec, subject, now)
    return {
        "label": f"{spec.metric} per {spec.period}",
        "metric": spec.metric,
        "period": p.id,
        "resets_at": _iso(p.ends_at),
        "cap": shown(spec.metric, spec.cap),
        "settled": shown(spec.metric, settled),
        "held": shown(spec.metric, held),
    }


def _tiers(warden: Engine, storage: Any, prefix: str, records: list[AuditRecord], now: float) -> list[dict[str, Any]]:
    """Per tier: its per-user caps, and its top spenders read from storage (exact, fleet-wide).

    Spenders are the subjects this process saw in the current period, ranked by what storage holds
    for them; when the audit hashes subjects, storage cannot be read by the hash, so the settled
    spend of this process's records is shown instead (``"source": "records"``).
    """
    policy = warden.policy
    hashed = warden.stage("audit").hasher is not None
    day = period("day", now)
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for r in records:
        if r.subject and r.tier and r.time.replace("-", "")[:8] == day.id:
            seen[r.tier][r.subject] += r.cost_settled_micros or 0
    out = []
    for name, tier in policy.tiers.items():
        specs = [s for s in budget_specs(tier, policy.global_) if s.scope == "user"]
        users: list[dict[str, Any]] = []
        candidates = seen.get(name, Counter()).most_common(policy.console.top_users * (1 if hashed else 5))
        for subject, spent in candidates:
            if hashed or not specs:
                users.append({"user": subject, "source": "records", "budgets": [], "spend_today": spent / 1e6})
                continue
            rows = [_budget_row(storage, prefix, spec, subject, now) for spec in specs]
            users.append({"user": subject, "source": "storage", "budgets": rows})
        if not hashed:
            users.sort(key=lambda u: _fill(u["budgets"]), reverse=True)
        out.append(
            {
                "tier": name,
                "caps": [
                    {"label": f"{s.metric} per {s.period}", "metric": s.metric, "cap": shown(s.metric, s.cap)}
                    for s in specs
                ],
                "users": users[: policy.console.top_users],
            }
        )
    return out


def _fill(rows: list[dict[str, Any]]) -> float:
    return max((r["settled"] / r["cap"] for r in rows if r["cap"]), default=0.0)


def _requests(records: list[AuditRecord], now: float, hours: int) -> dict[str, Any]:
    start = int(now // BUCKET_SECONDS) * BUCKET_SECONDS - (hours * 3600 - BUCKET_SECONDS)
    n = hours * 3600 // BUCKET_SECONDS
    series = {c: [0] * n for c in REFUSAL_CLASSES}
    for r in records:
        try:
            t = datetime.fromisoformat(r.time.replace("Z", "+00:00")).timestamp()
        except ValueError:
            continue
        i = int((t - start) // BUCKET_SECONDS)
        if 0 <= i < n:
            series[refusal_class(r)][i] += 1
    return {"bucket_seconds": BUCKET_SECONDS, "start": [start + i * BUCKET_SECONDS for i in range(n)], "series": series}


def _by_route(records: list[AuditRecord]) -> list[dict[str, Any]]:
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for r in records:
        model = r.model_used or r.model_requested or "—"
        row = rows.setdefault(
            (r.route, model), {"route": r.route, "model": model, "requests": 0, "refused": 0, "tokens": 0, "spend": 0}
        )
        row["requests"] += 1
        row["refused"] += r.decision == "refused"
        row["tokens"] += (r.input_tokens or 0) + (r.output_tokens or 0)
        row["spend"] += r.cost_settled_micros or 0
    for row in rows.values():
        row["spend"] = row["spend"] / 1e6
    return sorted(rows.values(), key=lambda row: (-row["requests"], row["route"], row["model"]))


def _flagged(records: list[AuditRecord], limit: int = 50) -> list[dict[str, Any]]:
    out = []
    for r in reversed(records):
        if not (r.findings or r.monitored or r.stream_cut or "blocked_output" in r.flags):
            continue
        out.append(
            {
                "time": r.time,
                "request_id": r.request_id,
                "route": r.route,
                "model": r.model_used or r.model_requested,
                "decision": r.decision,
                "refusal_code": r.refusal_code,
                "findings": dict(r.findings),
                "scores": dict(r.scores),
                "monitored": [m.get("code") for m in r.monitored],
            }
        )
        if len(out) == limit:
            break
    return out
