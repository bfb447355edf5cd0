"""aiwarden.otel with the OpenTelemetry SDK's in-memory exporters: one span and the GenAI metrics per
AI request, joined to the app's trace context, never carrying text, keys or raw subjects."""

from __future__ import annotations

import json
from typing import Any

import pytest

pytest.importorskip("opentelemetry.sdk")

from opentelemetry import trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from aiwarden.effects import drive_sync
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

from .quota_support import _request, body, run_async, run_sync, status

SECRET_PROMPT = "my card is 4111 1111 1111 1111 and my name is Zebulon Quux"
PROVIDER_KEY = "sk-proj-" + "A1b2C3d4E5f6G7h8" * 3


class Telemetry:
    def __init__(self) -> None:
        self.spans = InMemorySpanExporter()
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.spans))
        self.reader = InMemoryMetricReader()
        self.meter_provider = MeterProvider(metric_readers=[self.reader])

    def warden(self, policy: dict[str, Any], **components: Any) -> Warden:
        return Warden(policy, tracer_provider=self.tracer_provider, meter_provider=self.meter_provider, **components)

    def metrics(self) -> dict[str, list[Any]]:
        data = self.reader.get_metrics_data()
        out: dict[str, list[Any]] = {}
        for rm in data.resource_metrics:
            for sm in rm.scope_metrics:
                for m in sm.metrics:
                    out.setdefault(m.name, []).extend(m.data.data_points)
        return out


def _policy(**extra: Any) -> dict[str, Any]:
    return {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {"requests": ["3/hour"], "max_output_tokens": 20, "spend_per_day_usd": 1.0}},
        "pricing": {"gpt-4o-mini": {"input_per_mtok": 1.0, "output_per_mtok": 2.0}},
        "audit": {"otel": True, "sinks": []},
        **extra,
    }


def test_a_span_per_request_with_the_genai_attributes_and_aiwardens_own() -> None:
    t = Telemetry()
    warden = t.warden(_policy())
    ex = run_sync(warden, body("!tokens 7", max_tokens=10))
    assert status(ex) == 200
    (span,) = t.spans.get_finished_spans()
    assert span.name == "chat gpt-4o-mini" and span.kind == SpanKind.CLIENT
    a = dict(span.attributes)
    assert a["gen_ai.operation.name"] == "chat"
    assert a["gen_ai.provider.name"] == "openai" and a["gen_ai.system"] == "openai"
    assert a["gen_ai.request.model"] == "gpt-4o-mini" and a["gen_ai.request.max_tokens"] == 10
    assert a["gen_ai.usage.input_tokens"] == ex.usage.input_tokens > 0
    assert a["gen_ai.usage.output_tokens"] == ex.usage.output_tokens == 7
    assert a["aiwarden.decision"] == "allowed" and a["aiwarden.tier"] == "free"
    assert a["aiwarden.cost.settled_usd"] == pytest.approx(ex.cost_settled_micros / 1e6)
    assert a["http.response.status_code"] == 200 and "error.type" not in a
    assert span.end_time > span.start_time


def test_a_refusal_is_an_error_span_with_its_code_and_counted() -> None:
    t = Telemetry()
    warden = t.warden(_policy())
    for _ in range(4):  # the fourth is over the 3/hour limit
        ex = run_sync(warden, body("hi"))
    assert ex.refusal is not None and ex.refusal.code == "rate_limit_exceeded"
    span = t.spans.get_finished_spans()[-1]
    assert span.status.status_code == StatusCode.ERROR
    a = dict(span.attributes)
    assert a["error.type"] == "rate_limit_exceeded" == a["aiwarden.refusal.code"]
    assert a["aiwarden.refusal.stage"] == "quota" and a["aiwarden.decision"] == "refused"
    m = t.metrics()
    by_decision = {
        (p.attributes["aiwarden.decision"], p.attributes.get("aiwarden.refusal.code")): p.value
        for p in m["aiwarden.requests"]
    }
    assert by_decision == {("allowed", None): 3, ("refused", "rate_limit_exceeded"): 1}
    tokens = {p.attributes["gen_ai.token.type"]: p for p in m["gen_ai.client.token.usage"]}
    assert tokens["input"].count == 3 and tokens["output"].count == 3  # the refused request used none
    assert all(p.attributes["gen_ai.request.model"] == "gpt-4o-mini" for p in tokens.values())
    (duration,) = [p for p in m["gen_ai.client.operation.duration"] if p.attributes.get("error.type") is None]
    assert duration.count == 3
    assert sum(p.value for p in m["aiwarden.cost"]) == pytest.approx(
        sum(
            s.attributes["aiwarden.cost.settled_usd"]
            for s in t.spans.get_finished_spans()
            if "aiwarden.cost.settled_usd" in s.attributes
        )
    )


