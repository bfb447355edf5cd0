"""The key ring serves Google keys ($GEMINI_API_KEY, then $GOOGLE_API_KEY) and a google-genai client
whose requests carry the ring's key in x-goog-api-key, checked against the model in the URL."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from aiwarden.keys import KeyRing

genai = pytest.importorskip("google.genai")

KEY = "AIzaSy" + "Q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k"


def test_gemini_keys_are_read_from_either_variable() -> None:
    assert KeyRing(environ={"GEMINI_API_KEY": KEY}).get("gemini") == KEY
    assert KeyRing(environ={"GOOGLE_API_KEY": KEY}).get("gemini") == KEY
    other = KEY[:-1] + "X"
    assert KeyRing(environ={"GEMINI_API_KEY": KEY, "GOOGLE_API_KEY": other}).get("gemini") == KEY


def test_the_gemini_client_sends_the_rings_key(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dict[str, Any]] = []

    def provider(request: httpx.Request) -> httpx.Response:
        seen.append({"key": request.headers.get("x-goog-api-key"), "url": str(request.url)})
        answer = {"candidates": [{"content": {"role": "model", "parts": [{"text": "ok"}]}, "finishReason": "STOP"}]}
        return httpx.Response(200, json=answer)

    ring = KeyRing(environ={"GEMINI_API_KEY": KEY})
    client = ring.gemini_client()
    # the ring's transport wraps the one that really sends: here, an in-process provider
    client._api_client._httpx_client._transport._inner = httpx.MockTransport(provider)
    answer = client.models.generate_content(model="gemini-2.5-flash", contents="Hi")
    assert answer.text == "ok"
    assert seen == [{"key": KEY, "url": seen[0]["url"]}] and "gemini-2.5-flash:generateContent" in seen[0]["url"]
    assert json.dumps(seen).count(KEY) == 1  # in the header, not in the URL
