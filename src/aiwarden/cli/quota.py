"""``aiwarden killswitch on|off|status`` and ``aiwarden usage USER``.

Both read the policy from ``--policy`` or ``$AIWARDEN_POLICY`` and the storage from ``--storage``
or ``$AIWARDEN_STORAGE_URI`` (which override the policy's ``[storage] uri``)::

    aiwarden killswitch on --reason "provider outage" --storage redis://localhost:6379/0
    aiwarden killswitch status
    aiwarden usage alice --tier free
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..errors import ConfigurationError
from ..policy import Policy
from ..quota import KillSwitch, MemoryStorage, storage_for
from ..quota.budgets import budget_specs, read_bucket, shown
from ..quota.rates import limits_for
from ._common import add_command, add_json, add_policy, add_storage, iso, plural, policy_of, table, usd

KILLSWITCH_HELP = """switch every AI route off or on, for all workers sharing the storage

Engage, release or show the kill switch. While it is on, every AI route of every worker sharing the
storage answers 503 kill_switch_engaged; other routes are untouched. Needs a shared storage (Redis):
memory:// lives inside each server process.

Exit status: 0 done (status: the switch is off); 1 status only: the switch is on; 2 a configuration
error, or a memory:// storage.
"""

USAGE_HELP = """a user's requests, tokens and spend against the policy's limits and budgets

What one caller has used of each request limit and budget of the policy the servers use, read from
the shared storage. Money in dollars, times in ISO 8601 UTC.

