"""Bearer JWT authentication through the auth stage: every attack of issue 3, with real pyjwt tokens."""

from __future__ import annotations

import json
import time
from typing import Any

import jwt
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiwarden.auth import AuthStage
from aiwarden.context import HttpRequest
from aiwarden.effects import drive_sync
from aiwarden.errors import ConfigurationError, Refusal
from aiwarden.exchange import Exchange
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

from .auth_support import (
    AUDIENCE,
    ISSUER,
    OTHER_SECRET,
    SECRET,
    TIERS,
    alg_none_token,
    bearer,
    claims,
    confused_token,
    hs_policy,
    hs_signed_raw,
    hs_token,
    private_pem,
    public_pem,
    raw_token,
    rsa_key,
    signed,
)
from .quota_support import run_sync


@pytest.fixture(autouse=True)
def secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", SECRET)


def auth_warden(policy: Any, **components: Any) -> Warden:
    """A warden running only the auth stage, so these tests see nothing but authentication."""
    base = Warden(policy, stages=[], **components)
    return Warden(base.policy, stages=[AuthStage(base.services)], **components)


def admit(
    warden: Warden,
    headers: dict[str, str] | None = None,
    *,
    query: str = "",
    route: RouteSpec | None = None,
    **request: Any,
) -> tuple[Exchange, Refusal | None]:
    http = HttpRequest(
        "POST",
        "/v1/chat/completions",
        headers or {},
        query_string=query,
        client=request.pop("client", "203.0.113.7"),
        **request,
    )
    ex = warden.exchange(http, route or RouteSpec())
    return ex, drive_sync(ex.admit())


def assert_401(refusal: Refusal | None, *words: str) -> None:
    assert refusal is not None, "expected a 401, the request was admitted"
    assert refusal.status == 401
    body = json.loads(refusal.body())["error"]
    assert body["type"] == "authentication_error"
    assert body["code"] == "invalid_token"
    challenge = refusal.headers["www-authenticate"]
    assert challenge.startswith('Bearer error="invalid_token", error_description="')
    for word in words:
        assert word in body["message"], body["message"]
        assert word.replace('"', "'") in challenge


@pytest.fixture
def hs() -> Warden:
    return auth_warden(hs_policy(issuer=ISSUER, audience=AUDIENCE))


def good(**kw: Any) -> str:
    return hs_token(iss=ISSUER, aud=AUDIENCE, **kw)


# -- the happy path ------------------------------------------------------------------------


def test_valid_token_sets_identity_and_tier(hs: Warden) -> None:
    ex, refusal = admit(hs, bearer(good(sub="alice", tier="pro")))
    assert refusal is None
    assert ex.identity is not None
    assert (ex.identity.subject, ex.identity.tier, ex.identity.source) == ("alice", "pro", "jwt")
    assert ex.identity.token_id == "jti-alice"
    assert ex.identity.claims["aud"] == AUDIENCE
    assert ex.tier_name == "pro"
    assert ex.tier is hs.policy.tiers["pro"]


def test_lower_case_bearer_scheme_is_accepted(hs: Warden) -> None:
    for scheme in ("bearer", "BEARER", "BeArEr"):
        ex, refusal = admit(hs, bearer(good(), scheme))
        assert refusal is None, scheme
        assert ex.identity is not None and ex.identity.subject == "alice"


def test_leeway_accepts_a_token_just_expired() -> None:
    token = hs_token(ttl=-5)
    assert_401(admit(auth_warden(hs_policy()), bearer(token))[1], "expired")
    assert admit(auth_warden(hs_policy(leeway_seconds=30)), bearer(token))[1] is None


# -- the attacks that must fail ------------------------------------------------------------


