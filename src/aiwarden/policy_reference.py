"""The policy's reference, generated from its dataclasses so it cannot drift.

* :func:`json_schema` — a JSON Schema (draft 2020-12) of ``policy.toml`` for editors
  (``aiwarden policy schema``);
* :func:`markdown` — docs/policy.md: every setting with its type, default, an example and the
  stage that reads it (``scripts/policy-docs`` writes it; a test fails when the file is stale).

Descriptions come from the ``#:`` comments above each field (in ``policy.py`` and in the
``settings.py`` of each concern whose section :class:`~aiwarden.policy.Policy` assembles) and
from each section's docstring; the stage that reads a section from the module its docstring names.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime
import inspect
import json
import re
import types
import typing
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, Literal, TypeGuard, get_args, get_origin

from . import _config, policy

__all__ = ["json_schema", "markdown", "settings"]

_MODULE = re.compile(r"``(aiwarden\.[\w.]+)``")


@dataclasses.dataclass(frozen=True, slots=True)
class Setting:
    """One row of the reference."""

    path: str  # "tiers.<name>.requests"
    type: str  # "list of strings"
    default: Any
    description: str
    read_by: str  # "aiwarden.quota"
    example: str  # a TOML line


@cache
def _is_dataclass_type(hint: Any) -> TypeGuard[type[Any]]:
    """A dataclass itself (``dataclasses.is_dataclass`` answers yes for its instances too)."""
    return isinstance(hint, type) and dataclasses.is_dataclass(hint)


def _field_docs() -> dict[tuple[str, str], str]:
    """``(class name, field name)`` → the ``#:`` comment lines just above the field, read from the
    module of every section class (policy.py and the concerns' settings modules)."""
    modules = {inspect.getmodule(cls) for _, cls, _ in _walk(policy.Policy, "", "")}
    docs: dict[tuple[str, str], str] = {}
    for module in sorted(modules, key=lambda m: m.__name__):  # type: ignore[union-attr]
        source = inspect.getsource(module)  # type: ignore[arg-type]
        lines = source.splitlines()
        for node in ast.parse(source).body:
            if not isinstance(node, ast.ClassDef):
                continue
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    comment: list[str] = []
                    n = item.lineno - 2
                    while n >= 0 and lines[n].strip().startswith("#:"):
                        comment.insert(0, lines[n].strip()[2:].strip())
                        n -= 1
                    if comment:
                        docs[(node.name, item.target.id)] = " ".join(comment)
    return docs


def _doc(cls: type) -> str:
    return inspect.cleandoc(cls.__doc__ or "")


def _first_paragraph(text: str) -> str:
    return " ".join(text.split("\n\n", 1)[0].split())


def _read_by(cls: type, inherited: str) -> str:
    found = list(dict.fromkeys(_MODULE.findall(_doc(cls))))
    return ", ".join(found) if found else inherited


def _optional(hint: Any) -> tuple[Any, bool]:
    if get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        if len(args) < len(get_args(hint)):
            return (args[0] if len(args) == 1 else typing.Union[tuple(args)]), True  # noqa: UP007
    return hint, False


def _type_name(hint: Any) -> str:
    hint, optional = _optional(hint)
    origin, args = get_origin(hint), get_args(hint)
    if origin is Literal:
        name = " | ".join(json.dumps(a) for a in args)
    elif origin is tuple:
        name = f"list of {_plural(_type_name(args[0]))}"
    elif origin in (dict, Mapping, typing.Mapping) or hint in (dict, Mapping):
        name = f"table of {_plural(_type_name(args[1]))}" if args else "table"
    elif origin in (typing.Union, types.UnionType):
        name = " or ".join(_type_name(a) for a in args)
    elif _is_dataclass_type(hint):
        name = f"[{hint.__name__}] table"
    else:
        name = {str: "string", int: "integer", float: "number", bool: "boolean", datetime.date: "date"}.get(
            hint, str(hint)
        )
    return f"{name} (optional)" if optional else name


def _plural(name: str) -> str:
    return name if name.endswith(")") or name.startswith(("[", "list", "table", '"')) else name + "s"


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        value = f.default
    elif f.default_factory is not dataclasses.MISSING:
        value = f.default_factory()
    else:
        return dataclasses.MISSING
    return _config.to_mapping(value)


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }" if value else "{}"
    return json.dumps(value)


