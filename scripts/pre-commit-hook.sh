#!/usr/bin/env bash
# The `iotjob-lint` pre-commit hook (.pre-commit-hooks.yaml): builds the linter from this
# checkout on first use, keeps it next to the checkout, then runs it with the hook's
# arguments and the staged files. pre-commit keeps one checkout per `rev`, so a build is
# made once per version. IOTJOB_LINT_BINARY names an already built linter to use instead.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/.pre-commit-build"
binary="$build/iotjob-lint"

if [ -n "${IOTJOB_LINT_BINARY:-}" ]; then
  exec "$IOTJOB_LINT_BINARY" "$@"
fi

build_linter() {
  local missing=()
  for tool in cmake c++ make; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "iotjob-lint hook: building the linter needs ${missing[*]} (on Debian 12: apt-get install cmake g++ make" \
      "nlohmann-json3-dev libcli11-dev libhowardhinnant-date-dev libyaml-cpp-dev), or use the" \
      "iotjob-lint-system hook with an installed iotjob-lint" >&2
    return 1
  fi
  echo "iotjob-lint hook: building the linter (first use of this version; takes a few minutes)" >&2
  local log="$build.log"
  if ! { cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DIJL_TESTS=OFF &&
         cmake --build "$build" --target iotjob-lint -j"$(nproc 2>/dev/null || echo 2)"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "iotjob-lint hook: the build failed; the full log is $log" >&2
    return 1
  fi
}

if [ ! -x "$binary" ]; then
  # pre-commit may start several hook processes at once; one builds, the others wait.
  mkdir -p "$build"
  exec 9>"$build.lock"
  flock 9
  [ -x "$binary" ] || build_linter
  exec 9>&-
fi

exec "$binary" "$@"