def test_a_header_read_once_still_verifies_every_token_in_full(hs: Warden) -> None:
    """Tokens of one issuer share their header segment, which is read once: each token's signature,
    claims and expiry are still checked, and a header this server refuses is refused every time."""
    first, second = good(sub="alice", tier="pro"), good(sub="bob", tier="free")
    assert first.split(".")[0] == second.split(".")[0]
    for token, who in ((first, "alice"), (second, "bob"), (first, "alice")):
        ex, refusal = admit(hs, bearer(token))
        assert refusal is None and ex.identity is not None and ex.identity.subject == who
    head, payload, _ = second.split(".")
    forged = f"{head}.{payload}.{first.split('.')[2]}"  # a known header, another token's signature
    assert_401(admit(hs, bearer(forged))[1], "signature")
    assert_401(admit(hs, bearer(good(exp=int(time.time()) - 3600)))[1], "expired")
    for _ in range(2):
        token = raw_token({"alg": "none"}, claims(iss=ISSUER, aud=AUDIENCE), b"")
        assert_401(admit(hs, bearer(token))[1], "does not accept")
    jose = hs.stage("auth").verifier.header(first)
    jose["alg"] = "none"  # a caller changing its copy changes nothing for the next request
    assert admit(hs, bearer(second))[1] is None


def test_alg_none_is_refused(hs: Warden) -> None:
    token = alg_none_token(iss=ISSUER, aud=AUDIENCE)
    assert_401(admit(hs, bearer(token))[1], "'none'", "does not accept")
    for variant in ("None", "NONE", "nOnE"):
        token = raw_token({"alg": variant}, claims(iss=ISSUER, aud=AUDIENCE), b"")
        assert_401(admit(hs, bearer(token))[1], "does not accept")


def test_algorithm_confusion_hs256_signed_with_the_rsa_public_key(tmp_path: Any) -> None:
    key = rsa_key()
    pem = tmp_path / "public.pem"
    pem.write_bytes(public_pem(key))
    warden = auth_warden({"auth": {"jwt_public_key_file": str(pem), "algorithms": ["RS256"]}, "tiers": TIERS})
    assert admit(warden, bearer(signed(key, "RS256")))[1] is None  # the real key works
    assert_401(admit(warden, bearer(confused_token(public_pem(key))))[1], "'HS256'", "does not accept")


def test_algorithm_confusion_with_both_families_allowed(tmp_path: Any) -> None:
    """Even with HS256 *and* RS256 allowed, an HS256 token is checked with the secret, never the PEM."""
    key = rsa_key()
    pem = tmp_path / "public.pem"
    pem.write_bytes(public_pem(key))
    warden = auth_warden(
        {
            "auth": {
                "jwt_public_key_file": str(pem),
                "jwt_secret_env": "AIWARDEN_JWT_SECRET",
                "algorithms": ["HS256", "RS256"],
            },
            "tiers": TIERS,
        }
    )
    assert admit(warden, bearer(signed(key, "RS256")))[1] is None
    assert admit(warden, bearer(hs_token()))[1] is None
    assert_401(admit(warden, bearer(confused_token(public_pem(key))))[1], "signature is invalid")


def test_expired(hs: Warden) -> None:
    assert_401(admit(hs, bearer(good(ttl=-60)))[1], "expired")


def test_not_yet_valid_nbf(hs: Warden) -> None:
    assert_401(admit(hs, bearer(good(nbf=int(time.time()) + 3600)))[1], "not valid yet (nbf)")


def test_issued_in_the_future(hs: Warden) -> None:
    assert_401(admit(hs, bearer(good(iat=int(time.time()) + 3600)))[1], "issued in the future")


def test_wrong_issuer(hs: Warden) -> None:
    assert_401(admit(hs, bearer(hs_token(iss="https://evil.example", aud=AUDIENCE)))[1], "issuer (iss)")


def test_wrong_audience(hs: Warden) -> None:
    assert_401(admit(hs, bearer(hs_token(iss=ISSUER, aud="another-app")))[1], "audience (aud)")
    assert_401(admit(hs, bearer(hs_token(iss=ISSUER, aud=["another-app", "x"])))[1], "audience (aud)")


