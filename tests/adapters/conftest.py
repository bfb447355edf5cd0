"""``client_for``: one behavioural suite, run against every adapter.

    def test_x(client_for):
        client = client_for({"auth": {"required": False, "anonymous_tier": "default"}})
        assert client.post("/v1/chat/completions", json=chat_body()).status_code == 200

Parametrized over starlette, django and flask; each client serves the same routes (see
``common.py``) answered by the built-in fake provider.

``pytest --framework flask`` runs the suite against one framework (each tox environment does so with
the framework it installs). A test's framework is its ``framework`` parameter, else its
``@pytest.mark.framework(name)``, else the one its name starts with (``test_starlette_``,
``test_fastapi_``, ``test_django_``, ``test_flask_``); tests of another framework are deselected, tests
of none run everywhere. So that a module imports in an environment without the other frameworks,
test modules here import a framework inside the tests only (``apps_<framework>.py`` are imported
on use).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden

from .common import Client

FRAMEWORKS = ["starlette", "django", "flask"]
#: what a test's name starts with -> its framework
_NAMED = {
    "test_starlette_": "starlette",
    "test_fastapi_": "starlette",
    "test_django_": "django",
    "test_flask_": "flask",
}

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


def framework_of(item: pytest.Item) -> str | None:
    """The framework a test of this folder runs against, or None for a test of no framework."""
    callspec = getattr(item, "callspec", None)
    if callspec is not None and "framework" in callspec.params:
        return str(callspec.params["framework"])
    marker = item.get_closest_marker("framework")
    if marker is not None:
        return str(marker.args[0])
    name = getattr(item, "originalname", item.name)
    return next((fw for prefix, fw in _NAMED.items() if name.startswith(prefix)), None)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    chosen = config.getoption("--framework")
    if not chosen:
        return
    here = Path(__file__).parent
    keep, drop = [], []
    for item in items:
        framework = framework_of(item) if here in item.path.parents else None
        (drop if framework is not None and framework not in chosen else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
