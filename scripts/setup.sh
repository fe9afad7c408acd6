#!/usr/bin/env bash
# Installs the Debian packages the build needs (when missing) and builds into build/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-packages.sh cmake g++ make pkg-config nlohmann-json3-dev libcli11-dev \
  libhowardhinnant-date-dev libgtest-dev libbenchmark-dev libyaml-cpp-dev git pre-commit

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >&2
cmake --build build -j"$(nproc)" >&2