def test_audience_in_a_list_is_accepted(hs: Warden) -> None:
    assert admit(hs, bearer(hs_token(iss=ISSUER, aud=["other", AUDIENCE])))[1] is None


def test_bad_signature(hs: Warden) -> None:
    assert_401(admit(hs, bearer(good(secret=OTHER_SECRET)))[1], "signature is invalid")
    head, _, sig = good().split(".")
    tampered_payload = jwt.utils.base64url_encode(json.dumps(claims(tier="pro", iss=ISSUER, aud=AUDIENCE)).encode())
    assert_401(admit(hs, bearer(f"{head}.{tampered_payload.decode()}.{sig}"))[1], "signature is invalid")


@pytest.mark.parametrize("missing", ["exp", "sub"])
def test_missing_required_claim(hs: Warden, missing: str) -> None:
    token = hs_token(iss=ISSUER, aud=AUDIENCE, **{missing: None} if missing != "exp" else {})
    if missing == "exp":
        body = claims(iss=ISSUER, aud=AUDIENCE)
        del body["exp"]
        token = jwt.encode(body, SECRET, algorithm="HS256")
    assert_401(admit(hs, bearer(token))[1], f"required claim '{missing}'")


def test_missing_issuer_and_audience_claims_when_configured(hs: Warden) -> None:
    assert_401(admit(hs, bearer(hs_token(aud=AUDIENCE)))[1], "required claim 'iss'")
    assert_401(admit(hs, bearer(hs_token(iss=ISSUER)))[1], "required claim 'aud'")


def test_configured_required_claims() -> None:
    warden = auth_warden(hs_policy(required_claims=["exp", "sub", "jti", "email"]))
    assert_401(admit(warden, bearer(hs_token()))[1], "required claim 'email'")
    assert admit(warden, bearer(hs_token(email="a@example.com")))[1] is None


@pytest.mark.parametrize(
    "token",
    [
        "abc",
        "a.b",
        "a.b.c.d",
        "..",
        "a..c",
        "not a token at all",
        "eyJhbGciOiJIUzI1NiJ9.e30.sig$",
        "eyJhbGciOiJIUzI1NiJ9 .e30.c2ln",
    ],
)
def test_malformed_segments(hs: Warden, token: str) -> None:
    assert_401(admit(hs, {"authorization": f"Bearer {token}"})[1], "malformed")


@pytest.mark.parametrize(
    "header",
    [b"not json", b"\xff\xfe", b"[1, 2]", b'"HS256"', b"[" * 5000, b"{" * 3000],
)
def test_non_json_or_non_object_header(hs: Warden, header: bytes) -> None:
    token = raw_token(header, claims())
    warden = auth_warden(hs_policy(max_token_bytes=65536))
    assert_401(admit(warden, bearer(token))[1], "malformed")
    assert_401(admit(hs, bearer(token))[1])


def test_non_json_payload_even_when_correctly_signed(hs: Warden) -> None:
    assert_401(admit(hs, bearer(hs_signed_raw({"alg": "HS256"}, b"not json {")))[1], "payload is not a JSON object")
    assert_401(admit(hs, bearer(hs_signed_raw({"alg": "HS256"}, b"[1,2,3]")))[1], "malformed")


def test_claim_of_the_wrong_type(hs: Warden) -> None:
    assert_401(admit(hs, bearer(good(exp="tomorrow")))[1], "'exp' claim is not a number")
    assert_401(admit(hs, bearer(good(sub=42)))[1], "'sub' claim has the wrong type")


@pytest.mark.parametrize("kid", ["../../../../etc/passwd", "/dev/null", "file:///etc/passwd", "nope"])
def test_kid_with_a_single_hmac_key_does_not_change_the_key(hs: Warden, kid: str) -> None:
    """With one HMAC secret the kid picks nothing: a token signed with another key still fails."""
    token = hs_token(OTHER_SECRET, headers={"kid": kid}, iss=ISSUER, aud=AUDIENCE)
    assert_401(admit(hs, bearer(token))[1], "signature is invalid")


