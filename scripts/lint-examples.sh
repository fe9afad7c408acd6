#!/usr/bin/env bash
# Sets up, then lints testdata/examples/. The create-job examples are scheduled relative to
# 2026-11-27, so the reference time is fixed; findings (exit 1) are the point of the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
status=0
./build/iotjob-lint --now 2026-11-27T00:00:00Z "$@" testdata/examples/ || status=$?
[ "$status" -le 1 ] || exit "$status"
