"""Run a benchmark's child process under callgrind, counting only what it does after it says ``ready``.

The child prints ``ready`` once its set-up and warm-up are done, then waits for a line on stdin; the
parent switches instrumentation on (``callgrind_control -i on``) and sends ``go``. Only calls made
through ``operator.call`` are collected (``--toggle-collect=_operator_call``), so the child wraps
exactly the work to count in it. Instruction counts do not move with the machine's load.
"""

from __future__ import annotations

import re
import subprocess
import sys


def run(script: str, args: list[str], out: str, options: tuple[str, ...] = ()) -> str:
    """Run ``script`` with ``args`` under callgrind, writing to ``out``; return the output file's text."""
    cmd = [
        "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--collect-atstart=no",
        "--toggle-collect=_operator_call", "--instr-atstart=no", *options, sys.executable, script, *args,
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdin and proc.stdout
    while True:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"child failed before it was ready: {args}")
        if line.strip() == "ready":
            break
    subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True, capture_output=True)
    proc.stdin.write("go\n")
    proc.stdin.close()
    proc.stdout.read()
    if proc.wait():
        raise RuntimeError(f"callgrind run failed: {proc.returncode}")
    with open(out) as f:
        return f.read()


def totals(text: str) -> dict[str, int]:
    """The run's event totals by name (``Ir`` = instructions) from a callgrind output file's text."""
    events = re.search(r"^events: (.*)$", text, re.M)
    summary = re.search(r"^(?:summary|totals): (.*)$", text, re.M)
    assert events and summary
    return dict(zip(events.group(1).split(), map(int, summary.group(1).split()), strict=False))
