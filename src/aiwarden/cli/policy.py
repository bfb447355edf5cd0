"""``aiwarden check-policy [FILE]`` and ``aiwarden policy schema``.

``check-policy`` validates a policy file, then checks the environment it names with the same
code the servers run at start-up: the JWT secret is set and long enough, key files are readable,
a JWKS file parses, the provider keys load (placeholders and old keys warned), the hash keys are
set; ``--connect`` also reads the storage once. ``policy schema`` prints a JSON Schema of
``policy.toml`` for editors (Taplo / Even Better TOML, VS Code's JSON Schema support).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from ..errors import AiwardenError
from ..policy import Policy
from ._common import add_command, add_json, policy_of, table

__all__ = ["Check", "check_environment", "register"]


CHECK_POLICY_HELP = """validate a policy file and the environment it names

Validate a policy TOML file (default: $AIWARDEN_POLICY), then check what it needs from the
environment as the servers will at start-up: the JWT secret (set, long enough), key files
(readable), a JWKS file (parses), the provider keys (load; placeholders and old keys warned), hash
keys (set). --connect also reads the storage once.

Exit status: 0 the policy is valid and every check passed (warnings allowed); 1 a check of the
environment failed; 2 the policy itself is invalid or unreadable.
"""

POLICY_HELP = """the policy's reference: a JSON Schema of policy.toml

Reference material generated from the policy's own definitions (docs/policy.md is too).

Exit status: 0 printed.
"""

SCHEMA_HELP = """print a JSON Schema of policy.toml (for editors)

Print a JSON Schema (draft 2020-12) of policy.toml: every section and setting with its type, default
and description. Save it and point your editor at it, e.g. with Taplo: '#:schema
./policy.schema.json' as the first line of policy.toml.

