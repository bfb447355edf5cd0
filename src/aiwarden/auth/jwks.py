"""JSON Web Key Sets: parsing, key choice by ``kid``, and a cached source (file or URL).

The key set is looked up by the token's ``kid`` in a dictionary, never used as a path or URL.
A refresh happens when the cache is older than ``jwks_cache_seconds``, or when a token names a
``kid`` the cached set lacks (the provider rotated its keys) — at most once per
``jwks_refresh_cooldown_seconds``, so random ``kid`` values cannot make every request fetch.
A failed refresh keeps the last good set.

Fetching is blocking I/O: :meth:`CachedKeySet.refresh` runs it directly in the sync driver and
:meth:`CachedKeySet.refresh_async` in a worker thread for the async one (see ``effects.Call``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from typing import Any

from jwt import PyJWK
from jwt.exceptions import PyJWTError

from ..errors import JwksError

__all__ = ["CachedKeySet", "JwksError", "KeySet", "fetch_url", "read_file"]

log = logging.getLogger("aiwarden.auth")

#: A key set larger than this is refused (a real one holds a handful of keys, a few KB).
MAX_JWKS_BYTES = 512 * 1024

_KTY = {"RS": "RSA", "PS": "RSA", "ES": "EC", "Ed": "OKP"}
_CURVE = {"ES256": "P-256", "ES384": "P-384", "ES512": "P-521", "ES256K": "secp256k1"}


class KeySet:
    """The verification keys of one JWKS document, by ``kid``."""

    def __init__(self, document: Any, where: str) -> None:
        if not isinstance(document, Mapping) or not isinstance(document.get("keys"), list):
            raise JwksError(f"{where} is not a JWKS document (an object with a 'keys' list)")
        self.by_kid: dict[str, dict[str, Any]] = {}
        self.unnamed: list[dict[str, Any]] = []
        for jwk in document["keys"]:
            if not isinstance(jwk, dict) or jwk.get("kty") not in ("RSA", "EC", "OKP"):
                continue  # symmetric ("oct") keys never come from a key set: HS* uses jwt_secret_env
            if jwk.get("use", "sig") != "sig":
                continue
            ops = jwk.get("key_ops")
            if isinstance(ops, list) and "verify" not in ops:
                continue
            kid = jwk.get("kid")
            if isinstance(kid, str):
                self.by_kid.setdefault(kid, jwk)
            else:
                self.unnamed.append(jwk)
        if not self.by_kid and not self.unnamed:
            raise JwksError(f"{where} holds no signature verification key (RSA, EC or OKP)")
        self._prepared: dict[tuple[str | None, str], PyJWK] = {}

    def find(self, kid: str | None) -> dict[str, Any] | None:
        if kid is not None:
            return self.by_kid.get(kid)
        # A token without kid is only unambiguous when the set holds exactly one key.
        keys = [*self.by_kid.values(), *self.unnamed]
        return keys[0] if len(keys) == 1 else None

    def key_for(self, kid: str | None, alg: str) -> PyJWK | None:
        """The key for ``kid``, prepared for ``alg``; None when no key of that name fits that algorithm."""
        cached = self._prepared.get((kid, alg))
        if cached is not None:
            return cached
        jwk = self.find(kid)
        if jwk is None or not fits(jwk, alg):
            return None
        try:
            key = PyJWK(jwk, algorithm=alg)
        except PyJWTError as exc:
            log.warning("aiwarden: JWKS key %r is unusable for %s: %s", kid, alg, exc)
            return None
        self._prepared[(kid, alg)] = key
        return key


def fits(jwk: Mapping[str, Any], alg: str) -> bool:
    """Whether a JWK may verify ``alg``: its own ``alg`` if it names one, else its key type (and curve)."""
    named = jwk.get("alg")
    if named is not None and named != alg:
        return False
    if jwk.get("kty") != _KTY.get(alg[:2]):
        return False
    if alg in _CURVE:
        return jwk.get("crv") == _CURVE[alg]
    if alg == "EdDSA":
        return jwk.get("crv") in ("Ed25519", "Ed448")
    return True


def parse(data: bytes, where: str) -> KeySet:
    if len(data) > MAX_JWKS_BYTES:
        raise JwksError(f"{where} is larger than {MAX_JWKS_BYTES} bytes")
    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise JwksError(f"{where} is not valid JSON") from exc
    return KeySet(document, where)


def read_file(path: str) -> KeySet:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_JWKS_BYTES + 1)
    except OSError as exc:
        raise JwksError(f"cannot read the JWKS file {path!r}: {exc.strerror}") from exc
    return parse(data, f"the JWKS file {path!r}")


def fetch_url(url: str, timeout: float) -> KeySet:
    """The key set at ``url``, fetched within ``timeout`` seconds in all.

    urllib's timeout bounds each socket operation, not the fetch: a server sending a byte now
    and then would hold it (and every request waiting for the keys) indefinitely. The fetch runs
    in a daemon thread instead, and is abandoned at the deadline (its socket timeouts still end
    the thread); refreshes are at most one per cooldown, so abandoned fetches cannot pile up.
    """
    done: list[KeySet | BaseException] = []

    def run() -> None:
        try:
            done.append(_fetch(url, timeout))
        except BaseException as exc:  # handed to the caller below
            done.append(exc)

    worker = threading.Thread(target=run, name="aiwarden-jwks-fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    if not done:
        raise JwksError(f"cannot fetch the JWKS URL {url}: no complete answer within {timeout:g} seconds")
    if isinstance(done[0], BaseException):
        raise done[0]
    return done[0]


def _fetch(url: str, timeout: float) -> KeySet:
    request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": "aiwarden"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_JWKS_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise JwksError(f"the JWKS URL {url} answered HTTP {exc.code}") from exc
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise JwksError(f"cannot fetch the JWKS URL {url}: {reason}") from exc
    return parse(data, f"the JWKS at {url}")


class CachedKeySet:
    """A key set from a loader (file or URL), cached and refreshed as the module docstring says.

    >>> keys = CachedKeySet(lambda: read_file("jwks.json"), "jwks.json", cache_seconds=300, cooldown_seconds=10)
    >>> keys.needs_refresh("2024-05-key")   # nothing loaded yet
    True
    """

    def __init__(
        self,
        loader: Callable[[], KeySet],
        where: str,
        *,
        cache_seconds: float,
        cooldown_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.loader = loader
        self.where = where
        self.cache_seconds = cache_seconds
        self.cooldown_seconds = cooldown_seconds
        self.clock = clock
        self.keys: KeySet | None = None
        self.fetched_at = float("-inf")
        self.attempted_at = float("-inf")
        self.attempts = 0
        self.in_flight = False
        self._lock = threading.Lock()

    def needs_refresh(self, kid: str | None) -> bool:
        if self.in_flight:
            # wait for the fetch under way only when it may bring this kid (rather than refuse
            # meanwhile); a kid the cached set holds is served from it, so a slow identity provider
            # stalls no request during the periodic refresh
            keys = self.keys
            return keys is None or keys.find(kid) is None
        now = self.clock()
        if now - self.attempted_at < self.cooldown_seconds:
            return False
        if self.keys is None or now - self.fetched_at >= self.cache_seconds:
            return True
        return self.keys.find(kid) is None

    def refresh(self, seen: int) -> None:
        """Load the set, unless an attempt finished since the caller read ``attempts == seen``
        (so a burst of callers shares one fetch)."""
        with self._lock:
            if self.attempts != seen:
                return
            self.in_flight = True
            self.attempted_at = self.clock()
            try:
                keys = self.loader()  # a JwksError keeps the last good set
                self.keys = keys
                self.fetched_at = self.clock()
            finally:
                self.attempts += 1
                self.in_flight = False

    async def refresh_async(self, seen: int) -> None:
        await asyncio.to_thread(self.refresh, seen)

    def key_for(self, kid: str | None, alg: str) -> PyJWK | None:
        keys = self.keys
        return keys.key_for(kid, alg) if keys is not None else None


def file_key_set(path: str, cache_seconds: float, cooldown_seconds: float) -> CachedKeySet:
    """A cached key set from a file, loaded now so a bad file fails at start-up."""
    keys = CachedKeySet(lambda: read_file(path), path, cache_seconds=cache_seconds, cooldown_seconds=cooldown_seconds)
    keys.refresh(keys.attempts)
    return keys


def url_key_set(url: str, timeout: float, cache_seconds: float, cooldown_seconds: float) -> CachedKeySet:
    """A cached key set from a URL, fetched on first use (never at import or start-up)."""
    return CachedKeySet(
        lambda: fetch_url(url, timeout), url, cache_seconds=cache_seconds, cooldown_seconds=cooldown_seconds
    )
