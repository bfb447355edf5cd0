"""A raw ASGI HTTP scope, for tests that drive an ASGI app directly (no test client)."""

from __future__ import annotations

from typing import Any


def http_scope(path: str, body: bytes | str, client: str = "127.0.0.1", host: bool = False) -> dict[str, Any]:
    """The scope of a JSON POST to ``path`` with ``body``'s Content-Length."""
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if host:
        headers.insert(0, (b"host", b"testserver"))
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": (client, 5000),
        "server": ("testserver", 80),
    }
