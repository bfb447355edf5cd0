"""The policy: one frozen, validated object shared by every adapter.

Load it from a dict (:meth:`Policy.from_dict`), a TOML file (:meth:`Policy.from_toml`), the file
named by ``AIWARDEN_POLICY`` (:func:`load_policy`), Django settings (``AIWARDEN``) or Flask config
(``AIWARDEN``/``AIWARDEN_POLICY``). Unknown keys, wrong types and impossible values raise
:class:`~aiwarden.errors.ConfigurationError` naming the key path::

    >>> Policy.from_dict({"tiers": {"free": {"models": "gpt-4o"}}})
    Traceback (most recent call last):
    ...
    aiwarden.errors.ConfigurationError: tiers.free.models: expected a list, got str 'gpt-4o'

Each section below belongs to one concern of the engine (the module named in its docstring).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

from . import _config
from .errors import ConfigurationError

__all__ = [
    "AuditPolicy",
    "AuthPolicy",
    "AwsSecretsSettings",
    "ConsolePolicy",
    "GlobalPolicy",
    "InputPolicy",
    "KeySpec",
    "KeysPolicy",
    "ModelPrice",
    "OutputPolicy",
    "Policy",
    "PrivacyPolicy",
    "ProviderKeys",
    "RouteRule",
    "RouteSpec",
    "StoragePolicy",
    "Tier",
    "VaultSettings",
    "load_policy",
]

Mode = Literal["enforce", "monitor"]
Action = Literal["block", "flag", "off"]
FormatName = Literal["openai", "anthropic", "generic", "openai-responses", "openai-completions", "gemini"]

_RATE = re.compile(r"^\s*\d+\s*(/|\s+per\s+)\s*(\d+\s+)?(second|minute|hour|day|month|year)s?\s*$", re.I)


def _check_rates(rates: tuple[str, ...], where: str) -> None:
    for i, rate in enumerate(rates):
        if not _RATE.match(rate):
            raise ConfigurationError(f"{where}[{i}]", f"not a rate limit like '5/second' or '100 per hour': {rate!r}")


def _non_negative(obj: Any, *names: str) -> None:
    for name in names:
        value = getattr(obj, name)
        if value is not None and value < 0:
            raise ConfigurationError(_config.key_of(name), f"must be zero or more, got {value!r}")


@dataclass(frozen=True, slots=True)
class Tier:
    """What a caller of one tier may do (``aiwarden.auth`` picks the tier, ``aiwarden.quota`` enforces)."""

    #: Models this tier may use: globs matched case-sensitively against the model after the
    #: route's model map (``"gpt-4o*"``, ``"claude-*"``); ``[]`` allows none. Enforced by aiwarden.auth.
    models: tuple[str, ...] = ("*",)
    #: Rate limits per caller of this tier, e.g. ["5/second", "100/hour"].
    requests: tuple[str, ...] = ()
    #: Token budget per caller per UTC day (input + output).
    tokens_per_day: int | None = None
    #: Spend budget per caller per UTC day, in dollars.
    spend_per_day_usd: float | None = None
    #: Spend budget per caller per calendar month, in dollars.
    spend_per_month_usd: float | None = None
    #: Largest prompt in tokens (overrides ``input.max_input_tokens``).
    max_input_tokens: int | None = None
    #: Largest ``max_tokens`` a request may ask for (see ``over_max_output``).
    max_output_tokens: int | None = None
    #: What to do with a request whose ``max_tokens`` is over ``max_output_tokens``.
    over_max_output: Literal["cap", "refuse"] = "cap"
    #: Overrides ``input.injection`` for this tier.
    injection: Action | None = None
    #: Gemini routes: the loosest safety threshold per harm category a request of this tier may
    #: ask for (``{HARM_CATEGORY_HARASSMENT = "BLOCK_MEDIUM_AND_ABOVE"}``); looser or missing
    #: settings are raised to it (see docs/gemini.md).
    gemini_safety: Mapping[str, str] = field(default_factory=dict)

    def validate(self) -> None:
        _check_rates(self.requests, "requests")
        _non_negative(
            self, "tokens_per_day", "spend_per_day_usd", "spend_per_month_usd", "max_input_tokens", "max_output_tokens"
        )
        _check_safety(self.gemini_safety)


#: Gemini's harm categories and thresholds, the thresholds from the strictest to the loosest.
GEMINI_HARM_CATEGORIES = (
    "HARM_CATEGORY_HARASSMENT",
    "HARM_CATEGORY_HATE_SPEECH",
    "HARM_CATEGORY_SEXUALLY_EXPLICIT",
    "HARM_CATEGORY_DANGEROUS_CONTENT",
    "HARM_CATEGORY_CIVIC_INTEGRITY",
)
GEMINI_THRESHOLDS = ("BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH", "BLOCK_NONE", "OFF")


def _check_safety(floors: Mapping[str, str]) -> None:
    for category, threshold in floors.items():
        if category not in GEMINI_HARM_CATEGORIES:
            raise ConfigurationError(
                f"gemini_safety.{category}", f"unknown harm category; use one of {', '.join(GEMINI_HARM_CATEGORIES)}"
            )
        if threshold not in GEMINI_THRESHOLDS:
            raise ConfigurationError(
                f"gemini_safety.{category}",
                f"unknown threshold {threshold[:40]!r}; use one of {', '.join(GEMINI_THRESHOLDS)}",
            )


@dataclass(frozen=True, slots=True)
class GlobalPolicy:
    """Limits over all callers (``aiwarden.quota``)."""

    #: Rate limits over all callers together, e.g. ["1000/minute"].
    requests: tuple[str, ...] = ()
    #: Token budget of the whole service per UTC day.
    tokens_per_day: int | None = None
    #: Spend budget of the whole service per UTC day, in dollars.
    spend_per_day_usd: float | None = None
    #: Spend budget of the whole service per calendar month, in dollars.
    spend_per_month_usd: float | None = None
    #: Fractions of each budget at which an alert is sent (once per period).
    alerts_at: tuple[float, ...] = (0.5, 0.8, 1.0)
    #: Engage the kill switch when a global spend cap is reached.
    kill_switch_at_cap: bool = True
    #: POST budget alerts here (JSON, from a background thread), in addition to the log.
    alert_webhook_url: str | None = None
    #: "json" (the alert's fields) or "slack" (``{"text": ...}`` for an incoming webhook).
    alert_webhook_format: Literal["json", "slack"] = "json"

    def validate(self) -> None:
        _check_rates(self.requests, "requests")
        _non_negative(self, "tokens_per_day", "spend_per_day_usd", "spend_per_month_usd")
        for i, a in enumerate(self.alerts_at):
            if not 0 < a <= 1.0:
                raise ConfigurationError(f"alerts_at[{i}]", f"must be a fraction in (0, 1], got {a!r}")
        if self.alert_webhook_url is not None and not self.alert_webhook_url.startswith(("https://", "http://")):
            raise ConfigurationError("alert_webhook_url", f"must be an http(s) URL, got {self.alert_webhook_url!r}")


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
        _non_negative(self, "leeway_seconds", "jwks_cache_seconds", "jwks_refresh_cooldown_seconds", "max_token_bytes")
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


@dataclass(frozen=True, slots=True)
class InputPolicy:
    """Input validation and prompt-injection defence (``aiwarden.input``)."""

    #: Larger request bodies are refused (413) before they are read whole.
    max_body_bytes: int = 1_048_576
    #: Most messages in one request.
    max_messages: int | None = 100
    #: Longest message, in characters.
    max_chars_per_message: int | None = 100_000
    #: Largest prompt in tokens, system prompt included (a tier's setting wins).
    max_input_tokens: int | None = None
    #: Content parts (text, image, file...) in one message.
    max_parts: int | None = 8
    #: Image parts: "allow" or "deny".
    images: Literal["allow", "deny"] = "allow"
    #: Image parts in the whole request.
    max_images: int | None = 16
    #: File parts: "allow" or "deny".
    files: Literal["allow", "deny"] = "deny"
    #: Audio parts (``input_audio``): "allow" or "deny". The guard cannot count or scan sound, so
    #: budgets cannot reserve for it (they still settle on the provider's usage).
    audio: Literal["allow", "deny"] = "deny"
    #: Requests that bring content stored at the provider (Responses ``previous_response_id``,
    #: ``conversation``, a stored ``prompt``): "allow" or "deny". The guard never sees those turns,
    #: so it can neither count nor scan them.
    stored_context: Literal["allow", "deny"] = "deny"
    #: Strip HTML tags of known elements from client text.
    strip_html: bool = True
    #: NFKC and removal of invisible and control characters in client text.
    normalize_unicode: bool = True
    #: Client system/developer messages: "reject", "demote" (sent as user) or "allow".
    client_system_messages: Literal["reject", "demote", "allow"] = "reject"
    #: Prompt-injection action: "block" (400), "flag" (header and audit) or "off".
    injection: Action = "block"
    #: Score (0..1] at or above which a text counts as an injection.
    injection_threshold: float = 0.7
    #: Names of detectors to run: "heuristic" (rules), "learned" (the shipped linear model),
    #: "moderation", or "module:attr" of a user detector. The stage takes the highest score.
    detectors: tuple[str, ...] = ("heuristic", "learned")
    #: Time an external detector may take per request.
    detector_timeout_ms: int = 2000
    #: A failing detector: "open" continues, "closed" answers 503.
    detector_failure: Literal["open", "closed"] = "open"
    #: Moderation endpoint of the "moderation" detector.
    moderation_url: str | None = None
    #: Model asked by the moderation detector.
    moderation_model: str = "omni-moderation-latest"
    #: Environment variable holding the moderation endpoint's API key (sent as a Bearer token).
    moderation_api_key_env: str | None = "OPENAI_API_KEY"
    #: Marks tool results / retrieved documents so the model can tell data from instructions.
    spotlight: Literal["off", "delimit", "datamark"] = "off"

    def validate(self) -> None:
        if self.max_body_bytes <= 0:
            raise ConfigurationError("max_body_bytes", "must be a positive number of bytes")
        if not 0.0 < self.injection_threshold <= 1.0:
            raise ConfigurationError("injection_threshold", "must be in (0, 1]")
        _non_negative(
            self,
            "max_messages",
            "max_chars_per_message",
            "max_input_tokens",
            "max_parts",
            "max_images",
            "detector_timeout_ms",
        )
        if self.detector_timeout_ms == 0:
            raise ConfigurationError("detector_timeout_ms", "must be positive")
        if "moderation" in self.detectors and not self.moderation_url:
            raise ConfigurationError("moderation_url", "the 'moderation' detector needs moderation_url")
        for i, name in enumerate(self.detectors):
            if name not in (*INLINE_DETECTORS, "moderation") and ":" not in name:
                raise ConfigurationError(
                    f"detectors[{i}]",
                    f"unknown detector {name!r} (use 'heuristic', 'learned', 'moderation' or 'package.module:attr')",
                )


#: Built-in detectors that are pure and fast: the input stage runs them inline, not as effects.
INLINE_DETECTORS = ("heuristic", "learned")

PII_KINDS = ("email", "phone", "credit_card", "iban", "ssn", "ip_address")


@dataclass(frozen=True, slots=True)
class OutputPolicy:
    """Output filtering (``aiwarden.output``; see docs/output.md)."""

    #: PII kinds redacted in answers; "secret" may be listed too (the secret filter's action is
    #: ``secrets``, which must then not be "off").
    redact: tuple[str, ...] = ("email", "phone", "credit_card", "iban", "ssn", "ip_address", "secret")
    #: Credentials in an answer: "block" cuts the answer, "redact" replaces them with [SECRET].
    secrets: Literal["block", "redact", "off"] = "block"
    #: "label" ([EMAIL]), "mask" (****, cards keep the last four digits), "hash" ([EMAIL:3f9a0c1d]).
    replacement: Literal["label", "mask", "hash"] = "label"
    #: Env var with the key of "hash" replacements (stable across workers); unset: random per process.
    hash_key_env: str | None = None
    #: Plant a canary in the system prompt and cut answers that repeat it.
    canary: bool = True
    #: Spoken answers (OpenAI ``modalities: ["audio"]``): "deny" refuses the request (the sound
    #: cannot be filtered, only its transcript), "allow" serves them with the transcript filtered.
    audio: Literal["allow", "deny"] = "deny"
    #: Escape answers as HTML (a route's ``html_output`` overrides).
    html: bool = False
    #: Markdown images ("images") or images and links ("all") to hosts outside ``link_allowlist``
    #: lose their URL, on every route; "off" keeps them.
    links: Literal["off", "images", "all"] = "images"
    #: Hosts whose links and images are kept (see ``links``).
    link_allowlist: tuple[str, ...] = ()
    #: Characters held back from a stream so a value split across chunks is still caught.
    holdback_chars: int = 128
    #: Time an async output check (``acheck``) may take per sentence before it is let through.
    check_timeout_ms: int = 2000
    #: Stream pieces arriving less than ``coalesce_ms`` after the filters last ran are filtered
    #: together (up to ``coalesce_chars``): a fast stream costs about what its whole text does.
    #: 0 filters every piece on arrival.
    coalesce_ms: int = 10
    #: Most characters filtered together when coalescing.
    coalesce_chars: int = 4096
    #: Coalesce also where no timer can release waiting text when the provider pauses (the WSGI
    #: adapters, async Django): waiting text then goes with the provider's next piece.
    coalesce_without_timer: bool = False

    def validate(self) -> None:
        for i, kind in enumerate(self.redact):
            if kind not in (*PII_KINDS, "secret"):
                known = ", ".join((*PII_KINDS, "secret"))
                raise ConfigurationError(f"redact[{i}]", f"unknown kind {kind!r} (known: {known})")
        if "secret" in self.redact and self.secrets == "off":
            raise ConfigurationError("secrets", "is 'off' but redact lists 'secret'; remove one of them")
        if self.holdback_chars < 128:
            raise ConfigurationError("holdback_chars", "must be at least 128 (the longest value a filter recognises)")
        if not 0 <= self.coalesce_ms <= 1000:
            raise ConfigurationError("coalesce_ms", "must be between 0 (off) and 1000")
        if not 1 <= self.coalesce_chars <= 1 << 20:
            raise ConfigurationError("coalesce_chars", "must be between 1 and 1048576")


@dataclass(frozen=True, slots=True)
class PrivacyPolicy:
    """Pseudonymization of user PII before it reaches the provider (``aiwarden.privacy``)."""

    #: PII kinds replaced by stable placeholders before the provider, e.g. ["email", "phone"].
    pseudonymize: tuple[str, ...] = ()

    def validate(self) -> None:
        for i, kind in enumerate(self.pseudonymize):
            if kind not in PII_KINDS:
                raise ConfigurationError(f"pseudonymize[{i}]", f"unknown kind {kind!r} (known: {', '.join(PII_KINDS)})")


@dataclass(frozen=True, slots=True)
class StoragePolicy:
    """Where limits, budgets, alert state and the kill switch live (``aiwarden.quota``)."""

    #: memory:// (one process) or redis://host:port/db (shared by every worker; also rediss://, redis+sentinel://,
    #: redis+cluster://).
    uri: str = "memory://"
    #: Rate-limit algorithm (as the limits library names it).
    strategy: Literal["moving-window", "sliding-window-counter", "fixed-window"] = "moving-window"
    #: "fail_closed" answers 503 while the storage fails; "fail_open" lets requests through unchecked (and logs it).
    on_error: Literal["fail_closed", "fail_open"] = "fail_closed"
    #: Prefix of every storage key (several apps can share one Redis).
    key_prefix: str = "aiwarden"
    #: Redis socket and connect timeout: how long a request may wait on a storage that does not answer.
    timeout_seconds: float = 1.0
    #: How long a worker trusts its last reading of the kill switch before ``admit`` reads it again
    #: (Redis only; every budget/limit check re-reads it in the same round trip anyway).
    kill_switch_cache_seconds: float = 1.0

    def validate(self) -> None:
        scheme = self.uri.split("://", 1)[0] if "://" in self.uri else ""
        if scheme not in (
            "memory",
            "redis",
            "rediss",
            "redis+cluster",
            "redis+sentinel",
            "async+redis",
            "async+memory",
        ):
            raise ConfigurationError("uri", f"unsupported storage {self.uri!r} (use memory:// or redis://host:port/db)")
        if self.timeout_seconds <= 0:
            raise ConfigurationError("timeout_seconds", f"must be more than zero, got {self.timeout_seconds!r}")
        _non_negative(self, "kill_switch_cache_seconds")
        if not re.fullmatch(r"[A-Za-z0-9_.:\-]{1,64}", self.key_prefix):
            raise ConfigurationError("key_prefix", f"use letters, digits and _.:- only, got {self.key_prefix!r}")


@dataclass(frozen=True, slots=True)
class ModelPrice:
    """A price override, US dollars per million tokens (``aiwarden.pricing``)."""

    #: Dollars per million input tokens.
    input_per_mtok: float
    #: Dollars per million output tokens.
    output_per_mtok: float

    def validate(self) -> None:
        _non_negative(self, "input_per_mtok", "output_per_mtok")


@dataclass(frozen=True, slots=True)
class KeySpec:
    """Where one provider key comes from and what it may do (``aiwarden.keys``) — never its value.

    Sources are tried in this order, the first that yields a value wins: the environment variable
    ``env``; the file named by ``$<env>_FILE`` (Docker/Kubernetes secrets) or by ``file``; the
    secrets manager (``secret``). Without any source, ``env`` defaults to ``<PROVIDER>_API_KEY``
    (``<PROVIDER>_API_KEY_NEXT`` for the next key).
    """

    #: Environment variable holding the key (default ``<PROVIDER>_API_KEY``; ``_NEXT`` for next).
    env: str | None = None
    #: File holding the key (a mounted secret); ``$<env>_FILE`` works too.
    file: str | None = None
    #: Name (AWS Secrets Manager) or path (Vault KV) of the secret in the secrets manager.
    secret: str | None = None
    #: Field of a structured secret that holds the key; default "api_key", or the only field.
    field: str | None = None
    #: When the key was created at the provider, for the age warning and the maximum age.
    created: date | None = None
    #: The environment the key belongs to; loading it under another ``AIWARDEN_ENV`` is refused.
    environment: str | None = None
    #: Models this key may be used for (globs); the ring refuses to hand it out for others.
    models: tuple[str, ...] = ("*",)

    def validate(self) -> None:
        if not self.models:
            raise ConfigurationError("models", 'name at least one model glob ("*" for all)')
        for name in ("env", "file", "secret", "field", "environment"):
            if getattr(self, name) == "":
                raise ConfigurationError(name, "must not be empty")


@dataclass(frozen=True, slots=True)
class ProviderKeys:
    """The keys of one provider: the active one and, during a rotation, the next one."""

    active: KeySpec = field(default_factory=KeySpec)
    next: KeySpec | None = None
    #: Which API (SDK and auth header) the provider speaks; default from its name, else "openai".
    api: Literal["openai", "anthropic", "azure", "gemini"] | None = None
    #: Base URL for the clients the ring builds (a gateway, Azure, an OpenAI-compatible provider).
    base_url: str | None = None


@dataclass(frozen=True, slots=True)
class VaultSettings:
    """HashiCorp Vault KV (``aiwarden.keys.vault``, extra ``aiwarden[vault]``)."""

    #: Default ``$VAULT_ADDR``.
    url: str | None = None
    #: Env var holding the Vault token (``<token_env>_FILE`` also works).
    token_env: str = "VAULT_TOKEN"
    #: KV secrets engine mount point.
    mount: str = "secret"
    #: KV engine version (1 or 2).
    kv_version: Literal[1, 2] = 2
    #: Vault Enterprise namespace.
    namespace: str | None = None
    #: Time allowed per Vault request.
    timeout_seconds: float = 5.0
    #: Verify Vault's TLS certificate.
    verify_tls: bool = True


@dataclass(frozen=True, slots=True)
class AwsSecretsSettings:
    """AWS Secrets Manager (``aiwarden.keys.aws``, extra ``aiwarden[aws]``); credentials from boto3's chain."""

    #: AWS region (default: boto3's).
    region: str | None = None
    #: Secrets Manager endpoint (a VPC endpoint, a local stand-in).
    endpoint_url: str | None = None


