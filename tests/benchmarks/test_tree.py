"""The benchmarks measure the aiwarden that ``PYTHONPATH`` names when it names one (an A/B run against
another checkout), else their own tree's: putting their own ``src`` first unconditionally ran this
tree's code in an A/B run that meant the other's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imported(module: str, pythonpath: Path | None) -> Path:
    """Where ``aiwarden`` came from once ``module`` of benchmarks/ is imported, as a script would."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    probe = f"import {module}, aiwarden; print(aiwarden.__file__)"
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT / "benchmarks",  # the script's directory, first on sys.path as for `python benchmarks/x.py`
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    return Path(out.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def other_checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Another checkout's ``src`` (a copy of this one's, elsewhere)."""
    src = tmp_path_factory.mktemp("other") / "src"
    shutil.copytree(ROOT / "src", src, ignore=shutil.ignore_patterns("__pycache__"))
    return src


@pytest.mark.parametrize("module", ["overhead", "fixed_cost", "quota", "stream_path"])
def test_a_benchmark_runs_its_own_tree_without_pythonpath(module: str) -> None:
    assert _imported(module, None) == ROOT / "src" / "aiwarden" / "__init__.py"


@pytest.mark.parametrize("module", ["overhead", "fixed_cost", "quota", "stream_path"])
def test_a_benchmark_runs_the_checkout_pythonpath_names(module: str, other_checkout: Path) -> None:
    assert _imported(module, other_checkout) == other_checkout / "aiwarden" / "__init__.py"


def test_a_pythonpath_without_aiwarden_leaves_the_tree(tmp_path: Path) -> None:
    (tmp_path / "helpers.py").write_text("")  # PYTHONPATH for something else
    assert _imported("overhead", tmp_path) == ROOT / "src" / "aiwarden" / "__init__.py"