Exit status: 0 printed; 2 no policy named (--policy or $AIWARDEN_POLICY), an unknown tier, or a
memory:// storage.
"""


def register(sub: Any) -> None:
    ks = add_command(sub, "killswitch", KILLSWITCH_HELP, handler=run_killswitch)
    ks.add_argument("action", choices=["on", "off", "status"], help="engage, release, or show")
    ks.add_argument("--reason", default="switched off by an operator", help="why (kept with the switch)")
    _storage_args(ks)

    us = add_command(sub, "usage", USAGE_HELP, handler=run_usage)
    us.add_argument("user", help="the subject (the JWT 'sub', the user id, or anonymous:<ip>)")
    us.add_argument("--tier", help="report request limits for this tier only (default: every tier)")
    _storage_args(us)


def _storage_args(p: argparse.ArgumentParser) -> None:
    add_policy(p)
    add_storage(p)
    add_json(p)


def _shared_storage(policy: Policy) -> Any:
    storage = storage_for(policy.storage)
    if isinstance(storage, MemoryStorage):
        raise ConfigurationError(
            "--storage",
            "the storage is memory://, which lives inside each server process: this command would see and "
            "change nothing the servers do. Use the servers' Redis: --storage redis://host:6379/0 "
            "(or $AIWARDEN_STORAGE_URI, or [storage] uri in the policy).",
        )
    return storage


def run_killswitch(args: argparse.Namespace) -> int:
    storage = _shared_storage(policy_of(args))
    if args.action == "on":
        storage.set_kill_switch(KillSwitch(args.reason, by="cli"))
    elif args.action == "off":
        storage.set_kill_switch(None)
    state = storage.get_kill_switch()
    if args.json:
        doc: dict[str, Any] = {"on": state is not None}
        if state is not None:
            doc.update(reason=state.reason, by=state.by, since=iso(state.since))
        print(json.dumps(doc))
    elif state is None:
        print("kill switch: off (AI routes answer normally)")
    else:
        print(f"kill switch: ON since {iso(state.since)} by {state.by}: {state.reason}")
        print("AI routes answer 503 kill_switch_engaged; release with: aiwarden killswitch off")
    return 1 if args.action == "status" and state is not None else 0


def run_usage(args: argparse.Namespace) -> int:
    policy = policy_of(args, required=True, why=": its limits and budgets are what usage is measured against")
    if args.tier and args.tier not in policy.tiers:
        raise ConfigurationError("--tier", f"no tier {args.tier!r} in the policy (known: {', '.join(policy.tiers)})")
    storage = _shared_storage(policy)
    prefix = f"{{{policy.storage.key_prefix}}}"
    tiers = {args.tier: policy.tiers[args.tier]} if args.tier else dict(policy.tiers)

    def limit_rows(lims: Any) -> list[dict[str, Any]]:
        values = _limit_values(storage, lims, policy.storage.strategy)
        return [
            {
                "limit": lim.label,
                "quota": lim.item.amount,
                "window_seconds": lim.window,
                "remaining": remaining,
            }
            for lim, (remaining, _window) in zip(lims, values, strict=True)
        ]

    doc: dict[str, Any] = {"subject": args.user, "storage": getattr(storage, "_safe_uri", lambda: storage.uri)()}
    doc["requests"] = {
        name: limit_rows(limits_for(prefix, args.user, tier.requests, (), "", ())) for name, tier in tiers.items()
    }
    doc["budgets"] = _budgets(storage, prefix, args.user, tiers, policy, scope="user")
    doc["global"] = {
        "requests": limit_rows(limits_for(prefix, args.user, (), (), "", policy.global_.requests)),
        "budgets": _budgets(storage, prefix, args.user, {}, policy, scope="global"),
    }
    if args.json:
        print(json.dumps(doc, indent=2))
    else:
        _usage_tables(doc)
    return 0


def _usage_tables(doc: dict[str, Any]) -> None:
    print(f"usage of {doc['subject']} ({doc['storage']})")
    rows = [
        (tier, r["limit"], f"{r['quota'] - r['remaining']:,} of {r['quota']:,}", f"{r['remaining']:,}", _per(r))
        for tier, limits in [*doc["requests"].items(), ("(global)", doc["global"]["requests"])]
        for r in limits
    ]
    print("\nRequests")
    if rows:
        table(("TIER", "LIMIT", "USED", "REMAINING", "WINDOW"), rows)
    else:
        print("  no request limits apply")
    budgets = [("user", n, b) for n, b in doc["budgets"].items()]
    budgets += [("global", n, b) for n, b in doc["global"]["budgets"].items()]
    print("\nBudgets")
    if not budgets:
        print("  no budgets apply")
        return

    def show(name: str, value: Any) -> str:
        return f"{value:,}" if name.startswith("tokens") else usd(round(value * 1_000_000))

    table(
        ("SCOPE", "BUDGET", "PERIOD", "SETTLED", "IN FLIGHT", "CAP", "RESETS AT"),
        [
            (
                scope,
                name,
                b["period"],
                show(name, b["settled"]),
                show(name, b["in_flight"]),
                ", ".join(f"{t}: {show(name, c)}" for t, c in b["caps"].items()),
                b["resets_at"],
            )
            for scope, name, b in budgets
        ],
    )


def _per(row: dict[str, Any]) -> str:
    seconds = int(row["window_seconds"])
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute"), (1, "second")):
        if seconds % size == 0:
            return plural(seconds // size, unit)
    return plural(seconds, "second")


def _limit_values(storage: Any, lims: Any, strategy: str) -> list[tuple[int, float]]:
    values: list[tuple[int, float]] = storage.limit_values(list(lims), strategy)
    return values


def _budgets(storage: Any, prefix: str, user: str, tiers: dict[str, Any], policy: Policy, scope: str) -> dict[str, Any]:
    # caps differ per tier; the counters are per user, so read each (metric, period) once
    seen: dict[str, dict[str, Any]] = {}
    for tier_name, tier in tiers.items() if scope == "user" else [(None, None)]:
        for spec in budget_specs(tier, policy.global_):
            if spec.scope != scope:
                continue
            name = f"{spec.metric}_per_{spec.period}"
            row = seen.get(name)
            if row is None:
                held, settled, p = read_bucket(storage, prefix, spec, user)
                amounts = _amounts(spec.metric, held, settled)
                row = seen[name] = {"period": p.id, "resets_at": iso(p.ends_at), **amounts}
                row["caps"] = {}
            row["caps"][tier_name or "global"] = shown(spec.metric, spec.cap)
    return seen


def _amounts(metric: str, held: int, settled: int) -> dict[str, Any]:
    return {
        "settled": shown(metric, settled),
        "held": shown(metric, held),
        "in_flight": shown(metric, max(held - settled, 0)),
    }


__all__ = ["register", "run_killswitch", "run_usage"]
