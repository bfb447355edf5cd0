"""The tables of docs/input.md and docs/output.md name every field of the formats' field lists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aiwarden.formats import anthropic, openai, responses

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _table(name: str, heading: str) -> str:
    text = (DOCS / name).read_text()
    start = text.index(heading)
    return text[start : text.index("\n## ", start + 1)]


def _keys(path: str) -> list[str]:
    return [k for k in re.sub(r"\[[^\]]*\]", "", path).split(".") if k]


OUT = [
    *openai.ANSWER_FIELDS,
    *openai.COMPLETION_FIELDS,
    *(f for fields in anthropic.BLOCK_ANSWER_FIELDS.values() for f in fields),
    *responses.OUTPUT_FIELDS,
]
IN = [*openai.REQUEST_FIELDS, *openai.MESSAGE_FIELDS, *anthropic.REQUEST_FIELDS, *responses.REQUEST_FIELDS]


@pytest.mark.parametrize("field", OUT, ids=lambda f: f.path)
def test_every_answer_field_is_in_the_output_table(field: object) -> None:
    table = _table("output.md", "## What the guard reads in an answer")
    for key in _keys(field.path)[1:] or _keys(field.path):  # type: ignore[attr-defined]
        assert f"{key}" in table, (field, key)


@pytest.mark.parametrize("field", IN, ids=lambda f: f.path)
def test_every_request_field_is_in_the_input_table(field: object) -> None:
    table = _table("input.md", "## What the guard reads in a request")
    assert _keys(field.path)[0] in table  # type: ignore[attr-defined]


def test_every_anthropic_block_type_is_in_the_tables() -> None:
    assert all(kind in _table("input.md", "## What the guard reads") for kind in anthropic.BLOCK_SUBJECTS)
    assert all(kind in _table("output.md", "## What the guard reads") for kind in anthropic.BLOCK_ANSWER_FIELDS)