def test_the_span_joins_the_apps_current_span() -> None:
    t = Telemetry()
    warden = t.warden(_policy())
    app_tracer = t.tracer_provider.get_tracer("app")
    with app_tracer.start_as_current_span("POST /v1/chat/completions") as parent:
        run_sync(warden, body("hi"))
    ours = next(s for s in t.spans.get_finished_spans() if s.name.startswith("chat"))
    assert ours.parent is not None and ours.parent.span_id == parent.get_span_context().span_id
    assert ours.context.trace_id == parent.get_span_context().trace_id


def test_without_an_app_span_the_span_joins_the_requests_traceparent() -> None:
    t = Telemetry()
    warden = t.warden(_policy())
    trace_id, parent_id = "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"
    assert not trace.get_current_span().get_span_context().is_valid
    run_sync(warden, body("hi"), headers={"traceparent": f"00-{trace_id}-{parent_id}-01"})
    (span,) = t.spans.get_finished_spans()
    assert f"{span.context.trace_id:032x}" == trace_id and f"{span.parent.span_id:016x}" == parent_id


def test_async_driver_emits_the_same() -> None:
    import asyncio

    t = Telemetry()
    warden = t.warden(_policy())
    ex = asyncio.run(run_async(warden, body("!tokens 3")))
    (span,) = t.spans.get_finished_spans()
    assert span.attributes["gen_ai.usage.output_tokens"] == ex.usage.output_tokens == 3


def test_never_prompts_answers_keys_or_raw_subjects(monkeypatch: pytest.MonkeyPatch) -> None:
    t = Telemetry()
    monkeypatch.setenv("AIW_TEST_HASH_KEY", "k" * 32)
    pol = _policy()
    pol["audit"]["hash_subjects_key_env"] = "AIW_TEST_HASH_KEY"
    warden = t.warden(pol)
    ex = run_sync(
        warden, body(SECRET_PROMPT), client="203.0.113.77", headers={"authorization": f"Bearer {PROVIDER_KEY}"}
    )
    ok = run_sync(warden, body(SECRET_PROMPT), client="203.0.113.77")
    assert ex.refusal is not None and status(ok) == 200  # a provider key sent by the client is refused
    dumped = json.dumps([dict(s.attributes) for s in t.spans.get_finished_spans()])
    dumped += json.dumps([[dict(p.attributes) for p in pts] for pts in t.metrics().values()])
    for secret in ("4111", "Zebulon", PROVIDER_KEY, "sk-proj", "203.0.113.77"):
        assert secret not in dumped, secret
    hashed = t.spans.get_finished_spans()[-1].attributes["aiwarden.subject_hash"]
    assert hashed == warden.stage("audit").hasher("anonymous:203.0.113.77")


def test_without_a_hash_key_no_subject_is_sent_at_all() -> None:
    t = Telemetry()
    run_sync(t.warden(_policy()), body("hi"), client="203.0.113.78")
    (span,) = t.spans.get_finished_spans()
    assert not [k for k in span.attributes if "subject" in k]
    assert "203.0.113.78" not in json.dumps(dict(span.attributes))


def test_anthropic_routes_name_their_provider() -> None:
    t = Telemetry()
    warden = t.warden(_policy(tiers={"free": {"max_output_tokens": 20}}))
    payload = json.dumps(
        {"model": "claude-3-5-haiku-latest", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}
    )
    ex = warden.exchange(_request(), RouteSpec(format="anthropic"))
    drive_sync(ex.check(payload.encode()))
    drive_sync(ex.finish())
    (span,) = t.spans.get_finished_spans()
    assert span.attributes["gen_ai.provider.name"] == "anthropic"


def test_off_by_default() -> None:
    pol = _policy()
    pol["audit"] = {"sinks": []}
    assert not [s for s in Warden(pol).stages if s.name.startswith("otel")]
