"""Bearer JWT verification with pyjwt: explicit algorithms, a key per algorithm family, precise errors.

A token is verified, never decoded without verification. Before pyjwt sees it, the token is
checked for size and shape (three base64url segments) so a 100 KB or garbage token is refused
in microseconds, and its header is read only to pick the key: HS* tokens are checked with the
HMAC secret, every other algorithm with the public key (PEM file or JWKS). A public key is
therefore never used as an HMAC secret, whatever the token's ``alg`` says.

Every failure raises :class:`AuthFailure` whose message says what is wrong (expired, bad
audience, bad signature ...) and never repeats the token.
"""

from __future__ import annotations

import base64
import copy
import json
import logging
import os
import re
import threading
import time
from collections.abc import Generator, Mapping
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes
from jwt.exceptions import InvalidJTIError, InvalidSubjectError

from .._memo import keep
from ..effects import Call, Effect
from ..errors import AuthFailure, ConfigurationError, unavailable
from .jwks import CachedKeySet, JwksError, file_key_set, url_key_set
from .settings import JWT_ALGORITHMS, AuthPolicy

__all__ = ["AuthFailure", "TokenVerifier", "bearer_token", "min_secret_bytes"]

log = logging.getLogger("aiwarden.auth")

_SEGMENTS = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_KID = re.compile(r"[\x21-\x7e]{1,256}")
#: RFC 7518 §3.2: an HMAC key at least as long as the hash output.
_HMAC_MIN = {"HS256": 32, "HS384": 48, "HS512": 64}


def min_secret_bytes(algorithms: tuple[str, ...] | list[str]) -> int:
    return max((_HMAC_MIN[a] for a in algorithms if a in _HMAC_MIN), default=32)


def bearer_token(authorization: str) -> str:
    """The token of an ``Authorization: Bearer <token>`` header (scheme case-insensitive)."""
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer":
        raise AuthFailure("The Authorization header must use the Bearer scheme: 'Authorization: Bearer <token>'.")
    token = token.strip()
    if not token:
        raise AuthFailure("The Authorization header names the Bearer scheme but carries no token.")
    return token