_EXAMPLES: dict[str, Any] = {
    "requests": ["10/minute", "200/day"],
    "models": ["gpt-4o-mini", "claude-*"],
    "model_map": {"gpt-4o": "gpt-4o-mini"},
    "path": "/v1/chat/completions",
    "system_prompt": "You are the support assistant of Example Corp.",
    "prompt_field": "input.text",
    "answer_field": "output.text",
    "name": "support-chat",
    "jwt_secret_env": "AIWARDEN_JWT_SECRET",
    "issuer": "https://auth.example.com/",
    "audience": "my-api",
    "tier_map": {"premium": "default"},
    "default_tier": "default",
    "uri": "redis://localhost:6379/0",
    "env": "OPENAI_API_KEY",
    "file": "/run/secrets/openai",
    "secret": "prod/openai",
    "environment": "production",
    "moderation_url": "https://api.openai.com/v1/moderations",
    "alert_webhook_url": "https://hooks.slack.com/services/T000/B000/XXXX",
    "link_allowlist": ["docs.example.com"],
    "pseudonymize": ["email", "phone"],
    "deny_paths": ["/v1/embeddings"],
    "hash_subjects_key_env": "AIWARDEN_AUDIT_HASH_KEY",
    "hash_key_env": "AIWARDEN_OUTPUT_HASH_KEY",
    "view": ["claim:aiwarden_admin"],
    "switch": ["claim:aiwarden_admin"],
    "gemini_safety": {"HARM_CATEGORY_HARASSMENT": "BLOCK_MEDIUM_AND_ABOVE"},
}
#: Left out of a section's example because they only combine with other choices (see each description).
_NOT_IN_EXAMPLE = frozenset({"anonymous_tier", "secret", "jwks_url", "jwks_file", "jwt_public_key_file"})


def _example_value(hint: Any, default: Any, name: str = "") -> Any:
    if name in _EXAMPLES and default in (None, dataclasses.MISSING, (), [], {}, ""):
        return _EXAMPLES[name]
    if default not in (None, dataclasses.MISSING, (), [], {}):
        return default
    hint, _ = _optional(hint)
    origin, args = get_origin(hint), get_args(hint)
    if origin is Literal:
        return args[0]
    if origin is tuple:
        return [_example_value(args[0], None)]
    if origin in (dict, Mapping, typing.Mapping):
        return {}  # keys and values are the setting's own (see _EXAMPLES for the known ones)
    if origin in (typing.Union, types.UnionType):
        return _example_value(args[0], None)
    return {str: "...", int: 100, float: 1.0, bool: True, datetime.date: datetime.date(2026, 1, 31)}.get(hint, "...")


def _walk(cls: type, path: str, read_by: str) -> Iterator[tuple[str, type, str]]:
    """``(path, section class, stage)`` for ``cls`` and every section below it."""
    read_by = _read_by(cls, read_by)
    yield path, cls, read_by
    hints = _config._hints(cls)
    for f in dataclasses.fields(cls):
        key = _config.key_of(f.name)
        hint, _ = _optional(hints[f.name])
        origin, args = get_origin(hint), get_args(hint)
        sub = f"{path}.{key}" if path else key
        if _is_dataclass_type(hint):
            yield from _walk(hint, sub, read_by)
        elif origin is tuple and _is_dataclass_type(args[0]):
            yield from _walk(args[0], f"{sub}[]", read_by)
        elif origin in (dict, Mapping, typing.Mapping) and args:
            value = args[1]
            if _is_dataclass_type(value):
                yield from _walk(value, f"{sub}.<name>", read_by)
            elif get_origin(value) in (dict, Mapping, typing.Mapping) and _is_dataclass_type(get_args(value)[1]):
                yield from _walk(get_args(value)[1], f"{sub}.<name>.<name>", read_by)


def settings(root: type = policy.Policy) -> list[tuple[str, type, str, list[Setting]]]:
    """Every section (path, class, stage) with its settings, in policy order."""
    out = []
    docs = _field_docs()
    for path, cls, read_by in _walk(root, "", "aiwarden.warden"):
        hints = _config._hints(cls)
        rows = []
        for f in dataclasses.fields(cls):
            hint = hints[f.name]
            bare, _ = _optional(hint)
            if dataclasses.is_dataclass(bare) or _is_section_container(bare):
                continue  # a section of its own, listed below
            key = _config.key_of(f.name)
            default = _default(f)
            example = f"{key} = {_toml(_example_value(hint, default, key))}"
            rows.append(
                Setting(
                    f"{path}.{key}" if path else key,
                    _type_name(hint),
                    default,
                    docs.get((cls.__name__, f.name), "") or _inherited_doc(cls, f.name, docs),
                    read_by,
                    example,
                )
            )
        out.append((path, cls, read_by, rows))
    return out


def _inherited_doc(cls: type, name: str, docs: dict[tuple[str, str], str]) -> str:
    for base in cls.__mro__[1:]:
        if (base.__name__, name) in docs:
            return docs[(base.__name__, name)]
    return ""


def _is_section_container(hint: Any) -> bool:
    origin, args = get_origin(hint), get_args(hint)
    if origin is tuple:
        return dataclasses.is_dataclass(args[0])
    if origin in (dict, Mapping, typing.Mapping) and args:
        value = args[1]
        return dataclasses.is_dataclass(value) or (
            get_origin(value) in (dict, Mapping, typing.Mapping) and dataclasses.is_dataclass(get_args(value)[1])
        )
    return False