@dataclass(frozen=True, slots=True)
class KeysPolicy:
    """Provider keys (``aiwarden.keys``; see docs/keys.md). Key *values* never live in the policy.

    The environment is ``$AIWARDEN_ENV``, else ``environment``, else "development". Its key set is
    ``providers`` overlaid with ``environments.<env>``. With neither configured, the ring picks up
    ``OPENAI_API_KEY`` and ``ANTHROPIC_API_KEY`` (and their ``_FILE`` / ``_NEXT`` variants) if set.
    """

    #: This deployment's environment when ``$AIWARDEN_ENV`` is unset (default development).
    environment: str | None = None
    #: Keys older than this are reported for rotation (log, ``aiwarden keys``).
    warn_age_days: int = 90
    #: Past this age a key is in error: the ring stops handing it out, ``aiwarden keys`` exits 1.
    max_age_days: int | None = None
    #: When the provider answers 401 for the active key, retry with the next key and keep using it.
    fallback_on_401: bool = False
    #: How long values from files and the secrets manager are used before being re-read.
    cache_seconds: int = 300
    #: Where ``secret`` names are looked up: "vault" or "aws".
    secrets_manager: Literal["vault", "aws"] | None = None
    vault: VaultSettings = field(default_factory=VaultSettings)
    aws: AwsSecretsSettings = field(default_factory=AwsSecretsSettings)
    providers: Mapping[str, ProviderKeys] = field(default_factory=dict)
    #: Environment name → provider key sets that replace ``providers`` entries in that environment.
    environments: Mapping[str, Mapping[str, ProviderKeys]] = field(default_factory=dict)
    #: Request paths (globs: ``*`` within a segment, ``**`` across) refused on AI routes, e.g. "/v1/embeddings".
    deny_paths: tuple[str, ...] = ()
    #: Also refuse requests whose messages contain something shaped like a provider key (a user
    #: pasting one); by default only credential fields and the rest of the body are checked.
    refuse_keys_in_messages: bool = False

    def validate(self) -> None:
        if self.warn_age_days < 1:
            raise ConfigurationError("warn_age_days", "must be at least 1")
        if self.max_age_days is not None and self.max_age_days < self.warn_age_days:
            raise ConfigurationError(
                "max_age_days", f"must be at least warn_age_days ({self.warn_age_days}), got {self.max_age_days}"
            )
        if self.cache_seconds < 1:
            raise ConfigurationError("cache_seconds", "must be at least 1 second")
        for i, path in enumerate(self.deny_paths):
            if not path.startswith("/"):
                raise ConfigurationError(f"deny_paths[{i}]", f"must start with '/', got {path!r}")
        sets = {"providers": self.providers, **{f"environments.{e}": s for e, s in self.environments.items()}}
        for where, providers in sets.items():
            for name, keys in providers.items():
                if not re.fullmatch(r"[a-z][a-z0-9_\-]*", name):
                    raise ConfigurationError(f"{where}.{name}", "provider names are lower-case (openai, anthropic)")
                for slot, spec in (("active", keys.active), ("next", keys.next)):
                    if spec is not None and spec.secret and self.secrets_manager is None:
                        raise ConfigurationError(
                            f"{where}.{name}.{slot}.secret",
                            'names a secret but no secrets_manager is configured ("vault" or "aws")',
                        )


