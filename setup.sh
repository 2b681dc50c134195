#!/usr/bin/env bash
# Set up everything the notebooks need, then run them all (the main job).
#   ./setup.sh            .venv/ from requirements.txt, Maven build, plotly.js and MathJax via npm, Java kernelspec, run notebooks
#   ./setup.sh --no-run   the same without running the notebooks
#   ./setup.sh --conda    use the active conda environment (environment.yml) instead of creating .venv/
# Re-running is safe and fast: a step whose inputs did not change since it last succeeded is skipped.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
STAMPS=.setup-stamps
RUN=1
CONDA=0
for arg in "$@"; do
  case "$arg" in
    --no-run) RUN=0 ;;
    --conda) CONDA=1 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown option $arg (see ./setup.sh --help)"; exit 2 ;;
  esac
done
mkdir -p "$STAMPS"

step() { printf '\n== %s\n' "$*"; }
fail() { echo "setup.sh: $*"; exit 1; }
hash_of() { cat "$@" | sha256sum | cut -d' ' -f1; }
# done_before NAME HASH: true when step NAME last succeeded with inputs of this HASH
done_before() { [ -f "$STAMPS/$1" ] && [ "$(cat "$STAMPS/$1")" = "$2" ]; }
mark_done() { echo "$2" > "$STAMPS/$1"; }

step "Checking the tools (Java 17+, Maven, Python 3.9+, Node/npm)"
command -v java >/dev/null || fail "java not found: install a JDK 17 or newer (Debian: apt-get install openjdk-17-jdk)"
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
[ "${java_major:-0}" -ge 17 ] || fail "Java ${java_major:-?} found; the notebooks need Java 17 or newer"
command -v mvn >/dev/null || fail "mvn not found: install Maven 3.8+ (Debian: apt-get install maven)"
command -v npm >/dev/null || fail "npm not found: install Node.js 18+ with npm (Debian: apt-get install nodejs npm)"
if [ "$CONDA" = 1 ]; then
  [ -n "${CONDA_PREFIX:-}" ] || fail "--conda: no active conda environment (conda env create -f environment.yml; conda activate nnlearn)"
  PY="$CONDA_PREFIX/bin/python"
else
  PY=$(command -v python3 || true)
  [ -n "$PY" ] || fail "python3 not found: install Python 3.9 or newer"
fi
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 9))' || fail "$("$PY" -V) found; Python 3.9 or newer is needed"
echo "java $java_major, $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'), $("$PY" -V), node $(node -v)"

step "Python environment (.venv/ from requirements.txt)"
if [ "$CONDA" = 1 ]; then
  if [ ! -L .venv ] || [ "$(readlink .venv)" != "$CONDA_PREFIX" ]; then
    [ -e .venv ] && [ ! -L .venv ] && fail ".venv/ exists as a folder; remove it to use the conda environment"
    ln -sfn "$CONDA_PREFIX" .venv
  fi
  echo ".venv -> $CONDA_PREFIX (packages from environment.yml)"
else
  req_hash=$(hash_of requirements.txt)
  if [ -x .venv/bin/python ] && done_before venv "$req_hash"; then
    echo "up to date"
  else
    [ -x .venv/bin/python ] || "$PY" -m venv .venv
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
    mark_done venv "$req_hash"
    echo "installed the requirements"
  fi
fi

step "Java library (mvn package, tests skipped: ./test.sh runs them)"
jar=lib/target/nnlearn.jar
if [ -f "$jar" ] && [ -d lib/target/lib ] && [ -z "$(find pom.xml lib/pom.xml lib/src bench/pom.xml bench/src -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
  echo "up to date ($jar)"
else
  mvn -B -q -DskipTests package
  echo "built $jar and lib/target/lib/ ($(ls lib/target/lib | wc -l) jars)"
fi

step "plotly.js and MathJax (npm ci from package-lock.json, offline after this)"
lock_hash=$(hash_of package.json package-lock.json)
if [ -f node_modules/plotly.js-cartesian-dist-min/plotly-cartesian.min.js ] && [ -f node_modules/mathjax/es5/tex-svg-full.js ] \
    && done_before npm "$lock_hash"; then
  echo "up to date"
else
  npm ci --no-audit --no-fund --loglevel=error
  mark_done npm "$lock_hash"
fi

step "Java kernelspec 'java' in $(.venv/bin/python -c 'import sys; print(sys.prefix)')"
.venv/bin/python scripts/install_kernel.py

if [ "$RUN" = 1 ]; then
  step "Running every notebook (scripts/run_notebooks.py)"
  .venv/bin/python scripts/run_notebooks.py
fi
printf '\nReady. Open the notebooks with ./lab.sh (JupyterLab) and run the tests with ./test.sh\n'
