"""Sans-IO effects and the two drivers that run them.

Checks are written once, as generators: a check that needs storage or a detector *yields* an
:class:`Effect` and receives its result. :func:`drive_sync` performs effects with blocking calls
(Django, Flask); :func:`drive_async` awaits them (Starlette, async Django). The decision logic
exists once; only :meth:`Effect.run_sync` / :meth:`Effect.run_async` — the I/O layer — exists twice.

An exception raised by an effect is thrown back into the generator at its ``yield``, so the
check decides what a failure means (fail open or closed).
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

__all__ = ["Call", "Effect", "Step", "drive_async", "drive_sync", "run_step"]

T = TypeVar("T")


class Effect(Protocol):
    def run_sync(self) -> Any: ...

    def run_async(self) -> Awaitable[Any]: ...


#: What a check returns: a value directly, or a generator that yields effects and returns it.
Step = Generator[Effect, Any, T]


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


def run_step(result: Any) -> Generator[Effect, Any, Any]:
    """``yield from run_step(check(ex))`` accepts a plain value or a generator."""
    if inspect.isgenerator(result):
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


async def drive_async(gen: Generator[Effect, Any, T]) -> T:
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            effect = gen.throw(error) if error is not None else gen.send(value)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        try:
            value, error = await effect.run_async(), None
        except Exception as exc:
            value, error = None, exc
