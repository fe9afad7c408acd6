#!/usr/bin/env bash
# Micro-benchmarks (Google Benchmark, bench/micro/): builds build-bench in Release and prints
# the median of 5 repetitions of each; the full aggregates go to build-bench/micro.json.
# usage: bench/micro.sh [BENCHMARK FLAGS...]   e.g. --benchmark_filter=render_report
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-bench
# a new build folder needs no GoogleTest; an existing one keeps its own choice
tests=()
[ -f "$build/CMakeCache.txt" ] || tests=(-DIJL_TESTS=OFF)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DIJL_BENCH=ON "${tests[@]}" >/dev/null
cmake --build "$build" --target ijl_bench -j"$(nproc)" >/dev/null
[ -x "$build/ijl_bench" ] || { echo "micro.sh: ijl_bench was not built (is libbenchmark-dev installed?)" >&2; exit 1; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -r)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/ijl_bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_color=false --benchmark_out="$build/micro.json" --benchmark_out_format=json "$@" |
  grep -Ev '_(mean|stddev|cv) '
