"""Development helpers: mint HS256 tokens, and the secret the examples need.

The examples refuse to start without ``AIWARDEN_JWT_SECRET`` (:func:`require_secret`) unless run
with ``--dev``, which calls :func:`dev_environment` to generate a secret for the process and
print sample tokens::

    secret, tokens = dev_environment()
    print("free:", tokens["free"])
    print("pro: ", tokens["pro"])
"""

from __future__ import annotations

import os
import secrets
import time
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import jwt

from ..errors import ConfigurationError

if TYPE_CHECKING:
    from ..policy import Policy

__all__ = ["MIN_SECRET_BYTES", "SECRET_ENV", "dev_environment", "mint_token", "require_secret"]

SECRET_ENV = "AIWARDEN_JWT_SECRET"
MIN_SECRET_BYTES = 32


def require_secret(env: str = SECRET_ENV, *, dev_hint: bool = True) -> str:
    """The HMAC secret from ``$env``; a :class:`ConfigurationError` saying what to do when it is unset or short.

    An example's start-up::

        if args.dev:
            _, tokens = dev_environment()
        else:
            require_secret()   # "AIWARDEN_JWT_SECRET is not set. Set it to ... or run with --dev ..."
    """
    value = os.environ.get(env)
    if not value:
        raise ConfigurationError(
            env,
            f"not set. Set {env} to a random secret of at least {MIN_SECRET_BYTES} bytes, e.g. "
            f"export {env}=$(python -c 'import secrets; print(secrets.token_urlsafe(48))')"
            + (", or run with --dev to generate one for this process and print sample tokens." if dev_hint else "."),
        )
    size = len(value.encode())
    if size < MIN_SECRET_BYTES:
        raise ConfigurationError(
            env,
            f"the secret is {size} bytes; use at least {MIN_SECRET_BYTES} random bytes "
            "(python -c 'import secrets; print(secrets.token_urlsafe(48))')",
        )
    return value


def mint_token(
    secret: str | bytes,
    subject: str,
    tier: str | None = None,
    *,
    ttl_seconds: int = 3600,
    algorithm: str = "HS256",
    issuer: str | None = None,
    audience: str | None = None,
    tier_claim: str = "tier",
    claims: Mapping[str, Any] | None = None,
) -> str:
    """A signed HMAC token for development and tests (never for production sign-in).

    >>> token = mint_token("s" * 32, "alice", "pro", ttl_seconds=600)
    >>> jwt.decode(token, "s" * 32, algorithms=["HS256"])["tier"]
    'pro'
    """
    key = secret.encode() if isinstance(secret, str) else secret
    if len(key) < MIN_SECRET_BYTES:
        raise ConfigurationError("secret", f"is {len(key)} bytes; use at least {MIN_SECRET_BYTES} random bytes")
    if ttl_seconds <= 0:
        raise ConfigurationError("ttl", f"must be a positive number of seconds, got {ttl_seconds}")
    now = int(time.time())
    payload: dict[str, Any] = {
        "sub": subject,
        "iat": now,
        "nbf": now,
        "exp": now + ttl_seconds,
        "jti": uuid.uuid4().hex,
    }
    if tier is not None:
        payload[tier_claim] = tier
    if issuer is not None:
        payload["iss"] = issuer
    if audience is not None:
        payload["aud"] = audience
    payload.update(claims or {})
    return jwt.encode(payload, key, algorithm=algorithm)


def dev_environment(
    tiers: Iterable[str] = ("free", "pro"),
    *,
    env: str = SECRET_ENV,
    policy: Policy | None = None,
    ttl_seconds: int = 86_400,
) -> tuple[str, dict[str, str]]:
    """The secret in ``$env`` — generated (64 random characters) and set for this process when unset
    — and a sample token per tier (subject ``dev-<tier>``, valid a day).

    With ``policy``, the tokens carry its issuer, audience and tier claim.
    """
    if not os.environ.get(env):
        os.environ[env] = secrets.token_urlsafe(48)
    secret = require_secret(env)
    auth = policy.auth if policy is not None else None
    tokens = {
        tier: mint_token(
            secret,
            f"dev-{tier}",
            tier,
            ttl_seconds=ttl_seconds,
            issuer=auth.issuer if auth else None,
            audience=auth.audience if auth else None,
            tier_claim=auth.tier_claim if auth else "tier",
        )
        for tier in tiers
    }
    return secret, tokens
