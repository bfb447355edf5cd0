"""A route with path parameters is one route: its own limit and its audit label use the
framework's route pattern, not the concrete path (a new thread id is not a fresh limit)."""

from __future__ import annotations

from typing import Any

from aiwarden.audit import MemorySink

OPEN: dict[str, Any] = {"auth": {"required": False, "anonymous_tier": "default"}}
BODY = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}
PATTERN = {
    "starlette": "/threads/{tid}/chat",
    "flask": "/threads/<tid>/chat",
    "django": "/threads/<str:tid>/chat",
}


def test_a_route_limit_counts_every_path_parameter_together(client_for: Any, framework: str) -> None:
    sink = MemorySink()
    client = client_for(OPEN, audit_sinks=[sink])
    statuses = [client.post(f"/threads/{tid}/chat", json=BODY).status_code for tid in ("a", "b", "c", "d")]
    assert statuses == [200, 200, 429, 429]  # the route allows 2 a minute, whichever thread
    assert client.warden.stage("audit").flush(5.0)
    labels = {rec.route for rec in sink.records}
    assert labels == {PATTERN[framework]}  # one label, not one per thread id (bounded metrics)
