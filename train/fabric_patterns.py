"""Public benign system prompts for measuring persona false positives: every ``data/patterns/*/system.md``
of danielmiessler/fabric (MIT) at commit 272f04dd (225 prompt templates: "# IDENTITY and PURPOSE",
"# OUTPUT INSTRUCTIONS", "Only output Markdown", "Do not output warnings or notes" ...).

Not copied into this repository: read from a local git clone of that repository at the pinned commit
(``FABRIC_REPO``, default ``/work/.mirror/danielmiessler+fabric/repo``), and sealed like the sets in
``train/sealed/``: measured at the start and the end of session 9 only, never tuned on.
``python train/eval_wild.py --set fabric``.
"""

from __future__ import annotations

import os
import subprocess

COMMIT = "272f04dd3278f99bee49e94a7747b54708745a5d"
REPO = os.environ.get("FABRIC_REPO", "/work/.mirror/danielmiessler+fabric/repo")


def _load() -> list[str]:
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", REPO, *args], check=True, capture_output=True, text=True).stdout

    paths = [p for p in git("ls-tree", "-r", "--name-only", COMMIT).splitlines()]
    paths = sorted(p for p in paths if p.startswith("data/patterns/") and p.endswith("/system.md"))
    return [git("show", f"{COMMIT}:{p}") for p in paths]


BENIGN: dict[str, list[str]] = {"fabric_patterns": _load()}
ATTACKS: dict[str, list[str]] = {}
