"""The ``aiwarden`` command (also ``python -m aiwarden``).

One module per command group, each with a ``register(subparsers)`` function; this module only
assembles them::

    aiwarden token --sub alice --tier pro       # a development JWT            (token.py)
    aiwarden scan prompts.jsonl --text-field text                            # (scan.py)
    aiwarden keys                               # key ring status             (keys.py)
    aiwarden killswitch on|off|status           #                              (quota.py)
    aiwarden usage alice --policy policy.toml   #                              (quota.py)
    aiwarden report audit.jsonl                 # spend and refusals           (report.py)
    aiwarden check-policy policy.toml --connect # the policy and its environment (policy.py)
    aiwarden policy schema > policy.schema.json # JSON Schema for editors      (policy.py)

Shared flags, tables, dollars and times: ``_common.py``. Exit status 2 always means a usage or
configuration error; each command's ``--help`` lists its own.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..errors import AiwardenError
from . import keys, policy, quota, report, scan, token

__all__ = ["build_parser", "main"]

_GROUPS = (token, scan, keys, quota, report, policy)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("aiwarden")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aiwarden",
        description="Guard LLM-backed web endpoints: tokens, scans, keys, the kill switch, usage and reports.",
        epilog="Run 'aiwarden COMMAND --help' for a command's options and exit codes. "
        "Exit status 2 means a usage or configuration error, for every command.",
    )
    parser.add_argument("--version", action="version", version=f"aiwarden {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in _GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args) or 0)
    except AiwardenError as exc:
        print(f"aiwarden: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("aiwarden: interrupted", file=sys.stderr)
        return 130
