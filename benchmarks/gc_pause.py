"""How long one full garbage collection takes in a process that built a Warden, and after ``gc.freeze()``.

    python benchmarks/gc_pause.py [--policy default|example]

CPython collects its oldest generation when the objects that survived into it have grown by a
quarter since the last full collection: in a server, every few thousand requests (caches that
grow, objects kept by the app). A full collection walks every tracked object the process holds,
and the Warden's process holds many that never die: the modules (aiwarden's, its dependencies'),
the detectors' tables and genai-prices' price table (~28k objects). ``gc.freeze()`` after start-up
moves them all to a generation no collection walks (docs/deployment.md).

Printed: tracked objects and one full collection's CPU time (the fastest of 5, ``process_time``)
at each step: an empty interpreter, ``import aiwarden``, genai-prices loaded, the Warden built,
then after ``gc.freeze()``.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import _tree  # noqa: E402

_tree.use()
os.environ.setdefault("AIWARDEN_JWT_SECRET", "bench-secret-" + "x" * 40)


def full_collection_ms(runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.process_time()
        gc.collect()
        best = min(best, time.process_time() - t)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--policy", choices=["default", "example"], default="default")
    args = parser.parse_args()
    rows = [("empty interpreter", len(gc.get_objects()), full_collection_ms())]
    import aiwarden

    rows.append(("import aiwarden", len(gc.get_objects()), full_collection_ms()))
    from aiwarden.pricing import Prices

    Prices().warm()
    rows.append(("+ genai-prices loaded", len(gc.get_objects()), full_collection_ms()))
    import overhead

    overhead.POLICY = args.policy
    aiwarden.Warden(overhead.bench_policy())
    rows.append((f"+ Warden built ({args.policy} policy)", len(gc.get_objects()), full_collection_ms()))
    gc.freeze()
    rows.append(("after gc.freeze() (walked by a collection)", len(gc.get_objects()), full_collection_ms()))
    print(f"{'step':<44} {'tracked objects':>15} {'full collection':>16}")
    for label, objects, ms in rows:
        print(f"{label:<44} {objects:>15,} {ms:>13.2f} ms")


if __name__ == "__main__":
    main()
