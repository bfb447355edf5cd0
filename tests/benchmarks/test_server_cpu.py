"""benchmarks/server_cpu.py compares a bare server with a guarded one: the bare server's process
must hold only the app, not a guard it never runs (the guard's tables, ~30k objects its garbage
collector would walk, made the bare Flask worker slower and the ratio look better than it was)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("flask")
pytest.importorskip("starlette")

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import gc, json, sys
import server_cpu, overhead
import aiwarden.flask, aiwarden.starlette, flask, starlette.applications  # what every server imports
if sys.argv[1] != "none":
    app = getattr(server_cpu, sys.argv[1])
    if sys.argv[1] == "starlette_guarded":  # its guard is built at the lifespan start-up
        import asyncio
        async def start():
            sent = []
            async def receive():
                return {"type": "lifespan.startup"} if not sent else await asyncio.sleep(3600)
            async def send(message):
                sent.append(message)
            task = asyncio.ensure_future(app({"type": "lifespan", "asgi": {"version": "3.0"}}, receive, send))
            while not sent:
                await asyncio.sleep(0.01)
            task.cancel()
        asyncio.run(start())
gc.collect()
print(json.dumps({"objects": len(gc.get_objects())}))
"""


def _objects(name: str) -> int:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "benchmarks"), str(ROOT / "src")])}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, name],
        cwd=ROOT / "benchmarks",
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    return int(json.loads(out.strip().splitlines()[-1])["objects"])


@pytest.mark.parametrize("kind", ["flask", "starlette"])
def test_a_bare_server_holds_no_guard(kind: str) -> None:
    imports_only = _objects("none")
    assert _objects(f"{kind}_bare") - imports_only < 5_000  # its app and the canned answers
    assert _objects(f"{kind}_guarded") - imports_only > 20_000  # the guard's tables: what the probe would see
