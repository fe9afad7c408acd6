#!/usr/bin/env bash
# Sets up, then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# -LE slow: the pre-commit test that rebuilds the linter inside pre-commit (minutes) runs with
# `ctest --test-dir build -L slow`.
ctest --test-dir build --output-on-failure -j"$(nproc)" -LE slow
