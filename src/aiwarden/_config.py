"""Typed, validated configuration sections built from plain mappings.

Every policy section is a frozen dataclass. :func:`build` turns a mapping (from a dict, TOML,
Django settings or Flask config) into that dataclass, checking each value against the field's
type hint and refusing unknown keys, so every error names its key path. A section may define
``validate(self)`` that raises ``ValueError`` for impossible combinations; the message is
re-raised as :class:`ConfigurationError` with the section's path.

Supported field types: ``str``, ``int``, ``float``, ``bool``, ``None`` unions, ``Literal[...]``,
``datetime.date`` (a TOML date or an ISO string), ``tuple[T, ...]`` (from lists),
``Mapping[str, T]`` / ``dict[str, T]`` (frozen to a dict), and nested section dataclasses.
A field name ending in ``_`` maps to the key without it (``global_`` ↔ ``global``).

Before anything else, :func:`build` refuses a mapping holding anything shaped like a provider key,
anywhere (a known setting or not, a key or a value), with advice on where keys belong; no message
quotes it.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
import types
import typing
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

from .errors import ConfigurationError

T = TypeVar("T")

_HINTS: dict[type, dict[str, Any]] = {}


def key_of(field_name: str) -> str:
    return field_name[:-1] if field_name.endswith("_") else field_name


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def build(cls: type[T], data: Any, path: str = "") -> T:
    """Build section ``cls`` from ``data`` (a mapping), validating every key.

    A provider key anywhere in ``data`` is refused first (:func:`refuse_key_values`).
    """
    refuse_key_values(data, path)
    return _build(cls, data, path)


#: Setting names people give a key value; an unknown setting named so gets the advice too.
_CREDENTIAL_NAMES = ("key", "api_key", "apikey", "secret", "token", "password", "value", "access_key")


def _key_advice(path: str, value: str | None = None) -> str:
    """Where a provider key belongs instead of ``path``; names the variable when it can tell."""
    parts = path.replace("[", ".").split(".")
    provider = None
    for holder in ("providers", "environments"):
        if holder in parts:
            i = parts.index(holder) + (1 if holder == "providers" else 2)
            provider = parts[i] if i < len(parts) else None
    if provider is None and value is not None:
        provider = "anthropic" if value.startswith("sk-ant-") else "openai" if value.startswith("sk-") else None
    env = f"{provider.upper().replace('-', '_')}_API_KEY" if provider else "<PROVIDER>_API_KEY"
    if path.endswith(("_env", ".env")):
        return (
            f"this setting takes the *name* of an environment variable (e.g. {env}), not the key; set that "
            "variable to the key in the process environment (docs/keys.md)."
        )
    return (
        "keys never belong in a policy or settings file. Put the key in the environment variable "
        f"{env} (or a mounted file named by {env}_FILE, e.g. /run/secrets/{(provider or 'openai')}) and "
        "let the key ring load it; [keys.providers.<name>.active] only says where to find it "
        '(env = "MY_KEY_VARIABLE", file = "...", secret = "..."). See docs/keys.md.'
    )


def refuse_key_values(data: Any, path: str = "") -> None:
    """Raise :class:`ConfigurationError` when ``data`` holds a provider-key-shaped string anywhere.

    The message names the key path (a mapping key that is itself a key shows as ``<a key>``) and
    where keys belong, never the value.
    """
    from .keys.patterns import find_keys  # here, not at the top: aiwarden.keys imports the policy

    def walk(value: Any, where: str) -> None:
        if isinstance(value, str):
            match = next(find_keys(value), None)
            if match is not None:
                raise ConfigurationError(
                    where, "holds what looks like a provider API key; " + _key_advice(where, match.group())
                )
        elif isinstance(value, Mapping):
            for k, v in value.items():
                name = str(k)
                if next(find_keys(name), None) is not None:
                    raise ConfigurationError(
                        _join(where, "<a key>"), "a setting is named with a provider API key; " + _key_advice(where)
                    )
                walk(v, _join(where, name))
        elif isinstance(value, (list, tuple)):
            for i, v in enumerate(value):
                walk(v, f"{where}[{i}]")
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            walk(to_mapping(value), where)

    walk(data, path)


def _build(cls: type[T], data: Any, path: str) -> T:
    if isinstance(data, cls):
        return data
    if not isinstance(data, Mapping):
        # never quoted: a string where a table belongs is often a key value or a secret
        message = f"expected a table of settings, got {'a string' if isinstance(data, str) else _kind(data)}"
        if isinstance(data, str) and cls.__name__ in ("KeySpec", "ProviderKeys"):
            message += "; " + _key_advice(path)
        raise ConfigurationError(path, message)
    fields = {key_of(f.name): f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = [k for k in data if k not in fields]
    if unknown:
        known = ", ".join(sorted(fields))
        name = str(unknown[0])
        message = f"unknown setting (known here: {known})"
        if name.lower() in _CREDENTIAL_NAMES or name.lower().endswith(("_key", "_secret", "_token")):
            message += "; if this is meant to hold a key or secret: " + _key_advice(_join(path, name))
        raise ConfigurationError(_join(path, name), message)
    hints = _hints(cls)
    kwargs = {}
    for key, value in data.items():
        f = fields[key]
        kwargs[f.name] = convert(hints[f.name], value, _join(path, key))
    try:
        obj = cls(**kwargs)
    except TypeError as exc:  # a required field is missing
        raise ConfigurationError(path, str(exc)) from exc
    validate = getattr(obj, "validate", None)
    if validate is not None:
        try:
            validate()
        except ValueError as exc:
            if isinstance(exc, ConfigurationError):
                raise ConfigurationError(_join(path, exc.path), exc.message) from exc
            raise ConfigurationError(path, str(exc)) from exc
    return obj


def convert(hint: Any, value: Any, path: str) -> Any:
    origin = get_origin(hint)
    args = get_args(hint)
    if hint is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return convert(arg, value, path)
            except ConfigurationError as exc:
                errors.append(exc.message)
        raise ConfigurationError(path, " or ".join(errors))
    if origin is Literal:
        if value not in args:
            choices = ", ".join(repr(a) for a in args)
            raise ConfigurationError(path, f"expected one of {choices}, got {value!r}")
        return value
    if origin is tuple:
        if isinstance(value, str) or not isinstance(value, (list, tuple)):
            raise ConfigurationError(path, f"expected a list, got {_kind(value)}")
        item = args[0]
        return tuple(convert(item, v, f"{path}[{i}]") for i, v in enumerate(value))
    if origin in (dict, Mapping, typing.Mapping) or hint in (dict, Mapping):
        if not isinstance(value, Mapping):
            raise ConfigurationError(path, f"expected a table, got {_kind(value)}")
        vhint = args[1] if args else Any
        return {str(k): convert(vhint, v, _join(path, str(k))) for k, v in value.items()}
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _build(hint, value, path)
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigurationError(path, f"expected true or false, got {_kind(value)}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigurationError(path, f"expected a whole number, got {_kind(value)}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigurationError(path, f"expected a number, got {_kind(value)}")
        return float(value)
    if hint is datetime.date:
        # TOML has date literals (created = 2025-01-31); dicts and env-style settings give strings.
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise ConfigurationError(path, f"expected a date like 2025-01-31, got {_kind(value)}")
    if hint is str:
        if not isinstance(value, str):
            raise ConfigurationError(path, f"expected a string, got {_kind(value)}")
        return value
    raise ConfigurationError(path, f"unsupported setting type {hint!r}")  # pragma: no cover


def to_mapping(obj: Any) -> Any:
    """The inverse of :func:`build`: plain dicts/lists, keys as written in a policy file."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {key_of(f.name): to_mapping(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Mapping):
        return {k: to_mapping(v) for k, v in obj.items()}
    if isinstance(obj, tuple):
        return [to_mapping(v) for v in obj]
    return obj


def _join(path: str, key: str) -> str:
    if not key:
        return path
    if key.startswith("["):
        return f"{path}{key}"
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return f"boolean {value!r}"
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, (list, tuple)):
        return "a list"
    return f"{type(value).__name__} {value!r}"


def non_negative(obj: Any, *names: str) -> None:
    """Each named field of ``obj`` is None or at least zero (ConfigurationError naming the key)."""
    for name in names:
        value = getattr(obj, name)
        if value is not None and value < 0:
            raise ConfigurationError(key_of(name), f"must be zero or more, got {value!r}")


def path_glob(path: str) -> str:
    """The regex of a policy path pattern (``[[routes]] path``, ``keys.deny_paths``): ``*`` within a
    segment, ``**`` across segments."""
    out = []
    i = 0
    while i < len(path):
        if path.startswith("**", i):
            out.append(".*")
            i += 2
        elif path[i] == "*":
            out.append("[^/]*")
            i += 1
        else:
            out.append(re.escape(path[i]))
            i += 1
    return "".join(out)
