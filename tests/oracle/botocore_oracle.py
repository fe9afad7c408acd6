#!/usr/bin/env python3
"""Oracle test: iotjob-lint must reject every create-job file the AWS SDK rejects.

Usage: botocore_oracle.py PATH/TO/iotjob-lint [--keep DIR] [--verbose]

The oracle is botocore's own client-side validator (botocore.validate.ParamValidator)
run against the CreateJob input shape of the `iot` service model shipped with
botocore >= 1.31 (older models, such as Debian 12's python3-botocore 1.29, lack
destinationPackageVersions and maintenanceWindows). Without such a botocore the test
is skipped (exit 77, CMake's SKIP_RETURN_CODE).

The test takes the valid create-job files next to this script (a minimal one and two
that use every field legally), derives a deterministic set of mutations from them by
walking the botocore input shape (wrong types, nulls, values below/above the limits,
enum and pattern violations, missing required members, unknown keys, empty and
over-long lists), writes each mutation to a temporary directory, validates it with
botocore (loaded with plain floats: botocore compares Decimal('1.1') against the float
minimum 1.1 and would wrongly reject it) and lints all of them with ONE iotjob-lint run.

It fails (exit 1) when
  * botocore rejects a file on which iotjob-lint reports no error ("botocore-only"),
  * a boundary value that both the model and the spec allow (min, max, exact limits)
    is rejected by botocore or gets an error from iotjob-lint,
  * a base file is not clean for both, or the linter cannot be run.
"""

import argparse
import copy
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

SKIP = 77
MIN_BOTOCORE = (1, 31)
NOW = "2026-11-27T00:00:00Z"  # the base files schedule their rollouts relative to this
SEED = 20261127
MIN_MUTATIONS = 500
COMBINATIONS = 200
HERE = os.path.dirname(os.path.abspath(__file__))
BASE_FILES = ["minimal.json", "full.json", "full-source.json"]

# Limits the API reference states in prose, beyond the model (docs/fields.md); botocore
# does not know them, iotjob-lint does. Paths use [] for "any list item".
DOC_LIMITS = {
    "jobExecutionsRolloutConfig.maximumPerMinute": {"max": 1000},
    "abortConfig.criteriaList[].thresholdPercentage": {"min": 0},
    "timeoutConfig.inProgressTimeoutInMinutes": {"min": 1, "max": 10080},
    "tags": {"max": 50},
    "destinationPackageVersions": {"max": 25},
}
# Decimal places allowed by the prose limits (IJ101, IJ102).
DECIMALS = {
    "abortConfig.criteriaList[].thresholdPercentage": 2,
    "jobExecutionsRolloutConfig.exponentialRate.incrementFactor": 1,
}
# Double values written in forms json.dumps does not produce: (text, must pass).
RAW_DOUBLES = {
    "jobExecutionsRolloutConfig.exponentialRate.incrementFactor": [
        ("1.10", True), ("11e-1", True), ("5e0", True), ("0.5E1", True), ("1.5000", True),
        ("2.50e0", True), ("5e1", False), ("1.09e0", False), ("155e-2", False),
        ("1e-1", False), ("-2", False)],
    "abortConfig.criteriaList[].thresholdPercentage": [
        ("10.100", True), ("1.099e1", True), ("1e2", True), ("0e0", True), ("100.00", True),
        ("-0.0", False), ("1e-3", False), ("1.0001e2", False), ("1E3", False),
        ("-1e-2", False), ("99.999", False)],
}
INT_RANGE = {"integer": (-(2**31), 2**31 - 1), "long": (-(2**63), 2**63 - 1)}

ACCOUNT = "123456789012"
REGION = "us-east-1"


# --------------------------------------------------------------------------- botocore

