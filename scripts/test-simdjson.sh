#!/usr/bin/env bash
# The fleet-audit build (-DIJL_SIMDJSON=ON: simdjson parses well-formed JSON first, the
# precise loader the rest) in build-simdjson/, and the whole test suite against it: every
# report must be the one the default build gives.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --packages-only
bash scripts/install-packages.sh libsimdjson-dev
cmake -S . -B build-simdjson -DCMAKE_BUILD_TYPE=Release -DIJL_SIMDJSON=ON -DIJL_BENCH=OFF >&2
cmake --build build-simdjson -j"$(nproc)" >&2
ctest --test-dir build-simdjson --output-on-failure -j"$(nproc)" -LE slow
