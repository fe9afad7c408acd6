#!/usr/bin/env bash
# Whole-process benchmarks: iotjob-lint beside the floors `cat` and `jq empty` on the same
# inputs. usage: bench/run.sh [BINARY] [CORPUS_DIR]   (needs hyperfine, jq, GNU time)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/iotjob-lint}
corpus=${2:-/tmp/iotjob-lint-bench}
now=2026-11-27T00:00:00Z
[ -f "$corpus/fleet.ndjson" ] || python3 bench/gen_corpus.py "$corpus"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -r)"
echo "binary: $bin ($("$bin" --version))"

median() { jq -r '.results[] | "\(.command)\t\(.median)"' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo
echo "== one file (median of many runs) =="
hyperfine -N --warmup 10 --min-runs 100 --export-json /tmp/bench-one.json \
  "cat $corpus/one.json" "jq empty $corpus/one.json" "$bin --now $now -q $corpus/one.json" >/dev/null || true
median /tmp/bench-one.json
one=$(jq -r '.results[2].median' /tmp/bench-one.json)
echo "iotjob-lint / cat = $(ratio "$one" "$(jq -r '.results[0].median' /tmp/bench-one.json)"); jq empty / iotjob-lint = $(ratio "$(jq -r '.results[1].median' /tmp/bench-one.json)" "$one")"

echo
echo "== 10,000 files in one invocation =="
# shell globbing would be the bottleneck for jq; pass the directory to the linter as users do
hyperfine --warmup 1 --min-runs 5 -i --export-json /tmp/bench-many.json \
  "cat $corpus/files/*.json" "jq empty $corpus/files/*.json" "$bin --now $now -q $corpus/files" >/dev/null
median /tmp/bench-many.json
lint=$(jq -r '.results[2].median' /tmp/bench-many.json)
jqm=$(jq -r '.results[1].median' /tmp/bench-many.json)
echo "files/s: $(awk -v t="$lint" 'BEGIN { printf "%.0f", 10000 / t }'); jq empty / iotjob-lint = $(ratio "$jqm" "$lint") (of the medians)"
# the machine's speed drifts over minutes: the ratio of runs made back to back is steadier
echo "paired, A = jq empty, B = iotjob-lint: $(python3 bench/paired.py 10 "jq empty $corpus/files/*.json" "$bin --now $now -q $corpus/files")"

echo
echo "== NDJSON: $(wc -l < "$corpus/fleet.ndjson") catalog records =="
size=$(stat -c %s "$corpus/fleet.ndjson")
hyperfine --warmup 1 --min-runs 3 -i --export-json /tmp/bench-ndjson.json \
  "cat $corpus/fleet.ndjson" "jq empty $corpus/fleet.ndjson" "$bin --now $now -q --format concise $corpus/fleet.ndjson -o /dev/null" >/dev/null
median /tmp/bench-ndjson.json
for i in 1 2; do
  t=$(jq -r ".results[$i].median" /tmp/bench-ndjson.json)
  echo "$(jq -r ".results[$i].command" /tmp/bench-ndjson.json | cut -d' ' -f1-2): $(awk -v s="$size" -v t="$t" 'BEGIN { printf "%.0f", s / t / 1e6 }') MB/s"
done
echo "jq empty / iotjob-lint = $(ratio "$(jq -r '.results[1].median' /tmp/bench-ndjson.json)" "$(jq -r '.results[2].median' /tmp/bench-ndjson.json)") (of the medians)"
echo "paired, A = jq empty, B = iotjob-lint: $(python3 bench/paired.py 3 "jq empty $corpus/fleet.ndjson" "$bin --now $now -q --format concise $corpus/fleet.ndjson -o /dev/null")"
# from 16 MiB of NDJSON the linter hands over to its companion when one is beside it
if [ -x "$(dirname "$bin")/iotjob-lint-simdjson" ]; then
  echo "(the runs above were the companion's, $(dirname "$bin")/iotjob-lint-simdjson; without it:)"
  echo "paired, A = jq empty, B = IOTJOB_LINT_COMPANION=off iotjob-lint: $(python3 bench/paired.py 3 "jq empty $corpus/fleet.ndjson" "IOTJOB_LINT_COMPANION=off $bin --now $now -q --format concise $corpus/fleet.ndjson -o /dev/null")"
fi
echo
echo "== peak RSS on the NDJSON export, per report format (report to /dev/null) =="
echo "findings: $("$bin" --now "$now" -q --format json-lines "$corpus/fleet.ndjson" | wc -l)"
for format in concise text json json-lines sarif gitlab junit github; do
  /usr/bin/time -v "$bin" --now "$now" -q --format "$format" "$corpus/fleet.ndjson" -o /dev/null 2>/tmp/bench-rss.txt || true
  echo "$format: $(awk '/Maximum resident/ { printf "%.1f MB", $6 / 1024 }' /tmp/bench-rss.txt)"
done
