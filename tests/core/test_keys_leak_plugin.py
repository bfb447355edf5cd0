"""The key-leak plugin itself, run on a small suite in a subprocess (as the real suite runs it)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parents[1]
KEY = "sk-proj-" + "L3akT3stKy" * 5

SUITE = f"""
import logging

import pytest

from aiwarden.keys import KeyRing

KEY = {KEY!r}
ring = KeyRing(environ={{"OPENAI_API_KEY": KEY}})


def test_leaks_in_a_user_logger():
    logging.getLogger("app").warning("calling with %s", KEY)


def test_clean():
    logging.getLogger("app").warning("calling")


def test_aiwarden_records_are_masked():
    logging.getLogger("aiwarden.created.later").warning("calling with %s", KEY)
    try:
        raise RuntimeError(KEY)
    except RuntimeError:
        logging.getLogger("aiwarden").exception("boom")


def test_prints_a_key():
    print("key:", KEY)


@pytest.mark.keyleak_allowed
def test_allowed():
    print("key:", KEY)
    logging.getLogger("app").error(KEY)


def test_debug_level(request):
    wanted = request.config.getoption("--keyleak-level")
    assert logging.getLogger("aiwarden").level == (logging.DEBUG if wanted else logging.NOTSET)
"""


def run_suite(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_sample.py").write_text(textwrap.dedent(SUITE))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS_DIR), os.environ.get("PYTHONPATH", "")])}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    env.pop("OPENAI_API_KEY", None)
    command = [sys.executable, "-m", "pytest", "-p", "keyleak_plugin", "-p", "no:cacheprovider", "-rA", *args]
    return subprocess.run([*command, str(tmp_path)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)


def test_leaks_fail_the_test_and_the_run(tmp_path: Path) -> None:
    result = run_suite(tmp_path)
    out = result.stdout
    assert result.returncode == 1, out
    assert "FAILED test_sample.py::test_leaks_in_a_user_logger" in out
    assert "FAILED test_sample.py::test_prints_a_key" in out
    for name in ("test_clean", "test_aiwarden_records_are_masked", "test_allowed", "test_debug_level"):
        assert f"PASSED test_sample.py::{name}" in out
    assert "log record from 'app' (WARNING) contains key sk-proj-…" in out
    assert "captured stdout call contains key sk-proj-…" in out
    assert "2 failed, 4 passed" in out


def test_the_report_never_shows_a_leaked_key(tmp_path: Path) -> None:
    out = run_suite(tmp_path, "-k", "not allowed").stdout
    assert "calling with sk-proj-…" in out  # pytest shows the captured log, masked
    assert KEY not in out


def test_debug_records_can_be_checked_too(tmp_path: Path) -> None:
    result = run_suite(tmp_path, "--keyleak-level=DEBUG", "-k", "debug_level")
    assert result.returncode == 0, result.stdout
