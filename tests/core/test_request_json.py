"""A request body read as JSON: what Python's parser would take but is no JSON (NaN, Infinity,
numbers it cannot convert) or what no UTF-8 carries (a lone surrogate) is a 400 in the OpenAI shape;
JSON as clients send it (escaped surrogate pairs, large integers) parses as sent."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.errors import Refusal
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

from .wire_support import HI, OPEN


def inspect(body: bytes, *, headers: dict[str, str] | None = None, api: str = "openai") -> tuple[Any, Any]:
    ex = Warden(OPEN).exchange(HttpRequest("POST", "/chat", headers or {}), RouteSpec(format=api))  # type: ignore[arg-type]
    return drive_sync(ex.check(body)), ex


@pytest.mark.parametrize(
    ("body", "code"),
    [
        # more digits than Python converts to int (ValueError, not JSONDecodeError)
        (b'{"model":"m","messages":[{"role":"user","content":"hi"}],"seed":' + b"9" * 5000 + b"}", "invalid_json"),
        # NaN / Infinity are not JSON; forwarded, they reach the provider as an invalid body
        (b'{"model":"m","messages":[{"role":"user","content":"hi"}],"temperature":NaN}', "invalid_json"),
        (b'{"model":"m","messages":[{"role":"user","content":"hi"}],"top_p":-Infinity}', "invalid_json"),
        (b'{"model":"m","messages":[{"role":"user","content":"hi"}],"temperature":1e999}', "invalid_json"),
        # a lone surrogate escape: valid JSON syntax, but no UTF-8 can carry it (scanners and render failed)
        (b'{"model":"m","messages":[{"role":"user","content":"\\ud800 hi"}]}', "invalid_encoding"),
        (b'{"model":"m","messages":[{"role":"user","content":"hi \\uDFFF"}]}', "invalid_encoding"),
        # ...in a key, in a list, and past the first 64K characters of a long text (checked in slices)
        (b'{"model":"m","messages":[{"role":"user","content":"hi"}],"metadata":{"\\ud800":"x"}}', "invalid_encoding"),
        (b'{"model":"m","messages":[{"role":"user","content":"hi"}],"stop":["a","\\udc00"]}', "invalid_encoding"),
        (
            b'{"model":"m","messages":[{"role":"user","content":"'
            + "é😀".encode() * 40_000
            + b' \\ud83d\\ude00 then \\ud83d"}]}',
            "invalid_encoding",
        ),
    ],
)
@pytest.mark.parametrize("api", ["openai", "anthropic"])
def test_bodies_that_crashed_the_parser_are_a_400(body: bytes, code: str, api: str) -> None:
    if api == "anthropic":
        body = body[:-1] + b',"max_tokens":10}'
    outcome, ex = inspect(body, api=api)
    assert isinstance(outcome, Refusal), outcome
    assert (outcome.status, outcome.code, outcome.type) == (400, code, "invalid_request_error")
    assert ex.refused_by == "parse" and outcome.headers["x-request-id"] == ex.request_id


def test_escaped_surrogate_pairs_and_big_but_sane_numbers_still_parse() -> None:
    # what json.dumps sends by default (ensure_ascii): an emoji as a surrogate pair escape
    body = json.dumps({**HI, "messages": [{"role": "user", "content": "hi 😀 \\ud800"}], "seed": 10**30}).encode()
    outcome, _ = inspect(body)
    assert isinstance(outcome, bytes), outcome
    sent = json.loads(outcome)
    assert sent["messages"][-1]["content"] == "hi 😀 \\ud800" and sent["seed"] == 10**30
    assert b"NaN" not in outcome and b"Infinity" not in outcome
