"""What every command shares: the same flags, tables, dollars, ISO 8601 times, a progress bar.

* Every command's parser comes from :func:`add_command`, its help one text (``<COMMAND>_HELP``):
  a summary line, a description, and its exit codes.
* ``--policy FILE`` (default ``$AIWARDEN_POLICY``), ``--storage URI`` (default
  ``$AIWARDEN_STORAGE_URI``) and ``--json`` mean the same thing on every command that takes them.
* Tables by default, for people; ``--json`` for machines. Money is printed as dollars (``$0.000048``),
  times as ISO 8601 in UTC (``2026-12-06T22:17:33Z``), in tables and JSON alike.
* A progress bar (tqdm) on stderr for long runs, only when stderr is a terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, TextIO, TypeVar

from ..errors import ConfigurationError
from ..policy import Policy, load_policy

T = TypeVar("T")

#: Runs shorter than this show no progress bar.
PROGRESS_MIN_ITEMS = 500


def add_command(
    sub: Any, name: str, text: str, *, handler: Callable[[argparse.Namespace], int] | None = None
) -> argparse.ArgumentParser:
    """The parser of command ``name`` under ``sub`` (an ``add_subparsers()`` action), its help written
    as one text: the first line is its line in ``aiwarden --help``, the paragraphs after it head its
    own ``--help``, and the last one, ``Exit status: ...``, ends it (argparse re-wraps them all).
    ``handler(args)`` runs the command and returns its exit status."""
    summary, _, rest = text.strip().partition("\n\n")
    description, _, exits = rest.rpartition("\n\nExit status: ")
    if not exits.strip() or "\n" in summary:
        raise ValueError(f"{name}: the help needs a one-line summary, a description and an 'Exit status:' paragraph")
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=summary, description=description, epilog=f"Exit status: {exits}"
    )
    if handler is not None:
        parser.set_defaults(handler=handler)
    return parser


def add_policy(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--policy", metavar="FILE", help="policy TOML file (default: $AIWARDEN_POLICY, else the built-in defaults)"
    )


def add_storage(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--storage",
        metavar="URI",
        help="storage URI, e.g. redis://localhost:6379/0 (default: $AIWARDEN_STORAGE_URI, else the policy's)",
    )


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (for scripts) instead of a table")


def policy_of(args: argparse.Namespace, *, required: bool = False, why: str = "") -> Policy:
    """The policy named by ``--policy`` or ``$AIWARDEN_POLICY``; with ``required``, refuse the defaults."""
    source = getattr(args, "policy", None)
    if required and not source and not os.environ.get("AIWARDEN_POLICY"):
        raise ConfigurationError(
            "--policy", f"name the policy your servers use (--policy FILE or $AIWARDEN_POLICY){why}"
        )
    policy = load_policy(source)
    storage = getattr(args, "storage", None)
    if storage:
        policy = policy.with_storage(storage)
        policy.storage.validate()
    return policy


def usd(micros: int | None) -> str:
    """Micro-dollars as dollars, every digit kept: ``48`` → ``$0.000048``, ``1_250_000`` → ``$1.25``."""
    if micros is None:
        return "-"
    sign = "-" if micros < 0 else ""
    whole, frac = divmod(abs(micros), 1_000_000)
    digits = f"{frac:06d}".rstrip("0")
    return f"{sign}${whole:,}.{digits.ljust(2, '0')}"


def iso(timestamp: float | None) -> str | None:
    """A Unix time as ISO 8601 UTC, to the second: ``2026-12-06T22:17:33Z``."""
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def table(header: Sequence[str], rows: Iterable[Sequence[Any]], out: TextIO | None = None, *, right: int = 0) -> None:
    """Print an aligned text table; the last ``right`` columns are right-aligned (numbers)."""
    out = out or sys.stdout
    cells = [[str(c) for c in header], *([("-" if c is None else str(c)) for c in row] for row in rows)]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    first_right = len(header) - right
    for r in cells:
        parts = [c.rjust(w) if i >= first_right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))]
        out.write("  ".join(parts).rstrip() + "\n")


def progress(
    items: Sequence[T], what: str, *, total: int | None = None, step: int = 1, stream: TextIO | None = None
) -> Iterator[T]:
    """Iterate ``items`` with a progress bar on stderr when it is a terminal and the run is long.

    ``total`` and ``step``: each item stands for ``step`` units of ``total`` (batches of texts).
    """
    stream = stream or sys.stderr
    total = len(items) if total is None else total
    if total < PROGRESS_MIN_ITEMS or not stream.isatty():
        yield from items
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=what, unit=" " + what.split()[0], file=stream, leave=False, delay=0.5) as bar:
        for item in items:
            yield item
            bar.update(min(step, total - bar.n))


def counting(items: Iterable[T], what: str, *, stream: TextIO | None = None) -> Iterator[T]:
    """Iterate ``items`` of unknown number with a running count on stderr (a terminal only), shown
    once the run has taken half a second."""
    stream = stream or sys.stderr
    if not stream.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, desc=what, unit=" " + what.split()[0], file=stream, leave=False, delay=0.5)
