#!/usr/bin/env bash
# A real editor as the client: headless Neovim's built-in LSP client runs `iotjob-lint server`
# on a job file with non-ASCII text before a bad value, and the diagnostics it ends up holding
# must be exactly these. Skipped (77) without nvim; bounded by a timeout.
#
#   lsp_neovim_test.sh IOTJOB_LINT
set -euo pipefail
bin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
command -v nvim >/dev/null || { echo "nvim not found: skipped"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/job.json" <<'JOB'
{
  "description": "café 😀", "targetSelection": "snapshot",
  "jobId": "j1", "targets": ["arn:aws:iot:us-east-1:123456789012:thing/t1"], "document": "{}"
}
JOB

# "snapshot" is UTF-16 characters 47..57 on the wire, bytes 50..60 in Neovim's buffer
expected='opened:
1:50-1:60 ERROR iotjob-lint IJ204: targetSelection "snapshot" is not one of CONTINUOUS, SNAPSHOT; did you mean "SNAPSHOT"?
fixed:'

cd "$work"
status=0
IJL_BIN=$bin IJL_FILE=$work/job.json IJL_OUT=$work/out.txt \
  timeout 60 nvim --headless -n -i NONE -u "$here/init.lua" </dev/null >"$work/nvim.log" 2>&1 || status=$?
echo "--- what Neovim holds ($(nvim --version | head -1)):"
cat "$work/out.txt" 2>/dev/null || true
if [ "$status" -ne 0 ]; then
  echo "nvim exited with $status"
  cat "$work/nvim.log"
  exit 1
fi
if [ "$(cat "$work/out.txt")" != "$expected" ]; then
  echo "--- expected:"
  echo "$expected"
  exit 1
fi
