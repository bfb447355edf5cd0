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
import sys
from typing import Any

from .policy import Policy, load_policy
from .quota import KillSwitch, MemoryStorage, storage_for
from .quota.budgets import bucket_key, budget_specs
from .quota.rates import limits_for


def register(sub: Any) -> None:
    ks = sub.add_parser("killswitch", help="switch every AI route off or on, for all workers sharing the storage")
    ks.add_argument("action", choices=["on", "off", "status"])
    ks.add_argument("--reason", default="switched off by an operator", help="why (kept with the switch)")
    _storage_args(ks)
    ks.set_defaults(handler=run_killswitch)

    us = sub.add_parser("usage", help="a user's request counts, tokens and spend per period, as JSON")
    us.add_argument("user", help="the subject (the JWT 'sub', or the user id)")
    us.add_argument("--tier", help="report request limits for this tier only (default: every tier)")
    _storage_args(us)
    us.set_defaults(handler=run_usage)


def _storage_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--policy", help="policy TOML file (default: $AIWARDEN_POLICY)")
    p.add_argument("--storage", help="storage URI, e.g. redis://localhost:6379/0 (default: $AIWARDEN_STORAGE_URI)")


def _policy(args: argparse.Namespace) -> Policy:
    policy = load_policy(args.policy)
    if args.storage:
        policy = policy.with_storage(args.storage)
        policy.storage.validate()
    return policy


def _warn_memory(storage: Any) -> None:
    if isinstance(storage, MemoryStorage):
        print(
            "aiwarden: the storage is memory:// — it lives inside each server process, so this command sees "
            "nothing the servers do. Use --storage redis://... (or $AIWARDEN_STORAGE_URI).",
            file=sys.stderr,
        )


def run_killswitch(args: argparse.Namespace) -> int:
    policy = _policy(args)
    storage = storage_for(policy.storage)
    _warn_memory(storage)
    if args.action == "on":
        storage.set_kill_switch(KillSwitch(args.reason, by="cli"))
    elif args.action == "off":
        storage.set_kill_switch(None)
    state = storage.get_kill_switch()
    doc: dict[str, Any] = {"on": state is not None}
    if state is not None:
        doc.update(reason=state.reason, by=state.by, since=state.since)
    print(json.dumps(doc))
    return 2 if isinstance(storage, MemoryStorage) and args.action != "status" else 0


def run_usage(args: argparse.Namespace) -> int:
    policy = _policy(args)
    storage = storage_for(policy.storage)
    _warn_memory(storage)
    prefix = f"{{{policy.storage.key_prefix}}}"
    tiers = {args.tier: policy.tiers[args.tier]} if args.tier else dict(policy.tiers)
    if args.tier and args.tier not in policy.tiers:
        print(f"aiwarden: no tier {args.tier!r} in the policy", file=sys.stderr)
        return 2

    def limit_rows(lims: Any) -> list[dict[str, Any]]:
        values = _limit_values(storage, lims, policy.storage.strategy)
        return [
            {"limit": lim.label, "quota": lim.item.amount, "window_seconds": lim.window, "remaining": remaining}
            for lim, (remaining, _reset) in zip(lims, values, strict=True)
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
    print(json.dumps(doc, indent=2))
    return 0


def _limit_values(storage: Any, lims: Any, strategy: str) -> list[tuple[int, float]]:
    return storage.limit_values(list(lims), strategy)


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
                key, p = bucket_key(prefix, spec, user)
                held_settled = storage.bucket_values([key])[0] or (0, 0)
                row = seen[name] = {"period": p.id, "resets_at": p.ends_at, **_amounts(spec.metric, *held_settled)}
                row["caps"] = {}
            row["caps"][tier_name or "global"] = _amount(spec.metric, spec.cap)
    return seen


def _amounts(metric: str, held: int, settled: int) -> dict[str, Any]:
    return {
        "settled": _amount(metric, settled),
        "held": _amount(metric, held),
        "in_flight": _amount(metric, max(held - settled, 0)),
    }


def _amount(metric: str, value: int) -> Any:
    return value if metric == "tokens" else round(value / 1e6, 6)


__all__ = ["register", "run_killswitch", "run_usage"]
