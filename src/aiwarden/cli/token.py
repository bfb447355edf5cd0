"""``aiwarden token``: mint a development HS256 token from ``$AIWARDEN_JWT_SECRET``.

::

    $ export AIWARDEN_JWT_SECRET=$(python -c 'import secrets; print(secrets.token_urlsafe(48))')
    $ aiwarden token --sub alice --tier pro --ttl 2h
    eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...

Refuses to run when the secret is unset or shorter than 32 bytes. With ``--policy`` (or
``$AIWARDEN_POLICY``), the token carries the policy's issuer, audience and tier claim, so the
server will accept it, and a tier the policy does not know is refused.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from typing import Any

from ..auth.dev import SECRET_ENV, mint_token, require_secret
from ..errors import ConfigurationError
from ..policy import Policy
from ._common import add_command, add_policy, policy_of

_TTL = re.compile(r"^(\d+)\s*([smhd]?)$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


TOKEN_HELP = f"""mint a development HS256 JWT

Mint a development HS256 JWT signed with ${SECRET_ENV} (at least 32 bytes). With a policy (--policy
or $AIWARDEN_POLICY) the token carries its issuer, audience and tier claim, and the tier must be one
the policy knows.

Exit status: 0 the token is printed on stdout; 2 the secret is unset or short, the tier is unknown,
or an option is wrong.
"""


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "token", TOKEN_HELP, handler=run)
    parser.add_argument("--sub", default="dev-user", help="subject claim (default: dev-user)")
    parser.add_argument("--tier", default="free", help="tier claim (default: free)")
    parser.add_argument("--ttl", default="1h", type=_ttl, help="lifetime: seconds, or 30m, 2h, 7d (default: 1h)")
    add_policy(parser)
    parser.add_argument("--secret-env", default=SECRET_ENV, help=f"variable holding the secret (default: {SECRET_ENV})")
    parser.add_argument(
        "--claim",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="an extra claim (repeatable); true, false and numbers are JSON values",
    )


def run(args: argparse.Namespace) -> int:
    secret = require_secret(args.secret_env, dev_hint=False)
    policy: Policy | None = policy_of(args) if (args.policy or os.environ.get("AIWARDEN_POLICY")) else None
    if policy is not None:
        _check_tier(policy, args.tier)
    auth = policy.auth if policy else None
    extra = {}
    for item in args.claim:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ConfigurationError("--claim", f"expected NAME=VALUE, got {item!r}")
        extra[name] = _claim_value(value)
    token = mint_token(
        secret,
        args.sub,
        args.tier,
        ttl_seconds=args.ttl,
        issuer=auth.issuer if auth else None,
        audience=auth.audience if auth else None,
        tier_claim=auth.tier_claim if auth else "tier",
        claims=extra,
    )
    sys.stdout.write(token + "\n")
    return 0


def _check_tier(policy: Policy, tier: str) -> None:
    """A token for a tier the policy cannot place would be refused (403) by the server."""
    auth = policy.auth
    if tier in policy.tiers or tier in auth.tier_map or auth.default_tier is not None:
        return
    known = sorted({*policy.tiers, *auth.tier_map})
    raise ConfigurationError("--tier", f"the policy has no tier {tier!r} (known: {', '.join(known)})")


def _claim_value(text: str) -> Any:
    """``true``/``false``/``null`` and numbers as JSON values (``--claim aiwarden_admin=true`` is a
    boolean claim); anything else as the string it is."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if value is None or isinstance(value, (bool, int, float)) else text


def _ttl(text: str) -> int:
    match = _TTL.match(text.strip().lower())
    if not match or int(match.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"not a lifetime like 3600, 30m, 2h or 7d: {text!r}")
    return int(match.group(1)) * _UNIT[match.group(2)]