def load_botocore():
    """Return (botocore module, CreateJob input shape) or exit with SKIP."""
    try:
        import botocore
        import botocore.session
        import botocore.validate
    except ImportError as e:
        print(f"SKIP: botocore is not importable by {sys.executable} ({e}); "
              f"the oracle test needs botocore >= {'.'.join(map(str, MIN_BOTOCORE))} "
              f"(pip install botocore)")
        sys.exit(SKIP)
    version = getattr(botocore, "__version__", "0")
    try:
        vt = tuple(int(p) for p in version.split(".")[:2])
    except ValueError:
        vt = (0, 0)
    if vt < MIN_BOTOCORE:
        print(f"SKIP: botocore {version} at {os.path.dirname(botocore.__file__)} "
              f"(python {sys.executable}) is older than "
              f"{'.'.join(map(str, MIN_BOTOCORE))}: its IoT model lacks "
              f"destinationPackageVersions/maintenanceWindows; install a newer botocore "
              f"with pip (Debian's python3-botocore 1.29 is too old)")
        sys.exit(SKIP)
    model = botocore.session.get_session().get_service_model("iot")
    shape = model.operation_model("CreateJob").input_shape
    sched = shape.members.get("schedulingConfig")
    if ("destinationPackageVersions" not in shape.members or sched is None
            or "maintenanceWindows" not in sched.members):
        print(f"SKIP: botocore {version}'s IoT model lacks destinationPackageVersions "
              f"or maintenanceWindows")
        sys.exit(SKIP)
    return botocore, shape


# --------------------------------------------------------------------------- paths

def spath(path):
    """Schema path of a concrete path: list indices become [], map keys {key}/{value}."""
    out = ""
    for p in path:
        if isinstance(p, int):
            out += "[]"
        elif isinstance(p, tuple):  # ("mapkey", k) / ("mapval", k)
            out += "{}"
        else:
            out += ("." if out else "") + p
    return out


def show(path):
    out = ""
    for p in path:
        if isinstance(p, int):
            out += f"[{p}]"
        elif isinstance(p, tuple):
            out += f"[{p[1]!r}]"
        else:
            out += ("." if out else "") + p
    return out or "<top>"


def resolve(doc, path):
    """(container, key) for a path, or None when the path does not exist."""
    cur = doc
    for p in path[:-1]:
        k = p[1] if isinstance(p, tuple) else p
        if isinstance(cur, dict) and isinstance(k, str) and k in cur:
            cur = cur[k]
        elif isinstance(cur, list) and isinstance(k, int) and 0 <= k < len(cur):
            cur = cur[k]
        else:
            return None
    last = path[-1]
    k = last[1] if isinstance(last, tuple) else last
    if isinstance(cur, dict) and isinstance(k, str):
        return cur, k
    if isinstance(cur, list) and isinstance(k, int) and 0 <= k < len(cur):
        return cur, k
    return None


def apply_ops(doc, ops):
    """Apply ops to a deep copy of doc; None when an op does not apply."""
    doc = copy.deepcopy(doc)
    for op in ops:
        kind, path = op[0], op[1]
        if kind == "root":
            doc = copy.deepcopy(op[2])
            continue
        r = resolve(doc, path)
        if r is None:
            return None
        cont, k = r
        if kind == "set":
            cont[k] = copy.deepcopy(op[2])
        elif kind == "del":
            if k not in cont:
                return None
            del cont[k]
        elif kind == "dupkey":
            # the same key a second time, after the first (written out by render())
            if not isinstance(cont, dict) or k not in cont:
                return None
            cont[DUP + k] = copy.deepcopy(op[2])
        elif kind == "rename":
            # rename a dict key in place, keeping its position
            new = op[2]
            if not isinstance(cont, dict) or k not in cont or new in cont:
                return None
            items = [(new if kk == k else kk, vv) for kk, vv in cont.items()]
            cont.clear()
            cont.update(items)
        else:
            raise ValueError(kind)
    return doc


# --------------------------------------------------------------------------- raw text
# Some mutations need JSON text that json.dumps does not write: numbers in exponent
# form or with trailing zeros, and duplicate keys. They are carried as sentinel strings
# and substituted when the file is written; botocore then reads the file like any other.
RAW_PREFIX = "\x00RAW:"
DUP = "\x00DUP:"
_RAW_RE = re.compile(r'"\\u0000RAW:([^"\\]*)"')
_DUP_RE = re.compile(r'"\\u0000DUP:([^"\\]*)"')


def raw(text):
    return RAW_PREFIX + text


def render(doc):
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    text = _RAW_RE.sub(lambda m: m.group(1), text)
    return _DUP_RE.sub(lambda m: json.dumps(m.group(1)), text) + "\n"


# --------------------------------------------------------------------------- fillers

def json_doc(n):
    """A JSON document of exactly n characters (n >= 8)."""
    return '{"a":"' + "x" * (n - 8) + '"}'


