"""``client_for``: one behavioural suite, run against every adapter.

    def test_x(client_for):
        client = client_for({"auth": {"required": False, "anonymous_tier": "default"}})
        assert client.post("/v1/chat/completions", json=chat_body()).status_code == 200

Parametrized over starlette, django and flask; each client serves the same routes (see
``common.py``) answered by the built-in fake provider.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest

from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden

from .common import Client

FRAMEWORKS = ["starlette", "django", "flask"]

OPEN_POLICY: dict[str, Any] = {"auth": {"required": False, "anonymous_tier": "default"}}


def _factory(framework: str) -> Callable[[Warden, FakeProvider], Client]:
    module = importlib.import_module(f"tests.adapters.apps_{framework}")
    return getattr(module, f"make_{framework}_client")  # type: ignore[no-any-return]


@pytest.fixture(params=FRAMEWORKS)
def framework(request: pytest.FixtureRequest) -> str:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def client_for(framework: str) -> Callable[..., Client]:
    made: list[Client] = []

    def make(policy: Any = None, *, provider: FakeProvider | None = None, **components: Any) -> Client:
        warden = Warden(OPEN_POLICY if policy is None else policy, **components)
        client = _factory(framework)(warden, provider or FakeProvider())
        made.append(client)
        return client

    yield make
    for client in made:
        close = getattr(client.native, "close", None)
        if close:
            close()
