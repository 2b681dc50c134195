#!/usr/bin/env bash
# Runs the JMH benchmarks and prints the ratios the README quotes: TrainingBenchmark (about 3.5 minutes on 2 cores:
# 4 contenders x 2 networks x 3 forks) and TanhBenchmark (about half a minute); exits 1 if a target is missed.
# Extra arguments go to JMH, e.g. ./bench/run.sh Tanh to run only the tanh benchmark, or -wi 1 -i 2 for a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f bench/target/benchmarks.jar ] || mvn -B -q -DskipTests package
mkdir -p build
java -jar bench/target/benchmarks.jar -rf json -rff build/bench.json "$@"
python3 bench/ratios.py build/bench.json
