"""Prometheus metrics kept from audit records, and the framework-free ASGI exposition."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import pytest

prometheus_client = pytest.importorskip("prometheus_client", reason="the metrics extra is not installed")
from prometheus_client import CollectorRegistry  # noqa: E402

from aiwarden.audit import AuditMetrics, AuditRecord, default_metrics  # noqa: E402
from aiwarden.audit.metrics import render_latest  # noqa: E402
from aiwarden.contrib.metrics_asgi import metrics_app  # noqa: E402
from aiwarden.errors import ConfigurationError  # noqa: E402
from aiwarden.warden import Warden  # noqa: E402


def rec(**fields: Any) -> AuditRecord:
    base: dict[str, Any] = {"time": "2025-03-01T00:00:00.000Z", "request_id": "r", "route": "chat", "tier": "pro"}
    return AuditRecord(**{**base, **fields})


def value(reg: CollectorRegistry, name: str, **labels: str) -> float:
    v = reg.get_sample_value(name, labels)
    return 0.0 if v is None else v


def test_records_update_counters_and_histograms():
    reg = CollectorRegistry()
    m = AuditMetrics(reg)
    m.emit(
        rec(
            model_used="gpt-4o-mini",
            input_tokens=10,
            output_tokens=5,
            cost_settled_micros=1500,
            duration_ms=120.0,
            timings_ms={"auth": 0.5, "quota": 2.0},
            findings={"email": 2},
        )
    )
    m.emit(rec(decision="refused", refused_by="quota", refusal_code="rate_limit_exceeded", model_requested="x" * 50))
    m.emit(rec(monitored=[{"by": "input", "code": "prompt_injection"}]))
    assert value(reg, "aiwarden_requests_total", route="chat", tier="pro", decision="allowed") == 2
    assert value(reg, "aiwarden_requests_total", route="chat", tier="pro", decision="refused") == 1
    assert (
        value(reg, "aiwarden_refusals_total", route="chat", stage="quota", code="rate_limit_exceeded", monitored="0")
        == 1
    )
    assert (
        value(reg, "aiwarden_refusals_total", route="chat", stage="input", code="prompt_injection", monitored="1") == 1
    )
    tokens = {"route": "chat", "tier": "pro", "model": "gpt-4o-mini"}
    assert value(reg, "aiwarden_tokens_total", **tokens, direction="input") == 10
    assert value(reg, "aiwarden_tokens_total", **tokens, direction="output") == 5
    assert value(reg, "aiwarden_cost_usd_total", **tokens) == pytest.approx(0.0015)
    assert value(reg, "aiwarden_findings_total", kind="email") == 2
    assert value(reg, "aiwarden_request_duration_seconds_count", route="chat") == 3
    assert value(reg, "aiwarden_request_duration_seconds_sum", route="chat") == pytest.approx(0.12)
    assert value(reg, "aiwarden_check_duration_seconds_sum", stage="quota") == pytest.approx(0.002)
    # A refused request's model is client text: it never becomes a label.
    assert b"x" * 50 not in m.render()[0]


def test_requests_through_the_engine_are_counted():
    reg = CollectorRegistry()
    warden = Warden({"auth": {"required": False, "anonymous_tier": "default"}}, audit_sinks=[AuditMetrics(reg)])
    from aiwarden.context import HttpRequest
    from aiwarden.effects import drive_sync
    from aiwarden.policy import RouteSpec

    for body in (b'{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}', b"{broken"):
        ex = warden.exchange(HttpRequest("POST", "/v1/chat/completions", {}), RouteSpec(name="chat"))
        drive_sync(ex.check(body))
        drive_sync(ex.finish())
    assert warden.stage("audit").flush(5.0)
    total = sum(
        value(reg, "aiwarden_requests_total", route="chat", tier=t, decision=d)
        for t in ("default", "-")
        for d in ("allowed", "refused")
    )
    assert total == 2
    assert value(reg, "aiwarden_refusals_total", route="chat", stage="parse", code="invalid_json", monitored="0") == 1


def test_policy_switch_uses_one_shared_metrics_object_per_registry():
    w1 = Warden({"audit": {"metrics": True}})
    w2 = Warden({"audit": {"metrics": True}})  # a second registration of the same names would raise
    m1 = [s for s in w1.stage("audit").sink.sinks if isinstance(s, AuditMetrics)]
    m2 = [s for s in w2.stage("audit").sink.sinks if isinstance(s, AuditMetrics)]
    assert m1 == m2 == [default_metrics()]
    assert default_metrics().registry is prometheus_client.REGISTRY


def test_missing_prometheus_client_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "prometheus_client", None)
    with pytest.raises(ImportError, match=r"pip install 'aiwarden\[metrics\]'"):
        AuditMetrics(None)
    with pytest.raises(ConfigurationError, match="prometheus-client"):
        Warden({"audit": {"metrics": True}})


def test_render_negotiates_openmetrics():
    reg = CollectorRegistry()
    AuditMetrics(reg).emit(rec())
    body, ctype = render_latest(reg)
    assert ctype.startswith("text/plain") and b"aiwarden_requests_total" in body
    body, ctype = render_latest(reg, "application/openmetrics-text; version=1.0.0")
    assert ctype.startswith("application/openmetrics-text") and body.rstrip().endswith(b"# EOF")


def asgi_call(
    app: Any, method: str = "GET", headers: list[tuple[bytes, bytes]] | None = None
) -> tuple[int, dict, bytes]:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": method, "path": "/", "headers": headers or []}
    asyncio.run(app(scope, receive, send))
    start, body = sent[0], b"".join(m.get("body", b"") for m in sent[1:])
    return start["status"], {k.decode(): v.decode() for k, v in start["headers"]}, body


def test_asgi_app_serves_the_registry():
    reg = CollectorRegistry()
    AuditMetrics(reg).emit(rec())
    app = metrics_app(reg)
    status, headers, body = asgi_call(app)
    assert status == 200 and headers["content-type"].startswith("text/plain")
    assert b'aiwarden_requests_total{decision="allowed",route="chat",tier="pro"} 1.0' in body
    assert int(headers["content-length"]) == len(body)
    status, headers, body = asgi_call(app, "HEAD")
    assert status == 200 and body == b""
    status, headers, _ = asgi_call(app, "POST")
    assert status == 405 and headers["allow"] == "GET, HEAD"
