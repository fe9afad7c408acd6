#!/usr/bin/env python3
"""Lints a large NDJSON fleet export on a Dask cluster: a map over shards, then a concatenation.

    python3 tools/dask_audit.py EXPORT.ndjson [--workers N] [--shard-mb MB] [--scheduler ADDRESS]
                                [--linter PATH] [-o OUT] [-- LINTER OPTIONS]

Each shard is a run of whole lines of the export. A worker pipes its shard into
`iotjob-lint --format json-lines --stdin-filename EXPORT.ndjson -` and shifts the line
numbers of the findings by the lines before the shard, so the concatenation of the shards'
findings, in shard order, is byte for byte what one `iotjob-lint --format json-lines
EXPORT.ndjson` prints. Without --scheduler a LocalCluster of --workers processes runs here;
with it, an existing cluster does (every worker needs the export at the same path and the
linter on its PATH, or --linter). Exit code: 1 when any shard had findings at or above
--fail-on, 2 when a shard failed, as iotjob-lint's own.

Needs dask.distributed (Debian: apt-get install python3-distributed).
"""
import argparse
import os
import re
import subprocess
import sys

from dask.distributed import Client, LocalCluster

# The line numbers of one json-lines finding. Quotes inside strings are escaped, so these
# exact sequences occur only as the report's own structure.
LINE = re.compile(rb'("range":\{"start":\{"line":)(\d+)(,"column":\d+\},"end":\{"line":)(\d+)')
RECORD = re.compile(rb'(,"record":)(\d+)(\}\n?)$')


def shard_bounds(path, shard_bytes):
    """Byte ranges of whole lines, about shard_bytes each."""
    size = os.path.getsize(path)
    bounds, start = [], 0
    with open(path, "rb") as f:
        while start < size:
            f.seek(min(start + shard_bytes, size))
            f.readline()  # to the end of the line the cut fell in
            end = min(f.tell(), size)
            bounds.append((start, end))
            start = end
    return bounds


def line_ends(path, start, end):
    """How many lines a shard ends: each \\n, and each \\r that no \\n follows (iotjob-lint's count)."""
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    # a shard ends at \n, or at the end of the file, where a last \r is lone too
    return data.count(b"\n") + len(re.findall(rb"\r(?!\n)", data))


def lint_shard(path, start, end, lines_before, linter, args):
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    cmd = [linter, "--format", "json-lines", "--stdin-filename", path, *args, "-"]
    run = subprocess.run(cmd, input=data, capture_output=True)
    if run.returncode not in (0, 1):
        return run.returncode, b"", run.stderr
    shift = lambda m, g: str(int(m.group(g)) + lines_before).encode()
    out = []
    for line in run.stdout.splitlines(keepends=True):
        line = LINE.sub(lambda m: m.group(1) + shift(m, 2) + m.group(3) + shift(m, 4), line, count=1)
        line = RECORD.sub(lambda m: m.group(1) + shift(m, 2) + m.group(3), line, count=1)
        out.append(line)
    return run.returncode, b"".join(out), run.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--shard-mb", type=float, default=64)
    parser.add_argument("--scheduler")
    parser.add_argument("--linter", default="iotjob-lint")
    parser.add_argument("-o", "--output")
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    a = parser.parse_args(argv[:cut])
    a.linter_args = argv[cut + 1:]  # after --: more iotjob-lint options (--select, --now, …)
    path = a.export
    bounds = shard_bounds(path, max(1, int(a.shard_mb * 1024 * 1024)))
    cluster = None if a.scheduler else LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                                                    dashboard_address=None)
    with Client(a.scheduler or cluster) as client:
        counts = client.gather(client.map(line_ends, [path] * len(bounds), *zip(*bounds)) if bounds else [])
        before, total = [], 0
        for n in counts:
            before.append(total)
            total += n
        futures = [client.submit(lint_shard, path, s, e, b, a.linter, a.linter_args, pure=False)
                   for (s, e), b in zip(bounds, before)]
        out = open(a.output, "wb") if a.output else sys.stdout.buffer
        worst = 0
        for future in futures:  # in shard order: the concatenation is the file's order
            code, text, err = future.result()
            out.write(text)
            sys.stderr.buffer.write(err)
            worst = max(worst, code)
        if a.output:
            out.close()
    if cluster:
        cluster.close()
    return worst


if __name__ == "__main__":
    sys.exit(main())
