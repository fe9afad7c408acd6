#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/) with clang in build-fuzz/ and runs each for SECONDS
# (default 30) on a temporary corpus seeded from testdata/ and from the harness's saved
# reproducers in testdata/fuzz-crashes/ (libFuzzer runs the whole corpus before mutating it,
# so an old finding that fails again fails the run at once). A crash, leak, timeout, OOM or
# sanitizer report fails the run; its reproducer is copied to testdata/fuzz-crashes/ as
# HARNESS-KIND-SHA1 (no extension, so neither the golden tests nor a walk of testdata/ pick
# it up) and printed, gzip+base64, with the command that restores it from a log.
# Reproduce with: build-fuzz/fuzz_HARNESS testdata/fuzz-crashes/FILE
# Usage: scripts/fuzz.sh [SECONDS] [HARNESS...]   (harnesses: json yaml ndjson config lint lsp)
#   IJL_FUZZ_JOBS=N runs N harnesses at once (default 1; each uses one core).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECS=${1:-30}
shift || true
HARNESSES=("$@")
if [[ ${#HARNESSES[@]} -eq 0 ]]; then HARNESSES=(json yaml ndjson config lint lsp); fi
JOBS=${IJL_FUZZ_JOBS:-1}
BUILD=${IJL_FUZZ_BUILD:-build-fuzz}
CLANG=${IJL_FUZZ_CXX:-clang++}

# The build's own packages, then clang's: libclang-rt-14-dev holds the libFuzzer, ASan and
# UBSan runtimes (clang only recommends it, so --no-install-recommends leaves it out) and
# llvm-14 holds llvm-symbolizer-14, which the runtimes need to print file:line in traces.
bash scripts/setup.sh --packages-only
bash scripts/install-packages.sh clang libclang-rt-14-dev llvm-14

# -O1 -gline-tables-only: the usual fuzzing flags (fast to build, line numbers in traces).
# Debug, not RelWithDebInfo, so that assert() stays on: a failed assertion is a finding.
cmake -S . -B "$BUILD" -DCMAKE_CXX_COMPILER="$CLANG" -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
  -DIJL_FUZZ=ON -DIJL_STATIC=OFF -DIJL_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target $(printf 'fuzz_%s ' "${HARNESSES[@]}")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ijl-fuzz.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# Seeds. fuzz_lint's and fuzz_ndjson's first byte is a selector, so their seeds get one.
seed() {  # seed HARNESS PREFIX_HEX FILE...
  local h=$1 prefix=$2; shift 2
  mkdir -p "$WORK/$h/corpus"
  local f n=0
  for f in "$@"; do
    n=$((n + 1))
    if [[ -n "$prefix" ]]; then
      { printf "\\x$prefix"; cat "$f"; } >"$WORK/$h/corpus/seed-${prefix:-x}-$n"
    else
      cp "$f" "$WORK/$h/corpus/seed-${prefix:-x}-$n"
    fi
  done
}
mapfile -t JSON < <(find testdata -type f -name '*.json' | sort)
mapfile -t YAML < <(find testdata -type f \( -name '*.yaml' -o -name '*.yml' \) | sort)
mapfile -t NDJSON < <(find testdata -type f \( -name '*.ndjson' -o -name '*.jsonl' \) | sort)
for h in "${HARNESSES[@]}"; do
  case $h in
    json) seed json "" "${JSON[@]}" "${NDJSON[@]}" ;;
    yaml) seed yaml "" "${YAML[@]}" "${JSON[@]}" ;;
    ndjson) seed ndjson 10 "${NDJSON[@]}"; seed ndjson 8f "${NDJSON[@]}"; seed ndjson 03 "${JSON[@]:0:20}" ;;
    config)
      mkdir -p "$WORK/config/corpus"
      # the configs the tests write, plus a few by hand
      printf '%s\n' '{}' \
        '{"select": ["IJ1", "IJ2"], "ignore": ["IJ101"], "fail-on": "warning", "dialect": "auto"}' \
        '{"include": ["**/*.json", "jobs/*.yaml"], "exclude": ["build/**", "**/fixtures/*"]}' \
        '{"per-file-ignores": {"legacy/**": ["IJ103", "presigned-url-expiry"], "*.ndjson": ["IJ4"]}}' \
        '{"severity": {"IJ101": "error", "IJ3": "info"}, "dialect": "create-job"}' \
        '{"include": ["[a-z]*.json", "{a,b}/**/?.yml"], "select": ["IJ"], "ignore": []}' |
        split -l 1 - "$WORK/config/corpus/seed-"
      ;;
    lint)
      seed lint 20 "${JSON[@]}"
      seed lint 21 "${YAML[@]}" && seed lint 22 "${NDJSON[@]}"
      ;;
    lsp)
      # a client's messages as framed on the wire (byte 0: the reader's chunk size), and job
      # files, which the harness also reads as an editor's text
      mkdir -p "$WORK/lsp/corpus"
      n=0
      for body in '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}' \
        '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///j.json","languageId":"json","version":1,"text":"{\"jobId\": \"caf\u00e9\"}"}}}' \
        '{"jsonrpc":"2.0","id":"x","method":"textDocument/hover","params":{"position":{"line":0,"character":3}}}' \
        '[{"jsonrpc":"2.0","method":"exit"}]'; do
        n=$((n + 1))
        printf '\x05Content-Length: %d\r\n\r\n%sContent-Length: 2\r\n\r\n{}' "${#body}" "$body" >"$WORK/lsp/corpus/seed-msg-$n"
      done
      printf '\x01Content-Length: x\r\n\r\nContent-Length: 4\r\ncontent-length: 5\r\n\r\n' >"$WORK/lsp/corpus/seed-bad-1"
      seed lsp 07 "${JSON[@]:0:20}" "${YAML[@]:0:20}"
      ;;
    *) echo "fuzz.sh: unknown harness $h" >&2; exit 2 ;;
  esac
  # The saved reproducers are raw harness inputs (selector byte included): copied as they are.
  for f in testdata/fuzz-crashes/"$h"-*; do
    if [[ -f "$f" ]]; then cp "$f" "$WORK/$h/corpus/"; fi
  done
