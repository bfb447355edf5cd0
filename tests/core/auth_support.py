"""Real keys, real tokens and a real JWKS server for the auth tests (core and adapters)."""

from __future__ import annotations

import base64
import functools
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, BinaryIO, Self

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from jwt.algorithms import ECAlgorithm, OKPAlgorithm, RSAAlgorithm

SECRET = "test-secret-0123456789-abcdefghijklmnopqrstuvwxyz"  # 49 bytes
OTHER_SECRET = "attacker-secret-0123456789-abcdefghijklmnopqrstuv"
ISSUER = "https://issuer.example"
AUDIENCE = "aiwarden-tests"

TIERS: dict[str, Any] = {
    "free": {"models": ["gpt-4o-mini"]},
    "pro": {"models": ["gpt-4o", "gpt-4o-mini"]},
}


def hs_policy(**auth: Any) -> dict[str, Any]:
    """The examples' policy: HS256 from AIWARDEN_JWT_SECRET, claim ``tier`` in {free, pro}."""
    return {"auth": {"jwt_secret_env": "AIWARDEN_JWT_SECRET", "algorithms": ["HS256"], **auth}, "tiers": TIERS}


@functools.cache
def rsa_key(n: int = 0) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@functools.cache
def ec_key(n: int = 0) -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


@functools.cache
def ed_key(n: int = 0) -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


def public_pem(private: Any) -> bytes:
    fmt = serialization.PublicFormat.SubjectPublicKeyInfo
    return private.public_key().public_bytes(serialization.Encoding.PEM, fmt)


def private_pem(private: Any) -> bytes:
    return private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def jwk_of(private: Any, kid: str | None, alg: str | None = None) -> dict[str, Any]:
    public = private.public_key()
    if isinstance(public, rsa.RSAPublicKey):
        jwk = RSAAlgorithm.to_jwk(public, as_dict=True)
    elif isinstance(public, ec.EllipticCurvePublicKey):
        jwk = ECAlgorithm.to_jwk(public, as_dict=True)
    else:
        jwk = OKPAlgorithm.to_jwk(public, as_dict=True)
    if kid is not None:
        jwk["kid"] = kid
    if alg is not None:
        jwk["alg"] = alg
    jwk["use"] = "sig"
    return jwk


def jwks_of(*keys: tuple[Any, str | None]) -> dict[str, Any]:
    return {"keys": [jwk_of(k, kid) for k, kid in keys]}


def claims(sub: str = "alice", tier: str | None = "free", ttl: int = 600, **extra: Any) -> dict[str, Any]:
    now = int(time.time())
    out: dict[str, Any] = {"sub": sub, "iat": now, "exp": now + ttl, "jti": f"jti-{sub}"}
    if tier is not None:
        out["tier"] = tier
    out.update(extra)
    return {k: v for k, v in out.items() if v is not None}


def hs_token(secret: str = SECRET, alg: str = "HS256", headers: dict[str, Any] | None = None, **kw: Any) -> str:
    return jwt.encode(claims(**kw), secret, algorithm=alg, headers=headers)


def signed(private: Any, alg: str, kid: str | None = None, **kw: Any) -> str:
    headers = {"kid": kid} if kid is not None else None
    return jwt.encode(claims(**kw), private, algorithm=alg, headers=headers)


def b64(data: bytes | str) -> str:
    raw = data.encode() if isinstance(data, str) else data
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def raw_token(header: Any, payload: Any, signature: bytes = b"sig") -> str:
    """A token assembled by hand, to say exactly what an attacker sends."""
    h = header if isinstance(header, (str, bytes)) else json.dumps(header)
    p = payload if isinstance(payload, (str, bytes)) else json.dumps(payload)
    return f"{b64(h)}.{b64(p)}.{b64(signature) if signature else ''}"


def alg_none_token(**kw: Any) -> str:
    return raw_token({"alg": "none", "typ": "JWT"}, claims(**kw), b"")


def hs_signed_raw(header: dict[str, Any], payload_bytes: bytes, secret: str = SECRET) -> str:
    """A correctly HMAC-signed token whose payload is arbitrary bytes (e.g. not JSON)."""
    import hashlib
    import hmac

    signing_input = f"{b64(json.dumps(header))}.{b64(payload_bytes)}"
    sig = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(sig)}"


def confused_token(public_pem_bytes: bytes, headers: dict[str, Any] | None = None, **kw: Any) -> str:
    """HS256 signed with the server's RSA *public key* as the HMAC secret (algorithm confusion).

    pyjwt refuses to encode with a PEM as an HMAC secret, so the signature is made by hand.
    """
    import hashlib
    import hmac

    header = {"alg": "HS256", "typ": "JWT", **(headers or {})}
    signing_input = f"{b64(json.dumps(header))}.{b64(json.dumps(claims(**kw)))}"
    sig = hmac.new(public_pem_bytes, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(sig)}"


def bearer(token: str, scheme: str = "Bearer") -> dict[str, str]:
    return {"authorization": f"{scheme} {token}"}


class JwksServer:
    """A real HTTP server on 127.0.0.1 serving a JWKS document that a test can rotate. A slow key
    server is a subclass: :meth:`before_answer` may hold an answer, :meth:`send_body` trickle it,
    :meth:`close` let go of what it holds when the test ends."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.status = 200
        self.hits = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.hits += 1
                server.before_answer(server.hits)
                body = json.dumps(server.document).encode()
                self.send_response(server.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                server.send_body(self.wfile, body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/.well-known/jwks.json"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def before_answer(self, hits: int) -> None:
        """Runs before each answer (``hits``: the fetches so far, this one included)."""

    def send_body(self, out: BinaryIO, body: bytes) -> None:
        out.write(body)

    def close(self) -> None:
        """Runs when the test leaves :meth:`running`, before the server stops."""

    @contextmanager
    def running(self) -> Iterator[Self]:
        self.thread.start()
        try:
            yield self
        finally:
            self.close()
            self.httpd.shutdown()
            self.httpd.server_close()
