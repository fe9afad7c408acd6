#!/usr/bin/env bash
# Lints testdata/ with --format sarif and validates the report: against the SARIF 2.1.0 JSON
# schema and with Microsoft's SARIF Multitool, its GitHub code scanning rules included; then
# a report with rule links (helpUri) and a path that cannot be read (the invocation's
# notifications) the same way.
# Fails on any error from either; exits 77 (CTest's skip) only when npm is not installed.
# Usage: sarif_validate.sh IOTJOB_LINT WORK_DIR
set -euo pipefail
binary=$1
work=$2
root=$(cd "$(dirname "$0")/.." && pwd)
tools=$root/tools/sarif

if ! command -v npm >/dev/null 2>&1; then
  echo "SKIPPED: npm is not installed; the SARIF validators come from the npm registry"
  exit 77
fi

# The validators, pinned by tools/sarif/package-lock.json: installed on first use and again
# when the lock file changes (a copy of the installed lock file marks what is there).
# `flock` keeps two test runs from installing into the same folder at once.
(
  flock 9
  if ! cmp -s "$tools/package-lock.json" "$tools/node_modules/.iotjob-lint-installed-lock"; then
    echo "installing the SARIF validators (npm ci in tools/sarif)"
    # --ignore-scripts: the Multitool's only install script is the chmod below
    (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund)
    cp "$tools/package-lock.json" "$tools/node_modules/.iotjob-lint-installed-lock"
  fi
) 9>"$tools/.install.lock"
multitool=$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
chmod u+x "$multitool"

mkdir -p "$work"

# Two reports: testdata/ as CI lints it; and with rule links and a path that cannot be read,
# which the run's invocation reports (the linter exits 2 for it).
validate() {
  local name=$1 expected_status=$2
  shift 2
  local report=$work/$name.sarif validation=$work/$name.validation.sarif
  rm -f "$report" "$validation"
  # From the source root, so the report's paths are the repository-relative ones GitHub wants.
  # Exit 1 means findings (testdata/ is full of them); 2 means the linter could not do its job.
  local status=0
  (cd "$root" && "$binary" --format sarif --now 2026-11-27T00:00:00Z -o "$report" "$@") || status=$?
  if [ "$status" -gt "$expected_status" ] || { [ "$expected_status" -eq 2 ] && [ "$status" -ne 2 ]; }; then
    echo "FAIL: iotjob-lint exited $status"
    return 1
  fi
  # The Multitool exits 0 even on a usage error, so its log file is what tells: no log, no pass.
  # (Its list options take two or more values; one alone is a "bad format".)
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$multitool" validate --rule-kind "Gh;Sarif" \
    --level "Error;Warning;Note" -o "$validation" "$report" >"$work/$name.validator.out" 2>&1 || true
  if [ ! -s "$validation" ]; then
    cat "$work/$name.validator.out"
    echo "FAIL: the SARIF Multitool wrote no log"
    return 1
  fi
  echo "== $name"
  node "$tools/check.js" "$report" "$validation"
}
validate testdata 1 testdata
validate unreadable 2 --docs-url https://example.com/iotjob-lint/docs/rules testdata/examples testdata/no-such-file.json
