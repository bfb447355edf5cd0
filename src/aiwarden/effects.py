"""Sans-IO effects and the two drivers that run them.

Checks are written once, as generators: a check that needs storage or a detector *yields* an
:class:`Effect` and receives its result. :func:`drive_sync` performs effects with blocking calls
(Django, Flask); :func:`drive_async` awaits them (Starlette, async Django). The decision logic
exists once; only :meth:`Effect.run_sync` / :meth:`Effect.run_async` — the I/O layer — exists twice.

An exception raised by an effect is thrown back into the generator at its ``yield``, so the
check decides what a failure means (fail open or closed).

Off the event loop: ``drive_async(gen, off_loop=True)`` runs the generator's own steps — the
pure work between two effects: parsing, scanning, rendering — in a worker thread, one step at a
time, and awaits its effects on the loop as usual. A generator can ask for it from where it is
by yielding :data:`OFF_LOOP`: ``Exchange.check`` does once it has read a body over
:data:`OFF_LOOP_BYTES`, so a large request never holds the loop, with the same logic as
everywhere else (a hop costs ~50 us, which an ordinary request does not pay).
"""

from __future__ import annotations

import asyncio
import contextvars
import sys
import threading
from collections.abc import Awaitable, Callable, Generator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from types import GeneratorType
from typing import Any, Protocol, TypeVar

__all__ = [
    "OFF_LOOP",
    "OFF_LOOP_BYTES",
    "Call",
    "Effect",
    "Gen",
    "LazyPool",
    "Step",
    "drive_async",
    "drive_sync",
    "in_thread",
    "polite",
    "run_step",
]

T = TypeVar("T")

#: A request or answer body over this many bytes is inspected / filtered off the event loop by the
#: async adapters (a few milliseconds of work inline; a 1 MB body would hold the loop ~0.1-1 s).
OFF_LOOP_BYTES = 16 * 1024


class Effect(Protocol):
    def run_sync(self) -> Any: ...

    def run_async(self) -> Awaitable[Any]: ...


#: What a check returns: a value directly, or a generator that yields effects and returns it.
Step = Generator[Effect, Any, T]
#: A generator of effects whose result is not typed further (the hooks of the stages).
Gen = Generator[Effect, Any, Any]


@dataclass(frozen=True, slots=True)
class Call:
    """Call ``sync_fn(*args)`` in the sync driver, ``await async_fn(*args)`` in the async one."""

    sync_fn: Callable[..., Any]
    async_fn: Callable[..., Awaitable[Any]]
    args: tuple[Any, ...] = ()

    def run_sync(self) -> Any:
        return self.sync_fn(*self.args)

    def run_async(self) -> Awaitable[Any]:
        return self.async_fn(*self.args)


class OffLoop:
    """:data:`OFF_LOOP`, yielded by a generator whose next steps are heavy (a large body):
    :func:`drive_async` runs its steps in a worker thread from there on; :func:`drive_sync` has
    nothing to do."""

    def run_sync(self) -> None:
        return None

    async def run_async(self) -> None:
        return None


OFF_LOOP = OffLoop()


def run_step(result: Any) -> Generator[Effect, Any, Any]:
    """``yield from run_step(check(ex))`` accepts a plain value or a generator."""
    if isinstance(result, GeneratorType):  # (inspect.isgenerator, without its call)
        return (yield from result)
    return result


def drive_sync(gen: Generator[Effect, Any, T]) -> T:
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            effect = gen.throw(error) if error is not None else gen.send(value)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        try:
            value, error = effect.run_sync(), None
        except Exception as exc:  # handed to the check, which decides
            value, error = None, exc


