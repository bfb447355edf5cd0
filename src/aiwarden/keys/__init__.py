"""Provider keys stay on the server (see docs/keys.md).

* :class:`KeyRing` — loads keys from the environment, mounted secret files and a secrets manager,
  rotates (active + next, optional 401 fallback), scopes them to models and warns about their age.
  The keys stage builds one per :class:`~aiwarden.Warden` as ``warden.keys``::

      client = warden.keys.openai_client(model="gpt-4o-mini")

* :class:`KeysStage` — refuses client-sent provider keys (400 ``client_key_forbidden``) and
  denied capability paths (403 ``capability_denied``).
* :class:`KeyMaskingFilter` — masks key values in log records; attach it to your own handlers.
* :class:`SecretsManager` — the protocol of a secrets store; :class:`~aiwarden.keys.vault.VaultSecrets`
  and :class:`~aiwarden.keys.aws.AwsSecrets` implement it (extras ``vault`` and ``aws``).
"""

from __future__ import annotations

from .masking import KeyMaskingFilter, install_log_filter, mask_text
from .patterns import find_keys, looks_like_key, mask
from .ring import (
    KeyExpiredError,
    KeyNotConfiguredError,
    KeyRing,
    KeyRingError,
    KeyScopeError,
    KeyStatus,
)
from .sources import KeySourceError, ProviderKey, SecretsManager, SecretValue
from .stage import KeysStage

__all__ = [
    "KeyExpiredError",
    "KeyMaskingFilter",
    "KeyNotConfiguredError",
    "KeyRing",
    "KeyRingError",
    "KeyScopeError",
    "KeySourceError",
    "KeyStatus",
    "KeysStage",
    "ProviderKey",
    "SecretValue",
    "SecretsManager",
    "find_keys",
    "install_log_filter",
    "looks_like_key",
    "mask",
    "mask_text",
]