def valid_string(sp, n):
    """A value of length n that the spec and model accept for field sp, or None."""
    if n < 1:
        return "" if sp == "tags[].Value" else None
    if sp in ("jobId", "namespaceId", "documentParameters{}key",
              "tags[].Key", "tags[].Value", "documentParameters{}"):
        return ("k" * n) if sp != "tags[].Value" else "v" * n
    if sp == "description":
        return "d" * n
    if sp == "document":
        return json_doc(n) if n >= 8 else None
    if sp == "documentSource":
        base = f"https://oracle-bucket-{ACCOUNT}.s3.{REGION}.amazonaws.com/"
        return base + "j" * (n - len(base)) if n > len(base) else None
    if sp == "targets[]":
        base = f"arn:aws:iot:{REGION}:{ACCOUNT}:thinggroup/"
        return base + "g" * (n - len(base)) if n > len(base) else None
    if sp == "destinationPackageVersions[]":
        base = f"arn:aws:iot:{REGION}:{ACCOUNT}:package/p/version/"
        return base + "1" * (n - len(base)) if n > len(base) else None
    if sp == "presignedUrlConfig.roleArn":
        base = f"arn:aws:iam::{ACCOUNT}:role/"
        return base + "r" * (n - len(base)) if n > len(base) else None
    if sp == "jobTemplateArn":
        # an AWS managed template, which documentParameters need (IJ307)
        base, tail = f"arn:aws:iot:{REGION}::jobtemplate/AWS-", ":1.0"
        k = n - len(base) - len(tail)
        return base + "t" * k + tail if k > 0 else None
    return None  # times, cron expressions: no valid value of arbitrary length


def any_string(sp, n):
    v = valid_string(sp, n)
    return v if v is not None else "x" * n


PATTERN_BREAKERS = {
    # field: values that break the model pattern but respect its length limits
    "jobId": ["bad id", "job/1", "job.1", "jöb", "job\n"],
    "namespaceId": ["", "name space", "ns:1", "ns\t"],
    "description": ["line\nbreak", "tab\there", "nul\u0000", "zwsp\u200b", "bidi\u202e",
                    "private\ue000", "\u0085next"],
    "tags[].Key": ["bad#key", "key!", "semi;colon", "new\nline", "brace{"],
    "documentParameters{}key": ["bad key", "key.dot", "käse", "a:b"],
    "documentParameters{}": ["", "line\nbreak", "tab\there", "nul\u0000"],
    "jobTemplateArn": ["not-an-arn", "arn:with space", "ARN:aws:iot:x", "arn:"],
    "destinationPackageVersions[]": ["not-an-arn", "arn:aws:iot:us-east-1:123:package/p",
                                     "arn:\u00e9"],
    "targets[]": ["my-thing", "arn:aws:iot:us-east-1:123456789012:job/x",
                  "arn:aws:iot:us-east-1:12345:thing/t"],
    "presignedUrlConfig.roleArn": ["arn:aws:iot:us-east-1:123456789012:role/x",
                                   "role/OracleJobsPresignRole-0000"],
    "schedulingConfig.startTime": ["2026-12-05 02:00", "2026-12-05T02:00:00Z",
                                   "2026-02-30T10:00", "tomorrow"],
    "schedulingConfig.endTime": ["2026-12-20T02:00Z", "2026-13-01T00:00", "2026-12-20"],
    "schedulingConfig.maintenanceWindows[].startTime": ["cron(0 2 * * SAT *)",
                                                        "0 2 ? * SAT *", "cron(61 2 ? * SAT *)",
                                                        "rate(1 day)"],
    "document": ["", "{not json", "[1,2", "'single'"],
}


# --------------------------------------------------------------------------- mutations

class Gen:
    def __init__(self):
        self.items = []  # (label, category, ops, must_pass)

    def add(self, category, label, ops, must_pass=False):
        self.items.append((label, category, ops, must_pass))


def limits_for(shape, sp):
    lim = {}
    for k in ("min", "max"):
        if k in shape.metadata:
            lim[k] = shape.metadata[k]
    for k, v in DOC_LIMITS.get(sp, {}).items():
        if k == "min":
            lim["min"] = max(v, lim.get("min", v))
        else:
            lim["max"] = min(v, lim.get("max", v))
    return lim


