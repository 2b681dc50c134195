#!/usr/bin/env bash
# All the tests: the library's JUnit tests (mvn verify), then pytest over tests/: every notebook executed on the
# JJava kernel (errors, stderr, slow cells; times in build/notebook-times.csv), notebook hygiene, pinned
# environment drift, and a browser check in JupyterLab (screenshots in build/screenshots/).
# Run ./setup.sh once first. Extra arguments go to pytest (e.g. ./test.sh -k hygiene).
set -uo pipefail
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || { echo "test.sh: no .venv/: run ./setup.sh first"; exit 1; }

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian's chromium for the browser tests"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null \
    || { echo "test.sh: could not install chromium (apt-get install chromium)"; exit 1; }
fi

echo "== mvn -B verify (library tests)"
mvn -B verify
maven=$?
[ $maven = 0 ] || echo "test.sh: mvn verify FAILED (exit $maven); running pytest anyway"

echo "== pytest tests/"
.venv/bin/python -m pytest tests "$@"
pytest=$?
[ $maven = 0 ] && [ $pytest = 0 ]
