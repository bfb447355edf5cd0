"""docs/policy.md and ``aiwarden policy schema`` are generated from the policy dataclasses."""

from __future__ import annotations

import dataclasses
import io
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from aiwarden import policy_reference
from aiwarden.policy import Policy

ROOT = Path(__file__).resolve().parents[2]


def test_docs_policy_md_is_current() -> None:
    current = (ROOT / "docs" / "policy.md").read_text()
    assert current == policy_reference.markdown(), "docs/policy.md is stale: run scripts/policy-docs"


def test_every_setting_is_listed_with_type_default_description_and_stage() -> None:
    sections = policy_reference.settings()
    listed = {s.path for _, _, _, rows in sections for s in rows}
    assert len(listed) > 120
    for _, _, read_by, rows in sections:
        assert read_by.startswith("aiwarden.")
        for s in rows:
            assert s.type and s.description and s.example.startswith(s.path.rsplit(".", 1)[-1] + " = "), s
    # spot checks across depths: a top-level field, a tier field, a key source field, an inherited one
    for path in ("mode", "tiers.<name>.requests", "keys.providers.<name>.active.env", "routes[].system_prompt"):
        assert path in listed, path
    markdown = policy_reference.markdown()
    for section in ("## `[auth]`", "## `[tiers.<name>]`", "## `[keys.providers.<name>.active]`", "## `[routes[]]`"):
        assert section in markdown


@dataclasses.dataclass(frozen=True, slots=True)
class _Extra:
    """A section made up for the test (``aiwarden.extra``)."""

    knob: int = 3
    names: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True)
class _Root:
    """A policy made up for the test."""

    mode: str = "enforce"
    extra: _Extra = dataclasses.field(default_factory=_Extra)
    per_name: dict[str, _Extra] = dataclasses.field(default_factory=dict)


def test_a_new_setting_shows_up_without_touching_the_generator() -> None:
    sections = policy_reference.settings(_Root)
    listed = {s.path: (s.type, s.default, read_by) for _, _, read_by, rows in sections for s in rows}
    assert listed["extra.knob"] == ("integer", 3, "aiwarden.extra")
    assert listed["per_name.<name>.names"] == ("list of strings", [], "aiwarden.extra")
    assert listed["mode"][0] == "string"


def _validator() -> Any:
    schema = policy_reference.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_schema_accepts_real_policies_and_refuses_what_the_loader_refuses() -> None:
    validator = _validator()
    example = tomllib.loads((ROOT / "examples" / "policy.toml").read_text())
    Policy.from_dict(example)  # the loader accepts it...
    assert not list(validator.iter_errors(example))  # ...and so does the schema
    assert not list(validator.iter_errors(Policy().to_dict()))  # every default, nulls included
    for bad in (
        {"tiers": {"free": {"models": "gpt-4o"}}},  # a string where a list belongs
        {"storage": {"uri": "memory://", "typo": 1}},  # an unknown setting
        {"input": {"injection": "maybe"}},  # not one of the choices
        {"keys": {"providers": {"openai": {"active": "sk-not-a-table"}}}},
    ):
        assert list(validator.iter_errors(bad)), bad


def test_policy_schema_command_prints_the_schema(
    capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiwarden.cli import main

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    capsys.readouterr()
    assert main(["policy", "schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == policy_reference.json_schema()
    assert printed["$defs"]["Tier"]["properties"]["requests"]["description"].startswith("Rate limits")
