"""The keys stage: denied capability paths and client-sent provider keys, on a real Warden."""

from __future__ import annotations

import base64
import json
import logging
from typing import Any

import jwt
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.errors import Refusal
from aiwarden.keys import KeyRing, KeysStage
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

SERVER_KEY = "sk-proj-" + "Srv3rK3yAb" * 5
CLIENT_KEY = "sk-proj-" + "Cl1entK3yZ" * 5
ANTHROPIC_CLIENT_KEY = "sk-ant-api03-" + "Abc1Def2Gh" * 6
GOOGLE_CLIENT_KEY = "AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q"[:35]


@pytest.fixture
def warden(monkeypatch: pytest.MonkeyPatch) -> Warden:
    monkeypatch.setenv("OPENAI_API_KEY", SERVER_KEY)
    return keys_only({"keys": {"deny_paths": ["/v1/embeddings", "/v1/images/*", "/v1/fine_tuning/**"]}})


def keys_only(policy: dict[str, Any]) -> Warden:
    """A warden running only the keys stage (built from the services of a warden without stages)."""
    warden = Warden(policy, stages=[])
    stage = KeysStage(warden.services)
    warden.stages = [stage]
    warden._admit = warden._inspect = [stage]  # type: ignore[misc]
    return warden


def admit(
    warden: Warden, path: str = "/v1/chat/completions", headers: dict[str, str] | None = None, query: str = ""
) -> Refusal | None:
    ex = warden.exchange(HttpRequest("POST", path, headers or {}, query), RouteSpec())
    return drive_sync(ex.admit())


def inspect(warden: Warden, body: dict[str, Any]) -> Refusal | bytes:
    ex = warden.exchange(HttpRequest("POST", "/v1/chat/completions", {}), RouteSpec())
    return drive_sync(ex.inspect(json.dumps(body).encode()))


def chat(text: str = "hi", **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}], **extra}


def test_the_stage_exposes_its_ring_on_the_warden(warden: Warden) -> None:
    assert isinstance(warden.keys, KeyRing)  # type: ignore[attr-defined]
    assert warden.keys.get("openai") == SERVER_KEY  # type: ignore[attr-defined]
    assert Warden({}).keys.providers() == ["openai"]  # type: ignore[attr-defined]  # default pipeline


@pytest.mark.parametrize(
    "path",
    [
        "/v1/embeddings",
        "/v1/embeddings/",
        "/v1//embeddings",
        "/v1/./embeddings",
        "/V1/Embeddings",
        "/v1/images/generations",
        "/v1/fine_tuning/jobs/abc/events",
        "/v1/x/../embeddings",
        "/v1%2Fembeddings",
    ],
)
def test_denied_paths_are_refused_however_spelled(warden: Warden, path: str) -> None:
    refusal = admit(warden, path)
    assert refusal is not None and (refusal.status, refusal.code) == (403, "capability_denied")


def test_other_paths_pass(warden: Warden) -> None:
    assert admit(warden, "/v1/chat/completions") is None
    assert admit(warden, "/v1/images") is None  # "*" needs a segment
    assert admit(warden, "/v1/embeddings-report") is None


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("authorization", f"Bearer {CLIENT_KEY}"),
        ("authorization", CLIENT_KEY),
        ("authorization", "Basic " + base64.b64encode(f"user:{CLIENT_KEY}".encode()).decode()),
        ("x-api-key", ANTHROPIC_CLIENT_KEY),
        ("api-key", CLIENT_KEY),
        ("x-goog-api-key", GOOGLE_CLIENT_KEY),
        ("x-openai-key", CLIENT_KEY),
        ("x-anything", SERVER_KEY),  # the server's own key, in any header
        ("api-key", f'"{CLIENT_KEY}"'),  # quoted
        ("x-auth", f"key={CLIENT_KEY}"),
        ("cookie", f"session=abc123; openai={CLIENT_KEY}"),
        ("x-anything", f"token={SERVER_KEY}; v=1"),
    ],
)
def test_client_keys_in_headers_are_refused(
    warden: Warden, name: str, value: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="aiwarden.keys"):
        refusal = admit(warden, headers={name: value})
    assert refusal is not None
    assert (refusal.status, refusal.type, refusal.code) == (400, "invalid_request_error", "client_key_forbidden")
    assert f"the {name} header" in refusal.message and refusal.param == name
    body = refusal.body().decode()
    for key in (CLIENT_KEY, ANTHROPIC_CLIENT_KEY, GOOGLE_CLIENT_KEY, SERVER_KEY):
        assert key not in body and key not in caplog.text
    assert "refused request" in caplog.text


def test_the_apps_own_credentials_pass(warden: Warden) -> None:
    token = jwt.encode({"sub": "alice", "tier": "pro"}, "s" * 32, algorithm="HS256")
    assert admit(warden, headers={"authorization": f"Bearer {token}"}) is None
    assert admit(warden, headers={"x-api-key": "app_live_3f9a8b7c6d5e4f3a"}) is None
    assert admit(warden, headers={"authorization": "Bearer sk-no-key-required"}) is None
    assert admit(warden, headers={"x-task": "sk-learn-pipeline-transformers-tutorial"}) is None


