"""Everything a request needs is loaded when the Warden is built, never by the first request: an
import or table load inside a request holds that request's event loop (genai-prices' table took
0.3 s, seconds on a busy machine, in the first priced request). Checked in a fresh interpreter:
after ``Warden(...)``, a JSON and a streamed exchange, from the request to ``finish``, import no
module."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

SCRIPT = r"""
import json, sys
from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

warden = Warden(json.loads(sys.argv[1]))
loaded = set(sys.modules)
route = RouteSpec(system_prompt="You are a helpful assistant.")
prompt = "Summarise the attached memo for the board, and list the three risks it names. " * 20
body = json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}]}).encode()
reply = {"role": "assistant", "content": "Mail jane@example.com, see [the report](https://example.com/r)."}
answer = {"id": "c1", "object": "chat.completion", "model": "gpt-4o-mini",
          "choices": [{"index": 0, "message": reply, "finish_reason": "stop"}],
          "usage": {"prompt_tokens": 300, "completion_tokens": 20, "total_tokens": 320}}
for kind in ("json", "sse"):
    ex = warden.exchange(HttpRequest("POST", "/v1/chat/completions", {}), route)
    assert isinstance(drive_sync(ex.check(body)), bytes), "refused"
    if kind == "json":
        ex.response_start(200, "application/json")
        out = ex.answer_body(json.dumps(answer).encode())
    else:
        ex.response_start(200, "text/event-stream")
        out = b""
        for piece in ("Mail jane@", "example.com, see ", "the report."):
            chunk = {"id": "c1", "object": "chat.completion.chunk", "model": "gpt-4o-mini",
                     "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
            out += ex.answer_chunk(b"data: " + json.dumps(chunk).encode() + b"\n\n")
        out += ex.answer_chunk(b"data: [DONE]\n\n") + ex.answer_end()
    assert b"jane@example.com" not in out, out
    ex.answer_head(len(out))
    drive_sync(ex.finish())
print(json.dumps(sorted(set(sys.modules) - loaded)))
"""

POLICIES: dict[str, dict[str, Any]] = {
    "default": {"auth": {"required": False, "anonymous_tier": "default"}},
    "budgets and filters": {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {"requests": ["100/minute"], "spend_per_day_usd": 1, "tokens_per_day": 100_000}},
        "global": {"spend_per_day_usd": 100},
        "output": {"html": True, "secrets": "redact"},
    },
}


@pytest.mark.parametrize("policy", POLICIES.values(), ids=list(POLICIES))
def test_the_first_request_imports_nothing(policy: dict[str, Any]) -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(policy)], capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