@pytest.mark.parametrize("kid", ["a" * 300, "line\nbreak", "nul\x00byte", "tab\tkid", 17, ["k"], {"k": 1}])
def test_malformed_kid(hs: Warden, kid: Any) -> None:
    token = raw_token({"alg": "HS256", "kid": kid}, claims())
    assert_401(admit(hs, bearer(token))[1], "key id (kid) is malformed")


def test_100kb_token_is_refused_before_decoding(hs: Warden) -> None:
    token = good(padding="x" * 100_000)
    assert len(token) > 100_000
    _, refusal = admit(hs, bearer(token))
    assert_401(refusal, "larger than the 8192 bytes")


def test_bearer_with_no_token(hs: Warden) -> None:
    for value in ("Bearer", "Bearer ", "Bearer    ", "bearer"):
        assert_401(admit(hs, {"authorization": value})[1], "carries no token")


def test_other_scheme_is_refused(hs: Warden) -> None:
    assert_401(admit(hs, {"authorization": "Basic YWxpY2U6c2VjcmV0"})[1], "Bearer scheme")
    assert_401(admit(hs, {"authorization": f"Token {good()}"})[1], "Bearer scheme")


def test_token_in_the_query_string_is_ignored(hs: Warden) -> None:
    token = good()
    for query in (f"access_token={token}", f"token={token}", f"jwt={token}&authorization=Bearer+{token}"):
        _, refusal = admit(hs, query=query)
        assert_401(refusal, "needs authentication")


def test_missing_authorization_header(hs: Warden) -> None:
    assert_401(admit(hs)[1], "needs authentication", "Authorization: Bearer")


def test_two_tokens_in_one_header_are_refused(hs: Warden) -> None:
    assert_401(admit(hs, {"authorization": f"Bearer {good()}, Bearer {good()}"})[1], "malformed")


def test_embedded_jwk_header_is_not_trusted(tmp_path: Any) -> None:
    """A token carrying its own key (``jwk``/``jku``/``x5u`` headers) is checked with the server's key."""
    from .auth_support import jwk_of

    server_key, attacker = rsa_key(0), rsa_key(1)
    pem = tmp_path / "public.pem"
    pem.write_bytes(public_pem(server_key))
    warden = auth_warden({"auth": {"jwt_public_key_file": str(pem), "algorithms": ["RS256"]}, "tiers": TIERS})
    headers = {"jwk": jwk_of(attacker, None), "jku": "https://evil.example/jwks", "x5u": "https://evil.example/c"}
    token = jwt.encode(claims(), attacker, algorithm="RS256", headers=headers)
    assert_401(admit(warden, bearer(token))[1], "signature is invalid")


def test_crit_header_is_refused(hs: Warden) -> None:
    token = jwt.encode(claims(iss=ISSUER, aud=AUDIENCE), SECRET, algorithm="HS256", headers={"crit": ["exp"]})
    assert_401(admit(hs, bearer(token))[1], "critical header")


def test_the_token_is_never_echoed(hs: Warden) -> None:
    attacks = [
        good(ttl=-60),
        good(secret=OTHER_SECRET),
        alg_none_token(),
        hs_token(iss="x", aud=AUDIENCE),
        good(padding="x" * 100_000),
        raw_token(b"not json", claims()),
    ]
    for token in attacks:
        _, refusal = admit(hs, bearer(token))
        assert refusal is not None
        rendered = refusal.body().decode() + json.dumps(dict(refusal.headers))
        for segment in token.split("."):
            if len(segment) > 8:
                assert segment not in rendered


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.text(max_size=400) | st.binary(max_size=400).map(lambda b: b.decode("latin-1")))
def test_any_garbage_is_a_401_never_an_exception(token: str) -> None:
    warden = _HYPO_WARDEN
    _, refusal = admit(warden, {"authorization": f"Bearer {token}"})
    assert refusal is not None and refusal.status == 401


