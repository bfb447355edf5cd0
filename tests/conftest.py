"""Shared fixtures: the Redis server, and the key-leak check over all captured log output."""

from __future__ import annotations

import os
import socket

import pytest

pytest_plugins = ["tests.keyleak_plugin"]

REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379


def _redis_up() -> bool:
    try:
        with socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=0.5) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture(scope="session")
def redis_url() -> str:
    """``redis://127.0.0.1:6379/15`` — skipped (with the reason shown) when no Redis answers there,
    except under CI, where a missing Redis is a failure."""
    if not _redis_up():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but no Redis server answers on {REDIS_HOST}:{REDIS_PORT}")
        pytest.skip(f"no Redis server on {REDIS_HOST}:{REDIS_PORT}; start one to run the Redis tests")
    return f"redis://{REDIS_HOST}:{REDIS_PORT}/15"