class TokenVerifier:
    """Verifies bearer tokens against the keys an :class:`~aiwarden.auth.settings.AuthPolicy` names.

    Built once (keys are read now, so a missing secret or unreadable key file fails at start-up)::

        verifier = TokenVerifier(policy.auth)
        header = verifier.header(token)                  # shape, size, alg, kid
        key = drive_sync(verifier.key_for(header))       # may fetch a JWKS
        claims = verifier.decode(token, key)
    """

    def __init__(self, policy: AuthPolicy, environ: Mapping[str, str] = os.environ) -> None:
        self.policy = policy
        self.algorithms = list(policy.algorithms)
        self._verified = _VerifiedTokens()
        #: Header segments read and accepted so far -> the header (see :meth:`header`).
        self._headers: dict[str, dict[str, Any]] = {}
        self.secret: bytes | None = None
        self.public_key: Any = None
        self.jwks: CachedKeySet | None = None
        if policy.jwt_secret_env:
            self.secret = _secret(policy, environ)
        if policy.jwt_public_key_file:
            self.public_key = _public_key(policy.jwt_public_key_file, policy.algorithms)
        elif policy.jwks_file:
            try:
                self.jwks = file_key_set(
                    policy.jwks_file, policy.jwks_cache_seconds, policy.jwks_refresh_cooldown_seconds
                )
            except JwksError as exc:
                raise ConfigurationError("auth.jwks_file", str(exc)) from exc
        elif policy.jwks_url:
            self.jwks = url_key_set(
                policy.jwks_url,
                policy.jwks_timeout_seconds,
                policy.jwks_cache_seconds,
                policy.jwks_refresh_cooldown_seconds,
            )
        self.configured = self.secret is not None or self.public_key is not None or self.jwks is not None
        self.options: dict[str, Any] = {
            "require": list(policy.required_claims),
            "verify_signature": True,
            "verify_exp": True,
            "verify_nbf": True,
            "verify_iat": True,
            "verify_iss": True,
            "verify_aud": True,
            "enforce_minimum_key_length": True,
        }

    # -- before verification: only what is needed to choose the key ------------------------

    def header(self, token: str) -> dict[str, Any]:
        if len(token) > self.policy.max_token_bytes:
            raise AuthFailure(f"The bearer token is larger than the {self.policy.max_token_bytes} bytes accepted.")
        if not _SEGMENTS.fullmatch(token):
            raise AuthFailure("The bearer token is malformed: a JWT is three base64url segments joined by dots.")
        # Every token an issuer signs with one key has the same header segment: it is read once
        # (a copy per call: the caller may keep it). A header that fails is read again each time.
        segment = token[: token.index(".")]
        known = self._headers.get(segment)
        if known is None:
            known = keep(self._headers, segment, self._read_header(segment), _HEADERS_MAX)
        return dict(known)

    def _read_header(self, segment: str) -> dict[str, Any]:
        try:
            header = json.loads(_b64decode(segment))
        except (ValueError, RecursionError):
            raise AuthFailure("The bearer token is malformed: its header is not base64url-encoded JSON.") from None
        if not isinstance(header, dict):
            raise AuthFailure("The bearer token is malformed: its header is not a JSON object.")
        alg = header.get("alg")
        if not isinstance(alg, str) or alg not in self.algorithms:
            shown = f"'{alg}'" if isinstance(alg, str) and alg.lower() in _KNOWN_LOWER else "its algorithm"
            raise AuthFailure(f"The bearer token is signed with {shown}, which this server does not accept.")
        kid = header.get("kid")
        if kid is not None and not (isinstance(kid, str) and _KID.fullmatch(kid)):
            raise AuthFailure("The bearer token's key id (kid) is malformed.")
        if "crit" in header or "b64" in header:
            raise AuthFailure("The bearer token uses critical header extensions this server does not support.")
        return header

    def key_for(self, header: Mapping[str, Any]) -> Generator[Effect, Any, Any]:
        """The verification key for this header's algorithm (and ``kid``, with a JWKS)."""
        alg: str = header["alg"]
        kid: str | None = header.get("kid")
        if not self.configured:
            raise AuthFailure("This server accepts no bearer tokens: no verification key is configured.")
        if alg.startswith("HS"):
            return self.secret
        if self.public_key is not None:
            if not _key_fits(self.public_key, alg):
                raise AuthFailure(f"The bearer token is signed with '{alg}', which does not match this server's key.")
            return self.public_key
        jwks = self.jwks
        assert jwks is not None  # the policy guarantees a public key source for non-HS algorithms
        if jwks.needs_refresh(kid):
            try:
                yield Call(jwks.refresh, jwks.refresh_async, (jwks.attempts,))
            except JwksError as exc:
                log.warning("aiwarden: %s", exc)
        if jwks.keys is None:
            raise AuthFailure(
                "signing keys unavailable",
                unavailable(
                    "auth_keys_unavailable",
                    "The identity provider's signing keys cannot be loaded right now; try again later.",
                ),
            )
        key = jwks.key_for(kid, alg)
        if key is None:
            if kid is None:
                raise AuthFailure("The bearer token names no key id (kid), and the server has several keys.")
            raise AuthFailure(f"The bearer token names a signing key (kid) that this server does not know for '{alg}'.")
        return key

    # -- verification -----------------------------------------------------------------------

    def decode(self, token: str, key: Any) -> dict[str, Any]:
        cached = self._verified.get(token, key, self.policy.leeway_seconds)
        if cached is not None:
            return cached
        claims = self._decode(token, key)
        self._verified.put(token, key, claims)
        return claims

    def _decode(self, token: str, key: Any) -> dict[str, Any]:
        policy = self.policy
        try:
            claims = jwt.decode(
                token,
                key=key,
                algorithms=self.algorithms,
                options=self.options,  # type: ignore[arg-type]
                audience=policy.audience,
                issuer=policy.issuer,
                leeway=policy.leeway_seconds,
            )
        except jwt.InvalidSignatureError:
            raise AuthFailure("The bearer token's signature is invalid.") from None
        except jwt.ExpiredSignatureError:
            raise AuthFailure("The bearer token has expired.") from None
        except jwt.ImmatureSignatureError as exc:
            what = "was issued in the future (iat)" if "(iat)" in str(exc) else "is not valid yet (nbf)"
            raise AuthFailure(f"The bearer token {what}.") from None
        except jwt.InvalidAudienceError:
            raise AuthFailure("The bearer token's audience (aud) is not accepted by this server.") from None
        except jwt.InvalidIssuerError:
            raise AuthFailure("The bearer token's issuer (iss) is not accepted by this server.") from None
        except jwt.MissingRequiredClaimError as exc:
            raise AuthFailure(f"The bearer token lacks the required claim '{_claim_name(exc.claim)}'.") from None
        except (jwt.InvalidIssuedAtError, InvalidSubjectError, InvalidJTIError) as exc:
            claim = {jwt.InvalidIssuedAtError: "iat", InvalidSubjectError: "sub"}.get(type(exc), "jti")
            raise AuthFailure(f"The bearer token's '{claim}' claim has the wrong type.") from None
        except jwt.InvalidKeyError as exc:
            log.warning("aiwarden: a verification key was refused by pyjwt: %s", exc)
            raise AuthFailure("The bearer token cannot be verified with this server's keys.") from None
        except jwt.DecodeError as exc:
            message = str(exc)
            for claim in ("exp", "nbf"):
                if f"({claim})" in message:
                    raise AuthFailure(f"The bearer token's '{claim}' claim is not a number.") from None
            if "payload" in message.lower():
                raise AuthFailure("The bearer token is malformed: its payload is not a JSON object.") from None
            raise AuthFailure("The bearer token is malformed.") from None
        except jwt.InvalidTokenError:
            raise AuthFailure("The bearer token is invalid.") from None
        except (ValueError, TypeError, RecursionError):
            raise AuthFailure("The bearer token is malformed.") from None
        return claims


