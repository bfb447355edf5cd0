"""Default deny on input the guard cannot read: audio parts and content stored at the provider are
refused unless the policy allows them (then budgets settle on the provider's usage)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

OPEN: dict[str, Any] = {"auth": {"required": False, "anonymous_tier": "default"}}
AUDIO = {
    "model": "gpt-4o-audio-preview",
    "messages": [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What does this say?"},
                {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
            ],
        }
    ],
}
SPOKEN = {
    "model": "gpt-4o-audio-preview",
    "modalities": ["text", "audio"],
    "audio": {"voice": "alloy", "format": "wav"},
    "messages": [{"role": "user", "content": "Read me my card number"}],
}
STORED = {"model": "gpt-4o-mini", "input": "And then?", "previous_response_id": "resp_123"}


def _inspect(policy: dict[str, Any], route: RouteSpec, doc: dict[str, Any]) -> Any:
    warden = Warden(policy)
    ex = warden.exchange(HttpRequest("POST", "/v1/x", {"content-type": "application/json"}), route)
    return drive_sync(ex.check(json.dumps(doc).encode()))


@pytest.mark.parametrize(
    ("route", "doc", "setting", "code"),
    [
        (RouteSpec(), AUDIO, "audio", "audio_not_allowed"),
        (RouteSpec(), SPOKEN, "output.audio", "audio_output_not_allowed"),
        (RouteSpec(format="openai-responses"), STORED, "stored_context", "stored_context_not_allowed"),
        (
            RouteSpec(format="openai-responses"),
            {"model": "gpt-4o-mini", "input": "Hi", "conversation": "conv_1"},
            "stored_context",
            "stored_context_not_allowed",
        ),
    ],
)
def test_refused_by_default_allowed_by_the_policy(
    route: RouteSpec, doc: dict[str, Any], setting: str, code: str
) -> None:
    refused = _inspect(OPEN, route, doc)
    assert refused.status == 400 and refused.code == code
    assert "guard" in refused.message and "not" in refused.message  # says why, in words a person understands
    section, _, key = setting.rpartition(".")
    allowed = _inspect({**OPEN, section or "input": {key: "allow"}}, route, doc)
    assert isinstance(allowed, bytes)