# -- JSON Schema ---------------------------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """A JSON Schema of ``policy.toml`` (and of the ``AIWARDEN`` settings dict)."""
    defs: dict[str, Any] = {}
    _schema_of(policy.Policy, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://aiwarden.invalid/policy.schema.json",
        "title": "aiwarden policy",
        "description": "policy.toml for aiwarden; see docs/policy.md",
        **defs[policy.Policy.__name__],
        "$defs": {k: v for k, v in defs.items() if k != policy.Policy.__name__},
    }


def _schema_of(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    bare, optional = _optional(hint)
    schema = _schema_bare(bare, defs)
    if optional:
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def _schema_bare(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin, args = get_origin(hint), get_args(hint)
    if hint is Any:
        return {}
    if origin is Literal:
        return {"enum": list(args)}
    if origin is tuple:
        return {"type": "array", "items": _schema_of(args[0], defs)}
    if origin in (dict, Mapping, typing.Mapping) or hint in (dict, Mapping):
        return {"type": "object", "additionalProperties": _schema_of(args[1], defs) if args else {}}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_of(a, defs) for a in args]}
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            docs = _field_docs()
            hints = _config._hints(hint)
            props: dict[str, Any] = {}
            for f in dataclasses.fields(hint):
                prop = dict(_schema_of(hints[f.name], defs))
                description = docs.get((name, f.name)) or _inherited_doc(hint, f.name, docs)
                if description:
                    prop["description"] = description
                default = _default(f)
                if default is not dataclasses.MISSING and _jsonable(default):
                    prop["default"] = default
                props[_config.key_of(f.name)] = prop
            required = [
                _config.key_of(f.name)
                for f in dataclasses.fields(hint)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            ]
            defs[name] = {
                "type": "object",
                "description": _first_paragraph(_doc(hint)),
                "properties": props,
                "additionalProperties": False,
                **({"required": required} if required else {}),
            }
        return {"$ref": f"#/$defs/{name}"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    if hint is str:
        return {"type": "string"}
    if hint is datetime.date:
        return {"type": "string", "format": "date"}
    return {}


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
    except TypeError:
        return False
    return True


# -- docs/policy.md ------------------------------------------------------------------------------

_HEADER = """\
# Policy reference

<!-- Generated from the policy dataclasses by scripts/policy-docs; do not edit by hand.
     tests/core/test_policy_reference.py fails when this file is stale. -->

Every setting of `policy.toml` (and of the `AIWARDEN` settings dict in Django, `AIWARDEN` /
`AIWARDEN_POLICY` in Flask config: the same keys). Unknown keys, wrong types and impossible
values are refused at start-up with the key path. Provider keys never go here (docs/keys.md).
Load it with `AIWARDEN_POLICY=policy.toml`, `Policy.from_toml(path)` or `load_policy(...)`;
check it and the environment it names with `aiwarden check-policy policy.toml --connect`.

Editors: `aiwarden policy schema > policy.schema.json` prints a JSON Schema of this file; with
Taplo (Even Better TOML), put `#:schema ./policy.schema.json` on the first line of `policy.toml`.

`<name>` stands for a name you choose (a tier, a provider, an environment); `[]` for an entry of
an array of tables (`[[routes]]`). "Read by" is the module whose stage reads the section.
"""


def markdown() -> str:
    """docs/policy.md."""
    parts = [_HEADER]
    for path, cls, read_by, rows in settings():
        title = f"`[{path}]`" if path else "Top level"
        parts.append(f"\n## {title}\n")
        doc = _md(_first_paragraph(_doc(cls)))
        modules = ", ".join(f"`{m}`" for m in read_by.split(", "))
        parts.append(f"{doc}\n\nRead by: {modules}.\n")
        if not rows:
            continue
        parts.append("\n| setting | type | default | description |\n| --- | --- | --- | --- |\n")
        for s in rows:
            default = "required" if s.default is dataclasses.MISSING else f"`{_toml(s.default)}`"
            if s.default is None:
                default = "unset"
            name = s.path.rsplit(".", 1)[-1]
            parts.append(f"| `{name}` | {_cell(s.type)} | {_cell(default)} | {_cell(s.description)} |\n")
        left_out = [s.path.rsplit(".", 1)[-1] for s in rows if s.path.rsplit(".", 1)[-1] in _NOT_IN_EXAMPLE]
        note = f" ({', '.join(left_out)}: only with other choices, see above)" if left_out else ""
        parts.append(f"\nExample{note}:\n\n```toml\n")
        if path:
            table_name = path.replace("<name>", "example")
            parts.append(f"[[{table_name[:-2]}]]\n" if table_name.endswith("[]") else f"[{table_name}]\n")
        parts.extend(f"{s.example}\n" for s in rows if s.path.rsplit(".", 1)[-1] not in _NOT_IN_EXAMPLE)
        parts.append("```\n")
    return "".join(parts)


def _md(text: str) -> str:
    """reST in docstrings to Markdown: ``x`` and :role:`x` become `x`."""
    text = re.sub(r":[a-z]+:`~?([^`]+)`", r"`\1`", text)
    return text.replace("``", "`")


def _cell(text: str) -> str:
    return _md(text).replace("|", "\\|").replace("\n", " ")
