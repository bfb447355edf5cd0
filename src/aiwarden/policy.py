"""The policy: one frozen, validated object shared by every adapter.

Load it from a dict (:meth:`Policy.from_dict`), a TOML file (:meth:`Policy.from_toml`), the file
named by ``AIWARDEN_POLICY`` (:func:`load_policy`), Django settings (``AIWARDEN``) or Flask config
(``AIWARDEN``/``AIWARDEN_POLICY``). Unknown keys, wrong types and impossible values raise
:class:`~aiwarden.errors.ConfigurationError` naming the key path::

    >>> Policy.from_dict({"tiers": {"free": {"models": "gpt-4o"}}})
    Traceback (most recent call last):
    ...
    aiwarden.errors.ConfigurationError: tiers.free.models: expected a list, got str 'gpt-4o'

:class:`Policy` assembles the sections; each lives beside the concern that reads it
(``auth/settings.py``, ``input/settings.py``, ``output/settings.py``, ``privacy/settings.py``,
``quota/settings.py``, ``keys/settings.py``, ``audit/settings.py``, ``console/settings.py``,
``pricing.ModelPrice``). Tiers and routes, read by several stages, are defined here.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from . import _config
from .audit.settings import AuditPolicy
from .auth.settings import AuthPolicy
from .console.settings import ConsolePolicy
from .errors import ConfigurationError
from .formats.gemini import check_safety
from .input.settings import Action, InputPolicy
from .keys.settings import AwsSecretsSettings, KeySpec, KeysPolicy, ProviderKeys, VaultSettings
from .output.settings import OutputPolicy
from .pricing import ModelPrice
from .privacy.settings import PrivacyPolicy
from .quota.settings import GlobalPolicy, StoragePolicy, check_rates

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
FormatName = Literal["openai", "anthropic", "generic", "openai-responses", "openai-completions", "gemini"]


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
        check_rates(self.requests, "requests")
        _config.non_negative(
            self, "tokens_per_day", "spend_per_day_usd", "spend_per_month_usd", "max_input_tokens", "max_output_tokens"
        )
        check_safety(self.gemini_safety)


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
        check_rates(self.requests, "requests")
        _refuse_key_values(self)  # ai_route(system_prompt="... sk-...") is refused like a policy file
        if self.format == "generic" and not (self.prompt_field and self.answer_field):
            raise ConfigurationError("prompt_field", "the generic format needs prompt_field and answer_field")
        if self.format == "gemini" and self.model_map:
            raise ConfigurationError(
                "model_map",
                "a Gemini route takes its model from the URL, which the guard cannot rewrite: route to a "
                "cheaper model in the view instead",
            )
        check_safety(self.gemini_safety)


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
