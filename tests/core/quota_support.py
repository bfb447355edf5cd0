"""Drive whole requests through the engine with the fake provider, under either driver."""

from __future__ import annotations

import json
from typing import Any

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_async, drive_sync
from aiwarden.errors import Refusal
from aiwarden.exchange import Exchange
from aiwarden.policy import RouteSpec
from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden

PROVIDER = FakeProvider()


def body(text: str = "Hello there", *, model: str = "gpt-4o-mini", **extra: Any) -> bytes:
    return json.dumps({"model": model, "messages": [{"role": "user", "content": text}], **extra}).encode()


def _request(subject_ip: str = "10.0.0.1", headers: dict[str, str] | None = None) -> HttpRequest:
    return HttpRequest("POST", "/v1/chat/completions", headers or {}, client=subject_ip)


def _answer(ex: Exchange, forwarded: bytes, provider: FakeProvider, disconnect_after: int | None) -> None:
    status, answer = provider.respond("openai", json.loads(forwarded))
    if isinstance(answer, dict):
        kind = ex.response_start(status, "application/json")
        if kind == "json":
            ex.filter_json(json.dumps(answer).encode())
        return
    ex.response_start(status, "text/event-stream")
    for i, chunk in enumerate(answer):
        if disconnect_after is not None and i >= disconnect_after:
            ex.client_disconnected = True
            return
        ex.filter_chunk(chunk)
    ex.filter_end()


def run_sync(
    warden: Warden,
    payload: bytes | None = None,
    *,
    client: str = "10.0.0.1",
    route: RouteSpec | None = None,
    provider: FakeProvider = PROVIDER,
    disconnect_after: int | None = None,
    headers: dict[str, str] | None = None,
) -> Exchange:
    ex = warden.exchange(_request(client, headers), route or RouteSpec())
    try:
        out = drive_sync(ex.check(payload if payload is not None else body()))
        if isinstance(out, Refusal):
            return ex
        _answer(ex, out, provider, disconnect_after)
        return ex
    finally:
        drive_sync(ex.finish())


async def run_async(
    warden: Warden,
    payload: bytes | None = None,
    *,
    client: str = "10.0.0.1",
    route: RouteSpec | None = None,
    provider: FakeProvider = PROVIDER,
    disconnect_after: int | None = None,
    headers: dict[str, str] | None = None,
) -> Exchange:
    ex = warden.exchange(_request(client, headers), route or RouteSpec())
    try:
        out = await drive_async(ex.check(payload if payload is not None else body()))
        if isinstance(out, Refusal):
            return ex
        _answer(ex, out, provider, disconnect_after)
        return ex
    finally:
        await drive_async(ex.finish())


def status(ex: Exchange) -> int:
    return ex.refusal.status if ex.refusal is not None else (ex.status or 0)


class ReportedUsage(FakeProvider):
    """The fake provider, reporting the usage given instead of the real one (a buggy or hostile upstream)."""

    def __init__(self, usage: dict[str, Any]) -> None:
        super().__init__()
        self.usage = usage

    def respond(self, api: str, body: Any) -> Any:
        status, answer = super().respond(api, body)
        if isinstance(answer, dict):
            answer["usage"] = self.usage
        return status, answer


def bucket_rows(warden: Warden) -> dict[str, list[float]]:
    """The memory storage's buckets: key -> [held, settled, ...]."""
    return warden.stage("quota").storage._buckets  # type: ignore[attr-defined,no-any-return]