@dataclass(frozen=True, slots=True)
class AuditPolicy:
    """The audit trail and metrics (``aiwarden.audit``; see docs/audit.md)."""

    #: Write an audit record for every AI request.
    enabled: bool = True
    #: Built-in sinks: "logging" (one JSON object per record on logger ``aiwarden.audit``) and
    #: "file" (JSONL at ``file``). Setting ``file`` (or ``$AIWARDEN_AUDIT_FILE``) also enables the file sink.
    sinks: tuple[Literal["logging", "file"], ...] = ("logging",)
    #: JSONL path; ``{pid}`` is replaced by the process id (one file per worker process).
    file: str | None = None
    #: Rotate the JSONL file when it would grow past this size; 0 never rotates.
    file_max_bytes: int = 50_000_000
    #: Rotated files kept.
    file_backups: int = 5
    #: Env var holding a key for a keyed hash (HMAC-SHA256) of subjects; unset logs subjects as they are.
    hash_subjects_key_env: str | None = None
    #: Keep a redacted sample of the input of flagged requests (findings, monitored or blocked).
    keep_flagged_samples: bool = False
    #: Length of a kept sample.
    sample_chars: int = 1000
    #: Records waiting for the background writer; past this, records are dropped and counted.
    queue_size: int = 10_000
    #: Keep Prometheus metrics in the default registry (needs the ``metrics`` extra).
    metrics: bool = False
    #: Emit an OpenTelemetry span and GenAI metrics per AI request (needs the ``otel`` extra; aiwarden.otel).
    otel: bool = False

    def validate(self) -> None:
        if self.file_max_bytes < 0:
            raise ConfigurationError("file_max_bytes", "must be zero (never rotate) or a positive size in bytes")
        if self.file_backups < 1:
            raise ConfigurationError("file_backups", "keep at least one rotated file")
        if self.sample_chars < 1:
            raise ConfigurationError("sample_chars", "must be at least 1")
        if self.queue_size < 1:
            raise ConfigurationError("queue_size", "must be at least 1")


