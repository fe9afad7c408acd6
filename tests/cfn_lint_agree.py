#!/usr/bin/env python3
"""cfn-lint and iotjob-lint side by side on the CloudFormation test templates.

    cfn_lint_agree.py IOTJOB_LINT TEMPLATE_DIR

Every schema error cfn-lint reports inside an AWS::IoT::JobTemplate resource (its E3xxx
rules) must also be an iotjob-lint finding at the same place (the same JSON Pointer, or one
inside the other: cfn-lint names a missing property at its object, iotjob-lint the object);
iotjob-lint's further findings (precision, relations) are listed beside them. Prints the
table; exits 1 on a cfn-lint finding iotjob-lint misses, 77 (skipped) without cfn-lint.
"""
import json
import pathlib
import subprocess
import sys

try:
    from cfnlint.api import lint_file
    from cfnlint.decode import decode
except ImportError:
    print("SKIP: cfn-lint is not installed (pip install cfn-lint)")
    sys.exit(77)


def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def related(a, b):
    return a == b or a.startswith(b + "/") or b.startswith(a + "/")


def job_template_resources(template):
    parsed, errors = decode(str(template))
    if errors:
        sys.exit(f"cfn-lint cannot read {template}: {errors[0]}")
    return {name for name, r in parsed.get("Resources", {}).items() if r.get("Type") == "AWS::IoT::JobTemplate"}


def main():
    binary, folder = sys.argv[1], pathlib.Path(sys.argv[2])
    missed = 0
    for template in sorted(folder.glob("*.y*ml")) + sorted(folder.glob("*.json")):
        ours = subprocess.run([binary, "--no-config", "--format", "json", "--dialect", "cloudformation", str(template)],
                              capture_output=True, text=True)
        if ours.returncode not in (0, 1):
            print(ours.stderr)
            sys.exit(f"iotjob-lint failed on {template}")
        found = [d for f in json.loads(ours.stdout)["files"] for d in f["diagnostics"]]
        theirs = [m for m in lint_file(template) if m.rule.id.startswith("E3")]
        resources = job_template_resources(template)
        print(f"\n{template.name}")
        print(f"  {'line':>4}  {'cfn-lint':<44}  iotjob-lint")
        used = set()
        rows = []
        for m in theirs:
            path = [str(p) for p in m.path]
            if len(path) < 2 or path[0] != "Resources":
                continue
            if path[1] not in resources:
                continue
            at = pointer(path)
            match = [i for i, d in enumerate(found) if d["pointer"] == at] or \
                    [i for i, d in enumerate(found) if related(d["pointer"], at)]
            used.update(match)
            ij = ", ".join(found[i]["code"] for i in match) or "MISSED"
            if not match:
                missed += 1
            rows.append((m.linenumber, f"{m.rule.id} {m.message[:38]}", ij))
        for i, d in enumerate(found):
            if i not in used:
                rows.append((d["range"]["start"]["line"], "-", f"{d['code']} {d['message'][:60]}"))
        for line, left, right in sorted(rows):
            print(f"  {line:>4}  {left:<44}  {right}")
    if missed:
        sys.exit(f"\n{missed} cfn-lint finding(s) inside AWS::IoT::JobTemplate resources that iotjob-lint does not report")
    print("\nOK: iotjob-lint reports everything cfn-lint reports in AWS::IoT::JobTemplate resources")


if __name__ == "__main__":
    main()
