"""pytest plugin: no configured provider key value ever appears in the suite's log output.

Registered by ``tests/conftest.py`` (``pytest_plugins``). For every test it checks

- every log record emitted while the test runs, from any logger (a handler on the root logger and
  one on ``aiwarden``, in case a test stops propagation), message, exception and stack included;
- the test report's captured sections (log, stdout, stderr);

against every key value a :class:`~aiwarden.keys.KeyRing` loaded in this process plus the values
of ``*_API_KEY*`` environment variables. A test that leaks fails with a message naming where the
leak was (masked), and the whole run then fails. ``--keyleak-level=DEBUG`` lowers the ``aiwarden``
loggers' level so that debug records are formatted and checked too. A test that must write a raw
key on purpose (to test this very plugin) is marked ``@pytest.mark.keyleak_allowed``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator

import pytest

from aiwarden.keys import mask
from aiwarden.keys.masking import registered_values

_ENV_KEY = re.compile(r"_API_KEY(_NEXT)?$|^(OPENAI|ANTHROPIC|AZURE_OPENAI|GEMINI|GOOGLE)_.*KEY$")


def _configured_values() -> set[str]:
    values = set(registered_values())
    values.update(v.strip() for k, v in os.environ.items() if _ENV_KEY.search(k) and len(v.strip()) >= 16)
    return values


def _leaks(text: str, values: set[str]) -> Iterator[str]:
    for value in values:
        if value in text:
            yield mask(value)


def _masked(text: str, values: set[str]) -> str:
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, mask(value))
    return text


class _LeakHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.found: list[str] = []
        self._seen: set[int] = set()
        self._formatter = logging.Formatter()

    def emit(self, record: logging.LogRecord) -> None:
        if id(record) in self._seen:
            return
        self._seen.add(id(record))
        try:
            text = record.getMessage()
        except Exception:
            text = f"{record.msg} {record.args}"
        if record.exc_info and not record.exc_text:
            text += self._formatter.formatException(record.exc_info)
        text += (record.exc_text or "") + (record.stack_info or "")
        for shown in _leaks(text, _configured_values()):
            self.found.append(f"log record from {record.name!r} ({record.levelname}) contains key {shown}")

    def take(self) -> list[str]:
        found, self.found = self.found, []
        self._seen.clear()
        return found


_handler = _LeakHandler()
_failures: list[str] = []


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--keyleak-level",
        default=None,
        help="lower the aiwarden loggers to this level (e.g. DEBUG) so those records are checked for keys too",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "keyleak_allowed: the test writes a raw key on purpose; skip the leak check")
    logging.getLogger().addHandler(_handler)
    logging.getLogger("aiwarden").addHandler(_handler)
    level = config.getoption("--keyleak-level")
    if level:
        logging.getLogger("aiwarden").setLevel(level.upper())


def pytest_unconfigure(config: pytest.Config) -> None:
    logging.getLogger().removeHandler(_handler)
    logging.getLogger("aiwarden").removeHandler(_handler)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    found = _handler.take()
    values = _configured_values()
    # A report carries the sections of the phases before it too; check each phase's own once.
    for title, content in report.sections:
        if title.endswith(f" {report.when}"):
            found.extend(f"{title.lower()} contains key {shown}" for shown in _leaks(content, values))
    if not found or item.get_closest_marker("keyleak_allowed"):
        return
    # pytest prints the captured sections of a failed test: mask them so the report shows no key.
    report.sections = [(title, _masked(content, values)) for title, content in report.sections]
    message = "a provider key value leaked:\n  " + "\n  ".join(sorted(set(found)))
    _failures.append(f"{item.nodeid} ({report.when}): {message}")
    if report.passed:
        report.outcome = "failed"
        report.longrepr = message
    else:
        report.sections.append(("key leak", message))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _failures and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _failures:
        terminalreporter.section("provider key leaks", red=True)
        for line in _failures:
            terminalreporter.line(line)
