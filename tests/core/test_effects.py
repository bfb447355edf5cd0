"""The async driver off the event loop: the generator's steps in a worker thread, its effects on
the loop, errors thrown back at the yield, the return value, one context across the steps."""

from __future__ import annotations

import asyncio
import contextvars
import threading
from collections.abc import Generator
from typing import Any

import pytest

from aiwarden.effects import Call, drive_async, drive_sync

VAR: contextvars.ContextVar[str] = contextvars.ContextVar("VAR", default="unset")


def _fail() -> None:
    raise OSError("storage down")


async def _afail() -> None:
    raise OSError("storage down")


async def _athread() -> str:
    return threading.current_thread().name


def check(seen: list[str]) -> Generator[Any, Any, str]:
    seen.append(threading.current_thread().name)
    VAR.set("set in the first step")
    effect_thread = yield Call(lambda: threading.current_thread().name, _athread)
    seen.append(effect_thread)
    try:
        yield Call(_fail, _afail)
    except OSError as exc:  # the check decides what a failure means
        seen.append(f"caught {exc}")
    seen.append(VAR.get())
    seen.append(threading.current_thread().name)
    return "done"


def test_off_loop_steps_run_in_a_worker_and_effects_on_the_loop() -> None:
    seen: list[str] = []

    async def main() -> str:
        return await drive_async(check(seen), off_loop=True)

    assert asyncio.run(main()) == "done"
    loop_thread = threading.current_thread().name
    assert seen[0].startswith("aiwarden-offload")
    assert seen[1] == loop_thread
    assert seen[2:4] == ["caught storage down", "set in the first step"]
    assert seen[4].startswith("aiwarden-offload")
    assert VAR.get() == "unset"  # the steps ran in a copy of the caller's context


@pytest.mark.parametrize("off_loop", [False, True])
def test_the_same_generator_gives_the_same_result_in_every_driver(off_loop: bool) -> None:
    sync_seen: list[str] = []
    async_seen: list[str] = []
    assert drive_sync(check(sync_seen)) == "done"
    assert asyncio.run(drive_async(check(async_seen), off_loop=off_loop)) == "done"
    assert sync_seen[2:4] == async_seen[2:4] == ["caught storage down", "set in the first step"]


def test_an_error_in_an_off_loop_step_reaches_the_caller() -> None:
    def broken() -> Generator[Any, Any, None]:
        yield Call(lambda: None, _athread)
        raise ValueError("bad input")

    with pytest.raises(ValueError, match="bad input"):
        asyncio.run(drive_async(broken(), off_loop=True))


def test_a_cancelled_caller_waits_for_the_running_step() -> None:
    started, release = threading.Event(), threading.Event()
    steps: list[str] = []

    def slow() -> Generator[Any, Any, None]:
        started.set()
        release.wait(10)
        steps.append("step ended")
        yield Call(lambda: None, _athread)

    async def main() -> None:
        task = asyncio.create_task(drive_async(slow(), off_loop=True))
        await asyncio.get_running_loop().run_in_executor(None, started.wait, 10)
        task.cancel()
        await asyncio.sleep(0.01)
        assert not task.done()  # still waiting for the step its thread runs
        release.set()
        with pytest.raises(asyncio.CancelledError):
            await task
        steps.append("caller went on")

    asyncio.run(main())
    assert steps == ["step ended", "caller went on"]