def wrong_values(shape, value):
    t = shape.type_name
    if t == "string":
        return [("number", 42), ("float", 4.5), ("bool", True), ("list", [value]),
                ("object", {"value": value})]
    if t in ("integer", "long"):
        return [("string", str(value)), ("fraction", value + 0.5),
                ("float-integral", float(value)), ("bool", True), ("list", [value]),
                ("object", {})]
    if t in ("double", "float"):
        return [("string", str(value)), ("bool", False), ("list", [value]), ("object", {})]
    if t == "structure":
        return [("list", [value]), ("empty-list", []), ("string", "x"), ("number", 1),
                ("bool", True)]
    if t == "list":
        first = value[0] if value else "x"
        return [("object", {}), ("unwrapped-item", first), ("string", "x"), ("number", 0)]
    if t == "map":
        return [("list", [value]), ("pairs", [[k, v] for k, v in value.items()]),
                ("string", "x"), ("number", 7)]
    return []


def scalar_limits(g, shape, path, value, sp):
    t = shape.type_name
    lim = limits_for(shape, sp)
    if t in ("integer", "long"):
        lo_t, hi_t = INT_RANGE[t]
        lo, hi = lim.get("min", lo_t), lim.get("max", hi_t)
        for v, ok in ((lo, True), (hi, True), (lo - 1, False), (hi + 1, False)):
            if lo_t - 1 <= v <= hi_t + 1:
                g.add("range", f"{show(path)} = {v}", [("set", path, v)], must_pass=ok)
        if hi == hi_t:  # no model max: the type's range is the limit
            g.add("range", f"{show(path)} = 2**{64 if t == 'long' else 32}",
                  [("set", path, 2 ** (64 if t == "long" else 32))])
        g.add("range", f"{show(path)} = negative", [("set", path, -5)])
        g.add("range", f"{show(path)} = -0", [("set", path, raw("-0"))])
        for text in (f"{value}e0", f"{value}E0", f"{value}.0", f"{value * 10}e-1"):
            g.add("type", f"{show(path)} = {text}", [("set", path, raw(text))])
        g.add("range", f"{show(path)} = 0", [("set", path, 0)], must_pass=(lo <= 0 <= hi))
    elif t in ("double", "float"):
        d = DECIMALS.get(sp, 2)
        step = 10 ** -d
        lo, hi = lim.get("min"), lim.get("max")
        if lo is not None:
            g.add("range", f"{show(path)} = min {lo}", [("set", path, float(lo))], must_pass=True)
            g.add("range", f"{show(path)} = min-step", [("set", path, round(lo - step, d))])
            g.add("range", f"{show(path)} = min-1", [("set", path, round(lo - 1, d))])
            g.add("range", f"{show(path)} = just below min",
                  [("set", path, round(lo - step / 10, d + 1))])
        if hi is not None:
            g.add("range", f"{show(path)} = max {hi}", [("set", path, hi)], must_pass=True)
            g.add("range", f"{show(path)} = max as float", [("set", path, float(hi))],
                  must_pass=True)
            g.add("range", f"{show(path)} = max+step", [("set", path, round(hi + step, d))])
            g.add("range", f"{show(path)} = max+1", [("set", path, hi + 1)])
        g.add("range", f"{show(path)} = negative", [("set", path, -1.5)])
        g.add("range", f"{show(path)} = huge", [("set", path, 1e300)])
        # numbers are judged as written: exponents and trailing zeros (docs/rules.md, IJ1xx)
        for text, ok in RAW_DOUBLES.get(sp, []):
            g.add("range", f"{show(path)} written {text}", [("set", path, raw(text))],
                  must_pass=ok)
        if sp in DECIMALS:
            mid = 2 if lo is None or lo < 2 else lo
            g.add("precision", f"{show(path)} with {d + 1} decimals",
                  [("set", path, round(mid + 0.55555, d + 1))])
            g.add("precision", f"{show(path)} with {d} decimals",
                  [("set", path, round(mid + 0.55555, d))], must_pass=True)
    elif t == "string":
        lo, hi = lim.get("min"), lim.get("max")
        if lo is not None:
            if lo > 0:
                g.add("length", f"{show(path)} length min-1 ({lo - 1})",
                      [("set", path, any_string(sp, lo - 1))])
            v = valid_string(sp, lo)
            if v is not None:
                g.add("length", f"{show(path)} length min ({lo})", [("set", path, v)],
                      must_pass=True)
        if hi is not None:
            g.add("length", f"{show(path)} length max+1 ({hi + 1})",
                  [("set", path, any_string(sp, hi + 1))])
            v = valid_string(sp, hi)
            if v is not None:
                g.add("length", f"{show(path)} length max ({hi})", [("set", path, v)],
                      must_pass=True)
            if sp in ("description", "tags[].Value", "tags[].Key"):
                # lengths count code points: non-BMP characters count once
                g.add("length", f"{show(path)} {hi} astral chars",
                      [("set", path, "\U0001F600" * hi)], must_pass=(sp != "tags[].Key"))
                g.add("length", f"{show(path)} {hi + 1} astral chars",
                      [("set", path, "\U0001F600" * (hi + 1))])
        if not lo:
            g.add("length", f"{show(path)} empty", [("set", path, "")])
        for bad in PATTERN_BREAKERS.get(sp, []):
            g.add("pattern", f"{show(path)} = {bad!r}", [("set", path, bad)])
        if shape.enum:
            for e in shape.enum:
                if e != value:
                    # an enum value repeated in a list of criteria is IJ207: not a must-pass
                    g.add("enum", f"{show(path)} = {e!r}", [("set", path, e)],
                          must_pass=not any(isinstance(p, int) for p in path))
            g.add("enum", f"{show(path)} lower-case", [("set", path, value.lower())])
            g.add("enum", f"{show(path)} = 'BOGUS'", [("set", path, "BOGUS")])
            g.add("enum", f"{show(path)} = ''", [("set", path, "")])
            g.add("enum", f"{show(path)} padded", [("set", path, " " + value)])


