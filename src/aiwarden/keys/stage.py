"""The ``keys`` stage: runs first on every AI route.

``admit`` refuses denied capability paths (``keys.deny_paths``, 403 ``capability_denied``) and
provider keys sent by the client in headers or the query string; ``inspect`` refuses them in the
parsed body outside the conversation — ``api_key`` fields, ``extra_headers``, metadata. A key
pasted into a message's text is replaced by ``[SECRET]`` before the provider sees it (one
Aho-Corasick pass over the rule table's prefixes finds candidates); with
``keys.refuse_keys_in_messages`` the request is refused instead (400 ``client_key_forbidden``).

A client value is a provider key when it is shaped like one (``sk-…``, ``sk-ant-…``, ``AIza…``;
see :mod:`aiwarden.keys.patterns`) or equals a key of the ring. The app's own credentials — a JWT
in ``Authorization: Bearer`` — are never taken for one. The refusal and the log line name where
the key was, never the key.
"""

from __future__ import annotations

import base64
import binascii
import logging
import posixpath
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote

from .._config import path_glob
from .._memo import keep
from ..errors import Refusal, bad_request, forbidden
from ..exchange import Stage
from .patterns import find_keys, looks_like_key, mask
from .ring import KeyRing

if TYPE_CHECKING:
    from ..exchange import Exchange
    from ..services import Services

__all__ = ["KeysStage"]

log = logging.getLogger("aiwarden.keys")

#: Headers provider SDKs put their key in; any header whose name mentions a credential is read too.
KEY_HEADERS = ("authorization", "x-api-key", "api-key", "x-goog-api-key", "proxy-authorization", "cookie")
# The pieces of a header value a key may hide between: "key=sk-…", "a=1; openai=sk-…", '"sk-…"'.
_PIECES = re.compile(r"[\s,;=:\"']+")
_CREDENTIAL_NAME = re.compile(r"key|token|auth|secret|credential", re.I)


class KeysStage(Stage):
    """Deny paths and client-sent keys; a key of the warden's :class:`KeyRing` (``services.keys``,
    also ``warden.keys``) is recognised in any shape."""

    name = "keys"

    def __init__(self, services: Services) -> None:
        policy = services.policy.keys
        self.ring: KeyRing = services.keys
        self.deny = [re.compile(path_glob(p.rstrip("/") or "/"), re.I) for p in policy.deny_paths]
        self.scan_messages = policy.refuse_keys_in_messages

    # -- admit ---------------------------------------------------------------------------------

    def admit(self, ex: Exchange) -> Refusal | None:
        if self.deny:
            refusal = self._denied(ex)
            if refusal is not None:
                return refusal
        for name, value in ex.request.headers.items():
            if self._is_key_header(name, value):
                return self._refuse(ex, f"the {name} header", name, value)
        query = ex.request.query_string
        if query:
            for name, value in parse_qsl(query, keep_blank_values=True):
                if self._is_key(value) or self._is_key(name):
                    return self._refuse(ex, f"the query parameter {name!r}", name, value)
            # what parse_qsl does not split ("a=1;key=sk-…", a key inside a longer value)
            raw = unquote(query.replace("+", " "))
            if self._contains_key(raw):
                return self._refuse(ex, "the query string", "query", raw)
        return None

    def _denied(self, ex: Exchange) -> Refusal | None:
        # The app's own path, as the policy's [[routes]] patterns match it, then the full one with
        # the mount prefix (Starlette's root path, Django's and Flask's SCRIPT_NAME): a pattern
        # written with the prefix still matches, in every adapter.
        paths = [_normalize(ex.request.path)]
        if ex.request.app_path is not None:
            paths.insert(0, _normalize(ex.request.app_path))
        for path in paths:
            if any(p.fullmatch(path) for p in self.deny):
                log.warning("aiwarden: refused request %s to denied path %s", ex.request_id, path)
                return forbidden("capability_denied", f"This service does not offer {path}.")
        return None

    def _is_key_header(self, name: str, value: str) -> bool:
        if name in KEY_HEADERS or _CREDENTIAL_NAME.search(name):
            # (the same token is often both a piece and the credential after the scheme: once each)
            return any(map(self._is_key, dict.fromkeys(_header_tokens(value))))
        # any other header: only the server's own keys, as a whole token (a substring test first,
        # since most headers hold none)
        return self.ring.contains_secret(value) and any(map(self.ring.is_secret, _header_tokens(value)))

    # -- inspect -------------------------------------------------------------------------------

    def inspect(self, ex: Exchange) -> Refusal | None:
        if ex.chat is None:
            return None
        if self.scan_messages:
            skip: tuple[str, ...] = ()
        else:
            refusal = self._redact_messages(ex)
            if refusal is not None:
                return refusal
            skip = _conversation_fields(ex)
        for where, text in _strings(ex.chat.document, "", skip):
            if self._contains_key(text):
                return self._refuse(ex, f"the request body at {where or 'the top level'}", where, text)
        return None

    def _redact_messages(self, ex: Exchange) -> Refusal | None:
        """A key pasted into a message is replaced by ``[SECRET]`` before the provider sees it;
        one anywhere else in a message (a tool call's arguments, a name) is refused."""
        assert ex.chat is not None
        redacted = 0
        for i, m in enumerate(ex.chat.messages):
            if m.from_server:
                continue
            for part in m.parts:
                if part.kind in ("text", "tool_result"):
                    if part.text:
                        part.text, n = self._redact(part.text)
                        redacted += n
                elif part.kind in ("tool_call", "other") and part.raw is not None:  # media data is not scanned
                    for where, text in _strings(part.raw, f"messages[{i}]"):
                        if self._contains_key(text):
                            return self._refuse(ex, f"the request body at {where}", where, text)
            if isinstance(m.raw, dict):
                rest = {k: v for k, v in m.raw.items() if k != "content"}
                for where, text in _strings(rest, f"messages[{i}]"):
                    if self._contains_key(text):
                        return self._refuse(ex, f"the request body at {where}", where, text)
        if redacted:
            ex.flags["keys_redacted"] = redacted
            log.warning(
                "aiwarden: request %s to %s: %d provider key(s) in the messages replaced by [SECRET]",
                ex.request_id,
                ex.request.path,
                redacted,
            )
        return None

    def _redact(self, text: str) -> tuple[str, int]:
        n = 0
        if self.ring.contains_secret(text):
            for secret in self.ring.secret_values():
                if secret in text:
                    n += text.count(secret)
                    text = text.replace(secret, "[SECRET]")
        found = list(find_keys(text))
        if not found:
            return text, n
        out, last = [], 0
        for m in found:
            out.append(text[last : m.start()])
            out.append("[SECRET]")
            last = m.end()
        out.append(text[last:])
        return "".join(out), n + len(found)

    # -- helpers -------------------------------------------------------------------------------

    def _is_key(self, value: str) -> bool:
        value = value.strip()
        return bool(value) and (self.ring.is_secret(value) or _looks_like_key(value))

    def _contains_key(self, text: str) -> bool:
        if self.ring.contains_secret(text):
            return True
        return next(find_keys(text), None) is not None

    def _masked(self, label: str) -> str:
        """``label`` (where the key was: a parameter or field name) with any key in it masked: a
        client may send the key as the name itself, and the refusal must not echo it."""
        for m in list(find_keys(label)):
            label = label.replace(m.group(), mask(m.group()))
        if self.ring.contains_secret(label):
            for secret in self.ring.secret_values():
                label = label.replace(secret, "[server key]")
        return label

    def _refuse(self, ex: Exchange, where: str, param: str, value: str) -> Refusal:
        shown = next((mask(m.group()) for m in find_keys(value)), None) or "a server key"
        where, param = self._masked(where), self._masked(param)
        ex.flags["client_key"] = where
        log.warning(
            "aiwarden: refused request %s to %s: a provider key (%s) in %s",
            ex.request_id,
            ex.request.path,
            shown,
            where,
        )
        return bad_request(
            "client_key_forbidden",
            f"Do not send provider API keys to this service (found one in {where}); "
            "it calls the provider with its own server-side key.",
            param,
        )


