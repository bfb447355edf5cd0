"""A large request through uvicorn does not hold the event loop: /health is answered while the
injection detector is still working on the large body (event ordering, no wall-clock assert)."""

from __future__ import annotations

import pydoc_data.topics
import threading
from typing import Any

import httpx
import pytest

from aiwarden.testing import FakeProvider
from aiwarden.warden import Warden
from tests.servers import serve_asgi

pytest.importorskip("uvicorn")
pytestmark = pytest.mark.framework("starlette")  # the app is a Starlette one under uvicorn

PROSE = "\n\n".join(pydoc_data.topics.topics.values())[:90_000]


class Gate:
    """Holds one step of a large request's own work (not a detector's) until the test says go."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.events: list[str] = []

    def hold(self, what: str) -> None:
        self.events.append(f"{what} started")
        self.started.set()
        self.release.wait(30)
        self.events.append(f"{what} finished")


class GatedDetector:
    """The real detector, held at its start until the test says go: if it ran on the event loop,
    /health could not be answered while it waits (the test would fail on the health request)."""

    def __init__(self, inner: Any, gate: Gate) -> None:
        self.inner, self.gate = inner, gate
        self.name = inner.name

    def detect(self, subjects: Any) -> Any:
        self.gate.hold("detector")
        return self.inner.detect(subjects)


class GatedFilter:
    """An output filter that holds on the first large piece of text (as slow filtering would)."""

    def __init__(self, gate: Gate) -> None:
        self.gate = gate

    def feed(self, text: str) -> str:
        if len(text) > 10_000 and not self.gate.started.is_set():
            self.gate.hold("filtering the answer")
        return text

    def flush(self) -> str:
        return ""


def _health_while_held(gate: Gate, warden: Warden, text: str) -> tuple[Any, Any]:
    from .apps_starlette import build_app

    app = build_app(warden, FakeProvider())
    with serve_asgi(app) as base:
        results: dict[str, Any] = {}

        def big_request() -> None:
            body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]}
            results["big"] = httpx.post(f"{base}/v1/chat/completions", json=body, timeout=60)

        worker = threading.Thread(target=big_request)
        worker.start()
        assert gate.started.wait(30), "the held step never ran"
        health = httpx.get(f"{base}/health", timeout=20)
        gate.events.append("health answered")
        gate.release.set()
        worker.join(60)
    return health, results["big"]


def test_health_is_answered_while_a_large_body_is_scanned() -> None:
    warden = Warden(
        {"auth": {"required": False, "anonymous_tier": "default"}, "input": {"max_chars_per_message": 200_000}}
    )
    stage = warden.stage("input")
    gate = Gate()
    stage.inline[0] = GatedDetector(stage.inline[0], gate)  # the rules; the learned model runs in the same effect
    health, big = _health_while_held(gate, warden, PROSE)
    assert health.status_code == 200
    assert big.status_code == 200, big.text[:300]
    assert gate.events == ["detector started", "health answered", "detector finished"]


def _quiet_warden() -> Warden:
    # the detector's own off-loop effect is tested above; here the rest of the work is held
    return Warden(
        {
            "auth": {"required": False, "anonymous_tier": "default"},
            "input": {"max_chars_per_message": 200_000, "injection": "off"},
        }
    )


def test_health_is_answered_while_a_large_body_is_inspected() -> None:
    # every step of inspecting a large body (parsing, the keys stage, sanitizing, rendering) runs in
    # a worker thread: a stage held in the middle of it does not hold the event loop
    warden = _quiet_warden()
    gate = Gate()
    keys = warden.stage("keys")
    inner = keys.inspect

    def held_inspect(ex: Any) -> Any:
        gate.hold("inspecting the body")
        return inner(ex)

    keys.inspect = held_inspect
    health, big = _health_while_held(gate, warden, PROSE[:40_000])
    assert health.status_code == 200
    assert big.status_code == 200, big.text[:300]
    assert gate.events == ["inspecting the body started", "health answered", "inspecting the body finished"]


def test_health_is_answered_while_a_large_answer_is_filtered() -> None:
    warden = _quiet_warden()
    gate = Gate()
    output = warden.stage("output")
    inner = output.output_filters

    def with_gate(ex: Any) -> Any:
        return [*inner(ex), lambda: GatedFilter(gate)]

    output.output_filters = with_gate
    health, big = _health_while_held(gate, warden, PROSE[:40_000])
    assert health.status_code == 200
    assert big.status_code == 200, big.text[:300]
    assert big.json()["choices"][0]["message"]["content"][:200] == PROSE[:200]
    assert gate.events == ["filtering the answer started", "health answered", "filtering the answer finished"]