def walk(g, shape, path, value):
    sp = spath(path)
    if path:
        for kind, wv in wrong_values(shape, value):
            g.add("type", f"{show(path)} as {kind}", [("set", path, wv)])
        g.add("null", f"{show(path)} = null", [("set", path, None)])
    t = shape.type_name
    if t == "structure":
        if not isinstance(value, dict):
            return
        for req in shape.required_members:
            if req in value:
                g.add("required", f"{show(path + [req])} missing", [("del", path + [req])])
        for m in value:
            if m not in shape.required_members:
                g.add("optional-removed", f"{show(path + [m])} removed",
                      [("del", path + [m])])
            # misspelt keys: botocore sees an unknown field (and a missing one if required)
            for alt in {m[0].upper() + m[1:], m.lower(), snake(m)}:
                if alt != m and alt not in shape.members:
                    g.add("unknown-key", f"{show(path + [m])} spelt {alt!r}",
                          [("rename", path + [m], alt)])
        if path:
            g.add("unknown-key", f"{show(path)} + unknown key",
                  [("set", path + ["unknownField"], 1)])
            g.add("empty-object", f"{show(path)} = {{}}", [("set", path, {})])
        else:
            g.add("unknown-key", "top-level unknown key", [("set", ["unknownField"], "x")])
            g.add("unknown-key", "top-level unknown key with null",
                  [("set", ["extra"], None)])
        for m, v in value.items():
            if m in shape.members:
                walk(g, shape.members[m], path + [m], v)
    elif t == "list":
        if not isinstance(value, list):
            return
        lim = limits_for(shape, sp)
        g.add("list", f"{show(path)} empty", [("set", path, [])],
              must_pass=lim.get("min", 0) == 0)
        g.add("list", f"{show(path)} with a null item", [("set", path, value + [None])])
        if "max" in lim:
            for n, ok in ((lim["max"], True), (lim["max"] + 1, False)):
                items = distinct_items(sp, value, n)
                if items is not None:
                    g.add("list", f"{show(path)} with {n} items", [("set", path, items)],
                          must_pass=ok)
        else:
            items = distinct_items(sp, value, 100)
            if items is not None:
                g.add("list", f"{show(path)} with 100 items", [("set", path, items)],
                      must_pass=True)
        for i, item in enumerate(value):
            walk(g, shape.member, path + [i], item)
    elif t == "map":
        if not isinstance(value, dict):
            return
        g.add("map", f"{show(path)} empty", [("set", path, {})])
        ks, vs = shape.key, shape.value
        klim = limits_for(ks, sp + "{}key")
        first = next(iter(value))
        kp = path + [first]
        if klim.get("min", 0) > 0:
            g.add("map-key", f"{show(path)} empty key", [("rename", kp, "")])
        if "max" in klim:
            g.add("map-key", f"{show(path)} key length max+1",
                  [("rename", kp, "k" * (klim["max"] + 1))])
            g.add("map-key", f"{show(path)} key length max",
                  [("rename", kp, "k" * klim["max"])], must_pass=True)
        for bad in PATTERN_BREAKERS.get(sp + "{}key", []):
            g.add("map-key", f"{show(path)} key {bad!r}", [("rename", kp, bad)])
        for k, v in value.items():
            walk(g, vs, path + [("mapval", k)], v)
    else:
        scalar_limits(g, shape, path, value, sp)


