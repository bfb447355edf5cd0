"""Which aiwarden a benchmark measures: the checkout ``PYTHONPATH`` names, else the tree beside it.

A script run as ``python benchmarks/overhead.py`` must measure the code of its own tree, not the
venv's editable install, so it puts that tree's ``src`` first on ``sys.path``. An A/B run points
``PYTHONPATH`` at another checkout instead (``PYTHONPATH=/other/src python benchmarks/overhead.py``,
or a script of one tree importing ``overhead`` to drive another tree's code): then that checkout
wins. Put first unconditionally, this tree's ``src`` silently ran in its place.

>>> import _tree
>>> _tree.use()  # doctest: +SKIP
'/work/main/src'
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["ROOT", "src", "use"]

ROOT = Path(__file__).resolve().parent.parent


def src() -> str:
    """The ``src`` directory to import aiwarden from: the first ``PYTHONPATH`` entry that holds the
    package, else this tree's. Also what a benchmark gives the server processes it starts."""
    for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep):
        if entry and (Path(entry) / "aiwarden" / "__init__.py").is_file():
            return str(Path(entry).resolve())
    return str(ROOT / "src")


def use() -> str:
    """Put :func:`src` first on ``sys.path`` (before the venv's install) and return it."""
    path = src()
    if sys.path[:1] != [path]:
        sys.path.insert(0, path)
    return path
