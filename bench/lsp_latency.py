#!/usr/bin/env python3
"""Latency of the language server from a didChange to the publishDiagnostics of that version,
on a 2 KB job and on a 1 MB file (a JSON array of jobs), median of many changes. Each change
toggles one character of a value between a finding and none, as an editor's incremental
sync sends it; `full` sends the whole text instead. Run once with the default debounce and
once without, so the linting's own share shows.

usage: bench/lsp_latency.py [BINARY] [RUNS]
"""
import json
import os
import pathlib
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
from lsp_client import Client  # noqa: E402

ACCOUNT = "123456789012"


def job(i, selection="SNAPSHOT"):
    return {
        "jobId": f"fw-{i:06d}",
        "targets": [f"arn:aws:iot:us-east-1:{ACCOUNT}:thinggroup/fleet-{k}" for k in range(3)],
        "documentSource": f"https://s3.amazonaws.com/firmware/jobs/fw-{i}.json",
        "description": "Firmware rollout to the café fleet 😀 " + "x" * 524,
        "presignedUrlConfig": {"roleArn": f"arn:aws:iam::{ACCOUNT}:role/JobSigner", "expiresInSec": 3600},
        "targetSelection": selection,
        "jobExecutionsRolloutConfig": {
            "maximumPerMinute": 500,
            "exponentialRate": {"baseRatePerMinute": 50, "incrementFactor": 1.5,
                                "rateIncreaseCriteria": {"numberOfSucceededThings": 100}},
        },
        "abortConfig": {"criteriaList": [{"failureType": "FAILED", "action": "CANCEL",
                                          "thresholdPercentage": 10.5, "minNumberOfExecutedThings": 100}]},
        "timeoutConfig": {"inProgressTimeoutInMinutes": 60},
        "tags": [{"Key": f"team{k}", "Value": "firmware"} for k in range(8)],
    }


def texts():
    small = json.dumps(job(0), ensure_ascii=False, indent=2) + "\n"
    jobs = []
    while sum(len(j.encode()) + 2 for j in jobs) < 1024 * 1024:
        jobs.append(json.dumps(job(len(jobs)), ensure_ascii=False))
    big = "[\n" + ",\n".join(jobs) + "\n]\n"
    return {"2 KB job": small, "1 MB file": big}


def position_of(text, needle):
    at = text.rindex(needle)  # the last job's, in the array
    line = text.count("\n", 0, at)
    start = text.rfind("\n", 0, at) + 1
    return {"line": line, "character": len(text[start:at].encode("utf-16-le")) // 2}


def measure(binary, root, name, text, runs, debounce, full):
    uri = (root / "doc.json").as_uri()
    c = Client(binary, cwd=root)
    try:
        c.initialize(root.as_uri(), ["utf-16"], {"now": "2026-11-27T00:00:00Z", "debounceMs": debounce})
        c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "json", "version": 1, "text": text}})
        c.diagnostics(uri, 1, timeout=120)
        # "SNAPSHOT" <-> "SNAPSHOt": the last letter of the last job's value
        at = position_of(text, '"SNAPSHOT"')
        at["character"] += 8
        other = text[: text.rindex('"SNAPSHOT"') + 8] + "t" + text[text.rindex('"SNAPSHOT"') + 9 :]
        latencies = []
        for v in range(2, runs + 2):
            letter = "t" if v % 2 == 0 else "T"
            if full:
                change = {"text": other if v % 2 == 0 else text}
            else:
                change = {"range": {"start": at, "end": {"line": at["line"], "character": at["character"] + 1}},
                          "text": letter}
            sent = time.monotonic()
            c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": v}, "contentChanges": [change]})
            params = c.diagnostics(uri, v, timeout=120)
            latencies.append(c.seen[-1][0] - sent)
            expected = 1 if v % 2 == 0 else 0
            assert len(params["diagnostics"]) == expected, params["diagnostics"]
        c.finish(60)
    finally:
        c.kill()
    return latencies


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/iotjob-lint")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 21
    print("machine: %d cores, load average %s" % (os.cpu_count(), " ".join("%.2f" % x for x in os.getloadavg())))
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp).resolve()
        for name, text in texts().items():
            for debounce in (50, 0):
                for full in (False, True):
                    ms = [x * 1000 for x in measure(binary, root, name, text, runs, debounce, full)]
                    print("%-9s %7d bytes  debounce %2d ms  %-11s  median %7.1f ms  (min %.1f, max %.1f, %d changes)" % (
                        name, len(text.encode()), debounce, "full" if full else "incremental",
                        statistics.median(ms), min(ms), max(ms), len(ms)))


if __name__ == "__main__":
    main()
