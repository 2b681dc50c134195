#!/usr/bin/env bash
# Open JupyterLab on notebooks/ with the environment that ./setup.sh made. Extra arguments go to jupyter lab.
cd "$(dirname "$0")"
[ -x .venv/bin/jupyter ] || { echo "lab.sh: no .venv/bin/jupyter: run ./setup.sh first"; exit 1; }
root=(); [ "$(id -u)" = 0 ] && root=(--allow-root)  # Jupyter refuses to run as root without it
exec .venv/bin/jupyter lab --notebook-dir=notebooks "${root[@]}" "$@"