#: Distinct header segments :meth:`TokenVerifier.header` remembers (one per issuer and key, usually).
_HEADERS_MAX = 256


class _VerifiedTokens:
    """Tokens this process verified, with their claims, until they expire (at most ``size``).

    A client sends the same token with every request; its signature, issuer, audience and
    ``nbf``/``iat`` cannot change, so only ``exp`` needs checking again. Keyed by the token *and*
    the key object, so a rotated or removed key (JWKS refresh) is never trusted from the cache.
    """

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._entries: dict[tuple[str, int], tuple[Any, dict[str, Any], float]] = {}
        self._lock = threading.Lock()

    def get(self, token: str, key: Any, leeway: float) -> dict[str, Any] | None:
        entry = self._entries.get((token, id(key)))
        if entry is None or entry[0] is not key or time.time() - leeway >= entry[2]:
            return None  # unknown, another key, or expired: verify in full (and report why)
        return _own(entry[1])

    def put(self, token: str, key: Any, claims: dict[str, Any]) -> None:
        exp = claims.get("exp")
        try:
            expires = float(exp) if isinstance(exp, (int, float)) else float("inf")
        except OverflowError:  # an integer past any float: pyjwt accepted it as far in the future
            expires = float("inf")
        with self._lock:
            if len(self._entries) >= self.size:
                self._entries.pop(next(iter(self._entries)))  # the oldest
            self._entries[(token, id(key))] = (key, _own(claims), expires)


def _own(claims: dict[str, Any]) -> dict[str, Any]:
    """A copy no request shares: claims reach the view (``identity.claims``), and a nested list it
    changed (roles) must not change what the next request with the same token is granted."""
    return {k: copy.deepcopy(v) if isinstance(v, (dict, list)) else v for k, v in claims.items()}


_KNOWN_LOWER = {a.lower() for a in ("none", *JWT_ALGORITHMS, "Ed25519")}


def _b64decode(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def _claim_name(name: Any) -> str:
    text = str(name)
    return text if re.fullmatch(r"[\w.:-]{1,64}", text) else "?"


def _secret(policy: AuthPolicy, environ: Mapping[str, str]) -> bytes:
    name = policy.jwt_secret_env
    assert name is not None
    value = environ.get(name)
    if not value:
        raise ConfigurationError(
            "auth.jwt_secret_env",
            f"the environment variable {name} is not set; set it to a random secret of at least "
            f"{min_secret_bytes(policy.algorithms)} bytes "
            "(python -c 'import secrets; print(secrets.token_urlsafe(48))')",
        )
    secret = value.encode()
    need = min_secret_bytes(policy.algorithms)
    if len(secret) < need:
        raise ConfigurationError(
            "auth.jwt_secret_env",
            f"the secret in {name} is {len(secret)} bytes; {', '.join(a for a in policy.algorithms if a in _HMAC_MIN)}"
            f" needs at least {need} random bytes",
        )
    return secret


def _public_key(path: str, algorithms: tuple[str, ...]) -> Any:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise ConfigurationError("auth.jwt_public_key_file", f"cannot read {path!r}: {exc.strerror}") from exc
    if b"PRIVATE KEY" in data:
        raise ConfigurationError(
            "auth.jwt_public_key_file", f"{path!r} holds a private key; give the server only the public key"
        )
    key: PublicKeyTypes
    try:
        if b"BEGIN CERTIFICATE" in data:
            from cryptography import x509

            key = x509.load_pem_x509_certificate(data).public_key()
        else:
            key = serialization.load_pem_public_key(data)
    except ValueError as exc:
        raise ConfigurationError(
            "auth.jwt_public_key_file", f"{path!r} is not a PEM public key or certificate"
        ) from exc
    for alg in algorithms:
        if not alg.startswith("HS") and not _key_fits(key, alg):
            raise ConfigurationError("auth.algorithms", f"{alg} cannot be verified with the key in {path!r}")
    if isinstance(key, rsa.RSAPublicKey) and key.key_size < 2048:
        raise ConfigurationError(
            "auth.jwt_public_key_file", f"the RSA key in {path!r} is {key.key_size} bits; use at least 2048"
        )
    return key


def _key_fits(key: Any, alg: str) -> bool:
    if alg[:2] in ("RS", "PS"):
        return isinstance(key, rsa.RSAPublicKey)
    if alg.startswith("ES"):
        curve = {"ES256": ec.SECP256R1, "ES384": ec.SECP384R1, "ES512": ec.SECP521R1, "ES256K": ec.SECP256K1}[alg]
        return isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, curve)
    if alg == "EdDSA":
        return isinstance(key, (ed25519.Ed25519PublicKey, ed448.Ed448PublicKey))
    return False
