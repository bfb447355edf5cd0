"""JWKS: a real HTTP server on 127.0.0.1 and a file; kid rotation, caching, hostile kids, outages."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from typing import Any, BinaryIO

import pytest

from aiwarden.context import HttpRequest
from aiwarden.effects import drive_async
from aiwarden.errors import ConfigurationError
from aiwarden.policy import RouteSpec
from aiwarden.warden import Warden

from .auth_support import (
    TIERS,
    JwksServer,
    bearer,
    confused_token,
    ec_key,
    ed_key,
    jwk_of,
    jwks_of,
    rsa_key,
    signed,
)
from .quota_support import run_async, run_sync
from .test_auth import admit, assert_401, auth_warden


@pytest.fixture
def server() -> Iterator[JwksServer]:
    with JwksServer(jwks_of((rsa_key(0), "key-2024"))).running() as srv:
        yield srv


def url_policy(server: JwksServer, **auth: Any) -> dict[str, Any]:
    return {
        "auth": {
            "jwks_url": server.url,
            "algorithms": ["RS256", "ES256", "EdDSA", "PS256"],
            "jwks_refresh_cooldown_seconds": 0,
            **auth,
        },
        "tiers": TIERS,
    }


def test_token_verified_with_the_key_its_kid_names(server: JwksServer) -> None:
    warden = auth_warden(url_policy(server))
    ex, refusal = admit(warden, bearer(signed(rsa_key(0), "RS256", "key-2024", tier="pro")))
    assert refusal is None and ex.tier_name == "pro"


def test_keys_are_cached(server: JwksServer) -> None:
    warden = auth_warden(url_policy(server))
    for _ in range(5):
        assert admit(warden, bearer(signed(rsa_key(0), "RS256", "key-2024")))[1] is None
    assert server.hits == 1


def test_expired_cache_is_refetched(server: JwksServer) -> None:
    warden = auth_warden(url_policy(server, jwks_cache_seconds=0))
    for _ in range(3):
        assert admit(warden, bearer(signed(rsa_key(0), "RS256", "key-2024")))[1] is None
    assert server.hits == 3


def test_key_rotation_by_kid(server: JwksServer) -> None:
    warden = auth_warden(url_policy(server))
    assert admit(warden, bearer(signed(rsa_key(0), "RS256", "key-2024")))[1] is None
    new_token = signed(rsa_key(1), "RS256", "key-2025")
    assert_401(admit(warden, bearer(new_token))[1], "does not know")  # not published yet
    server.document = jwks_of((rsa_key(0), "key-2024"), (rsa_key(1), "key-2025"))
    assert admit(warden, bearer(new_token))[1] is None  # the unknown kid refetched the set
    server.document = jwks_of((rsa_key(1), "key-2025"))
    assert admit(warden, bearer(new_token))[1] is None
    assert server.hits == 3


def test_unknown_kids_cannot_force_a_fetch_per_request(server: JwksServer) -> None:
    warden = auth_warden(url_policy(server, jwks_refresh_cooldown_seconds=3600))
    assert admit(warden, bearer(signed(rsa_key(0), "RS256", "key-2024")))[1] is None
    for i in range(20):
        assert_401(admit(warden, bearer(signed(rsa_key(1), "RS256", f"random-{i}")))[1], "does not know")
    assert server.hits == 1


@pytest.mark.parametrize(
    "kid",
    [
        "../../../../etc/passwd",
        "/dev/null",
        "file:///etc/passwd",
        "key-2024/../x",
        "http://127.0.0.1:1/jwks",
        "key-2024 ",
        "KEY-2024",
        "nope",
    ],
)
def test_kid_that_names_no_key_or_tries_a_path(server: JwksServer, kid: str) -> None:
    warden = auth_warden(url_policy(server))
    refusal = admit(warden, bearer(signed(rsa_key(0), "RS256", kid)))[1]
    assert refusal is not None and refusal.status == 401


def test_token_without_kid_needs_a_single_key(server: JwksServer) -> None:
    warden = auth_warden(url_policy(server))
    assert admit(warden, bearer(signed(rsa_key(0), "RS256")))[1] is None
    server.document = jwks_of((rsa_key(0), "a"), (rsa_key(1), "b"))
    warden = auth_warden(url_policy(server))
    assert_401(admit(warden, bearer(signed(rsa_key(0), "RS256")))[1], "names no key id")


def test_key_algorithm_must_match(server: JwksServer) -> None:
    server.document = {"keys": [jwk_of(rsa_key(0), "rs", alg="RS256"), jwk_of(ec_key(), "ec"), jwk_of(ed_key(), "ed")]}
    warden = auth_warden(url_policy(server))
    assert admit(warden, bearer(signed(rsa_key(0), "RS256", "rs")))[1] is None
    assert admit(warden, bearer(signed(ec_key(), "ES256", "ec")))[1] is None
    assert admit(warden, bearer(signed(ed_key(), "EdDSA", "ed")))[1] is None
    # the RSA key is published for RS256 only; an RS key may not verify an EC token
    assert_401(admit(warden, bearer(signed(rsa_key(0), "PS256", "rs")))[1], "does not know for 'PS256'")
    assert_401(admit(warden, bearer(signed(ec_key(), "ES256", "rs")))[1], "does not know")


def test_hs256_token_naming_a_published_key_is_refused(server: JwksServer) -> None:
    """Algorithm confusion against a JWKS: the public JWK as an HMAC secret."""
    jwk = json.dumps(jwk_of(rsa_key(0), "key-2024")).encode()
    token = confused_token(jwk, headers={"kid": "key-2024"})
    assert_401(admit(auth_warden(url_policy(server)), bearer(token))[1], "'HS256'", "does not accept")


def test_outage_without_keys_is_a_503_and_recovers(server: JwksServer) -> None:
    server.status = 500
    warden = auth_warden(url_policy(server))
    refusal = admit(warden, bearer(signed(rsa_key(0), "RS256", "key-2024")))[1]
    assert refusal is not None and refusal.status == 503 and refusal.code == "auth_keys_unavailable"
    server.status = 200
    assert admit(warden, bearer(signed(rsa_key(0), "RS256", "key-2024")))[1] is None


def test_outage_keeps_the_last_good_keys(server: JwksServer) -> None:
    warden = auth_warden(url_policy(server, jwks_cache_seconds=0))
    assert admit(warden, bearer(signed(rsa_key(0), "RS256", "key-2024")))[1] is None
    server.document = {"not": "a key set"}
    assert admit(warden, bearer(signed(rsa_key(0), "RS256", "key-2024")))[1] is None
    assert server.hits == 2


def test_unreachable_url_is_a_503() -> None:
    policy = {
        "auth": {"jwks_url": "http://127.0.0.1:9/jwks.json", "algorithms": ["RS256"], "jwks_timeout_seconds": 2},
        "tiers": TIERS,
    }
    refusal = admit(auth_warden(policy), bearer(signed(rsa_key(0), "RS256", "key-2024")))[1]
    assert refusal is not None and refusal.status == 503


def test_async_driver_fetches_in_a_worker_thread(server: JwksServer) -> None:
    warden = auth_warden(url_policy(server))
    fetch_threads: list[int] = []
    keys = warden.stage("auth").verifier.jwks
    loader = keys.loader

    def recording_loader() -> Any:
        fetch_threads.append(threading.get_ident())
        return loader()

    keys.loader = recording_loader

    async def run() -> tuple[int, Any]:
        http = HttpRequest("POST", "/v1/chat/completions", bearer(signed(rsa_key(0), "RS256", "key-2024")))
        ex = warden.exchange(http, RouteSpec())
        return threading.get_ident(), await drive_async(ex.admit())

    loop_thread, refusal = asyncio.run(run())
    assert refusal is None
    assert fetch_threads and loop_thread not in fetch_threads


def test_concurrent_requests_share_one_fetch(server: JwksServer) -> None:
    warden = auth_warden(url_policy(server, jwks_refresh_cooldown_seconds=60))
    token = signed(rsa_key(0), "RS256", "key-2024")

    async def run() -> list[Any]:
        async def one() -> Any:
            ex = warden.exchange(HttpRequest("POST", "/x", bearer(token)), RouteSpec())
            return await drive_async(ex.admit())

        return await asyncio.gather(*(one() for _ in range(20)))

    assert asyncio.run(run()) == [None] * 20
    assert server.hits == 1


def test_jwks_file_with_rotation(tmp_path: Any) -> None:
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps(jwks_of((rsa_key(0), "one"))))
    policy = {
        "auth": {"jwks_file": str(path), "algorithms": ["RS256"], "jwks_refresh_cooldown_seconds": 0},
        "tiers": TIERS,
    }
    warden = auth_warden(policy)
    assert admit(warden, bearer(signed(rsa_key(0), "RS256", "one")))[1] is None
    assert_401(admit(warden, bearer(signed(rsa_key(1), "RS256", "two")))[1], "does not know")
    path.write_text(json.dumps(jwks_of((rsa_key(1), "two"))))
    assert admit(warden, bearer(signed(rsa_key(1), "RS256", "two")))[1] is None


@pytest.mark.parametrize("content", ["not json", "[]", '{"keys": []}', '{"keys": [{"kty": "oct", "k": "c2VjcmV0"}]}'])
def test_bad_jwks_file_fails_at_start_up(tmp_path: Any, content: str) -> None:
    path = tmp_path / "jwks.json"
    path.write_text(content)
    with pytest.raises(ConfigurationError) as info:
        auth_warden({"auth": {"jwks_file": str(path), "algorithms": ["RS256"]}})
    assert info.value.path == "auth.jwks_file"


# -- key servers that answer slowly ------------------------------------------------------------------


class _TricklingJwks(JwksServer):
    """A JWKS endpoint that sends a valid key set a few bytes at a time, each piece well within
    the socket timeout: only a deadline on the whole fetch stops it."""

    def __init__(self, document: dict[str, Any], pieces: int, gap: float) -> None:
        super().__init__(document)
        self.pieces, self.gap = pieces, gap

    def send_body(self, out: BinaryIO, body: bytes) -> None:
        size = -(-len(body) // self.pieces)
        try:
            for i in range(0, len(body), size):
                out.write(body[i : i + size])
                out.flush()
                time.sleep(self.gap)
        except OSError:
            pass  # the client gave up


def _jwks_policy(url: str, timeout: float) -> dict[str, Any]:
    return {
        "auth": {"algorithms": ["RS256"], "jwks_url": url, "jwks_timeout_seconds": timeout},
        "tiers": {"free": {"models": ["gpt-4o-mini"]}},
    }


def test_a_trickling_jwks_url_is_cut_at_the_timeout() -> None:
    # jwks_timeout_seconds was a per-socket-read timeout: a server sending a byte now and then
    # held the fetch (and every request waiting for the keys) for as long as it liked.
    with _TricklingJwks(jwks_of((rsa_key(), "k1")), pieces=8, gap=0.25).running() as server:
        warden = Warden(_jwks_policy(server.url, timeout=0.5))
        ex = run_sync(warden, headers=bearer(signed(rsa_key(), "RS256", kid="k1")))
    assert ex.refusal is not None and ex.refusal.code == "auth_keys_unavailable"
    assert server.hits == 1


@pytest.mark.asyncio
async def test_a_slow_jwks_fetch_never_blocks_the_event_loop() -> None:
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    with _TricklingJwks(jwks_of((rsa_key(), "k1")), pieces=2, gap=0.2).running() as server:
        warden = Warden(_jwks_policy(server.url, timeout=5))
        task = asyncio.create_task(ticker())
        ex = await run_async(warden, headers=bearer(signed(rsa_key(), "RS256", kid="k1")))
        task.cancel()
    assert ex.refusal is None and ex.status == 200
    assert ticks > 1  # the loop ran other work while the keys were fetched


class _StallingJwks(JwksServer):
    """Answers the first fetch at once; later fetches stall until ``release`` is set (or ``hold``
    seconds pass), recording whether a request finished while one was stalled."""

    def __init__(self, document: dict[str, Any], hold: float) -> None:
        super().__init__(document)
        self.hold = hold
        self.stalled = threading.Event()
        self.release = threading.Event()
        self.unstalled = threading.Event()

    def before_answer(self, hits: int) -> None:
        if hits > 1:
            self.stalled.set()
            self.release.wait(self.hold)
            self.unstalled.set()

    def close(self) -> None:
        self.release.set()


def test_a_slow_jwks_refresh_does_not_hold_requests_whose_key_is_known() -> None:
    # While any refresh was under way (the periodic one, every jwks_cache_seconds), every request
    # waited for it, even those whose kid the cached set holds: a slow identity provider stalled all
    # authentication for up to jwks_timeout_seconds each period. Only an unknown kid needs to wait.
    with _StallingJwks(jwks_of((rsa_key(), "k1")), hold=3).running() as server:
        policy = _jwks_policy(server.url, timeout=30)
        policy["auth"].update(jwks_cache_seconds=0, jwks_refresh_cooldown_seconds=0)
        warden = Warden(policy)
        token = bearer(signed(rsa_key(), "RS256", kid="k1"))
        assert run_sync(warden, headers=token).status == 200  # the first fetch
        refreshing = threading.Thread(target=run_sync, args=(warden,), kwargs={"headers": token})
        refreshing.start()  # its refresh stalls on the server
        assert server.stalled.wait(10)
        ex = run_sync(warden, headers=token)
        finished_while_stalled = not server.unstalled.is_set()
        server.release.set()
        refreshing.join()
    assert ex.status == 200
    assert finished_while_stalled