def snake(name):
    out = ""
    for ch in name:
        out += ("_" + ch.lower()) if ch.isupper() else ch
    return out.lstrip("_")


def distinct_items(sp, value, n):
    """n distinct, individually valid items for the list at sp, or None."""
    if sp == "targets":
        return [f"arn:aws:iot:{REGION}:{ACCOUNT}:thing/oracle-thing-{i}" for i in range(n)]
    if sp == "destinationPackageVersions":
        return [f"arn:aws:iot:{REGION}:{ACCOUNT}:package/p{i}/version/1.0" for i in range(n)]
    if sp == "tags":
        return [{"Key": f"key{i}", "Value": f"v{i}"} for i in range(n)]
    if sp == "jobExecutionsRetryConfig.criteriaList":
        kinds = ["FAILED", "TIMED_OUT", "ALL"]
        return [{"failureType": kinds[i % 3], "numberOfRetries": 1} for i in range(n)]
    if sp == "abortConfig.criteriaList":
        kinds = ["FAILED", "REJECTED", "TIMED_OUT", "ALL"]
        if n > len(kinds):
            return None
        return [{"failureType": k, "action": "CANCEL", "thresholdPercentage": 10,
                 "minNumberOfExecutedThings": 10} for k in kinds[:n]]
    if sp == "schedulingConfig.maintenanceWindows":
        return [{"startTime": f"cron({i % 60} {i // 60} ? * SUN *)", "durationInMinutes": 30}
                for i in range(n)]
    return None


def extra_documents(g):
    """Whole-document mutations that do not come from the walk."""
    # duplicate keys: Python's json (and so botocore) keeps the later value
    g.add("duplicate-key", "jobId twice, the later one a number",
          [("dupkey", ["jobId"], 42)])
    g.add("duplicate-key", "jobId twice, the later one too long",
          [("dupkey", ["jobId"], "j" * 65)])
    g.add("duplicate-key", "jobId twice, the earlier one a number",
          [("set", ["jobId"], 42), ("dupkey", ["jobId"], "oracle-dup")])
    g.add("duplicate-key", "targets twice, the later one empty",
          [("dupkey", ["targets"], [])])
    g.add("duplicate-key", "targets twice, the later one null",
          [("dupkey", ["targets"], None)])
    g.add("document", "top level is a string", [("root", [], "jobId")])
    g.add("document", "top level is a number", [("root", [], 42)])
    g.add("document", "top level is null", [("root", [], None)])
    g.add("document", "top level is an array holding a string", [("root", [], ["x"])])
    g.add("document", "top level is an array holding an empty object", [("root", [], [{}])])
    g.add("document", "top level is an array holding a job without targets",
          [("root", [], [{"jobId": "a", "documentSource": "s3://b/k"}])])
    g.add("document", "top level is an empty object", [("root", [], {})])
    g.add("document", "top level has only jobId", [("root", [], {"jobId": "x"})])
    g.add("document", "top level has only targets",
          [("root", [], {"targets": [f"arn:aws:iot:{REGION}:{ACCOUNT}:thing/t"]})])


def generate(bases, shape):
    """Deterministic, deduplicated list of mutations over all bases."""
    out, seen = [], set()

    def push(base_name, base, label, category, ops, must_pass):
        doc = apply_ops(base, ops)
        if doc is None:
            return
        key = hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()
        if key in seen or doc == base:
            return
        seen.add(key)
        out.append({"base": base_name, "label": label, "category": category,
                    "doc": doc, "ops": ops, "must_pass": must_pass})

    pools = []
    for name, base in bases:
        g = Gen()
        walk(g, shape, [], base)
        if name == bases[0][0]:
            extra_documents(g)
        for label, cat, ops, mp in g.items:
            push(name, base, label, cat, ops, mp)
        pools.append((name, base, [i for i in g.items if i[1] != "document"]))
    # seeded combinations: two faults in one file (a later one may land inside or
    # replace an earlier one; pairs that no longer apply are dropped)
    rng = random.Random(SEED)
    for _ in range(COMBINATIONS):
        name, base, pool = rng.choice(pools)
        a, b = rng.sample(pool, 2)
        push(name, base, f"{a[0]} + {b[0]}", "combined", a[2] + b[2], False)
    return out


