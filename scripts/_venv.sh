# Sourced by scripts/*: create .venv on first use and install aiwarden with every extra and the
# test tools. Re-installs only when pyproject.toml changed since the last install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
. .venv/bin/activate
stamp=.venv/.aiwarden-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    python -m pip install -q --upgrade pip
    python -m pip install -q -e ".[all]" --group test
    touch "$stamp"
fi
