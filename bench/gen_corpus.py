#!/usr/bin/env python3
"""Deterministic benchmark corpus: create-job files (1-4 KB, about 30% with a mistake) and
an NDJSON file of catalog records.

usage: gen_corpus.py OUT_DIR [--files N] [--records N]
"""
import argparse
import json
import os
import random

ACCOUNT = "123456789012"
REGION = "us-east-1"


def arn(kind, name):
    return f"arn:aws:iot:{REGION}:{ACCOUNT}:{kind}/{name}"


def create_job(rng, i):
    job = {
        "jobId": f"fw-{i:06d}",
        "targets": [arn("thinggroup", f"fleet-{rng.randrange(50)}") for _ in range(rng.randrange(1, 4))],
        "documentSource": f"https://s3.amazonaws.com/firmware-{rng.randrange(9)}/jobs/fw-{i}.json",
        "description": "Firmware rollout " + "x" * rng.randrange(0, 400),
        "presignedUrlConfig": {"roleArn": f"arn:aws:iam::{ACCOUNT}:role/JobSigner", "expiresInSec": 3600},
        "targetSelection": "SNAPSHOT",
        "jobExecutionsRolloutConfig": {
            "maximumPerMinute": 500,
            "exponentialRate": {"baseRatePerMinute": 50, "incrementFactor": 1.5,
                                "rateIncreaseCriteria": {"numberOfSucceededThings": 100}},
        },
        "abortConfig": {"criteriaList": [{"failureType": "FAILED", "action": "CANCEL",
                                          "thresholdPercentage": 10.5, "minNumberOfExecutedThings": 100}]},
        "timeoutConfig": {"inProgressTimeoutInMinutes": 60},
        "tags": [{"Key": f"team{k}", "Value": "firmware"} for k in range(rng.randrange(1, 12))],
    }
    if rng.random() < 0.3:
        mistake = rng.randrange(5)
        if mistake == 0:
            job["abortConfig"]["criteriaList"][0]["thresholdPercentage"] = 10.999
        elif mistake == 1:
            job["jobExecutionsRolloutConfig"]["exponentialRate"]["incrementFactor"] = 1.55
        elif mistake == 2:
            job["presignedUrlConfig"]["expiresInSec"] = 30
        elif mistake == 3:
            job["timeoutConfig"]["inProgressTimeoutInMinutes"] = 20160
        else:
            job["jobID"] = job.pop("jobId")
    return job


def catalog_record(rng, i, bad_share):
    bad = rng.random() < bad_share
    record = {
        "account_id": ACCOUNT,
        "document_source": f"https://s3.amazonaws.com/firmware/jobs/fw-{i}.json",
        "job": {
            "job_id": f"fw-{i:07d}",
            "job_arn": arn("job", f"fw-{i:07d}"),
            "status": "COMPLETED",
            "targets": [arn("thinggroup", f"fleet-{rng.randrange(50)}")],
            "created_at": "2026-11-20T10:00:00Z",
            "completed_at": "2026-11-21T10:00:00Z",
            "abort_config": {"criteria_list": [{"failure_type": "FAILED", "action": "CANCEL",
                                                "threshold_percentage": 10.999 if bad else 10.5,
                                                "min_number_of_executed_things": 100}]},
            "job_process_details": {"number_of_succeeded_things": rng.randrange(1000),
                                    "number_of_failed_things": rng.randrange(10)},
        },
        "tags": ["team:firmware", "env:prod"],
    }
    if bad and rng.random() < 0.5:
        # a second kind of mistake, so that findings are not all of one rule
        record["job"]["job_process_details"]["number_of_failed_things"] = -1
    return record


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--files", type=int, default=10000)
    ap.add_argument("--records", type=int, default=1000000)
    # the share of records with a mistake: a fleet audit's memory must not grow with findings
    ap.add_argument("--bad", type=float, default=0.3)
    a = ap.parse_args()
    rng = random.Random(20261127)
    files = os.path.join(a.out, "files")
    os.makedirs(files, exist_ok=True)
    for i in range(a.files):
        with open(os.path.join(files, f"job{i:06d}.json"), "w") as f:
            json.dump(create_job(rng, i), f, indent=2)
    with open(os.path.join(a.out, "one.json"), "w") as f:
        json.dump(create_job(random.Random(1), 1), f, indent=2)
    with open(os.path.join(a.out, "fleet.ndjson"), "w") as f:
        for i in range(a.records):
            f.write(json.dumps(catalog_record(rng, i, a.bad), separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
