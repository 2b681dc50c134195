#!/usr/bin/env bash
# Runs the JMH benchmark (about 4 minutes on 2 cores) and prints the ratios the README quotes.
# Extra arguments go to JMH, e.g. ./bench/run.sh -wi 1 -i 2 for a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f bench/target/benchmarks.jar ] || mvn -B -q -DskipTests package
mkdir -p build
java -jar bench/target/benchmarks.jar -rf json -rff build/bench.json "$@"
python3 bench/ratios.py build/bench.json
