#!/usr/bin/env python3
"""Validates the CI formats iotjob-lint writes, with Python's standard library alone.

  ci_formats_check.py gitlab REPORT SCHEMA   a Code Quality report against a JSON Schema
  ci_formats_check.py junit REPORT           a JUnit report, parsed and checked strictly

The JSON Schema validator covers the draft-07 keywords tests/schemas/ uses (type, enum,
required, properties, additionalProperties, items, minLength, minimum, pattern); a schema
with any other keyword is refused rather than half-checked. The JUnit check is structural:
the elements and attributes GitLab's and Jenkins' JUnit readers take, and nothing else, and
no two testcases of a class with one name (GitLab refuses those).
Prints every error and exits 1 when there is one.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

KNOWN = {"$schema", "$comment", "title", "description", "type", "enum", "required", "properties",
         "additionalProperties", "items", "minLength", "minimum", "pattern"}
TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def validate(value, schema, where, errors):
    unknown = set(schema) - KNOWN
    if unknown:
        raise SystemExit(f"schema keyword(s) this validator does not know: {sorted(unknown)}")
    if "type" in schema and not TYPES[schema["type"]](value):
        errors.append(f"{where}: expected {schema['type']}, found {type(value).__name__}")
        return
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{where}: shorter than {schema['minLength']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, (int, float)) and "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{where}: {value} is below {schema['minimum']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{where}: missing {key!r}")
        props = schema.get("properties", {})
        for key, item in value.items():
            if key in props:
                validate(item, props[key], f"{where}/{key}", errors)
            elif schema.get("additionalProperties", True) is False:
                errors.append(f"{where}: unexpected key {key!r}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], f"{where}/{i}", errors)


def check_gitlab(report, schema_file):
    errors = []
    raw = open(report, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("the report starts with a byte order mark, which GitLab's parser refuses")
    doc = json.loads(raw.decode("utf-8"))
    validate(doc, json.load(open(schema_file, encoding="utf-8")), "", errors)
    fingerprints = [issue.get("fingerprint") for issue in doc] if isinstance(doc, list) else []
    print(f"gitlab: {len(doc) if isinstance(doc, list) else 0} issues, {len(set(fingerprints))} fingerprints")
    return errors


def number(value):
    return re.fullmatch(r"[0-9]+", value or "") is not None


def check_junit(report):
    errors = []
    # ElementTree parses with expat: a character XML 1.0 forbids, or bad UTF-8, fails here
    root = ET.parse(report).getroot()

    def attrs(element, where, required, optional):
        for name in required:
            if not element.get(name):
                errors.append(f"{where}: <{element.tag}> lacks {name}")
        for name in element.attrib:
            if name not in required and name not in optional:
                errors.append(f"{where}: <{element.tag}> has an unexpected attribute {name}")

    if root.tag != "testsuites":
        errors.append(f"the root is <{root.tag}>, not <testsuites>")
    attrs(root, "/", ["name"], [])
    cases = 0
    for i, suite in enumerate(root):
        where = f"/testsuite[{i}]"
        if suite.tag != "testsuite":
            errors.append(f"{where}: unexpected <{suite.tag}>")
            continue
        attrs(suite, where, ["name"], ["tests", "failures", "errors", "skipped"])
        counts = [suite.get(k) for k in ("tests", "failures", "errors", "skipped")]
        if any(c is not None for c in counts) and not all(number(c) for c in counts):
            errors.append(f"{where}: counts are all there and numbers, or all absent: {counts}")
        failed = 0
        names = set()
        for j, case in enumerate(suite):
            cwhere = f"{where}/testcase[{j}]"
            if case.tag != "testcase":
                errors.append(f"{cwhere}: unexpected <{case.tag}>")
                continue
            cases += 1
            attrs(case, cwhere, ["name", "classname"], ["file", "time"])
            # GitLab: "You cannot have multiple tests with the same name and class"
            if (case.get("classname"), case.get("name")) in names:
                errors.append(f"{cwhere}: a second testcase named {case.get('name')!r} in its class")
            names.add((case.get("classname"), case.get("name")))
            if case.get("time") is not None and not re.fullmatch(r"[0-9]+(\.[0-9]+)?", case.get("time")):
                errors.append(f"{cwhere}: time {case.get('time')!r} is not a number of seconds")
            if case.get("file") is not None and case.get("file") != case.get("classname"):
                errors.append(f"{cwhere}: file and classname name different files")
            if (case.text or "").strip():
                errors.append(f"{cwhere}: text directly in <testcase>")
            children = list(case)
            if len(children) > 1 or any(c.tag != "failure" for c in children):
                errors.append(f"{cwhere}: holds {[c.tag for c in children]}, not at most one <failure>")
            for failure in children:
                failed += 1
                attrs(failure, cwhere + "/failure", ["message", "type"], [])
                if failure.get("type") not in ("error", "warning", "info"):
                    errors.append(f"{cwhere}/failure: type {failure.get('type')!r}")
                if not (failure.text or "").strip() or list(failure):
                    errors.append(f"{cwhere}/failure: expected text and no elements")
        if suite.get("tests") is not None:
            if int(suite.get("tests")) != len(suite) or int(suite.get("failures")) != failed:
                errors.append(f"{where}: tests={suite.get('tests')} failures={suite.get('failures')}, "
                              f"but it holds {len(suite)} testcases, {failed} failed")
            if suite.get("errors") != "0" or suite.get("skipped") != "0":
                errors.append(f"{where}: errors and skipped must be 0")
        if len(suite) == 0:
            errors.append(f"{where}: no testcase (GitLab and Jenkins would show the file as nothing)")
    print(f"junit: {len(root)} testsuites, {cases} testcases")
    return errors


def main():
    kind, report = sys.argv[1], sys.argv[2]
    errors = check_gitlab(report, sys.argv[3]) if kind == "gitlab" else check_junit(report)
    for e in errors:
        print(f"FAIL {report}: {e}")
    print(f"{kind}: {len(errors)} errors in {report}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