done

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:allocator_may_return_null=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

# CI throws its clone away: print the reproducer so that it can be pasted back from the log.
print_restore() {  # print_restore FILE NAME
  local file=$1 name=$2 h=${2%%-*}
  echo "----- reproducer testdata/fuzz-crashes/$name ($(wc -c <"$file") bytes) -----"
  echo "To restore it, paste the lines from mkdir to IJL_REPRODUCER into a shell at the root of a clone"
  echo "(the name ends in the file's SHA-1, which the last command prints):"
  echo "mkdir -p testdata/fuzz-crashes && base64 -d <<'IJL_REPRODUCER' | gunzip >testdata/fuzz-crashes/$name && sha1sum testdata/fuzz-crashes/$name"
  gzip -9n <"$file" | base64 -w 76
  echo "IJL_REPRODUCER"
  echo "Reproduce: bash scripts/fuzz.sh 1 $h (replays it first), or build-fuzz/fuzz_$h testdata/fuzz-crashes/$name"
  echo "Commit it with the fix: the test suite replays it from then on (ctest -R fuzz_replay_$h)."
  echo "-----"
}

run_one() {  # run_one HARNESS: 0 clean, 1 found something
  local h=$1 dir=$WORK/$1
  mkdir -p "$dir/artifacts"
  local start=$SECONDS rc=0
  "$ROOT/$BUILD/fuzz_$h" "$dir/corpus" -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/" >"$dir/log" 2>&1 || rc=$?
  cp "$dir/log" "$ROOT/$BUILD/fuzz_$h.log"
  local execs
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/log" | grep -o '[0-9]*$' || echo '?')
  local found=0 a
  for a in "$dir"/artifacts/*; do
    [[ -e "$a" ]] || continue
    found=1
  done
  if [[ $rc -eq 0 && $found -eq 0 ]]; then
    local cov
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9a-zA-Z]+' "$dir/log" | tail -1 || true)
    echo "fuzz_$h: ok ($((SECONDS - start)) s, $execs runs, $cov)"
    return 0
  fi
  echo "fuzz_$h: FAILED (exit $rc, $((SECONDS - start)) s, $execs runs); log tail (whole log: $BUILD/fuzz_$h.log):"
  { grep -m 40 -E 'ERROR|SUMMARY|runtime error|fuzz invariant|==[0-9]+==|#[0-9]+ 0x' "$dir/log" || true; } | sed 's/^/  /'
  for a in "$dir"/artifacts/*; do
    [[ -e "$a" ]] || continue
    local kind sha name known=""
    kind=$(basename "$a"); kind=${kind%%-*}  # crash, leak, timeout, oom, slow-unit
    sha=$(sha1sum "$a" | cut -c1-40)
    name=$h-$kind-$sha
    mkdir -p "$ROOT/testdata/fuzz-crashes"
    for f in "$ROOT"/testdata/fuzz-crashes/"$h"-*; do
      if [[ -f "$f" ]] && cmp -s "$a" "$f"; then known=$(basename "$f"); fi
    done
    if [[ -n "$known" ]]; then
      echo "fuzz_$h: $kind on the saved reproducer testdata/fuzz-crashes/$known (it fails again)"
    else
      cp "$a" "$ROOT/testdata/fuzz-crashes/$name"
      echo "fuzz_$h: $kind -> testdata/fuzz-crashes/$name"
      print_restore "$a" "$name"
    fi
  done
  return 1
}

passed=0 failed=0
if [[ $JOBS -le 1 ]]; then
  for h in "${HARNESSES[@]}"; do
    if run_one "$h"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  done
else
  # batches of JOBS harnesses at a time; each report is printed whole once its batch is done
  for ((i = 0; i < ${#HARNESSES[@]}; i += JOBS)); do
    pids=()
    for h in "${HARNESSES[@]:i:JOBS}"; do run_one "$h" >"$WORK/$h.report" 2>&1 & pids+=($!); done
    for p in "${pids[@]}"; do
      if wait "$p"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    done
    for h in "${HARNESSES[@]:i:JOBS}"; do cat "$WORK/$h.report"; done
  done
fi
echo "fuzz: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
