"""One guarded request under the Starlette middleware: the body read as an effect of
:meth:`~aiwarden.exchange.Exchange.check`, the checked body forwarded to the app, its answer
filtered on the way out (a JSON answer held whole, a stream piece by piece with coalesced text
released on a timer) and rendered with the head the exchange decides."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from typing import Any

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..effects import drive_async, in_thread, on_asyncio
from ..errors import Refusal
from ..exchange import Exchange
from ..filtering import Head

__all__ = ["Responder", "send_refusal"]

log = logging.getLogger("aiwarden")


class Responder:
    """Per-request state: reads the body once, forwards it, filters the answer."""

    def __init__(self, ex: Exchange, scope: Scope, receive: Receive, send: Send) -> None:
        self.ex, self.scope, self.receive, self.send = ex, scope, receive, send
        self.kind: str | None = None
        self.start: Message | None = None
        self.buffer = bytearray()
        self.complete = False
        # Coalesced stream text is released by a timer when no piece follows within
        # ``output.coalesce_ms`` (asyncio only); the lock keeps its send and the app's apart.
        self.lock = asyncio.Lock()
        # One timer at a time, moved on when it fires early (a piece came since it was set),
        # rather than one set and cancelled per piece
        self.idle: asyncio.TimerHandle | None = None
        self.last_piece = 0.0  # the loop's time of the stream's last piece
        self.releasing: asyncio.Task[None] | None = None
        if on_asyncio():  # the release timer needs asyncio (under trio, streams are filtered piece by piece)
            ex.idle_release = True

    async def __call__(self, app: ASGIApp) -> None:
        ex = self.ex
        try:
            declared = dict(self.scope["headers"]).get(b"content-length")
            outcome = await drive_async(ex.check(_Body(self.receive, declared, ex.max_body_bytes)))
            if isinstance(outcome, Refusal):
                await send_refusal(self.send, outcome)
                self.complete = True
            else:
                await app(self.forward_scope(outcome), self.forward_receive(outcome), self.filtered_send)
        except _Disconnected:  # the client left before its body was read: nothing to answer
            pass
        finally:
            self.stop_idle()
            if not self.complete:
                ex.client_disconnected = True
            await drive_async(ex.finish())

    def forward_scope(self, body: bytes) -> Scope:
        # the body is the JSON the guard checked: the view is told so, whatever type the client claimed;
        # and it gets no Accept-Encoding, so a compressor inside the guard leaves the answer readable
        headers = [(k, v) for k, v in self.scope["headers"] if k.lower() not in _FORWARD_REPLACED]
        headers += [(b"content-length", str(len(body)).encode()), (b"content-type", b"application/json")]
        state = dict(self.scope.get("state") or {})
        state["aiwarden"] = self.ex
        # a file sent by path (pathsend, zerocopysend) would bypass the filters: the app sends body messages
        extensions = {k: v for k, v in (self.scope.get("extensions") or {}).items() if k not in _FILE_EXTENSIONS}
        return {**self.scope, "headers": headers, "state": state, "extensions": extensions}

    def forward_receive(self, body: bytes) -> Receive:
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await self.receive()

        return receive

    async def off_loop(self, fn: Callable[..., bytes], *args: Any) -> bytes:
        """Run an output filter step, in a worker thread where the exchange says so (user filters
        that may block on I/O: anyio's threads; a large answer: aiwarden's pool, on asyncio)."""
        if not self.ex.filter_off_loop(len(args[0]) if args else 0):
            return fn(*args)
        if self.ex.warden.output_blocks or not self.ex.idle_release:  # idle_release: on asyncio
            return await anyio.to_thread.run_sync(fn, *args)
        return await in_thread(fn, *args)

    async def filtered_send(self, message: Message) -> None:
        ex = self.ex
        if message["type"] == "http.response.start":
            ctype = cenc = None
            for k, v in message.get("headers", ()):
                name = k.lower()
                if name == b"content-type" and ctype is None:
                    ctype = v.decode("latin-1")
                elif name == b"content-encoding" and cenc is None:
                    cenc = v.decode("latin-1")
            self.kind = ex.response_start(message["status"], ctype, cenc)
            self.start = message
            if self.kind != "json":  # a JSON answer's status and headers wait for its filtered body
                await self.send(_started(message, ex.answer_head()))
            return
        if message["type"] != "http.response.body" or self.complete:
            return
        more = message.get("more_body", False)
        if self.kind == "pass":
            await self.send(message)
        elif self.kind == "sse":
            if ex.idle_release:
                self.last_piece = asyncio.get_running_loop().time()
            async with self.lock:
                if self.complete:  # cut by a release in between
                    return
                piece = message.get("body", b"")
                if ex.filter_off_loop(len(piece)):
                    out = await self.off_loop(ex.filter_chunk, piece)
                else:  # (the usual small piece: filtered here, without a coroutine per piece)
                    out = ex.filter_chunk(piece)
                if ex.stream_cut:
                    more = False
                elif not more:
                    out += await self.off_loop(ex.filter_end)
                if out or not more:  # a piece the filters hold (or coalesce) sends nothing yet
                    await self.send({"type": "http.response.body", "body": out, "more_body": more})
                self.complete = not more
            if more and self.idle is None and ex.stream_waiting:
                self.arm_idle()
            return
        else:
            piece = message.get("body", b"")
            if more or self.buffer:
                self.buffer += piece
                if more:
                    return
                piece = bytes(self.buffer)
            body = await self.off_loop(ex.filter_json, piece)  # (a body sent in one message: not copied)
            await self.send(_started(self.start or {}, ex.answer_head(len(body))))
            await self.send({"type": "http.response.body", "body": body})
        if not more:
            self.complete = True

    # -- coalesced text when the stream pauses -------------------------------------------------

    def arm_idle(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not asyncio (trio): the text goes out with the next piece
            return
        self.idle = loop.call_at(self.last_piece + self.ex.coalesce_seconds, self._fire_idle)

    def _fire_idle(self) -> None:
        self.idle = None
        loop = asyncio.get_running_loop()
        if loop.time() < self.last_piece + self.ex.coalesce_seconds:  # a piece came since: not idle yet
            self.arm_idle()
            return
        self.releasing = loop.create_task(self._release_idle())

    async def _release_idle(self) -> None:
        ex = self.ex
        try:
            async with self.lock:
                if self.complete or not ex.stream_waiting:
                    return
                out = await self.off_loop(ex.filter_idle)
                if out:
                    more = not ex.stream_cut
                    await self.send({"type": "http.response.body", "body": out, "more_body": more})
                    self.complete = not more
        except Exception as exc:  # the client left or the server closed; the app's next send sees it
            log.debug("aiwarden: releasing coalesced stream text failed: %r", exc)

    def stop_idle(self) -> None:
        if self.idle is not None:
            self.idle.cancel()
            self.idle = None
        if self.releasing is not None and not self.releasing.done():
            self.releasing.cancel()


_FORWARD_REPLACED = (b"content-length", b"transfer-encoding", b"content-type", b"accept-encoding")
_FILE_EXTENSIONS = ("http.response.pathsend", "http.response.zerocopysend")


class _Disconnected(Exception):
    pass


class _Body:
    """The effect that reads the request body from ASGI messages: the bytes, or None when the body
    is, or says it is, over ``limit`` (never reading past it); the client leaving raises."""

    def __init__(self, receive: Receive, declared: bytes | None, limit: int) -> None:
        self.receive, self.declared, self.limit = receive, declared, limit

    def run_sync(self) -> bytes | None:
        raise RuntimeError("an ASGI body is read by the async driver")

    async def run_async(self) -> bytes | None:
        declared, limit = self.declared, self.limit
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return None
        chunks, size = [], 0
        while True:
            message = await self.receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)


def _started(message: Message, head: Head) -> Message:
    """The answer's start message as the guard decided it (status, headers)."""
    drop = head.drop
    headers = [(k, v) for k, v in message.get("headers", []) if k.decode("latin-1").lower() not in drop]
    return {**message, "type": "http.response.start", "status": head.status, "headers": headers + _raw(head.put)}


async def send_refusal(send: Send, refusal: Refusal, *, head: bool = False) -> None:
    body = refusal.body()
    sent = {**refusal.headers, "content-type": "application/json", "content-length": str(len(body))}
    await send({"type": "http.response.start", "status": refusal.status, "headers": _raw(sent)})
    await send({"type": "http.response.body", "body": b"" if head else body})


def _raw(headers: Mapping[str, str]) -> list[tuple[bytes, bytes]]:
    return [(k.lower().encode("latin-1"), v.encode("latin-1", "replace")) for k, v in headers.items()]