async def drive_async(gen: Generator[Effect, Any, T], *, off_loop: bool = False) -> T:
    """Run ``gen``, awaiting its effects; with ``off_loop`` its own steps run in a worker thread
    (in one copy of the caller's context, so a context variable a step sets is seen by the next)."""
    value: Any = None
    error: BaseException | None = None
    context = contextvars.copy_context() if off_loop and on_asyncio() else None
    while True:
        try:
            if context is not None:
                effect = await _step_in_thread(context, gen, value, error)
            else:
                effect = gen.throw(error) if error is not None else gen.send(value)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        except _Returned as done:
            return done.value  # type: ignore[no-any-return]
        if effect is OFF_LOOP:
            if context is None and on_asyncio():
                context = contextvars.copy_context()
            value, error = None, None
            continue
        try:
            value, error = await effect.run_async(), None
        except Exception as exc:
            value, error = None, exc


async def _step_in_thread(
    context: contextvars.Context, gen: Generator[Effect, Any, Any], value: Any, error: BaseException | None
) -> Effect:
    future = asyncio.get_running_loop().run_in_executor(_executor(), context.run, _step, gen, value, error)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        # the step runs on in its thread: let it end before the caller goes on (finishing the
        # exchange the step is still working on), then pass the cancellation on
        while not future.done():
            try:
                await asyncio.shield(future)
            except asyncio.CancelledError:
                continue
            except BaseException:
                break
        raise


def on_asyncio() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # another event loop (trio): the steps run inline
        return False
    return True


def _step(gen: Generator[Effect, Any, Any], value: Any, error: BaseException | None) -> Effect:
    try:
        with _POLITE:
            return gen.throw(error) if error is not None else gen.send(value)
    except StopIteration as stop:
        # a StopIteration cannot cross a future (asyncio turns it into a RuntimeError): carry it over
        raise _Returned(stop.value) from None


#: The interpreter's switch interval, at most, while work moved off the event loop runs.
POLITE_SWITCH_SECONDS = 0.001


class _Polite:
    """Lowers the interpreter's switch interval while off-loop work runs (nested and concurrent
    uses counted; the previous value is put back when the last ends).

    A worker thread that computes keeps the GIL until a thread waiting for it has waited the
    switch interval (5 ms by default); the event loop waits that long at *every* wake-up while a
    large body is scanned beside it, so its stalls were a multiple of the interval however short
    each piece of work. At 1 ms the loop gets the GIL back within about a millisecond (plus the
    longest single C call of the work, which the scanners and :class:`~aiwarden.streaming.FilterChain`
    keep short); the cost is more frequent switches between computing threads while it lasts."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users = 0
        self._saved = 0.0

    def __enter__(self) -> None:
        with self._lock:
            if self._users == 0:
                self._saved = sys.getswitchinterval()
                if self._saved > POLITE_SWITCH_SECONDS:
                    sys.setswitchinterval(POLITE_SWITCH_SECONDS)
            self._users += 1

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._users -= 1
            # put back only what we changed (someone may have set their own value meanwhile)
            if self._users == 0 and sys.getswitchinterval() == POLITE_SWITCH_SECONDS < self._saved:
                sys.setswitchinterval(self._saved)


_POLITE = _Polite()


def polite(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` with the switch interval lowered (:class:`_Polite`): for pure work run in a
    worker thread beside an event loop."""
    with _POLITE:
        return fn(*args)


class _Returned(Exception):
    def __init__(self, value: Any) -> None:
        self.value = value


class LazyPool:
    """A thread pool made on first use (a process that never needs it starts no thread)."""

    def __init__(self, name: str, workers: int = 8) -> None:
        self.name, self.workers = name, workers
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    def get(self) -> ThreadPoolExecutor:
        if self._pool is None:
            with self._lock:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix=self.name)
        return self._pool


#: Pure work moved off the event loop (its own pool: a detector that hangs past its timeout keeps
#: a thread of the detectors' pool, never one of these).
_executor = LazyPool("aiwarden-offload").get


async def in_thread(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` in aiwarden's worker pool, awaited (pure work that must not hold the loop)."""
    return await asyncio.get_running_loop().run_in_executor(_executor(), polite, fn, *args)
