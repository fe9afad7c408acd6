#!/usr/bin/env bash
# Builds the project and its whole test suite with AddressSanitizer + UndefinedBehaviorSanitizer
# in build-asan/ and runs every test; any sanitizer report (a leak included) fails the run.
# Usage: scripts/sanitize.sh        CXX=g++ picks another compiler (default clang++)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${IJL_ASAN_BUILD:-build-asan}
CXX=${CXX:-clang++}

# The build's own packages, then clang's: libclang-rt-14-dev holds the ASan and UBSan runtimes
# (clang only recommends it, so --no-install-recommends leaves it out) and llvm-14 holds
# llvm-symbolizer-14, which the runtimes need to print file:line in stack traces.
bash scripts/setup.sh --packages-only
bash scripts/install-packages.sh clang libclang-rt-14-dev llvm-14

# clang, not g++: it compiles this code in about two thirds of the time. -O1: ASan's advice
# (much faster to run than -O0, faster to compile than -O2); -g1: line tables are all a report
# needs. Debug, not RelWithDebInfo, so that assert() stays on.
cmake -S . -B "$BUILD" -DCMAKE_CXX_COMPILER="$CXX" -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DIJL_SANITIZE=ON -DIJL_STATIC=OFF -DIJL_TESTS=ON >/dev/null
cmake --build "$BUILD" -j"$(nproc)"

# halt_on_error/abort_on_error: a report is a failure, never a warning that scrolls past.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:exitcode=23:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=24${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="exitcode=23${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

# 1. The GoogleTest cases, one process per core (gtest's sharding), not one per case as ctest
# runs them: an instrumented process costs about 0.3 s of CPU to start and end, which over
# 650 cases was nine tenths of the run. (Hostile.* drop their `ulimit -v` in this build:
# ASan reserves terabytes of address space for its shadow memory.)
SHARDS=$(nproc)
pids=()
for ((i = 0; i < SHARDS; i++)); do
  (cd "$BUILD" && GTEST_TOTAL_SHARDS=$SHARDS GTEST_SHARD_INDEX=$i \
    timeout 900 ./ijl_tests --gtest_brief=1 >"gtest-shard-$i.log" 2>&1) &
  pids+=($!)
done
status=0
for ((i = 0; i < SHARDS; i++)); do
  if wait "${pids[$i]}"; then
    tail -n 1 "$BUILD/gtest-shard-$i.log" | sed "s/^/ijl_tests shard $i: /"
  else
    echo "ijl_tests shard $i FAILED:"
    cat "$BUILD/gtest-shard-$i.log"
    status=1
  fi
done

# 2. Every other test through ctest: sarif_validate, botocore_oracle and precommit_e2e run the
# instrumented binary on inputs the unit tests do not (the oracle's hundreds of mutations) and
# fail on any exit code above 1, which a sanitizer report is; fuzz_replay_* replay the fuzz
# reproducers. Left out: -LE slow, precommit_e2e_build, where pre-commit builds its own linter
# with its own flags, so nothing instrumented runs, and it takes minutes.
others=$(ctest --test-dir "$BUILD" -LE slow --show-only=json-v1 | python3 -c '
import json, re, sys
tests = json.load(sys.stdin)["tests"]
print("|".join(re.escape(t["name"]) for t in tests if not t["command"][0].endswith("/ijl_tests")))')
ctest --test-dir "$BUILD" --output-on-failure -j"$(nproc)" -LE slow -R "^($others)\$" || status=1
exit $status
