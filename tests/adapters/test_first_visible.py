"""The first visible text of a stream reaches the client before the provider is asked for its next
piece, in every framework, through the default output filters: it never waits for a later token
or for the coalescing window (#15). Event ordering: the provider looks, when asked for the piece
after the first text, whether the client has seen text yet; nothing is timed."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from aiwarden.testing import FakeProvider

from .common import chat_body

#: Sentences none of whose ends can begin a match of the default filters (no digit, '@', key prefix,
#: link or markup): the filters may hold back only text that can still become part of a match.
FIRST = "The weather is mild today. "
PROMPT = FIRST + "Later the wind turns west and the evening stays calm."


class WatchedProvider(FakeProvider):
    """Streams the echo in pieces of ``len(FIRST)`` characters and notes, when the guard asks for
    the piece after the first text, whether the client had already seen text."""

    def __init__(self, wait: bool) -> None:
        super().__init__(chunk_chars=len(FIRST))
        self.seen = threading.Event()
        self.wait = wait  # Starlette: the app runs in its own thread, so wait for the client (bounded)
        self.seen_before_next: list[bool] = []

    def respond(self, api: str, body: Any, **kwargs: Any) -> Any:
        status, answer = super().respond(api, body, **kwargs)
        if isinstance(answer, dict):
            return status, answer
        return status, self._watched(answer)

    def _watched(self, chunks: Iterator[bytes]) -> Iterator[bytes]:
        texts = 0
        for chunk in chunks:
            if texts == 1 and not self.seen_before_next:
                if self.wait:
                    self.seen.wait(30)
                self.seen_before_next.append(self.seen.is_set())
            yield chunk
            texts += b'"content": "' in chunk and b'"content": ""' not in chunk


def _visible(data: bytes) -> str:
    out = []
    for line in data.decode().splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:]).get("choices", []):
                out.append((choice.get("delta") or {}).get("content") or "")
    return "".join(out)


def _pieces(client: Any, framework: str, body: bytes) -> Iterator[bytes]:
    """The answer's body as the client receives it, piece by piece, read lazily."""
    if framework == "django":  # its shared http_client() reads the whole answer first: iterate the response
        from django.test.utils import override_settings

        from . import apps_django

        with override_settings(AIWARDEN=client.warden, AIWARDEN_TEST_CLIENT=client, ROOT_URLCONF=apps_django.__name__):
            response = client.native.generic("POST", "/v1/chat/completions", body, content_type="application/json")
            assert response.status_code == 200 and response.streaming
            yield from response.streaming_content
        return
    with client.http_client().stream(
        "POST", "/v1/chat/completions", content=body, headers={"content-type": "application/json"}
    ) as response:
        assert response.status_code == 200
        yield from response.iter_raw()


@pytest.mark.parametrize("coalesce_ms", [10, 1000])
def test_the_first_visible_text_goes_out_before_the_next_piece_is_asked_for(
    client_for: Any, framework: str, coalesce_ms: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    fired: list[int] = []
    if framework == "starlette":
        from aiwarden.starlette.responder import Responder

        idle = Responder._fire_idle

        def counted(self: Any) -> None:  # the coalescing timer: it must not be what releases the text
            fired.append(1)
            idle(self)

        monkeypatch.setattr(Responder, "_fire_idle", counted)
    provider = WatchedProvider(wait=framework == "starlette")
    policy = {"auth": {"required": False, "anonymous_tier": "default"}, "output": {"coalesce_ms": coalesce_ms}}
    client = client_for(policy, provider=provider)
    received = b""
    fired_when_seen = None
    for data in _pieces(client, framework, json.dumps(chat_body(PROMPT, stream=True)).encode()):
        received += data
        if not provider.seen.is_set() and _visible(received).strip():
            fired_when_seen = len(fired)
            provider.seen.set()
    assert provider.seen_before_next == [True], "the first text waited for the provider's next piece"
    assert fired_when_seen == 0, "the first text waited for the coalescing window"
    assert _visible(received) == PROMPT