def _looks_like_key(value: str) -> bool:
    """:func:`looks_like_key`, remembered for short values: a client sends the same credential header
    (its bearer token) with every request, and the answer is a pure function of the value and the
    rule table (which does not change). The ring's own keys are checked apart, every time."""
    if len(value) > _SHAPES_LEN:
        return looks_like_key(value)
    known = _SHAPES.get(value)
    if known is None:
        known = keep(_SHAPES, value, looks_like_key(value), _SHAPES_MAX)
    return known


#: Values :func:`_looks_like_key` remembered (bounded: values come from clients).
_SHAPES: dict[str, bool] = {}
_SHAPES_MAX = 4096
_SHAPES_LEN = 1024


def _normalize(path: str) -> str:
    # Refuse /v1//embeddings/, /v1/./embeddings and %2F spellings of a denied path alike.
    path = unquote(path)
    path = posixpath.normpath("/" + path.lstrip("/"))
    return "/" if path in ("/", "//") else path.rstrip("/")


def _header_tokens(value: str) -> list[str]:
    """The value, its pieces between separators, the credential after a scheme, and Basic's
    user and password."""
    value = value.strip()
    tokens = [value]
    pieces = _PIECES.split(value)
    if len(pieces) > 1:
        tokens += [piece for piece in pieces if piece]
    scheme, _, rest = value.partition(" ")
    rest = rest.strip()
    if not rest:
        return tokens
    tokens.append(rest)
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(rest, validate=True).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            return tokens
        tokens += decoded.split(":", 1)
    return tokens


def _conversation_fields(ex: Exchange) -> tuple[str, ...]:
    # What the user writes is the conversation, not a credential: a key pasted into a message is
    # left to the output filters (and refused here only with keys.refuse_keys_in_messages).
    fields = ["messages", "system", "input", "prompt", "contents", "instructions"]
    if ex.route.prompt_field:
        fields.append(ex.route.prompt_field.split(".", 1)[0])
    return tuple(fields)


def _strings(node: Any, path: str, skip: tuple[str, ...] = (), depth: int = 0) -> Iterator[tuple[str, str]]:
    if depth > 64:
        return
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            if depth == 0 and key in skip:
                continue
            sub = f"{path}.{key}" if path else str(key)
            yield sub, str(key)
            yield from _strings(value, sub, skip, depth + 1)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, f"{path}[{i}]", skip, depth + 1)