# --------------------------------------------------------------------------- running

def run_linter(linter, files):
    cmd = [linter, "--format", "json", "--no-config", "--now", NOW] + files
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        print(f"FAIL: iotjob-lint exited {p.returncode}\nstderr:\n{p.stderr[:4000]}")
        sys.exit(1)
    try:
        report = json.loads(p.stdout)
    except ValueError as e:
        print(f"FAIL: iotjob-lint's JSON report does not parse ({e}); stdout starts "
              f"{p.stdout[:500]!r}; stderr {p.stderr[:2000]!r}")
        sys.exit(1)
    result = {}
    for f in report.get("files", []):
        diags = f.get("diagnostics", [])
        result[os.path.abspath(f["path"])] = [d for d in diags if d.get("severity") == "error"]
    return result


def main(argv):
    ap = argparse.ArgumentParser(description="botocore oracle test for iotjob-lint")
    ap.add_argument("linter", help="path to the iotjob-lint binary")
    ap.add_argument("--keep", metavar="DIR", help="write the mutations to DIR and keep them")
    ap.add_argument("--verbose", action="store_true",
                    help="also list the mutations only iotjob-lint rejects")
    opts = ap.parse_args(argv[1:])
    keep, verbose = opts.keep, opts.verbose
    linter = os.path.abspath(opts.linter)
    if not os.access(linter, os.X_OK):
        print(f"FAIL: {linter} is not an executable")
        return 1

    t0 = time.monotonic()
    botocore, shape = load_botocore()
    from botocore.validate import ParamValidator
    validator = ParamValidator()
    print(f"oracle: botocore {botocore.__version__} ({os.path.dirname(botocore.__file__)}), "
          f"python {sys.version.split()[0]}, linter {linter}")

    bases = []
    for name in BASE_FILES:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            bases.append((name, json.load(fh)))  # plain floats, never Decimal
    mutations = generate(bases, shape)
    print(f"generated {len(mutations)} mutations from {len(bases)} base files "
          f"(seed {SEED})")

    tmp = tempfile.TemporaryDirectory(prefix="ijl-oracle-")
    outdir = keep or tmp.name
    os.makedirs(outdir, exist_ok=True)
    files = []
    for name, _ in bases:  # the bases themselves must be clean for both
        files.append(os.path.join(HERE, name))
    for i, m in enumerate(mutations):
        path = os.path.join(outdir, f"m{i:04d}.json")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(render(m["doc"]))
        m["path"] = path
        files.append(path)

    # botocore, on each file as loaded from disk with plain floats
    def boto_errors(path):
        with open(path, encoding="utf-8") as fh:
            params = json.load(fh)
        # iotjob-lint reads a top-level array as a list of documents, each linted on
        # its own (docs/dialects.md), so botocore judges each element as one request
        docs = params if isinstance(params, list) else [params]
        out = []
        for d in docs:
            report = validator.validate(d, shape)
            if report.has_errors():
                out.append(report.generate_report())
        return "\n".join(out)

    for m in mutations:
        m["boto"] = boto_errors(m["path"])
    lint = run_linter(linter, [os.path.abspath(f) for f in files])

    failures = []
    for name, _ in bases:
        p = os.path.abspath(os.path.join(HERE, name))
        b = boto_errors(p)
        if b or p not in lint or lint[p]:
            failures.append(f"base file {name} is not clean: botocore: {b or 'ok'}; "
                            f"iotjob-lint: {summ(lint.get(p, 'missing from report'))}")
    missing = [m for m in mutations if os.path.abspath(m["path"]) not in lint]
    for m in missing:
        failures.append(f"{m['path']} ({m['label']}) is missing from the linter's report")
    for m in mutations:
        m["lint"] = lint.get(os.path.abspath(m["path"]), [])

    gaps = [m for m in mutations if m["boto"] and not m["lint"]]
    bad_pass = [m for m in mutations if m["must_pass"] and (m["boto"] or m["lint"])]

    total = len(mutations)
    nb = sum(1 for m in mutations if m["boto"])
    nl = sum(1 for m in mutations if m["lint"])
    both = sum(1 for m in mutations if m["boto"] and m["lint"])
    musts = sum(1 for m in mutations if m["must_pass"])

    cats = {}
    for m in mutations:
        c = cats.setdefault(m["category"], [0, 0, 0])
        c[0] += 1
        c[1] += bool(m["boto"])
        c[2] += bool(m["lint"])
    print(f"{'category':<18}{'files':>7}{'botocore':>10}{'iotjob-lint':>13}")
    for c in sorted(cats):
        print(f"{c:<18}{cats[c][0]:>7}{cats[c][1]:>10}{cats[c][2]:>13}")
    codes = {}
    for m in mutations:
        for code in {d["code"] for d in m["lint"]}:
            codes[code] = codes.get(code, 0) + 1
    print("iotjob-lint error codes (files): "
          + ", ".join(f"{k} {v}" for k, v in sorted(codes.items())))
    print(f"must-pass boundary files: {musts} ({len(bad_pass)} rejected)")
    print(f"botocore rejects {nb} of {total}; iotjob-lint rejects {nl} of {total}; "
          f"both {both}; iotjob-lint-only {nl - both}; botocore-only: {len(gaps)}")

    if verbose:
        for m in mutations:
            if m["lint"] and not m["boto"]:
                print(f"  iotjob-lint only: [{m['base']}] {m['label']}: "
                      f"{summ(m['lint'])}")

    saved = None
    if gaps or bad_pass:
        # keep the offending files where CI can pick them up (ctest's working directory)
        saved = os.path.abspath("botocore-oracle-failures")
        os.makedirs(saved, exist_ok=True)
        for m in gaps + bad_pass:
            with open(os.path.join(saved, os.path.basename(m["path"])), "w",
                      encoding="utf-8") as fh:
                fh.write(render(m["doc"]))
    for m in gaps:
        failures.append(
            f"botocore rejects, iotjob-lint accepts: [{m['base']}] {m['label']}\n"
            f"    botocore: {m['boto'].splitlines()[-1].strip()}\n"
            f"    mutation: {describe_ops(m['ops'])}\n"
            f"    file: {os.path.join(saved, os.path.basename(m['path']))}")
    for m in bad_pass:
        failures.append(
            f"a boundary value that must pass was rejected: [{m['base']}] {m['label']}\n"
            f"    botocore: {(m['boto'] or 'ok').splitlines()[-1].strip()}\n"
            f"    iotjob-lint: {summ(m['lint']) or 'ok'}\n"
            f"    file: {os.path.join(saved, os.path.basename(m['path']))}")
    if total < MIN_MUTATIONS:
        failures.append(f"only {total} mutations generated, need at least {MIN_MUTATIONS}")

    print(f"runtime {time.monotonic() - t0:.1f}s")
    if failures:
        print(f"\nFAIL: {len(failures)} problem(s):")
        for i, f in enumerate(failures):
            print("  - " + (f if i < 40 else f.splitlines()[0]))
        return 1
    print("PASS: every file botocore rejects gets an iotjob-lint error")
    return 0


def summ(diags):
    if isinstance(diags, str):
        return diags
    return "; ".join(f"{d['code']} {d.get('pointer', '')}: {d.get('message', '')}"
                     for d in diags)


def describe_ops(ops):
    out = []
    for op in ops:
        if op[0] == "root":
            v = json.dumps(op[2], ensure_ascii=False)
            out.append(f"whole document = {v[:200]}")
        elif op[0] == "del":
            out.append(f"delete {show(op[1])}")
        elif op[0] == "rename":
            out.append(f"rename {show(op[1])} to {op[2]!r}")
        else:
            v = op[2]
            if isinstance(v, str) and v.startswith(RAW_PREFIX):
                v = v[len(RAW_PREFIX):]
            else:
                v = json.dumps(v, ensure_ascii=False)
            v = v if len(v) <= 200 else f"{v[:80]}… ({len(v)} chars of JSON)"
            verb = "set" if op[0] == "set" else "repeat key"
            out.append(f"{verb} {show(op[1])} = {v}")
    return "; ".join(out)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
