"""The attacks of issue 3, refused the same way by every adapter (Starlette, Django, Flask)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import jwt
import pytest

from tests.core.auth_support import (
    AUDIENCE,
    ISSUER,
    OTHER_SECRET,
    SECRET,
    TIERS,
    alg_none_token,
    claims,
    confused_token,
    hs_policy,
    hs_signed_raw,
    hs_token,
    jwks_of,
    public_pem,
    raw_token,
    rsa_key,
    signed,
)

from .common import chat_body

CHAT = "/v1/chat/completions"


@pytest.fixture(autouse=True)
def secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)


def good(**kw: Any) -> str:
    return hs_token(iss=ISSUER, aud=AUDIENCE, **kw)


def no_exp() -> str:
    body = claims(iss=ISSUER, aud=AUDIENCE)
    del body["exp"]
    return jwt.encode(body, SECRET, algorithm="HS256")


#: name -> the Authorization header value an attacker sends (None: no header at all)
ATTACKS: dict[str, Callable[[], str | None]] = {
    "alg none": lambda: f"Bearer {alg_none_token(iss=ISSUER, aud=AUDIENCE)}",
    "expired": lambda: f"Bearer {good(ttl=-60)}",
    "not yet valid (nbf)": lambda: f"Bearer {good(nbf=int(time.time()) + 3600)}",
    "wrong issuer": lambda: f"Bearer {hs_token(iss='https://evil.example', aud=AUDIENCE)}",
    "wrong audience": lambda: f"Bearer {hs_token(iss=ISSUER, aud='another-app')}",
    "bad signature": lambda: f"Bearer {good(secret=OTHER_SECRET)}",
    "missing required claim (exp)": lambda: f"Bearer {no_exp()}",
    "missing required claim (sub)": lambda: f"Bearer {good(sub=None)}",
    "malformed segments": lambda: "Bearer abc.def",
    "malformed characters": lambda: "Bearer a$b.c%d.e^f",
    "non-JSON header": lambda: f"Bearer {raw_token(b'not json', claims())}",
    "non-JSON payload": lambda: f"Bearer {hs_signed_raw({'alg': 'HS256'}, b'not json {')}",
    "kid tries a path": lambda: f"Bearer {hs_token(OTHER_SECRET, headers={'kid': '../../etc/passwd'})}",
    "100 KB token": lambda: f"Bearer {good(padding='x' * 100_000)}",
    "Bearer with no token": lambda: "Bearer",
    "Bearer with blanks": lambda: "Bearer    ",
    "Basic scheme": lambda: "Basic YWxpY2U6c2VjcmV0",
    "no Authorization header": lambda: None,
}


def assert_401(response: Any, provider_calls_before: int, client: Any) -> dict[str, Any]:
    assert response.status_code == 401, response.text[:300]
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"message", "type", "param", "code"}
    assert body["error"]["type"] == "authentication_error"
    assert body["error"]["code"] == "invalid_token"
    assert response.headers["www-authenticate"].startswith('Bearer error="invalid_token", error_description="')
    assert "Traceback" not in response.text
    assert len(client.provider.calls) == provider_calls_before, "the provider must not be called"
    return body["error"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_attack_is_a_401_in_the_openai_error_shape(client_for: Any, attack: str) -> None:
    client = client_for(hs_policy(issuer=ISSUER, audience=AUDIENCE))
    value = ATTACKS[attack]()
    headers = {"authorization": value} if value is not None else {}
    error = assert_401(client.post(CHAT, json=chat_body(), headers=headers), 0, client)
    if value is not None:
        for segment in value.removeprefix("Bearer ").split("."):
            if len(segment) > 8:
                assert segment not in error["message"]


def test_algorithm_confusion(client_for: Any, tmp_path: Any) -> None:
    key = rsa_key()
    pem = tmp_path / "public.pem"
    pem.write_bytes(public_pem(key))
    client = client_for({"auth": {"jwt_public_key_file": str(pem), "algorithms": ["RS256"]}, "tiers": TIERS})
    headers = {"authorization": f"Bearer {confused_token(public_pem(key))}"}
    error = assert_401(client.post(CHAT, json=chat_body(), headers=headers), 0, client)
    assert "'HS256'" in error["message"]
    ok = client.post(CHAT, json=chat_body(), headers={"authorization": f"Bearer {signed(key, 'RS256')}"})
    assert ok.status_code == 200


@pytest.mark.parametrize("kid", ["../../../../etc/passwd", "/dev/null", "unknown-key"])
def test_kid_that_names_no_key_or_tries_a_path(client_for: Any, tmp_path: Any, kid: str) -> None:
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps(jwks_of((rsa_key(0), "key-1"))))
    client = client_for({"auth": {"jwks_file": str(path), "algorithms": ["RS256"]}, "tiers": TIERS})
    headers = {"authorization": f"Bearer {signed(rsa_key(0), 'RS256', kid)}"}
    error = assert_401(client.post(CHAT, json=chat_body(), headers=headers), 0, client)
    assert "kid" in error["message"]
    ok = client.post(
        CHAT, json=chat_body(), headers={"authorization": f"Bearer {signed(rsa_key(0), 'RS256', 'key-1')}"}
    )
    assert ok.status_code == 200


def test_token_in_the_query_string_is_ignored(client_for: Any) -> None:
    client = client_for(hs_policy(issuer=ISSUER, audience=AUDIENCE))
    token = good()
    response = client.post(f"{CHAT}?access_token={token}&token={token}", json=chat_body())
    error = assert_401(response, 0, client)
    assert "needs authentication" in error["message"]


@pytest.mark.parametrize("scheme", ["Bearer", "bearer", "BEARER"])
def test_valid_token_any_scheme_case_and_identity_reaches_the_view(client_for: Any, scheme: str) -> None:
    client = client_for(hs_policy(issuer=ISSUER, audience=AUDIENCE))
    response = client.post(CHAT, json=chat_body("hi"), headers={"authorization": f"{scheme} {good(sub='alice')}"})
    assert response.status_code == 200, response.text
    assert response.json()["choices"][0]["message"]["content"] == "hi"
    ex = last_exchange(client)
    assert ex.identity.subject == "alice" and ex.identity.tier == "free" and ex.identity.token_id == "jti-alice"
    assert ex.tier_name == "free"


def test_tier_escalation_is_a_403_naming_the_model(client_for: Any) -> None:
    client = client_for(hs_policy(issuer=ISSUER, audience=AUDIENCE))
    free = {"authorization": f"Bearer {good(tier='free')}"}
    response = client.post(CHAT, json=chat_body(model="gpt-4o"), headers=free)
    assert response.status_code == 403
    error = response.json()["error"]
    assert (error["type"], error["code"], error["param"]) == ("permission_error", "model_not_allowed", "model")
    assert "'gpt-4o'" in error["message"] and "gpt-4o-mini" not in error["message"]
    assert client.provider.calls == []
    pro = {"authorization": f"Bearer {good(tier='pro')}"}
    assert client.post(CHAT, json=chat_body(model="gpt-4o"), headers=pro).status_code == 200


def test_streaming_request_is_authorized_too(client_for: Any) -> None:
    client = client_for(hs_policy(issuer=ISSUER, audience=AUDIENCE))
    free = {"authorization": f"Bearer {good(tier='free')}"}
    text = client.stream(CHAT, json=chat_body(model="gpt-4o", stream=True), headers=free)
    assert "model_not_allowed" in text and client.provider.calls == []


def test_route_narrows_the_tier(client_for: Any) -> None:
    policy = {**hs_policy(), "routes": [{"path": "/v1/messages", "format": "anthropic", "models": ["gpt-4o-mini"]}]}
    client = client_for(policy)
    pro = {"authorization": f"Bearer {hs_token(tier='pro')}"}
    body = {"model": "gpt-4o", "max_tokens": 50, "messages": [{"role": "user", "content": "hi"}]}
    response = client.post("/v1/messages", json=body, headers=pro)
    assert response.status_code == 403 and "this route" in response.json()["error"]["message"]
    body["model"] = "gpt-4o-mini"
    assert client.post("/v1/messages", json=body, headers=pro).status_code == 200


def test_unknown_tier_without_default_is_a_403(client_for: Any) -> None:
    client = client_for(hs_policy())
    response = client.post(CHAT, json=chat_body(), headers={"authorization": f"Bearer {hs_token(tier='gold')}"})
    assert response.status_code == 403 and response.json()["error"]["code"] == "tier_unknown"


def test_unmarked_routes_need_no_token(client_for: Any) -> None:
    client = client_for(hs_policy(issuer=ISSUER, audience=AUDIENCE))
    assert client.get("/health").status_code == 200
    assert client.get("/health", headers={"authorization": "Bearer garbage"}).status_code == 200


def last_exchange(client: Any) -> Any:
    ex = getattr(client, "last_exchange", None)
    if ex is None:  # Starlette keeps it on the app's state
        ex = client.native.app.state.last_exchange
    return ex


def test_flask_login_session_user_then_jwt_first() -> None:
    """The ``framework`` source with a real Flask-Login session (Flask only: Flask-Login is Flask's)."""
    from flask import Flask, g, jsonify
    from flask_login import LoginManager, UserMixin, login_user

    from aiwarden.flask import Warden, ai_route
    from aiwarden.warden import Warden as Engine

    class User(UserMixin):
        def __init__(self, id: str, roles: list[str]) -> None:
            self.id, self.roles = id, roles

    users = {"7": User("7", ["staff"]), "8": User("8", ["visitor"])}
    app = Flask(__name__)
    app.secret_key = "x" * 32
    LoginManager(app).user_loader(users.get)
    policy = {
        "auth": {
            "sources": ["jwt", "framework"],
            "jwt_secret_env": "AIWARDEN_JWT_SECRET",
            "tier_map": {"staff": "pro"},
            "default_tier": "free",
        },
        "tiers": TIERS,
    }
    Warden(policy=Engine(policy)).init_app(app)

    @app.post("/login/<uid>")
    def login(uid: str) -> Any:
        login_user(users[uid])
        return "ok"

    @app.post("/chat")
    @ai_route()
    def chat() -> Any:
        who = g.aiwarden.identity
        return jsonify(subject=who.subject, tier=who.tier, source=who.source)

    client = app.test_client()
    body = chat_body(model="gpt-4o")
    assert client.post("/chat", json=body).status_code == 401  # not signed in
    client.post("/login/7")
    assert client.post("/chat", json=body).get_json() == {"subject": "7", "tier": "pro", "source": "framework"}
    token = hs_token(sub="api-user", tier="free")
    response = client.post("/chat", json=chat_body(), headers={"authorization": f"Bearer {token}"})
    assert response.get_json() == {"subject": "api-user", "tier": "free", "source": "jwt"}
    bad = client.post("/chat", json=body, headers={"authorization": f"Bearer {hs_token(ttl=-60)}"})
    assert bad.status_code == 401  # a bad token is not downgraded to the session
    client.post("/login/8")
    refused = client.post("/chat", json=body)
    assert refused.status_code == 403 and refused.get_json()["error"]["code"] == "model_not_allowed"


# --- Anthropic clients: x-api-key --------------------------------------------------------------


def _anthropic(text: str = "Hello!") -> dict[str, Any]:
    return {"model": "claude-3-5-haiku-latest", "max_tokens": 64, "messages": [{"role": "user", "content": text}]}


def _claude_policy() -> dict[str, Any]:
    policy = hs_policy(issuer=ISSUER, audience=AUDIENCE)
    return {**policy, "tiers": {"pro": {"models": ["gpt-4o-mini", "claude-*"]}}}


def test_a_jwt_in_x_api_key_is_the_credential_on_anthropic_routes_only(client_for: Any) -> None:
    client = client_for(_claude_policy())
    token = good(tier="pro")
    r = client.post("/v1/messages", json=_anthropic("Hi"), headers={"x-api-key": token})
    assert r.status_code == 200 and r.json()["content"][0]["text"] == "Hi", r.text
    # a bad JWT there is refused, never passed over
    r = client.post("/v1/messages", json=_anthropic(), headers={"x-api-key": good(secret=OTHER_SECRET)})
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_token"
    # a provider key there is still refused, and not echoed
    provider_key = "sk-ant-api03-" + "Abc1Def2Gh" * 6
    r = client.post("/v1/messages", json=_anthropic(), headers={"x-api-key": provider_key})
    assert r.status_code == 400 and r.json()["error"]["code"] == "client_key_forbidden"
    assert provider_key not in r.text
    # no credential: the message names both headers
    r = client.post("/v1/messages", json=_anthropic())
    assert r.status_code == 401 and "x-api-key" in r.json()["error"]["message"]
    # on an OpenAI-format route, x-api-key is not a credential
    r = client.post(CHAT, json=chat_body("Hi"), headers={"x-api-key": token})
    assert r.status_code == 401
    assert client.post(CHAT, json=chat_body("Hi"), headers={"authorization": f"Bearer {token}"}).status_code == 200


def test_the_anthropic_sdk_against_a_guarded_route(client_for: Any) -> None:
    """The official SDK, with the JWT as its api_key (2.x sends it as a bearer token) and as an
    x-api-key header (what Anthropic documents and other clients send), JSON and streamed."""
    anthropic = pytest.importorskip("anthropic")
    client = client_for(_claude_policy())
    token = good(tier="pro")
    at = {"base_url": "http://testserver", "http_client": client.http_client(), "max_retries": 0}
    for sdk in (
        anthropic.Anthropic(api_key=token, **at),
        anthropic.Anthropic(api_key=None, auth_token=None, default_headers={"x-api-key": token}, **at),
    ):
        message = sdk.messages.create(**_anthropic("Hello from the SDK"))
        assert message.content[0].text == "Hello from the SDK"
        with sdk.messages.stream(**_anthropic("my card is 4111 1111 1111 1111")) as stream:
            assert "".join(stream.text_stream) == "my card is [CREDIT_CARD]"
    with pytest.raises(anthropic.AuthenticationError):
        anthropic.Anthropic(api_key=good(secret=OTHER_SECRET), **at).messages.create(**_anthropic())


# -- Authorization headers as clients send them ------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "Bearer   {t}",  # several spaces
        "Bearer {t}   ",  # trailing spaces
        "BEARER {t}",
        "bearer {t}",
    ],
    ids=["spaces", "trailing", "upper", "lower"],
)
def test_bearer_forms_clients_send_are_accepted(client_for: Any, value: str) -> None:
    client = client_for(hs_policy())
    response = client.post(CHAT, json=chat_body(), headers={"authorization": value.format(t=hs_token())})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "value",
    [
        "Bearer\t{t}",  # RFC 9110: one or more SP, no tab
        "Bearer {t} {t}",  # two tokens
        "Token {t}",
        "Bearer",
        "{t}",  # no scheme
    ],
    ids=["tab", "two-tokens", "other-scheme", "scheme-only", "bare-token"],
)
def test_malformed_authorization_is_a_401_that_never_echoes_the_token(client_for: Any, value: str) -> None:
    client = client_for(hs_policy())
    token = hs_token()
    response = client.post(CHAT, json=chat_body(), headers={"authorization": value.format(t=token)})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_token"
    assert response.headers["www-authenticate"].startswith('Bearer error="invalid_token"')
    assert token not in response.text and token[-20:] not in response.headers["www-authenticate"]
    assert client.provider.calls == []


def test_two_authorization_headers_never_let_an_unchecked_one_through(client_for: Any, framework: str) -> None:
    if framework != "starlette":
        pytest.skip("the WSGI test clients cannot send a header twice")
    client = client_for(hs_policy())
    provider_key = "sk-proj-" + "Zz9" * 16
    headers = [("authorization", f"Bearer {provider_key}"), ("authorization", f"Bearer {hs_token()}")]
    response = client.native.post(CHAT, json=chat_body(), headers=headers)
    assert response.status_code in (400, 401)
