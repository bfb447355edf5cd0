"""HashiCorp Vault KV as a key source (extra ``aiwarden[vault]``, which installs ``hvac``).

In the policy::

    [keys]
    secrets_manager = "vault"
    vault = { url = "https://vault.internal:8200", mount = "secret" }   # token from $VAULT_TOKEN

    [keys.providers.openai.active]
    secret = "aiwarden/openai"        # KV path; the key in its "api_key" field

Other Vault auth methods (Kubernetes, AppRole): build an ``hvac.Client``, log it in, and pass
``Warden(policy, secrets_manager=VaultSecrets(client=client))``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from ..errors import ConfigurationError
from .settings import VaultSettings
from .sources import SecretValue

__all__ = ["VaultSecrets"]


class VaultSecrets:
    """Reads secrets from a Vault KV engine (version 2 by default) with ``hvac``.

    >>> VaultSecrets(url="http://127.0.0.1:8200", token="hvs.dev")   # doctest: +SKIP
    """

    name = "vault"

    def __init__(
        self,
        *,
        url: str | None = None,
        token: str | None = None,
        mount: str = "secret",
        kv_version: int = 2,
        namespace: str | None = None,
        timeout: float = 5.0,
        verify: bool = True,
        client: Any = None,
    ) -> None:
        if client is None:
            try:
                import hvac
            except ModuleNotFoundError as exc:
                raise ModuleNotFoundError(
                    "the Vault key source needs hvac: pip install 'aiwarden[vault]'", name="hvac"
                ) from exc
            client = hvac.Client(url=url, token=token, namespace=namespace, timeout=timeout, verify=verify)
        self.client = client
        self.mount = mount
        self.kv_version = kv_version

    @classmethod
    def from_settings(cls, settings: VaultSettings, environ: Mapping[str, str]) -> VaultSecrets:
        url = settings.url or environ.get("VAULT_ADDR")
        if not url:
            raise ConfigurationError("keys.vault.url", "set the Vault address here or in $VAULT_ADDR")
        token = environ.get(settings.token_env)
        token_file = environ.get(settings.token_env + "_FILE")
        if not token and token_file:
            try:
                with open(token_file, encoding="utf-8") as fh:
                    token = fh.read().strip()
            except OSError as exc:
                raise ConfigurationError(
                    "keys.vault.token_env", f"cannot read {settings.token_env}_FILE={token_file!r}: {exc.strerror}"
                ) from None
        if not token:
            raise ConfigurationError(
                "keys.vault.token_env", f"set ${settings.token_env} (or ${settings.token_env}_FILE) to a Vault token"
            )
        return cls(
            url=url,
            token=token,
            mount=settings.mount,
            kv_version=settings.kv_version,
            namespace=settings.namespace,
            timeout=settings.timeout_seconds,
            verify=settings.verify_tls,
        )

    def fetch(self, name: str) -> SecretValue:
        kv = self.client.secrets.kv
        if self.kv_version == 1:
            answer = kv.v1.read_secret(path=name, mount_point=self.mount)
            return SecretValue(fields=answer["data"])
        answer = kv.v2.read_secret_version(path=name, mount_point=self.mount, raise_on_deleted_version=True)
        data = answer["data"]
        meta = data.get("metadata") or {}
        return SecretValue(
            fields=data["data"],
            created=_created(meta.get("created_time")),
            version=str(meta["version"]) if meta.get("version") is not None else None,
        )

    def __repr__(self) -> str:
        return f"VaultSecrets({getattr(self.client, 'url', '?')!r}, mount={self.mount!r})"


def _created(value: Any) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        # Vault writes nanoseconds (2025-01-31T10:00:00.123456789Z); the date is all we need.
        return datetime.fromisoformat(value[:10]).date()
    except ValueError:
        return None
