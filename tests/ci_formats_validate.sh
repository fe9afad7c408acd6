#!/usr/bin/env bash
# Validates the gitlab and junit reports: the shared fixture's golden files and a run over
# testdata/ (from the source root, as CI would run it). gitlab against the Code Quality schema
# in tests/schemas/ (written from GitLab's documentation: GitLab publishes none), junit parsed
# and checked strictly, and by xmllint too when it is installed. Standard library only.
# Usage: ci_formats_validate.sh IOTJOB_LINT WORK_DIR
set -euo pipefail
binary=$1
work=$2
root=$(cd "$(dirname "$0")/.." && pwd)
check="python3 $root/tests/ci_formats_check.py"
mkdir -p "$work"

status=0
for format in gitlab junit; do
  # Exit 1 means findings (testdata/ is full of them); 2 means the linter could not do its job.
  code=0
  (cd "$root" && "$binary" --format "$format" --now 2026-11-27T00:00:00Z -o "$work/testdata.$format" testdata) || code=$?
  if [ "$code" -gt 1 ]; then
    echo "FAIL: iotjob-lint --format $format exited $code"
    status=1
  fi
done
# The fixture holds the characters that need escaping (the golden files keep ${IJL_VERSION}).
$check gitlab "$root/testdata/report/fixture.gitlab.json" "$root/tests/schemas/gitlab-codequality.schema.json" || status=1
$check gitlab "$work/testdata.gitlab" "$root/tests/schemas/gitlab-codequality.schema.json" || status=1
$check junit "$root/testdata/report/fixture.junit.xml" || status=1
$check junit "$work/testdata.junit" || status=1
if command -v xmllint >/dev/null 2>&1; then
  for f in "$root/testdata/report/fixture.junit.xml" "$work/testdata.junit"; do
    xmllint --noout "$f" && echo "xmllint: well-formed: $f" || status=1
  done
fi
exit $status
