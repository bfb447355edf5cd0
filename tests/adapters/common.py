"""What the per-framework test apps share."""

from __future__ import annotations

from typing import Any

import httpx

from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden

SYSTEM_PROMPT = "You are a helpful test assistant."


def sdk_http() -> Any:
    """The HTTP library the installed official SDKs are built on (httpx, or its fork httpx2):
    their ``http_client`` must be one of its clients."""
    import importlib

    import openai

    return importlib.import_module(openai.DefaultHttpxClient.__mro__[1].__module__.split(".")[0])


class Client:
    """A thin, uniform face over each framework's own test client (httpx-like responses)."""

    def __init__(self, native: Any, framework: str, warden: Warden, provider: FakeProvider) -> None:
        self.native = native
        self.framework = framework
        self.warden = warden
        self.provider = provider

    def post(
        self, path: str, json: Any = None, content: bytes | str | None = None, headers: dict[str, str] | None = None
    ) -> Any:
        if content is not None:
            return self.native.post(path, content=content, headers=headers or {})
        return self.native.post(path, json=json, headers=headers or {})

    def get(self, path: str, headers: dict[str, str] | None = None) -> Any:
        return self.native.get(path, headers=headers or {})

    def http_client(self) -> Any:
        """An ``httpx.Client`` into the app, for the official SDKs (``OpenAI(http_client=...)``)."""
        return self.native  # Starlette's TestClient is an httpx.Client

    def stream(self, path: str, json: Any = None, headers: dict[str, str] | None = None) -> str:
        with self.native.stream("POST", path, json=json, headers=headers or {}) as response:
            self.last_stream_response = response
            return "".join(response.iter_text())


class BufferedClient(Client):
    """A client over a framework test client that answers whole responses (Django, Flask):
    subclasses implement ``_call``; requests are encoded as httpx would send them."""

    def _call(self, method: str, path: str, body: bytes | None, headers: dict[str, str] | None) -> Any:
        raise NotImplementedError

    def post(
        self, path: str, json: Any = None, content: bytes | str | None = None, headers: dict[str, str] | None = None
    ) -> Any:
        if content is None:
            headers = {"content-type": "application/json", **(headers or {})} if json is not None else headers
            content = httpx.Request("POST", "http://testserver", json=json).content
        return self._call("POST", path, content.encode() if isinstance(content, str) else content, headers)

    def get(self, path: str, headers: dict[str, str] | None = None) -> Any:
        return self._call("GET", path, None, headers)

    def stream(self, path: str, json: Any = None, headers: dict[str, str] | None = None) -> str:
        response = self.post(path, json=json, headers=headers)
        self.last_stream_response = response
        return response.text  # type: ignore[no-any-return]


def chat_body(text: str = "Hello!", *, model: str = "gpt-4o-mini", stream: bool = False, **extra: Any) -> dict:
    return {"model": model, "messages": [{"role": "user", "content": text}], "stream": stream, **extra}


def openai_error(response: Any) -> dict[str, Any]:
    """The ``error`` of a 4xx answer in the OpenAI shape (no traceback, a request id): its message, type and code."""
    assert 400 <= response.status_code < 500, (response.status_code, response.text)
    body = response.json()
    assert set(body) == {"error"}, body
    assert {"message", "type", "code"} <= set(body["error"])
    assert "Traceback" not in response.text
    assert response.headers["x-request-id"]
    return body["error"]  # type: ignore[no-any-return]
