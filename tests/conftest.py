"""Shared fixtures: the Redis server, and the key-leak check over all captured log output.

Tests share a machine politely:

* The Redis database is ``$AIWARDEN_TEST_REDIS_URL`` (default ``redis://127.0.0.1:6379/15``).
* Every key a test writes is under :data:`RUN_PREFIX` (one per pytest run): tests take a key
  prefix from the ``redis_prefix`` fixture (``storage.key_prefix``). Its keys are checked to carry
  an expiry (the kill switch excepted: it stays until released) and deleted after the test; at the
  end of the run every key under the run's prefix is deleted, and at its start the keys of runs
  older than a day (a run that was killed) are.
* Servers a test starts listen on ports the OS chooses (``tests/servers.py``, ``tests/redis_servers.py``).
"""

from __future__ import annotations

import os
import secrets
import socket
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from hypothesis import settings

pytest_plugins = ["tests.keyleak_plugin"]

# No test asserts on wall time (work counters only): Hypothesis' per-example deadline would fail
# a property test on a loaded machine for its speed, not its property. Every test starts from this.
settings.register_profile("aiwarden", deadline=None)
settings.load_profile("aiwarden")

REDIS_URL = os.environ.get("AIWARDEN_TEST_REDIS_URL") or "redis://127.0.0.1:6379/15"
_RUN_MARK = "awt"
#: Every Redis key of this run starts with this (after the hash-tag brace): "awt" + start time in hex + random.
RUN_PREFIX = f"{_RUN_MARK}{int(time.time()):x}{secrets.token_hex(3)}"
_STALE_SECONDS = 24 * 3600


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--framework",
        action="append",
        choices=["starlette", "django", "flask"],
        help="run tests/adapters against this framework only (repeatable; default: all three). "
        "Each tox environment runs the shared suite with its own framework.",
    )


def _redis_up(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), timeout=0.5) as s:
            if parts.password:
                s.sendall(f"AUTH {parts.password}\r\n".encode())
                s.recv(64)
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _client():  # type: ignore[no-untyped-def]
    import redis

    return redis.Redis.from_url(REDIS_URL, socket_timeout=10)


def _delete_matching(client, pattern: str) -> int:  # type: ignore[no-untyped-def]
    found = 0
    batch: list[bytes] = []
    for key in client.scan_iter(match=pattern, count=1000):
        batch.append(key)
        if len(batch) >= 500:
            found += client.delete(*batch)
            batch.clear()
    if batch:
        found += client.delete(*batch)
    return found


def _delete_stale_runs(client) -> None:  # type: ignore[no-untyped-def]
    """Keys of test runs that never reached their clean-up (killed), older than a day."""
    now = time.time()
    stale: list[bytes] = []
    for key in client.scan_iter(match=f"*{_RUN_MARK}*", count=1000):
        text = key.decode("utf-8", "replace")
        start = text.find("{" + _RUN_MARK)
        stamp = text[start + 1 + len(_RUN_MARK) : start + 1 + len(_RUN_MARK) + 8] if start >= 0 else ""
        try:
            if now - int(stamp, 16) > _STALE_SECONDS:
                stale.append(key)
        except ValueError:
            continue
    for i in range(0, len(stale), 500):
        client.delete(*stale[i : i + 500])


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """``$AIWARDEN_TEST_REDIS_URL`` or ``redis://127.0.0.1:6379/15`` — skipped (with the reason
    shown) when no Redis answers there, except under CI, where a missing Redis is a failure.
    Every key of the run is deleted at the end."""
    if not _redis_up(REDIS_URL):
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but no Redis server answers at {REDIS_URL}")
        pytest.skip(f"no Redis server at {REDIS_URL}; start one or set AIWARDEN_TEST_REDIS_URL to run the Redis tests")
    client = _client()
    try:
        _delete_stale_runs(client)
    finally:
        client.close()
    yield REDIS_URL
    client = _client()
    try:
        _delete_matching(client, f"*{RUN_PREFIX}*")
    finally:
        client.close()


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    """A ``storage.key_prefix`` no other test (or run) uses; its keys are checked and deleted after the test."""
    prefix = f"{RUN_PREFIX}-{secrets.token_hex(4)}"
    yield prefix
    client = _client()
    try:
        keys = list(client.scan_iter(match=f"*{prefix}*", count=1000))
        lasting = [k.decode() for k in keys if not k.endswith(b":killswitch") and client.ttl(k) == -1]
        if keys:
            client.delete(*keys)
    finally:
        client.close()
    assert not lasting, f"Redis keys written without an expiry: {lasting[:5]}"