@settings(max_examples=200, deadline=None)
@given(
    header=st.dictionaries(
        st.sampled_from(["alg", "kid", "typ", "crit", "b64", "jwk", "x"]),
        st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.lists(st.text(max_size=5), max_size=3),
    ),
    payload=st.dictionaries(
        st.sampled_from(["sub", "exp", "nbf", "iat", "aud", "iss", "tier", "jti"]),
        st.none() | st.integers() | st.text(max_size=20) | st.floats(allow_nan=True),
    ),
)
def test_any_unsigned_or_wrongly_signed_structure_is_refused(header: dict[str, Any], payload: dict[str, Any]) -> None:
    token = raw_token(header, payload, b"forged-signature")
    _, refusal = admit(_HYPO_WARDEN, bearer(token))
    assert refusal is not None and refusal.status == 401


# -- configuration ---------------------------------------------------------------------------


def test_missing_secret_env_fails_at_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AIWARDEN_JWT_SECRET")
    with pytest.raises(ConfigurationError, match=r"auth.jwt_secret_env.*AIWARDEN_JWT_SECRET is not set"):
        Warden(hs_policy())


@pytest.mark.parametrize(
    ("alg", "size", "ok"),
    [("HS256", 31, False), ("HS256", 32, True), ("HS384", 47, False), ("HS512", 63, False), ("HS512", 64, True)],
)
def test_short_hmac_secret_fails_at_start_up(monkeypatch: pytest.MonkeyPatch, alg: str, size: int, ok: bool) -> None:
    monkeypatch.setenv("AIWARDEN_JWT_SECRET", "k" * size)
    policy = hs_policy(algorithms=[alg])
    if ok:
        Warden(policy)
    else:
        with pytest.raises(ConfigurationError, match="needs at least"):
            Warden(policy)


