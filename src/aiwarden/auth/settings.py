"""The ``[auth]`` policy section (read by :mod:`aiwarden.auth`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from .._config import non_negative
from ..errors import ConfigurationError

__all__ = ["JWT_ALGORITHMS", "AuthPolicy"]


@dataclass(frozen=True, slots=True)
class AuthPolicy:
    """Who may call AI routes (``aiwarden.auth``; see docs/auth.md).

    Keys: an HMAC secret from the environment (``jwt_secret_env``) for HS* algorithms, and at most
    one source of public keys for RS*/PS*/ES*/EdDSA: a PEM file, a JWKS file or a JWKS URL.
    """

    #: Identity sources tried in order: "jwt", "framework" (Django/Flask-Login user), "resolver".
    sources: tuple[Literal["jwt", "framework", "resolver"], ...] = ("jwt",)
    #: False lets anonymous callers through with ``anonymous_tier`` (development only).
    required: bool = True
    #: Tier of callers without credentials when ``required = false``.
    anonymous_tier: str | None = None
    #: Environment variable holding the HMAC secret for HS* tokens (at least 32 bytes).
    jwt_secret_env: str | None = None
    #: PEM file with the public key for RS*/PS*/ES*/EdDSA tokens.
    jwt_public_key_file: str | None = None
    #: HTTPS URL of a JSON Web Key Set (fetched and cached; http only for localhost).
    jwks_url: str | None = None
    #: Local JSON Web Key Set file (re-read when it changes).
    jwks_file: str | None = None
    #: How long a fetched key set is used before it is fetched again.
    jwks_cache_seconds: int = 300
    #: An unknown ``kid`` refetches the key set at most this often (an attacker can't force a fetch per request).
    jwks_refresh_cooldown_seconds: int = 10
    #: Time allowed for one whole JWKS fetch.
    jwks_timeout_seconds: float = 5.0
    #: Accepted JWS algorithms (never "none"); each family needs its key.
    algorithms: tuple[str, ...] = ("HS256",)
    #: Required ``iss`` claim, when set.
    issuer: str | None = None
    #: Required ``aud`` claim, when set.
    audience: str | None = None
    #: Clock skew allowed on ``exp`` and ``nbf``.
    leeway_seconds: int = 0
    #: Claims a token must carry.
    required_claims: tuple[str, ...] = ("exp", "sub")
    #: Claim holding the caller's id (limits, budgets and audit are per subject).
    subject_claim: str = "sub"
    #: Claim holding the tier (a string) or roles (a list); a dotted path reaches nested claims.
    tier_claim: str = "tier"
    #: Maps claim values (a tier name, or role names when the claim is a list) to tiers.
    tier_map: Mapping[str, str] = field(default_factory=dict)
    #: Tier for callers whose claim names no known tier; None refuses them (403).
    default_tier: str | None = None
    #: Longer bearer tokens are refused before any parsing.
    max_token_bytes: int = 8192

    def validate(self) -> None:
        if not self.algorithms:
            raise ConfigurationError("algorithms", "name at least one algorithm")
        for i, alg in enumerate(self.algorithms):
            if alg.lower() == "none":
                raise ConfigurationError(f"algorithms[{i}]", "'none' would accept unsigned tokens")
            if alg not in JWT_ALGORITHMS:
                known = ", ".join(JWT_ALGORITHMS)
                raise ConfigurationError(f"algorithms[{i}]", f"unknown algorithm {alg!r} (known: {known})")
        non_negative(self, "leeway_seconds", "jwks_cache_seconds", "jwks_refresh_cooldown_seconds", "max_token_bytes")
        if self.jwks_timeout_seconds <= 0:
            raise ConfigurationError("jwks_timeout_seconds", "must be a positive number of seconds")
        if len(set(self.sources)) != len(self.sources):
            raise ConfigurationError("sources", "lists a source twice")
        if self.required and not self.sources:
            raise ConfigurationError("sources", "name at least one identity source, or set required = false")
        if self.required and self.anonymous_tier is not None:
            raise ConfigurationError("anonymous_tier", "only applies with required = false")
        if not self.required and self.anonymous_tier is None:
            raise ConfigurationError("anonymous_tier", "required = false needs the tier anonymous callers get")
        public = [k for k in ("jwt_public_key_file", "jwks_url", "jwks_file") if getattr(self, k)]
        if len(public) > 1:
            raise ConfigurationError(
                public[1], f"set only one of jwt_public_key_file, jwks_url, jwks_file (also set: {public[0]})"
            )
        if self.jwks_url is not None:
            _check_jwks_url(self.jwks_url)
        hmac_algs = [a for a in self.algorithms if a.startswith("HS")]
        public_algs = [a for a in self.algorithms if not a.startswith("HS")]
        if self.jwt_secret_env or public:
            # Keys are picked by the algorithm's family, so every allowed family needs its key.
            if hmac_algs and not self.jwt_secret_env:
                raise ConfigurationError("algorithms", f"{hmac_algs[0]} needs jwt_secret_env (an HMAC secret)")
            if public_algs and not public:
                raise ConfigurationError(
                    "algorithms", f"{public_algs[0]} needs jwt_public_key_file, jwks_file or jwks_url"
                )
            if self.jwt_secret_env and not hmac_algs:
                raise ConfigurationError("jwt_secret_env", "is set but algorithms names no HS* algorithm")
            if public and not public_algs:
                raise ConfigurationError(public[0], "is set but algorithms names only HS* algorithms")


#: The JWS algorithms aiwarden accepts in ``auth.algorithms`` (never "none").
JWT_ALGORITHMS = (
    "HS256",
    "HS384",
    "HS512",
    "RS256",
    "RS384",
    "RS512",
    "PS256",
    "PS384",
    "PS512",
    "ES256",
    "ES256K",
    "ES384",
    "ES512",
    "EdDSA",
)


def _check_jwks_url(url: str) -> None:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    local = parts.hostname in ("localhost", "127.0.0.1", "::1")
    if parts.scheme != "https" and not (parts.scheme == "http" and local):
        raise ConfigurationError("jwks_url", f"must be an https:// URL (http only for localhost), got {url!r}")
    if not parts.hostname:
        raise ConfigurationError("jwks_url", f"names no host: {url!r}")
