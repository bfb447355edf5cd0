"""``aiwarden keys``: the key ring's state, masked; exit 1 when a key is past its maximum age.

    $ AIWARDEN_ENV=production aiwarden keys --policy policy.toml
    environment: production
    PROVIDER  SLOT    KEY            SOURCE                 ENV         MODELS  AGE   STATE
    openai    active  sk-proj-…AbCd  env OPENAI_API_KEY     production  *       12d   in use
    openai    next    sk-proj-…WxYz  file /run/secrets/nxt  production  *       1d    standby

Run it in a deploy pipeline: exit status 0 when every key is usable, 1 when one is past
``keys.max_age_days`` (or ``--fail-on-warning`` and one is past ``keys.warn_age_days``), 2 when
the configuration is wrong (a missing key, a key for another environment).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..keys import KeyRing, KeyStatus
from ._common import add_command, add_json, add_policy, policy_of, table

KEYS_HELP = """show the provider keys (masked), their age and rotation state

The key ring as the servers would load it: each provider key, masked, where it comes from, its age
and which one is in use. Run it in a deploy pipeline.

Exit status: 0 every key is usable; 1 a key is past keys.max_age_days (or, with --fail-on-warning,
past keys.warn_age_days); 2 a configuration error (a missing key, a key for another environment, a
placeholder in production).
"""


def register(sub: Any) -> None:
    p = add_command(sub, "keys", KEYS_HELP, handler=run)
    add_policy(p)
    p.add_argument("--env", help="environment to check (default: $AIWARDEN_ENV)")
    add_json(p)
    p.add_argument("--fail-on-warning", action="store_true", help="exit 1 also when a key is past warn_age_days")


def run(args: argparse.Namespace) -> int:
    policy = policy_of(args)
    ring = KeyRing(policy.keys, environment=args.env, background_refresh=False)
    statuses = ring.status()
    if args.json:
        print(json.dumps({"environment": ring.environment, "keys": [_as_dict(s) for s in statuses]}, indent=2))
    else:
        print(f"environment: {ring.environment}")
        if statuses:
            _table(statuses)
        else:
            print("no provider keys found (set OPENAI_API_KEY, or configure [keys.providers])")
    if any(s.state == "expired" for s in statuses):
        return 1
    if args.fail_on_warning and any(s.state == "old" for s in statuses):
        return 1
    return 0


def _state(s: KeyStatus) -> str:
    role = "in use" if s.in_use else "standby"
    if s.state == "expired":
        return f"EXPIRED (past max age), {role}" if s.in_use else "EXPIRED (past max age)"
    if s.state == "old":
        role = f"{role}, ROTATE (old)"
    return f"{role}, PLACEHOLDER" if s.placeholder else role


def _as_dict(s: KeyStatus) -> dict[str, Any]:
    return {
        "provider": s.provider,
        "slot": s.slot,
        "key": s.masked,
        "source": s.source,
        "environment": s.environment,
        "models": list(s.models),
        "created": s.created.isoformat() if s.created else None,
        "age_days": s.age_days,
        "state": s.state,
        "in_use": s.in_use,
        "placeholder": s.placeholder,
    }


def _table(statuses: list[KeyStatus]) -> None:
    header = ("PROVIDER", "SLOT", "KEY", "SOURCE", "ENV", "MODELS", "AGE", "STATE")
    table(
        header,
        [
            (
                s.provider,
                s.slot,
                s.masked,
                s.source,
                s.environment or "-",
                ",".join(s.models),
                f"{s.age_days}d" if s.age_days is not None else "?",
                _state(s),
            )
            for s in statuses
        ],
    )