#: What a console rule may say: who it grants (see :class:`ConsolePolicy`).
_CONSOLE_RULE = re.compile(
    r"claim:[A-Za-z0-9_.:-]{1,64}(=[^\s]{1,128})?|tier:[A-Za-z0-9_.-]{1,64}|staff|superuser|user"
    r"|perm:[A-Za-z0-9_]{1,64}\.[A-Za-z0-9_]{1,100}"
)


@dataclass(frozen=True, slots=True)
class ConsolePolicy:
    """The operator page (``aiwarden.console``; see docs/console.md). It refuses everyone until
    ``view`` names who may see it. A rule grants when it holds for the caller:

    - ``"claim:NAME"`` — the verified JWT claim is true (``aiwarden_admin: true``);
      ``"claim:NAME=VALUE"`` — the claim equals ``VALUE`` (or, for a list claim, contains it);
    - ``"tier:NAME"`` — the caller's tier (never the anonymous caller's);
    - ``"staff"``, ``"superuser"``, ``"perm:APP.CODENAME"`` — the Django user's flags and permissions;
    - ``"user"`` — any signed-in framework user (Django, Flask-Login).
    """

    #: Who may see the page and read its JSON.
    view: tuple[str, ...] = ()
    #: Who may engage or release the kill switch from the page (they must also be allowed to view).
    switch: tuple[str, ...] = ()
    #: How often the page asks for fresh numbers.
    poll_seconds: int = 5
    #: Audit records each process keeps in memory for the charts and the flagged list.
    recent_records: int = 5000
    #: Hours shown by the requests chart.
    hours: int = 6
    #: Spenders shown per tier.
    top_users: int = 10

    def validate(self) -> None:
        for name in ("view", "switch"):
            for i, rule in enumerate(getattr(self, name)):
                if not _CONSOLE_RULE.fullmatch(rule):
                    raise ConfigurationError(
                        f"{name}[{i}]",
                        f"unknown rule {rule[:40]!r}: use claim:NAME, claim:NAME=VALUE, tier:NAME, staff, "
                        "superuser, perm:APP.CODENAME or user",
                    )
        if not 1 <= self.poll_seconds <= 3600:
            raise ConfigurationError("poll_seconds", "must be between 1 and 3600")
        if not 100 <= self.recent_records <= 1_000_000:
            raise ConfigurationError("recent_records", "must be between 100 and 1000000")
        if not 1 <= self.hours <= 168:
            raise ConfigurationError("hours", "must be between 1 and 168")
        if not 1 <= self.top_users <= 1000:
            raise ConfigurationError("top_users", "must be between 1 and 1000")