Exit status: 0 printed.
"""


def register(sub: Any) -> None:
    p = add_command(sub, "check-policy", CHECK_POLICY_HELP, handler=run_check)
    p.add_argument("file", nargs="?", metavar="FILE", help="policy TOML file (same as --policy)")
    p.add_argument("--policy", dest="policy_opt", metavar="FILE", help="policy TOML file (default: $AIWARDEN_POLICY)")
    p.add_argument("--connect", action="store_true", help="also connect to the storage (Redis) and read from it")
    p.add_argument("--print", action="store_true", help="print the resolved policy (every default filled in) as JSON")
    add_json(p)

    group = add_command(sub, "policy", POLICY_HELP)
    actions = group.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    add_command(actions, "schema", SCHEMA_HELP, handler=run_schema)


def run_schema(args: argparse.Namespace) -> int:
    from ..policy_reference import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    result: str  # "ok", "warn", "FAIL" or "skip"
    detail: str


def run_check(args: argparse.Namespace) -> int:
    args.policy = args.file or args.policy_opt
    policy = policy_of(args)  # an invalid policy raises: exit 2 with the key path
    source = args.policy or os.environ.get("AIWARDEN_POLICY") or "(built-in defaults)"
    checks = check_environment(policy, connect=args.connect)
    failed = any(c.result == "FAIL" for c in checks)
    if args.json:
        doc: dict[str, Any] = {"policy": source, "valid": True, "checks": [dataclasses.asdict(c) for c in checks]}
        doc["ok"] = not failed
        if args.print:
            doc["resolved"] = policy.to_dict()
        print(json.dumps(doc, indent=2, default=str))
    else:
        print(f"policy {source}: valid")
        table(("CHECK", "RESULT", "DETAIL"), [(c.name, c.result, c.detail) for c in checks])
        if args.print:
            print(json.dumps(policy.to_dict(), indent=2, default=str))
        print("environment: " + ("PROBLEMS (see FAIL above)" if failed else "OK"))
    return 1 if failed else 0


def _run(name: str, check: Callable[[], tuple[str, str]]) -> Check:
    try:
        result, detail = check()
    except AiwardenError as exc:
        return Check(name, "FAIL", str(exc))
    except Exception as exc:  # a driver's own error (redis, a file): reported, not a traceback
        return Check(name, "FAIL", f"{type(exc).__name__}: {exc}")
    return Check(name, result, detail)


def check_environment(policy: Policy, *, connect: bool = False) -> list[Check]:
    """What the policy needs from the environment, checked as the servers check it at start-up."""
    return [
        _run("auth", lambda: _auth(policy)),
        _run("provider keys", lambda: _keys(policy)),
        *[_run(f"{where} ${name}", partial(_env_set, name)) for where, name in _named_secrets(policy)],
        _run("storage", lambda: _storage(policy, connect)),
    ]


def _auth(policy: Policy) -> tuple[str, str]:
    from ..auth.jwt import TokenVerifier

    auth = policy.auth
    if "jwt" not in auth.sources:
        return "skip", f"no JWTs (auth.sources = {list(auth.sources)})"
    verifier = TokenVerifier(auth)  # reads the secret, the key file or the JWKS file, as the server does
    if auth.jwt_secret_env:
        return "ok", f"${auth.jwt_secret_env} is set, {len(verifier.secret or b'')} bytes"
    if auth.jwt_public_key_file:
        return "ok", f"public key {auth.jwt_public_key_file} is readable"
    if auth.jwks_file:
        return "ok", f"JWKS file {auth.jwks_file} parses"
    if auth.jwks_url:
        return "ok", f"JWKS URL {auth.jwks_url} (fetched on the first token, not now)"
    if auth.required:
        return "FAIL", (
            "no key is configured (jwt_secret_env, jwt_public_key_file, jwks_file or jwks_url): "
            "every AI request would be refused"
        )
    return "warn", "no key is configured; anonymous callers only"


def _keys(policy: Policy) -> tuple[str, str]:
    from ..keys import KeyRing

    ring = KeyRing(policy.keys, background_refresh=False)
    statuses = ring.status()
    if not statuses:
        return "warn", "no provider keys found (set OPENAI_API_KEY, or configure [keys.providers])"
    shown = ", ".join(f"{s.provider} {s.slot} {s.masked} ({s.source})" for s in statuses)
    if any(s.state == "expired" for s in statuses):
        return "FAIL", f"a key is past keys.max_age_days: {shown}"
    if any(s.placeholder for s in statuses):
        return "warn", f"a placeholder key (refused when AIWARDEN_ENV=production): {shown}"
    if any(s.state == "old" for s in statuses):
        return "warn", f"a key is past keys.warn_age_days, rotate it: {shown}"
    return "ok", f"environment {ring.environment}: {shown}"


def _named_secrets(policy: Policy) -> list[tuple[str, str]]:
    named = []
    if policy.audit.hash_subjects_key_env:
        named.append(("audit.hash_subjects_key_env", policy.audit.hash_subjects_key_env))
    if policy.output.hash_key_env:
        named.append(("output.hash_key_env", policy.output.hash_key_env))
    if "moderation" in policy.input.detectors and policy.input.moderation_api_key_env:
        named.append(("input.moderation_api_key_env", policy.input.moderation_api_key_env))
    return named


def _env_set(name: str) -> tuple[str, str]:
    value = os.environ.get(name, "")
    if not value:
        return "FAIL", f"${name} is not set; the server refuses to start without it"
    if len(value.encode()) < 16:
        return "warn", f"${name} is set but only {len(value.encode())} bytes; use at least 32 random bytes"
    return "ok", f"${name} is set"


def _storage(policy: Policy, connect: bool) -> tuple[str, str]:
    from ..quota import MemoryStorage, storage_for

    uri = policy.storage.uri
    if uri.startswith(("memory://", "async+memory://")):
        return "ok", "memory:// (per process: every worker keeps its own limits and budgets)"
    if not connect:
        return "skip", f"{uri.split('@')[-1]} not contacted (use --connect)"
    storage = storage_for(policy.storage)
    try:
        if isinstance(storage, MemoryStorage):  # pragma: no cover - memory URIs returned above
            return "ok", "memory://"
        state = storage.get_kill_switch()
    finally:
        close = getattr(storage, "close", None)
        if close is not None:
            close()
    where = getattr(storage, "_safe_uri", lambda: uri)()
    return "ok", f"{where} answers; kill switch {'ON' if state else 'off'}"
