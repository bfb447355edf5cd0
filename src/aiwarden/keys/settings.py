"""The ``[keys]`` policy section (read by the key ring and the keys stage). Key *values* never live here."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ..errors import ConfigurationError

#: The wire API a provider speaks (what the key ring and the SDK clients it builds go by).
Api = Literal["openai", "anthropic", "azure", "gemini"]

__all__ = ["AwsSecretsSettings", "KeySpec", "KeysPolicy", "ProviderKeys", "VaultSettings"]


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
