#!/usr/bin/env bash
# Installs the Debian packages the build needs (when missing) and builds into build/.
# With --packages-only it stops after the install (scripts/sanitize.sh and scripts/fuzz.sh
# build elsewhere but need the same packages).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-packages.sh cmake g++ make pkg-config nlohmann-json3-dev libcli11-dev \
  libhowardhinnant-date-dev libgtest-dev libbenchmark-dev libyaml-cpp-dev libjemalloc-dev libsimdjson-dev git \
  pre-commit python3-distributed \
  neovim python3-yaml groff-base libxml2-utils
if [[ "${1:-}" == --packages-only ]]; then exit 0; fi

# the simdjson companion and its allocator are optional for a build (a pre-commit hook's may
# lack them); this one is what the tests and benchmarks measure, so both are required here
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DIJL_JEMALLOC=ON -DIJL_COMPANION=ON >&2
cmake --build build -j"$(nproc)" >&2
