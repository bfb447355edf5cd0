#!/usr/bin/env python
"""The Django example: an OpenAI- and Anthropic-compatible API guarded by aiwarden.

    python examples/django_app/manage.py runserver 127.0.0.1:8000          # needs AIWARDEN_JWT_SECRET
    python examples/django_app/manage.py runserver --dev 127.0.0.1:8000    # generates one, prints tokens

ASGI: ``uvicorn --app-dir examples/django_app project.asgi:application``;
WSGI: ``gunicorn --chdir examples/django_app project.wsgi``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
    dev = "--dev" in sys.argv
    if dev:
        sys.argv.remove("--dev")
    if "runserver" in sys.argv and not os.environ.get("RUN_MAIN"):  # once, not again in the reloader's child
        from _common import prepare_auth

        prepare_auth(dev=dev)
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