@dataclass(frozen=True, slots=True)
class RouteSpec:
    """How one AI-backed route is guarded. Every field but ``format`` overrides the policy."""

    #: Wire format of the route: "openai" (chat completions), "anthropic" (messages), "openai-responses"
    #: (the Responses API), "openai-completions" (legacy completions) or "generic".
    format: FormatName = "openai"
    #: Overrides the policy's ``mode`` on this route.
    mode: Mode | None = None
    #: Placed first as a server-marked system message; client text is never concatenated into it.
    system_prompt: str | None = None
    #: Narrows the tier's allowed models on this route (globs).
    models: tuple[str, ...] | None = None
    #: Cheaper-model routing: requested model → model actually used.
    model_map: Mapping[str, str] = field(default_factory=dict)
    #: Rate limits of this route per caller, e.g. ["10/minute", "100/day"].
    requests: tuple[str, ...] = ()
    #: Caps the request's max_tokens on this route (overrides the tier's).
    max_output_tokens: int | None = None
    #: Prompt-injection action on this route: "block", "flag" or "off".
    injection: Action | None = None
    #: Escape answers as HTML on this route (overrides ``output.html``).
    html_output: bool | None = None
    #: The generic format: dotted paths of the prompt and answer text in the JSON bodies.
    prompt_field: str | None = None
    #: The generic format: dotted path of the answer text in the response body.
    answer_field: str | None = None
    #: Route name in limits, audit records and metrics (default: the path pattern).
    name: str | None = None
    #: Gemini routes: the loosest safety threshold per harm category (see ``Tier.gemini_safety``);
    #: where both set one, the stricter applies.
    gemini_safety: Mapping[str, str] = field(default_factory=dict)

    def validate(self) -> None:
        _check_rates(self.requests, "requests")
        _refuse_key_values(self)  # ai_route(system_prompt="... sk-...") is refused like a policy file
        if self.format == "generic" and not (self.prompt_field and self.answer_field):
            raise ConfigurationError("prompt_field", "the generic format needs prompt_field and answer_field")
        if self.format == "gemini" and self.model_map:
            raise ConfigurationError(
                "model_map",
                "a Gemini route takes its model from the URL, which the guard cannot rewrite: route to a "
                "cheaper model in the view instead",
            )
        _check_safety(self.gemini_safety)


