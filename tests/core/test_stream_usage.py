"""A stream's answer is counted only when the provider reports no usage: the guard asks for usage
(OpenAI's stream_options), so the count is the fallback, not per-answer work."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aiwarden import filtering, tokens
from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.errors import Refusal
from aiwarden.policy import RouteSpec
from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden

POLICY = {"auth": {"required": False, "anonymous_tier": "free"}, "tiers": {"free": {}}}
ANSWER = " ".join(f"word{i} and some more text to fill the answer" for i in range(600))  # ~30 KB


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The lengths of the answer texts counted (the real count, recorded)."""
    seen: list[int] = []
    real = tokens.count_tokens

    def count(text: str, model: str | None = None) -> int:
        seen.append(len(text))
        return real(text, model)

    monkeypatch.setattr(tokens, "count_tokens", count)
    return seen


def _stream(with_usage: bool) -> Any:
    warden = Warden(POLICY)
    ex = warden.exchange(HttpRequest("POST", "/v1/chat/completions", {}, client="10.0.0.1"), RouteSpec())
    payload = {"model": "gpt-4o-mini", "stream": True, "messages": [{"role": "user", "content": ANSWER}]}
    forwarded = drive_sync(ex.check(json.dumps(payload).encode()))
    assert not isinstance(forwarded, Refusal)
    sent = json.loads(forwarded)
    assert sent["stream_options"] == {"include_usage": True}  # the guard asks for the provider's usage
    if not with_usage:
        sent.pop("stream_options")  # a provider that ignores it
    _, chunks = FakeProvider(chunk_chars=16).respond("openai", sent)
    assert ex.response_start(200, "text/event-stream") == "sse"
    out = b"".join(ex.filter_chunk(c) for c in chunks) + ex.filter_end()
    drive_sync(ex.finish())
    return ex, out


def test_a_stream_with_the_providers_usage_counts_nothing(counted: list[int]) -> None:
    ex, out = _stream(with_usage=True)
    assert ex.usage is not None and ex.usage.reported
    assert counted == []  # ~30 KB of answer, never tokenized (every 4 KB before)
    assert _text(out) == ANSWER  # and the answer went through whole


def _text(sse: bytes) -> str:
    parts = []
    for line in sse.decode().splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:]).get("choices", []):
                parts.append(choice.get("delta", {}).get("content") or "")
    return "".join(parts)


def test_a_stream_without_usage_is_counted_once_at_its_end(counted: list[int]) -> None:
    ex, _ = _stream(with_usage=False)
    assert ex.usage is not None and not ex.usage.reported
    assert len(counted) == 1 and counted[0] == len(ANSWER)
    assert ex.usage.output_tokens == tokens.count_tokens(ANSWER, "gpt-4o-mini")


def test_a_long_stream_without_usage_is_counted_in_bounded_batches(
    counted: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(filtering, "_UNCOUNTED_MAX", 4096)
    ex, _ = _stream(with_usage=False)
    assert len(counted) == len(ANSWER) // 4096 + 1 and max(counted) < 4096 + 16
    assert sum(counted) == len(ANSWER)
    assert not ex.usage.reported and ex.usage.output_tokens > 0