@pytest.mark.parametrize(
    ("auth", "path"),
    [
        ({"algorithms": ["none"]}, "auth.algorithms[0]"),
        ({"algorithms": ["HS1"]}, "auth.algorithms[0]"),
        ({"algorithms": []}, "auth.algorithms"),
        ({"algorithms": ["RS256"], "jwt_secret_env": "X"}, "auth.algorithms"),
        ({"algorithms": ["HS256", "RS256"], "jwt_secret_env": "X"}, "auth.algorithms"),
        ({"algorithms": ["HS256"], "jwks_url": "https://idp.example/jwks"}, "auth.algorithms"),
        ({"algorithms": ["RS256"], "jwks_url": "http://idp.example/jwks"}, "auth.jwks_url"),
        ({"algorithms": ["RS256"], "jwks_url": "https://a/j", "jwks_file": "f"}, "auth.jwks_file"),
        ({"required": False}, "auth.anonymous_tier"),
        ({"anonymous_tier": "default"}, "auth.anonymous_tier"),
        ({"sources": ["jwt", "jwt"]}, "auth.sources"),
        ({"sources": []}, "auth.sources"),
        ({"default_tier": "gold"}, "auth"),
        ({"tier_map": {"admin": "gold"}}, "auth"),
        ({"leeway_seconds": -1}, "auth.leeway_seconds"),
    ],
)
def test_impossible_auth_settings_name_the_key(auth: dict[str, Any], path: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        Warden({"auth": auth})
    assert info.value.path == path


def test_pem_file_problems_fail_at_start_up(tmp_path: Any) -> None:
    def warden(pem: Any, algorithms: list[str]) -> Warden:
        return Warden({"auth": {"jwt_public_key_file": str(pem), "algorithms": algorithms}})

    with pytest.raises(ConfigurationError, match="cannot read"):
        warden(tmp_path / "missing.pem", ["RS256"])
    private = tmp_path / "private.pem"
    private.write_bytes(private_pem(rsa_key()))
    with pytest.raises(ConfigurationError, match="holds a private key"):
        warden(private, ["RS256"])
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("hello")
    with pytest.raises(ConfigurationError, match="not a PEM public key"):
        warden(garbage, ["RS256"])
    public = tmp_path / "public.pem"
    public.write_bytes(public_pem(rsa_key()))
    with pytest.raises(ConfigurationError, match="ES256 cannot be verified"):
        warden(public, ["ES256"])


def test_a_bearer_token_without_any_configured_key_is_refused() -> None:
    warden = auth_warden({"auth": {"required": False, "anonymous_tier": "default"}})
    assert_401(admit(warden, bearer(hs_token()))[1], "no verification key")
    ex, refusal = admit(warden)
    assert refusal is None and ex.identity is not None and ex.identity.source == "anonymous"


_HYPO_WARDEN: Warden


@pytest.fixture(autouse=True, scope="module")
def _hypothesis_warden() -> None:
    global _HYPO_WARDEN
    import os

    os.environ.setdefault("AIWARDEN_JWT_SECRET", SECRET)
    _HYPO_WARDEN = auth_warden(hs_policy(issuer=ISSUER, audience=AUDIENCE))


def test_a_cached_verification_still_expires(monkeypatch: pytest.MonkeyPatch) -> None:
    """The verified-token cache skips re-verifying a token's signature, never its expiry."""
    import time as _time

    from aiwarden.auth.jwt import AuthFailure, TokenVerifier
    from aiwarden.auth.settings import AuthPolicy

    monkeypatch.setenv("CACHE_TEST_SECRET", "c" * 40)
    verifier = TokenVerifier(AuthPolicy(jwt_secret_env="CACHE_TEST_SECRET"))
    token = jwt.encode({"sub": "a", "exp": int(_time.time()) + 2}, "c" * 40, algorithm="HS256")
    key = verifier.secret
    assert verifier.decode(token, key)["sub"] == "a"
    assert verifier.decode(token, key)["sub"] == "a"  # from the cache
    with pytest.raises(AuthFailure, match="signature"):  # another key is never served from the cache
        verifier.decode(token, b"d" * 40)
    _time.sleep(3.1)
    with pytest.raises(AuthFailure, match="expired"):
        verifier.decode(token, key)


# -- odd claims in a correctly signed token ----------------------------------------------------------


def test_an_exp_too_large_for_a_float_is_not_a_500() -> None:
    # pyjwt compares the integer and accepts it; caching the verified token converted it to float
    # and raised OverflowError out of the pipeline (a 500 for a token the identity provider signed)
    payload = ('{"sub":"alice","tier":"free","exp":' + "9" * 400 + "}").encode()
    token = hs_signed_raw({"alg": "HS256", "typ": "JWT"}, payload)
    warden = Warden(hs_policy())
    ex = run_sync(warden, headers=bearer(token))
    assert ex.refusal is None and ex.status == 200
    again = run_sync(warden, headers=bearer(token))  # and from the cache
    assert again.refusal is None and again.status == 200, again.refusal


def test_claims_a_view_changes_never_reach_the_next_request_with_that_token() -> None:
    # Verified tokens are cached with their claims; the cache handed each request the same nested
    # lists, so a view appending to identity.claims["roles"] changed what the *next* request with
    # that token was granted (here: the pro tier for a free user)
    policy = hs_policy(tier_claim="roles", tier_map={"admin": "pro", "user": "free"})
    warden = Warden(policy)
    token = bearer(hs_token(tier=None, roles=["user"]))
    first = run_sync(warden, headers=token)
    assert first.tier_name == "free"
    first.identity.claims["roles"].append("admin")  # what a careless view might do
    second = run_sync(warden, headers=token)
    assert second.tier_name == "free"
    assert run_sync(warden, headers=token).identity.claims["roles"] == ["user"]
