"""The key ring: the server's provider keys, loaded once, refreshed, rotated and scoped.

    >>> ring = KeyRing(environ={"OPENAI_API_KEY": "sk-proj-" + "Ab1" * 16})
    >>> ring.get("openai", model="gpt-4o-mini")[:8]
    'sk-proj-'
    >>> ring
    <KeyRing development: openai active sk-proj-…1Ab1>

The app's handler takes its key from ``warden.keys`` (or builds a client with it) instead of
reading the environment itself::

    client = warden.keys.openai_client(model="gpt-4o-mini")      # official SDK, key injected
    key = warden.keys.get("anthropic", model="claude-sonnet-4-5")  # the raw value
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal

from ..errors import ConfigurationError, KeyExpiredError, KeyNotConfiguredError, KeyRingError, KeyScopeError
from .masking import install_log_filter, register_values
from .settings import Api, KeySpec, KeysPolicy, ProviderKeys
from .sources import ProviderKey, SecretsManager, Slot, default_env, load_key

__all__ = [
    "KeyExpiredError",
    "KeyNotConfiguredError",
    "KeyRing",
    "KeyRingError",
    "KeyScopeError",
    "KeyStatus",
]

log = logging.getLogger("aiwarden.keys")

#: Providers picked up from the environment when the policy configures none.
WELL_KNOWN = ("openai", "anthropic", "gemini")
_API_BY_NAME = {
    "anthropic": "anthropic",
    "azure": "azure",
    "azure-openai": "azure",
    "gemini": "gemini",
    "google": "gemini",
}


@dataclass(frozen=True, slots=True)
class KeyStatus:
    """One key as ``aiwarden keys`` shows it. Holds the masked value only."""

    provider: str
    slot: Slot
    masked: str
    source: str
    environment: str | None
    models: tuple[str, ...]
    created: date | None
    age_days: int | None
    #: "ok", "old" (past warn_age_days) or "expired" (past max_age_days).
    state: Literal["ok", "old", "expired"]
    in_use: bool
    #: A placeholder value (``dummy``), accepted outside production.
    placeholder: bool = False


@dataclass(slots=True)
class _Provider:
    name: str
    config: ProviderKeys
    api: Api
    keys: dict[Slot, ProviderKey]
    in_use: Slot = "active"
    #: Values the provider answered 401 for; never handed out again until the source changes.
    rejected: frozenset[str] = frozenset()


class KeyRing:
    """Provider keys for the server. Build one per process (the keys stage does, as ``warden.keys``).

    Parameters mirror the ``[keys]`` policy; ``environ`` (default ``os.environ``), ``clock`` and
    ``today`` exist for tests.
    """

    def __init__(
        self,
        policy: KeysPolicy | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        secrets_manager: SecretsManager | None = None,
        environment: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], date] = date.today,
        background_refresh: bool = True,
    ) -> None:
        self.policy = policy or KeysPolicy()
        self._environ = os.environ if environ is None else environ
        self.manager = secrets_manager if secrets_manager is not None else _builtin_manager(self.policy, self._environ)
        self.environment = environment or self._environ.get("AIWARDEN_ENV") or self.policy.environment or "development"
        self._clock = clock
        self._today = today
        self._background = background_refresh
        self._lock = threading.Lock()
        self._refresher: threading.Thread | None = None
        self._seen: set[str] = set()
        self._seen_sorted: tuple[str, ...] = ()
        self._configs = self._select_configs()
        self._providers: dict[str, _Provider] = {}
        self._loaded_at = 0.0
        self._load(initial=True)

    # -- loading -------------------------------------------------------------------------------

    def _select_configs(self) -> dict[str, tuple[str, ProviderKeys, bool]]:
        """Provider → (policy path, settings, explicitly configured)."""
        policy = self.policy
        envs = policy.environments
        if envs and self.environment not in envs:
            raise ConfigurationError(
                "keys.environments",
                f"AIWARDEN_ENV is {self.environment!r}, for which no key set is configured "
                f"(configured: {', '.join(sorted(envs))})",
            )
        configs = {name: (f"keys.providers.{name}", keys, True) for name, keys in policy.providers.items()}
        for name, keys in envs.get(self.environment, {}).items():
            configs[name] = (f"keys.environments.{self.environment}.{name}", keys, True)
        if not configs:
            configs = {name: (f"keys ({name})", ProviderKeys(), False) for name in WELL_KNOWN}
        return configs

    def _load(self, *, initial: bool) -> None:
        loaded: dict[str, _Provider] = {}
        for name, (where, config, explicit) in self._configs.items():
            keys: dict[Slot, ProviderKey] = {}
            active = self._load_slot(name, "active", config.active, f"{where}.active", required=explicit)
            if active is None:
                previous = None if initial else self._providers.get(name)
                if previous is not None:
                    # a source that was readable and now has no value (a secret file being
                    # replaced: removed, or truncated before the new value is written) is a failed
                    # refresh, not a removal: keep serving the key loaded before
                    log.error(
                        "aiwarden: the %s key source has no value now (%s); keeping the key loaded before",
                        name,
                        previous.keys["active"].source,
                    )
                    loaded[name] = previous
                continue
            keys["active"] = active
            if config.next is not None:
                nxt = self._load_slot(name, "next", config.next, f"{where}.next", required=True)
            else:
                # Rotation by environment alone: <PROVIDER>_API_KEY_NEXT is picked up when set.
                spec = KeySpec(env=default_env(name, "next"), models=config.active.models)
                nxt = self._load_slot(name, "next", spec, f"{where}.next", required=False)
            if nxt is not None:
                if nxt.value == active.value:
                    raise ConfigurationError(f"{where}.next", "the next key is the same as the active key")
                keys["next"] = nxt
            api: Api = config.api or _API_BY_NAME.get(name, "openai")  # type: ignore[assignment]
            loaded[name] = self._carry_over(_Provider(name, config, api, keys))
        # placeholders ("dummy") are not secrets: not masked in logs, not looked for in traffic
        values = [k.value for p in loaded.values() for k in p.keys.values() if not k.placeholder]
        for p in loaded.values():
            for k in p.keys.values():
                if k.placeholder and initial:
                    log.warning(
                        "aiwarden: the %s %s key from %s is a placeholder, not a provider key; fine for a "
                        "local OpenAI-compatible server, refused when AIWARDEN_ENV=production",
                        p.name,
                        k.slot,
                        k.source,
                    )
        register_values(values)
        install_log_filter()
        with self._lock:
            self._providers = loaded
            self._seen.update(values)
            self._seen_sorted = tuple(sorted(self._seen, key=len, reverse=True))
            self._loaded_at = self._clock()
        self._report_ages(loaded.values(), initial=initial)

    def _load_slot(self, name: str, slot: Slot, spec: KeySpec, where: str, *, required: bool) -> ProviderKey | None:
        key = load_key(
            name,
            slot,
            spec,
            environ=self._environ,
            manager=self.manager,
            where=where,
            allow_placeholder=self.environment != "production",
        )
        if key is None:
            if required:
                env = spec.env or default_env(name, slot)
                raise ConfigurationError(
                    where,
                    f"no value found: set {env} or {env}_FILE"
                    + (f", create the file {spec.file}" if spec.file else "")
                    + (f", or store secret {spec.secret!r}" if spec.secret else ""),
                )
            return None
        if key.environment is not None and key.environment != self.environment:
            raise ConfigurationError(
                where,
                f"the key from {key.source} is marked for environment {key.environment!r}, "
                f"but this is {self.environment!r} (AIWARDEN_ENV); refusing to use it",
            )
        return key

    def _carry_over(self, fresh: _Provider) -> _Provider:
        """Keep a 401 switch across a refresh, unless the rejected key was replaced."""
        old = self._providers.get(fresh.name)
        if old is None:
            return fresh
        values = {k.value for k in fresh.keys.values()}
        rejected = frozenset(v for v in old.rejected if v in values)
        # the switch follows the rejected *value*: while the active slot still holds it, use next;
        # once the operator replaced it (e.g. promoted next to active and staged a new next), the
        # active key is in use again. Kept by slot name, "next" would now be the staged key.
        in_use: Slot = "active"
        if "active" in fresh.keys and fresh.keys["active"].value in rejected and "next" in fresh.keys:
            in_use = "next"
        return replace(fresh, in_use=in_use, rejected=rejected)

    def _report_ages(self, providers: Any, *, initial: bool) -> None:
        for status in self._statuses(providers):
            if status.state == "expired":
                log.error(
                    "aiwarden: the %s %s key %s is %d days old, past keys.max_age_days=%d; it will not be used",
                    status.provider,
                    status.slot,
                    status.masked,
                    status.age_days,
                    self.policy.max_age_days,
                )
            elif status.state == "old" and initial:
                log.warning(
                    "aiwarden: the %s %s key %s is %d days old (keys.warn_age_days=%d); rotate it",
                    status.provider,
                    status.slot,
                    status.masked,
                    status.age_days,
                    self.policy.warn_age_days,
                )

    # -- refresh -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read every source now (files and secrets manager give the current value).

        On failure the keys in use are kept and the error is logged; the next refresh tries again.
        """
        try:
            self._load(initial=False)
        except Exception:
            log.exception("aiwarden: refreshing the provider keys failed; keeping the keys loaded before")
            with self._lock:
                self._loaded_at = self._clock()

    def _maybe_refresh(self) -> None:
        if self._clock() - self._loaded_at < self.policy.cache_seconds:
            return
        if not any(k.refreshable for p in self._providers.values() for k in p.keys.values()):
            return
        if not self._background:
            self.refresh()
            return
        with self._lock:
            if self._refresher is not None and self._refresher.is_alive():
                return
            # The caller may be on an event loop: re-read in a thread, keep serving the cached keys.
            self._refresher = threading.Thread(target=self.refresh, name="aiwarden-keys-refresh", daemon=True)
            self._refresher.start()

    # -- handing out keys ----------------------------------------------------------------------

    def providers(self) -> list[str]:
        return sorted(self._providers)

    def __contains__(self, provider: object) -> bool:
        return provider in self._providers

    def key(self, provider: str, model: str | None = None) -> ProviderKey:
        """The :class:`ProviderKey` to use for ``provider`` (and ``model``, checked against its scope)."""
        self._maybe_refresh()
        state = self._providers.get(provider)
        if state is None:
            known = ", ".join(self.providers()) or "none"
            raise KeyNotConfiguredError(f"no key is configured for provider {provider!r} (configured: {known})")
        key = self._usable(state)
        if not key.allows(model):
            scope = ", ".join(key.models)
            raise KeyScopeError(
                f"the {provider} key {key.masked} is scoped to {scope}; it may not be used for {model!r}"
            )
        return key

    def get(self, provider: str, *, model: str | None = None) -> str:
        """The key value for ``provider``; raises :class:`KeyRingError` subclasses when there is none.

        >>> KeyRing(environ={"ANTHROPIC_API_KEY": "sk-ant-api03-" + "x1" * 20}).get("anthropic")[-4:]
        'x1x1'
        """
        return self.key(provider, model).value

    def _usable(self, state: _Provider) -> ProviderKey:
        order: list[Slot] = [state.in_use, "next" if state.in_use == "active" else "active"]
        expired = []
        for slot in order:
            key = state.keys.get(slot)
            if key is None or key.value in state.rejected:
                continue
            if self._state_of(key) == "expired":
                expired.append(key)
                continue
            return key
        if expired:
            raise KeyExpiredError(
                f"every {state.name} key is past keys.max_age_days={self.policy.max_age_days} "
                f"({', '.join(k.masked for k in expired)}); rotate the key"
            )
        raise KeyRingError(f"the provider rejected every {state.name} key (401); rotate the key")

    def unauthorized(self, provider: str, value: str) -> str | None:
        """The provider answered 401 for ``value``: with ``fallback_on_401``, switch to the next key.

        Returns the key to retry with, or None. The switch holds for this process until the
        sources change (a refresh bringing a new active key resets it).
        """
        if not self.policy.fallback_on_401:
            return None
        with self._lock:
            state = self._providers.get(provider)
            if state is None or value in state.rejected:
                return None
            current = state.keys.get(state.in_use)
            if current is None or current.value != value or state.in_use != "active" or "next" not in state.keys:
                return None
            nxt = state.keys["next"]
            self._providers[provider] = replace(state, in_use="next", rejected=state.rejected | {value})
        log.warning(
            "aiwarden: %s answered 401 for the active key %s; switching to the next key %s",
            provider,
            current.masked,
            nxt.masked,
        )
        return nxt.value

    def api_of(self, provider: str) -> Api:
        state = self._providers.get(provider)
        if state is None:
            raise KeyNotConfiguredError(f"no key is configured for provider {provider!r}")
        return state.api

    def base_url(self, provider: str) -> str | None:
        state = self._providers.get(provider)
        return state.config.base_url if state else None

    def secret_values(self) -> list[str]:
        """Every key value this ring has loaded (current and replaced), for output leak checks."""
        return list(self._seen_sorted)

    def contains_secret(self, text: str) -> bool:
        """Whether ``text`` contains one of the keys this ring has loaded."""
        return any(v in text for v in self._seen_sorted)

    def is_secret(self, value: str) -> bool:
        """Whether ``value`` is one of the keys this ring has loaded."""
        return value in self._seen

    # -- status --------------------------------------------------------------------------------

    def _state_of(self, key: ProviderKey) -> Literal["ok", "old", "expired"]:
        age = key.age_days(self._today())
        if age is None:
            return "ok"
        if self.policy.max_age_days is not None and age > self.policy.max_age_days:
            return "expired"
        return "old" if age > self.policy.warn_age_days else "ok"

    def _statuses(self, providers: Any) -> list[KeyStatus]:
        out = []
        today = self._today()
        for p in providers:
            try:
                used: ProviderKey | None = self._usable(p)
            except KeyRingError:  # every key expired or rejected: none is in use
                used = None
            for slot in ("active", "next"):
                key = p.keys.get(slot)
                if key is None:
                    continue
                out.append(
                    KeyStatus(
                        provider=p.name,
                        slot=slot,
                        masked=key.value if key.placeholder else key.masked,  # not a secret
                        source=key.source,
                        environment=key.environment,
                        models=key.models,
                        created=key.created,
                        age_days=key.age_days(today),
                        state=self._state_of(key),
                        in_use=key is used,
                        placeholder=key.placeholder,
                    )
                )
        return out

    def status(self) -> list[KeyStatus]:
        """Every loaded key, masked, with its age and rotation state (what ``aiwarden keys`` prints)."""
        return self._statuses(self._providers[name] for name in self.providers())

    def __repr__(self) -> str:
        parts = [f"{s.provider} {s.slot} {s.masked}" for s in self.status() if s.in_use]
        return f"<KeyRing {self.environment}: {', '.join(parts) or 'no keys'}>"

    # -- SDK clients ---------------------------------------------------------------------------

    def openai_client(self, *, model: str | None = None, provider: str = "openai", **kwargs: Any) -> Any:
        """An ``openai.OpenAI`` client whose requests carry this ring's current key.

        The key is set on each request (so refreshed and rotated keys apply to a long-lived
        client), the request's model is checked against the key's scope (403 otherwise), and a
        401 is retried once with the next key when ``keys.fallback_on_401`` is on. Extra keyword
        arguments go to the client; ``transport`` is the underlying httpx transport.
        """
        from .clients import build_client

        return build_client(self, provider, model, "openai", asynchronous=False, kwargs=kwargs)

    def async_openai_client(self, *, model: str | None = None, provider: str = "openai", **kwargs: Any) -> Any:
        """Like :meth:`openai_client`, an ``openai.AsyncOpenAI``."""
        from .clients import build_client

        return build_client(self, provider, model, "openai", asynchronous=True, kwargs=kwargs)

    def anthropic_client(self, *, model: str | None = None, provider: str = "anthropic", **kwargs: Any) -> Any:
        """An ``anthropic.Anthropic`` client (see :meth:`openai_client`); needs ``pip install anthropic``."""
        from .clients import build_client

        return build_client(self, provider, model, "anthropic", asynchronous=False, kwargs=kwargs)

    def gemini_client(self, *, model: str | None = None, provider: str = "gemini", **kwargs: Any) -> Any:
        """A ``google.genai.Client`` (sync and ``.aio``) whose requests carry this ring's current key
        (``$GEMINI_API_KEY`` or ``$GOOGLE_API_KEY``); needs ``pip install google-genai``."""
        from .clients import build_gemini_client

        return build_gemini_client(self, provider, model, kwargs)

    def async_anthropic_client(self, *, model: str | None = None, provider: str = "anthropic", **kwargs: Any) -> Any:
        """Like :meth:`anthropic_client`, an ``anthropic.AsyncAnthropic``."""
        from .clients import build_client

        return build_client(self, provider, model, "anthropic", asynchronous=True, kwargs=kwargs)


def _builtin_manager(policy: KeysPolicy, environ: Mapping[str, str]) -> SecretsManager | None:
    if policy.secrets_manager == "vault":
        from .vault import VaultSecrets

        return VaultSecrets.from_settings(policy.vault, environ)
    if policy.secrets_manager == "aws":
        from .aws import AwsSecrets

        return AwsSecrets.from_settings(policy.aws)
    return None
