"""Auth, quota and key edges through every adapter (Starlette, Django, Flask): what a hostile client
or an odd provider sends, and what must come back."""

from __future__ import annotations

from typing import Any

import pytest

from tests.core.auth_support import SECRET, hs_policy, hs_token
from tests.core.test_security_edges import _Usage

from .common import chat_body

CHAT = "/v1/chat/completions"


@pytest.fixture(autouse=True)
def secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)


def _limited(requests: str = "1/minute") -> dict[str, Any]:
    policy = hs_policy()
    policy["tiers"] = {name: {**tier, "requests": [requests]} for name, tier in policy["tiers"].items()}
    return policy


@pytest.mark.parametrize(("first", "second"), [("José", "Josи"), ("acme:alice", "acme_alice")])
def test_callers_whose_ids_differ_in_unsafe_characters_have_their_own_limits(
    client_for: Any, first: str, second: str
) -> None:
    client = client_for(_limited())

    def post(sub: str) -> Any:
        return client.post(CHAT, json=chat_body(), headers={"authorization": f"Bearer {hs_token(sub=sub)}"})

    assert post(first).status_code == 200
    assert post(second).status_code == 200  # was 429: the two shared one key
    refused = post(first)
    assert refused.status_code == 429 and refused.json()["error"]["code"] == "rate_limit_exceeded"


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


def test_negative_usage_from_the_provider_does_not_refill_a_budget(client_for: Any) -> None:
    policy = {
        "auth": {"required": False, "anonymous_tier": "free"},
        "tiers": {"free": {"tokens_per_day": 1000, "max_output_tokens": 10}},
    }
    client = client_for(policy, provider=_Usage({"prompt_tokens": -500, "completion_tokens": -500}))
    for _ in range(2):
        assert client.post(CHAT, json=chat_body()).status_code == 200
    rows = client.warden.stage("quota").storage._buckets
    assert rows and all(held >= 0 and settled >= 0 for held, settled, *_ in rows.values())


@pytest.mark.xfail(
    strict=True,
    reason="starlette.py builds HttpRequest.headers with a dict: the last of two Authorization headers "
    "wins, while Starlette's request.headers gives the view the first (not in the auth/quota/keys/audit "
    "code; see the report). Django and Flask join repeated headers with ',', which is a 401.",
)
def test_two_authorization_headers_never_let_an_unchecked_one_through(client_for: Any, framework: str) -> None:
    if framework != "starlette":
        pytest.skip("the WSGI test clients cannot send a header twice")
    client = client_for(hs_policy())
    provider_key = "sk-proj-" + "Zz9" * 16
    headers = [("authorization", f"Bearer {provider_key}"), ("authorization", f"Bearer {hs_token()}")]
    response = client.native.post(CHAT, json=chat_body(), headers=headers)
    assert response.status_code in (400, 401)
