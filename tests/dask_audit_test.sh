#!/usr/bin/env bash
# The fleet-audit recipe on a real engine: tools/dask_audit.py maps shards of an NDJSON
# export through the linter on a local Dask cluster (2 worker processes) and concatenates
# their json-lines; the result must equal one single-process run byte for byte (line
# numbers, records, order, dialects), with shards cut small enough that there are dozens.
#   dask_audit_test.sh SOURCE_DIR IOTJOB_LINT
# Exits 77 (skipped) when Debian's python3 has no dask.distributed.
set -euo pipefail
src=$1
linter=$2
py=/usr/bin/python3
if ! "$py" -c 'import dask.distributed' 2>/dev/null; then
  echo "SKIP: $py has no dask.distributed (Debian: apt-get install python3-distributed)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export DASK_TEMPORARY_DIRECTORY="$work/dask"

# 6,000 records: catalog and describe-job records, some with mistakes, a broken line, a
# record that is not a job, blank lines and a lone carriage return.
"$py" - <<'PY'
import json
with open("export.ndjson", "w", newline="") as f:
    for i in range(6000):
        if i % 997 == 0:
            f.write('{"job": {"job_id": "broken-%d",\n' % i)  # a syntax error
            continue
        if i % 1499 == 0:
            f.write('{"resource_type": "aws_iot_thing", "name": "t-%d"}\n' % i)  # not a job
            continue
        if i % 1201 == 0:
            f.write("\n")
        if i % 2 == 0:
            rec = {"account_id": "123456789012", "document_source": "https://s3.amazonaws.com/acme-fw/job.json",
                   "job": {"job_id": "fw-%d" % i if i % 7 else "fw %d" % i, "status": "IN_PROGRESS",
                           "created_at": "2026-11-20T10:00:00Z"}}
            if i % 11 == 0:
                rec["job"]["abort_config"] = {"criteria_list": [{"failure_type": "FAILED", "action": "CANCEL",
                                              "threshold_percentage": 10.999, "min_number_of_executed_things": 1}]}
            line = json.dumps(rec)
        else:
            rec = {"job": {"jobId": "gw-%d" % i, "status": "COMPLETED" if i % 13 else "IN_PROGRESS",
                           "createdAt": 1700000000, "timeoutConfig": {"inProgressTimeoutInMinutes": 20000 if i % 17 == 0 else 60}}}
            line = json.dumps(rec)
        if i == 3001:
            line = line.replace(", ", ",\r", 1)  # JSON whitespace that ends a line
        f.write(line + "\n")
PY

status=0
"$linter" --no-config --format json-lines export.ndjson >single.jsonl || status=$?
[ "$status" -eq 1 ] || { echo "FAIL: the single run exited $status"; exit 1; }
status=0
"$py" "$src/tools/dask_audit.py" export.ndjson --workers 2 --shard-mb 0.02 --linter "$linter" -o sharded.jsonl \
  -- --no-config || status=$?
[ "$status" -eq 1 ] || { echo "FAIL: the sharded run exited $status"; exit 1; }
shards=$("$py" -c "import os; print(-(-os.path.getsize('export.ndjson') // int(0.02 * 1024 * 1024)))")
echo "findings: $(wc -l <single.jsonl) single, $(wc -l <sharded.jsonl) sharded, about $shards shards"
if ! cmp -s single.jsonl sharded.jsonl; then
  diff single.jsonl sharded.jsonl | head -n 20
  echo "FAIL: the sharded findings differ from the single run"
  exit 1
fi
[ "$(wc -l <single.jsonl)" -gt 500 ] || { echo "FAIL: too few findings to tell"; exit 1; }
echo PASS
