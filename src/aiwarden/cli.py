"""The ``aiwarden`` command.

Each concern contributes its subcommands from its own module (``cli_<concern>.py`` with a
``register(subparsers)`` function); this module only assembles them::

    aiwarden token --sub alice --tier pro       # a development JWT
    aiwarden scan prompts.jsonl --text-field text
    aiwarden keys                               # key ring status; non-zero past max age
    aiwarden killswitch on|off|status
    aiwarden usage alice
    aiwarden report audit.jsonl --json
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .errors import AiwardenError

_MODULES = ("cli_auth", "cli_scan", "cli_keys", "cli_quota", "cli_report", "cli_policy")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aiwarden", description="Guard LLM-backed web endpoints.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _MODULES:
        try:
            module = importlib.import_module(f"aiwarden.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"aiwarden.{name}":
                raise
            continue
        module.register(sub)
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


if __name__ == "__main__":
    sys.exit(main())