def test_a_credential_seen_before_is_judged_again_by_the_ring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a header value is shaped like a key is remembered (the same bearer token comes with
    every request); whether it is one of the server's keys is not: a value the ring loads later is
    refused from then on, and a key-shaped value every time."""
    own = "opaque-server-credential-" + "q7" * 12  # no provider's shape: a key only as a ring value
    monkeypatch.setenv("OPENAI_API_KEY", SERVER_KEY)
    first = keys_only({})
    assert admit(first, headers={"authorization": f"Bearer {own}"}) is None
    assert admit(first, headers={"authorization": f"Bearer {own}"}) is None  # remembered as no shape
    monkeypatch.setenv("OPENAI_API_KEY", own)
    later = keys_only({})  # a ring that has loaded it
    for _ in range(2):
        refusal = admit(later, headers={"authorization": f"Bearer {own}"})
        assert refusal is not None and refusal.code == "client_key_forbidden"
        refusal = admit(later, headers={"authorization": f"Bearer {CLIENT_KEY}"})
        assert refusal is not None and refusal.code == "client_key_forbidden"


@pytest.mark.parametrize(
    "query",
    [
        f"api_key={CLIENT_KEY}",
        f"key={GOOGLE_CLIENT_KEY}",
        f"x=1&token={CLIENT_KEY.replace('-', '%2D')}",
        f"k={SERVER_KEY}",
        f"a=1;key={CLIENT_KEY}",
        f"q=see+{CLIENT_KEY}+here",
    ],
)
def test_client_keys_in_the_query_string_are_refused(warden: Warden, query: str) -> None:
    refusal = admit(warden, query=query)
    assert refusal is not None and refusal.code == "client_key_forbidden"
    assert "query" in refusal.message and CLIENT_KEY not in refusal.body().decode()


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (chat(api_key=CLIENT_KEY), "api_key"),
        (chat(extra_headers={"Authorization": f"Bearer {ANTHROPIC_CLIENT_KEY}"}), "extra_headers.Authorization"),
        (chat(metadata={"note": f"use {SERVER_KEY}"}), "metadata.note"),
        (chat(user=GOOGLE_CLIENT_KEY), "user"),
    ],
)
def test_client_keys_in_the_body_are_refused(warden: Warden, body: dict[str, Any], where: str) -> None:
    refusal = inspect(warden, body)
    assert isinstance(refusal, Refusal) and refusal.code == "client_key_forbidden"
    assert refusal.param == where


def test_a_key_pasted_into_a_message_is_redacted_before_the_provider(warden: Warden) -> None:
    github = "ghp_" + "a1B2c3D4e5" * 3 + "F6g7H8"
    body = inspect(warden, chat(f"why does {CLIENT_KEY} fail? and {github}, also {SERVER_KEY}"))
    assert isinstance(body, bytes)
    sent = json.loads(body)["messages"][0]["content"]
    assert sent == "why does [SECRET] fail? and [SECRET], also [SECRET]"


def test_a_message_without_keys_is_forwarded_unchanged(warden: Warden) -> None:
    text = "the sk-learn pipeline, commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904, id 123e4567-e89b-12d3-a456-4266"
    body = inspect(warden, chat(text))
    assert isinstance(body, bytes) and json.loads(body)["messages"][0]["content"] == text


def test_a_key_in_a_tool_call_is_refused(warden: Warden) -> None:
    call = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": json.dumps({"k": CLIENT_KEY})}}
    body = chat("hi")
    body["messages"].append({"role": "assistant", "content": None, "tool_calls": [call]})
    refusal = inspect(warden, body)
    assert isinstance(refusal, Refusal) and refusal.code == "client_key_forbidden"
    assert CLIENT_KEY not in refusal.body().decode()


def test_messages_are_checked_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SERVER_KEY)
    w = keys_only({"keys": {"refuse_keys_in_messages": True}})
    refusal = inspect(w, chat(f"why does {CLIENT_KEY} fail?"))
    assert isinstance(refusal, Refusal) and refusal.param == "messages[0].content"


_KEY_BODY = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", min_size=24, max_size=80)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    prefix=st.sampled_from(["sk-", "sk-proj-", "sk-ant-api03-", "sk-svcacct-"]),
    body=_KEY_BODY,
    header=st.sampled_from(["authorization", "x-api-key", "api-key"]),
    bearer=st.booleans(),
)
def test_any_key_shaped_header_is_refused(warden: Warden, prefix: str, body: str, header: str, bearer: bool) -> None:
    if not (any(c.isdigit() for c in body) and any(c.isalpha() for c in body)):
        body = body[:-2] + "a1"
    value = f"Bearer {prefix}{body}" if bearer else prefix + body
    refusal = admit(warden, headers={header: value})
    assert refusal is not None and refusal.code == "client_key_forbidden"
    assert prefix + body not in refusal.body().decode()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    claims=st.dictionaries(st.sampled_from(["sub", "tier", "name", "scope"]), st.text(max_size=40), max_size=4),
    secret=st.text(min_size=32, max_size=64),
)
def test_no_jwt_is_ever_taken_for_a_provider_key(warden: Warden, claims: dict[str, str], secret: str) -> None:
    token = jwt.encode(claims, secret, algorithm="HS256")
    assert admit(warden, headers={"authorization": f"Bearer {token}"}) is None


@pytest.mark.parametrize("name", [CLIENT_KEY, SERVER_KEY, "sk-proj-Short"])
def test_a_key_sent_as_a_name_is_refused_without_echoing_it(warden: Warden, name: str) -> None:
    refusal = admit(warden, query=f"{name}=1")
    if name == "sk-proj-Short":  # not a key: passes
        assert refusal is None
        return
    assert refusal is not None and refusal.code == "client_key_forbidden"
    assert name not in refusal.body().decode() and name[12:30] not in refusal.body().decode()
    refused = inspect(warden, chat(metadata={name: "x"}))
    if isinstance(refused, Refusal):
        assert name not in refused.body().decode() and name[12:30] not in (refused.param or "")
