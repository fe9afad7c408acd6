#!/usr/bin/env bash
# The linter's threads under ThreadSanitizer: builds iotjob-lint alone with
# -fsanitize=thread in build-tsan/ and lints, with 2 and 4 threads, what exercises them: many
# small files (the prefetching pool), NDJSON files of several blocks (the block ring) among
# them, and NDJSON on stdin. Any report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${IJL_TSAN_BUILD:-build-tsan}
CXX=${CXX:-clang++}

bash scripts/setup.sh --packages-only
bash scripts/install-packages.sh clang libclang-rt-14-dev llvm-14

cmake -S . -B "$BUILD" -DCMAKE_CXX_COMPILER="$CXX" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
  -DCMAKE_CXX_FLAGS="-fsanitize=thread" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" \
  -DIJL_STATIC=OFF -DIJL_TESTS=OFF -DIJL_BENCH=OFF >/dev/null
cmake --build "$BUILD" --target iotjob-lint -j"$(nproc)"

corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
# 600 job files and 6,000 catalog records (3.7 MB: four blocks), 30% with a mistake
python3 bench/gen_corpus.py --files 600 --records 6000 --bad 0.3 "$corpus" >/dev/null

export TSAN_OPTIONS="halt_on_error=1:exitcode=66:second_deadlock_stack=1${TSAN_OPTIONS:+:$TSAN_OPTIONS}"
lint() {
  local status=0
  "$BUILD/iotjob-lint" --no-config --now 2026-11-27T00:00:00Z "$@" >/dev/null || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
    echo "tsan.sh: iotjob-lint $* exited $status (66: a ThreadSanitizer report)" >&2
    exit 1
  fi
}
for jobs in 2 4; do
  lint -j "$jobs" --format json "$corpus"
  lint -j "$jobs" --format sarif "$corpus/fleet.ndjson" "$corpus/files" testdata/examples
  lint -j "$jobs" --format json-lines --stdin-filename fleet.ndjson - <"$corpus/fleet.ndjson"
done
echo "tsan.sh: no ThreadSanitizer report"
