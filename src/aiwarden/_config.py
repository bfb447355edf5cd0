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
"""

from __future__ import annotations

import dataclasses
import datetime
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
    """Build section ``cls`` from ``data`` (a mapping), validating every key."""
    if isinstance(data, cls):
        return data
    if not isinstance(data, Mapping):
        raise ConfigurationError(path, f"expected a table of settings, got {_kind(data)}")
    fields = {key_of(f.name): f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = [k for k in data if k not in fields]
    if unknown:
        known = ", ".join(sorted(fields))
        raise ConfigurationError(_join(path, str(unknown[0])), f"unknown setting (known here: {known})")
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
        return build(hint, value, path)
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
