"""``aiwarden check-policy FILE``: validate a policy file and print it resolved, or the error."""

from __future__ import annotations

import argparse
import json
from typing import Any

from .policy import load_policy


def register(sub: Any) -> None:
    p = sub.add_parser("check-policy", help="validate a policy TOML file (default: $AIWARDEN_POLICY)")
    p.add_argument("file", nargs="?", help="policy TOML file")
    p.add_argument("--print", action="store_true", help="print the resolved policy as JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    policy = load_policy(args.file)
    if args.print:
        print(json.dumps(policy.to_dict(), indent=2, default=str))
    else:
        print("policy OK")
    return 0