@dataclass(frozen=True, slots=True)
class RouteRule(RouteSpec):
    """A route marked by path pattern in the policy: ``[[routes]] path = "/v1/*"``."""

    #: Path pattern (globs: ``*`` within a segment, ``**`` across), e.g. "/v1/chat/completions".
    path: str = ""
    #: HTTP methods guarded on this path.
    methods: tuple[str, ...] = ("POST",)

    def validate(self) -> None:
        RouteSpec.validate(self)
        if not self.path.startswith("/"):
            raise ConfigurationError("path", f"must start with '/', got {self.path!r}")


@dataclass(frozen=True, slots=True)
class Policy:
    """The whole policy. Build with :meth:`from_dict`, :meth:`from_toml` or :func:`load_policy`."""

    #: "enforce" refuses what the stages refuse; "monitor" only records and flags it (every stage).
    mode: Mode = "enforce"
    routes: tuple[RouteRule, ...] = ()
    auth: AuthPolicy = field(default_factory=AuthPolicy)
    tiers: Mapping[str, Tier] = field(default_factory=lambda: {"default": Tier()})
    global_: GlobalPolicy = field(default_factory=GlobalPolicy)
    input: InputPolicy = field(default_factory=InputPolicy)
    output: OutputPolicy = field(default_factory=OutputPolicy)
    privacy: PrivacyPolicy = field(default_factory=PrivacyPolicy)
    storage: StoragePolicy = field(default_factory=StoragePolicy)
    pricing: Mapping[str, ModelPrice] = field(default_factory=dict)
    keys: KeysPolicy = field(default_factory=KeysPolicy)
    audit: AuditPolicy = field(default_factory=AuditPolicy)
    console: ConsolePolicy = field(default_factory=ConsolePolicy)

    def validate(self) -> None:
        if not self.tiers:
            raise ConfigurationError("tiers", "define at least one tier")
        for name in (self.auth.default_tier, self.auth.anonymous_tier, *self.auth.tier_map.values()):
            if name is not None and name not in self.tiers:
                raise ConfigurationError("auth", f"names tier {name!r}, which [tiers] does not define")
        _refuse_key_values(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Policy:
        return _config.build(cls, data)

    @classmethod
    def from_toml(cls, path: str | os.PathLike[str]) -> Policy:
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except OSError as exc:
            raise ConfigurationError("", f"cannot read policy file {os.fspath(path)!r}: {exc.strerror}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigurationError("", f"policy file {os.fspath(path)!r} is not valid TOML: {exc}") from exc
        return cls.from_dict(data)

    def with_storage(self, uri: str) -> Policy:
        return replace(self, storage=replace(self.storage, uri=uri))

    def to_dict(self) -> dict[str, Any]:
        return _config.to_mapping(self)  # type: ignore[no-any-return]


def load_policy(source: Policy | Mapping[str, Any] | str | os.PathLike[str] | None = None) -> Policy:
    """A policy from an object, a mapping, a TOML path, or else ``$AIWARDEN_POLICY``, or the defaults.

    ``$AIWARDEN_STORAGE_URI``, when set, overrides ``storage.uri``.
    """
    if isinstance(source, Policy):
        policy = source
    elif isinstance(source, Mapping):
        policy = Policy.from_dict(source)
    elif source is not None:
        policy = Policy.from_toml(source)
    elif os.environ.get("AIWARDEN_POLICY"):
        policy = Policy.from_toml(os.environ["AIWARDEN_POLICY"])
    else:
        policy = Policy()
    uri = os.environ.get("AIWARDEN_STORAGE_URI")
    if uri:
        storage = {**_config.to_mapping(policy.storage), "uri": uri}
        policy = _config.build(Policy, {**_shallow(policy), "storage": storage})
    return policy


def _shallow(policy: Policy) -> dict[str, Any]:
    return {_config.key_of(name): getattr(policy, name) for name in Policy.__dataclass_fields__}


def _refuse_key_values(policy: Any) -> None:
    """A policy (file, settings dict, ``ai_route(...)`` arguments) is not a secret store: refuse any
    value holding a key. Mappings are checked before they are built (``_config.build``); this
    catches sections constructed directly. The message names the key path, never the value."""
    _config.refuse_key_values(_config.to_mapping(policy))
