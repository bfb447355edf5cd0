"""The package's shape: the core imports no web framework, the public API is importable."""

from __future__ import annotations

import subprocess
import sys


def test_the_core_imports_no_web_framework() -> None:
    code = (
        "import sys, aiwarden, aiwarden.protocols, aiwarden.cli\n"
        "from aiwarden import Warden\n"
        "Warden({'auth': {'required': False, 'anonymous_tier': 'default'}})\n"
        "aiwarden.cli.build_parser()\n"
        "loaded = sorted(m for m in ('starlette', 'fastapi', 'django', 'flask') if m in sys.modules)\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_public_api() -> None:
    import aiwarden

    for name in aiwarden.__all__:
        assert getattr(aiwarden, name) is not None
    assert aiwarden.__version__
