"""Run every benchmark and write what each printed into benchmarks/README.md.

    python benchmarks/run_all.py [--quick]

Each script measures against its own baseline in the same run (see the README's table); this
only runs them one after the other, each in a fresh process, and replaces the README's section
between ``<!-- results:start -->`` and ``<!-- results:end -->`` with their output, the date and the
machine's load (numbers taken on a loaded machine say so). ``--quick`` runs fewer rounds.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
README = HERE / "README.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"


def commands(quick: bool) -> list[list[str]]:
    n = ["--n", "60"] if quick else []
    out = [
        ["overhead.py", "--policy", "default", *n],
        ["overhead.py", "--policy", "example", *n],
        ["server_cpu.py", *n],
    ]
    for name in ("input.py", "output.py", "adversarial.py", "quota.py"):
        if (HERE / name).exists():
            out.append([name])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sections = []
    for cmd in commands(args.quick):
        load = os.getloadavg()[0]
        started = time.time()
        print(f"$ python benchmarks/{' '.join(cmd)}", file=sys.stderr, flush=True)
        result = subprocess.run([sys.executable, str(HERE / cmd[0]), *cmd[1:]], capture_output=True, text=True)
        text = result.stdout.strip() or result.stderr.strip()[-2000:]
        status = "" if result.returncode == 0 else f" (exit {result.returncode})"
        took = time.time() - started
        sections.append(
            f"### `python benchmarks/{' '.join(cmd)}`{status}\n\nload before: {load:.2f}, took {took:.0f} s\n\n"
            f"```text\n{text}\n```\n"
        )
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    body = f"{START}\n\nLast run: {stamp}, {os.cpu_count()} cores.\n\n" + "\n".join(sections) + f"\n{END}"
    readme = README.read_text()
    if START in readme and END in readme:
        readme = readme[: readme.index(START)] + body + readme[readme.index(END) + len(END) :]
    else:
        readme = readme.rstrip() + "\n\n## Latest results (`python benchmarks/run_all.py`)\n\n" + body + "\n"
    README.write_text(readme)
    print(f"wrote {README.relative_to(HERE.parent)}", file=sys.stderr)


if __name__ == "__main__":
    main()
