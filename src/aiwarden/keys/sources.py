"""Where key values come from: environment variables, mounted secret files, a secrets manager.

For each key the sources are tried in this order and the first that yields a value wins:

1. the environment variable ``env`` (default ``<PROVIDER>_API_KEY``, ``<PROVIDER>_API_KEY_NEXT``);
2. a mounted secret file: the path in ``$<env>_FILE`` (the Docker/Kubernetes ``*_FILE``
   convention) or the policy's ``file``; setting both ``<env>`` and ``<env>_FILE`` is refused,
   as the official Docker images do, because it is never clear which one is current;
3. the secrets manager (``secret``), any object with the :class:`SecretsManager` ``fetch`` method.

A structured secret (a JSON object in AWS, a KV entry in Vault) holds the key in the field
``field`` (default ``api_key``, or its only field) and may carry ``created`` and ``environment``
metadata next to it, which then win over the policy's: they travel with the key when it rotates.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, Protocol, runtime_checkable

from ..errors import ConfigurationError, KeySourceError
from .patterns import mask
from .settings import KeySpec

__all__ = ["KeySourceError", "ProviderKey", "SecretValue", "SecretsManager", "load_key"]

Slot = Literal["active", "next"]


@dataclass(frozen=True, slots=True)
class SecretValue:
    """What a secrets manager returns: a plain value or named fields, with version metadata."""

    value: str | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)
    #: When this version of the secret was written (AWS ``CreatedDate``, Vault ``created_time``).
    created: date | None = None
    version: str | None = None

    def __repr__(self) -> str:  # the value never appears in a repr
        return f"SecretValue(fields={sorted(self.fields)!r}, created={self.created!r}, version={self.version!r})"


@runtime_checkable
class SecretsManager(Protocol):
    """A secrets store the key ring can read from.

    ``fetch`` is blocking; the ring calls it at start-up and then from a background refresh thread
    (never on an event loop). It may return a plain string, a mapping of fields, or a
    :class:`SecretValue`::

        class MySecrets:
            def fetch(self, name: str) -> str:
                return my_store.read(name)

        Warden(policy, secrets_manager=MySecrets())
    """

    def fetch(self, name: str) -> SecretValue | str | Mapping[str, Any]: ...


@dataclass(frozen=True, slots=True, repr=False)
class ProviderKey:
    """One loaded key. Its ``value`` never appears in a repr or a message; ``masked`` does."""

    provider: str
    slot: Slot
    value: str
    #: Where it came from, e.g. ``env OPENAI_API_KEY``, ``file /run/secrets/openai``, ``aws prod/openai``.
    source: str
    created: date | None = None
    environment: str | None = None
    models: tuple[str, ...] = ("*",)
    #: True when re-reading the source may give a new value (files, secrets managers).
    refreshable: bool = False
    #: A placeholder such as ``dummy`` (a local OpenAI-compatible server takes any key): used, but
    #: not treated as a secret (not masked in logs, not looked for in requests and answers).
    placeholder: bool = False

    @property
    def masked(self) -> str:
        return mask(self.value)

    def allows(self, model: str | None) -> bool:
        from fnmatch import fnmatchcase

        if model is None or "*" in self.models:
            return True
        return any(fnmatchcase(model, pattern) for pattern in self.models)

    def age_days(self, today: date) -> int | None:
        return None if self.created is None else (today - self.created).days

    def __repr__(self) -> str:
        return f"ProviderKey({self.provider}/{self.slot} {self.masked} from {self.source})"


_ENV_ALIASES = {"GEMINI_API_KEY": ("GOOGLE_API_KEY",), "GEMINI_API_KEY_NEXT": ("GOOGLE_API_KEY_NEXT",)}


def default_env(provider: str, slot: Slot) -> str:
    name = provider.upper().replace("-", "_") + "_API_KEY"
    return name if slot == "active" else name + "_NEXT"


def has_source(spec: KeySpec) -> bool:
    return bool(spec.env or spec.file or spec.secret)


def load_key(
    provider: str,
    slot: Slot,
    spec: KeySpec,
    *,
    environ: Mapping[str, str],
    manager: SecretsManager | None,
    where: str,
    allow_placeholder: bool = False,
) -> ProviderKey | None:
    """Load one key from its sources, or None when none of them has a value.

    A placeholder value (:func:`is_placeholder`) is refused unless ``allow_placeholder``; the key
    ring allows it outside ``AIWARDEN_ENV=production``, with a warning.
    """
    env = spec.env or (None if (spec.file or spec.secret) else default_env(provider, slot))
    if env and not spec.env and not (environ.get(env) or environ.get(env + "_FILE")):
        # the names the provider's own SDK reads too (google-genai: GEMINI_API_KEY, then GOOGLE_API_KEY)
        env = next((a for a in _ENV_ALIASES.get(env, ()) if environ.get(a) or environ.get(a + "_FILE")), env)
    meta: dict[str, Any] = {}
    value = source = None
    refreshable = False
    if env:
        direct, file_var = environ.get(env), environ.get(env + "_FILE")
        if direct and file_var:
            raise ConfigurationError(where, f"both {env} and {env}_FILE are set; set only one of them")
        if direct:
            value, source = direct, f"env {env}"
            if environ.get(env + "_CREATED"):
                meta["created"] = environ[env + "_CREATED"]
        elif file_var:
            value, source, refreshable = _read_file(file_var, where), f"file {file_var}", True
    if value is None and spec.file:
        value, source, refreshable = _read_file(spec.file, where), f"file {spec.file}", True
    if value is None and spec.secret:
        if manager is None:
            raise ConfigurationError(where, f"names secret {spec.secret!r} but no secrets manager is configured")
        value, meta = _from_manager(manager, spec, where)
        source, refreshable = f"{_manager_name(manager)} {spec.secret}", True
    if value is None or source is None:
        return None
    value = value.strip()
    placeholder = _check_value(value, where, source, allow_placeholder)
    return ProviderKey(
        provider=provider,
        slot=slot,
        value=value,
        source=source,
        created=_date(meta.get("created"), where) or spec.created or meta.get("version_created"),
        environment=str(meta["environment"]) if meta.get("environment") else spec.environment,
        models=spec.models,
        refreshable=refreshable,
        placeholder=placeholder,
    )


def _read_file(path: str, where: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeySourceError(f"{where}: cannot read the secret file {path!r}: {exc.strerror}") from None
    return text.strip() or None


def _from_manager(manager: SecretsManager, spec: KeySpec, where: str) -> tuple[str | None, dict[str, Any]]:
    assert spec.secret is not None
    try:
        got = manager.fetch(spec.secret)
    except Exception as exc:
        # The driver's message names the secret, never its value; keep it, chained.
        raise KeySourceError(f"{where}: cannot fetch secret {spec.secret!r}: {type(exc).__name__}: {exc}") from exc
    if isinstance(got, str):
        got = parse_secret_string(got)
    elif isinstance(got, Mapping):
        got = SecretValue(fields=got)
    meta: dict[str, Any] = {"version_created": got.created}
    if got.value is not None and not spec.field:
        return got.value, meta
    fields = dict(got.fields)
    name = spec.field or ("api_key" if "api_key" in fields else None)
    if name is None:
        strings = [k for k, v in fields.items() if isinstance(v, str) and k not in ("created", "environment")]
        if len(strings) != 1:
            raise ConfigurationError(
                where, f"secret {spec.secret!r} has fields {sorted(fields)}; name the one holding the key with 'field'"
            )
        name = strings[0]
    value = fields.get(name)
    if not isinstance(value, str):
        raise ConfigurationError(where, f"secret {spec.secret!r} has no text field {name!r} (fields: {sorted(fields)})")
    meta.update({k: fields[k] for k in ("created", "environment") if fields.get(k)})
    return value, meta


def parse_secret_string(text: str) -> SecretValue:
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            doc = json.loads(stripped)
        except ValueError:
            doc = None  # not JSON after all; the error message would quote the value, so say nothing
        if isinstance(doc, dict):
            return SecretValue(fields=doc)
    return SecretValue(value=text)


def _manager_name(manager: SecretsManager) -> str:
    return str(getattr(manager, "name", type(manager).__name__))


def _date(value: Any, where: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        text = str(value).strip()
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date() if "T" in text else date.fromisoformat(text)
    except ValueError:
        raise ConfigurationError(
            where, f"the key's created date {value!r} is not an ISO date like 2025-01-31"
        ) from None


# What people set when a server takes any key (Ollama, vLLM, LM Studio, llama.cpp, LiteLLM docs).
_PLACEHOLDERS = frozenset(
    {
        "dummy",
        "changeme",
        "change-me",
        "placeholder",
        "none",
        "null",
        "empty",
        "fake",
        "test",
        "secret",
        "not-needed",
        "not-used",
        "unused",
        "no-key",
        "nokey",
        "ollama",
        "lm-studio",
        "lmstudio",
        "vllm",
        "local",
        "sk-no-key-required",
        "sk-dummy",
        "sk-fake",
        "sk-test",
        "your-api-key",
        "your_api_key",
        "your-api-key-here",
    }
)


def is_placeholder(value: str) -> bool:
    """Whether a key value is a stand-in rather than a key: under 8 characters, a well-known
    placeholder word (``dummy``, ``EMPTY``, ``sk-no-key-required``…) or one character repeated."""
    v = value.strip()
    lowered = v.lower()
    return len(v) < 8 or lowered in _PLACEHOLDERS or len(set(lowered.removeprefix("sk-"))) <= 1


def _check_value(value: str, where: str, source: str, allow_placeholder: bool = False) -> bool:
    """Refuse a value that cannot be a key; True when it is an allowed placeholder."""
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in value):
        # A newline in a key would end an HTTP header early and inject another one.
        raise ConfigurationError(where, f"the key from {source} contains spaces or control characters")
    if not is_placeholder(value):
        return False
    if not allow_placeholder:
        raise ConfigurationError(
            where,
            f"the key from {source} is a placeholder (shorter than 8 characters or a word like 'dummy'), "
            "not a provider key; placeholders are refused when AIWARDEN_ENV=production",
        )
    return True


def from_environ(environ: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if environ is None else environ
