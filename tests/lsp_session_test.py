#!/usr/bin/env python3
"""Drives `iotjob-lint server` through whole LSP sessions over stdio, as an editor does:
diagnostics with exact UTF-16 ranges on a line with non-ASCII text, full and incremental
changes, hover, completion, quick fixes, relatedInformation for a client that takes it,
configuration reloads, shutdown and exit; then the error cases (malformed headers and JSON,
unknown methods, the lifecycle's rules, a client that disappears) and a 50 MB document.

usage: lsp_session_test.py IOTJOB_LINT
"""
import json
import os
import pathlib
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import Client, apply_utf16_edit, position_of  # noqa: E402

NOW = "2026-11-27T00:00:00Z"
DOCS = "https://example.com/docs/rules/{code}.md"

# "snapshot" is IJ204 with a fix; the text before it on its line holds "é" (1 UTF-16 unit,
# 2 bytes) and "😀" (2 units, 4 bytes), so its range is UTF-16 characters 47..57.
BROKEN = (
    "{\n"
    '  "description": "café 😀", "targetSelection": "snapshot",\n'
    '  "jobId": "j1", "targets": ["arn:aws:iot:us-east-1:123456789012:thing/t1"], "document": "{}",\n'
    '  "jobExecutionsRolloutConfig": {"maximumPerMinute": 5000}\n'
    "}\n"
)


def rng(line, start, end):
    return {"start": {"line": line, "character": start}, "end": {"line": line, "character": end}}


def doc(uri, text, version=1, language="json"):
    return {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}}


def check(condition, what, got=None):
    if not condition:
        raise AssertionError(what + ("" if got is None else ":\n" + json.dumps(got, indent=1, ensure_ascii=False)))


def session(binary, root):
    """The whole happy path, UTF-16."""
    uri = (root / "job.json").as_uri()
    c = Client(binary, cwd=root)
    try:
        init = c.initialize(root.as_uri(), ["utf-16"], {"now": NOW, "docsUrl": DOCS, "debounceMs": 20},
                            {"workspace": {"workspaceEdit": {"documentChanges": True}}})
        caps = init["result"]["capabilities"]
        check(caps["positionEncoding"] == "utf-16", "UTF-16 negotiated", caps)
        check(caps["textDocumentSync"]["change"] == 2, "incremental sync offered", caps)

        c.notify("textDocument/didOpen", doc(uri, BROKEN))
        got = c.diagnostics(uri, 1)["diagnostics"]
        expected = [
            {"range": rng(1, 47, 57), "severity": 1, "code": "IJ204", "source": "iotjob-lint",
             "message": 'targetSelection "snapshot" is not one of CONTINUOUS, SNAPSHOT; did you mean "SNAPSHOT"?',
             "codeDescription": {"href": "https://example.com/docs/rules/IJ204.md"}},
            {"range": rng(3, 53, 57), "severity": 1, "code": "IJ201", "source": "iotjob-lint",
             "message": "maximumPerMinute 5000 is outside 1..1000",
             "codeDescription": {"href": "https://example.com/docs/rules/IJ201.md"}},
        ]
        check(got == expected, "the broken job's diagnostics", got)

        # hover: a key's field, a diagnostic's rule
        hover = c.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": position_of(BROKEN, "obId")})
        value = hover["result"]["contents"]["value"]
        check("**jobId** · string · required" in value and "1..64 characters" in value, "hover on jobId", hover)
        check(hover["result"]["range"] == rng(2, 2, 9), "hover range of jobId", hover)
        hover = c.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 1, "character": 50}})
        check("# IJ204 invalid-enum" in hover["result"]["contents"]["value"], "hover on the diagnostic", hover)

        # completion: the fields the job still lacks; an enum's values
        at = position_of(BROKEN, '"maximumPerMinute"')
        items = c.call("textDocument/completion", {"textDocument": {"uri": uri}, "position": at})["result"]["items"]
        labels = [i["label"] for i in items]
        check("exponentialRate" in labels and "maximumPerMinute" not in labels, "completion in the rollout config", labels)
        top = c.call("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 1}})
        labels = [i["label"] for i in top["result"]["items"]]
        check("abortConfig" in labels and "jobId" not in labels and "description" not in labels, "top-level completion", labels)
        abort = next(i for i in top["result"]["items"] if i["label"] == "abortConfig")
        check(abort["textEdit"] == {"range": rng(0, 1, 1), "newText": '"abortConfig": '}, "a key's edit", abort)

        # the quick fix, applied as an incremental change
        actions = c.call("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": rng(1, 50, 50),
                                                     "context": {"diagnostics": []}})["result"]
        check(len(actions) == 1 and actions[0]["kind"] == "quickfix", "one quick fix", actions)
        change = actions[0]["edit"]["documentChanges"][0]
        check(change["textDocument"] == {"uri": uri, "version": 1}, "the fix names the version", change)
        edit = change["edits"][0]
        check(edit == {"range": rng(1, 47, 57), "newText": '"SNAPSHOT"'}, "the fix's edit", edit)
        text = apply_utf16_edit(BROKEN, edit)
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                            "contentChanges": [{"range": edit["range"], "text": edit["newText"]}]})
        got = c.diagnostics(uri, 2)["diagnostics"]
        check([d["code"] for d in got] == ["IJ201"], "after the incremental fix only IJ201 is left", got)

        # an incremental insertion inside the value, on the line with the emoji
        fixed = text.replace('"maximumPerMinute": 5000', '"maximumPerMinute": 500')
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                            "contentChanges": [{"range": rng(1, 56, 56), "text": "X"}]})
        got = c.diagnostics(uri, 3)["diagnostics"]
        check([(d["code"], d["range"]) for d in got] == [("IJ204", rng(1, 47, 58)), ("IJ201", rng(3, 53, 57))],
              "SNAPSHOTX is IJ204 again, one character longer", got)
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 4},
                                            "contentChanges": [{"text": fixed}]})
        check(c.diagnostics(uri, 4)["diagnostics"] == [], "the fixed job is clean")

        # a burst of changes: debounced, and no older version published after a newer one
        for v in range(5, 25):
            c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": v},
                                                "contentChanges": [{"text": BROKEN if v % 2 else fixed}]})
        last = c.diagnostics(uri, 24)
        check(last["diagnostics"] == [], "the last version of the burst is the one published last", last)
        versions = [m["params"]["version"] for _, m in c.seen
                    if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri]
        check(versions == sorted(versions), "versions are published in order", versions)
        check(len([v for v in versions if v >= 5]) < 20, "the burst was debounced", versions)

        # YAML; a document that is not a job gets nothing but an empty list
        yaml_uri = (root / "job.yaml").as_uri()
        c.notify("textDocument/didOpen", doc(yaml_uri, "jobId: a\ntargets: [arn:aws:iot:us-east-1:123456789012:thing/t1]\ndocument: '{}'\ntargetSelection: Continuous\n",
                                             language="yaml"))
        got = c.diagnostics(yaml_uri, 1)["diagnostics"]
        check([(d["code"], d["range"]) for d in got] == [("IJ204", rng(3, 17, 27))], "YAML diagnostics", got)
        other = (root / "package.json").as_uri()
        c.notify("textDocument/didOpen", doc(other, '{"name": "x", "version": "1.0.0"}'))
        check(c.diagnostics(other, 1)["diagnostics"] == [], "no diagnostics for a non-job")
        check(c.call("textDocument/completion", {"textDocument": {"uri": other}, "position": {"line": 0, "character": 1}})
              ["result"]["items"] == [], "no completion in a non-job")

        c.notify("textDocument/didClose", {"textDocument": {"uri": yaml_uri}})
        check(c.diagnostics(yaml_uri)["diagnostics"] == [], "closing clears")
        code = c.finish()
        check(code == 0, "exit code 0 after shutdown and exit", code)
    finally:
        c.kill()


def encodings(binary, root):
    """UTF-8 and UTF-32 when the client offers them."""
    uri = (root / "job.json").as_uri()
    # the range of "snapshot" and of the emoji before it, in UTF-32 code points and UTF-8 bytes
    cases = ((["utf-32", "utf-16"], "utf-32", (46, 56), (23, 24)), (["utf-16", "utf-8"], "utf-8", (50, 60), (24, 28)))
    for offered, chosen, span, emoji in cases:
        c = Client(binary, cwd=root)
        try:
            caps = c.initialize(root.as_uri(), offered, {"now": NOW})["result"]["capabilities"]
            check(caps["positionEncoding"] == chosen, "negotiated " + chosen, caps)
            c.notify("textDocument/didOpen", doc(uri, BROKEN))
            got = c.diagnostics(uri, 1)["diagnostics"]
            check(got[0]["range"] == rng(1, *span), chosen + " range", got)
            c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                                "contentChanges": [{"range": rng(1, *emoji), "text": ""}]})
            got = c.diagnostics(uri, 2)["diagnostics"]
            width = emoji[1] - emoji[0]
            check(got[0]["range"] == rng(1, span[0] - width, span[1] - width), chosen + " incremental edit", got)
            check(c.finish() == 0, "exit 0")
        finally:
            c.kill()


# "jobId" twice: the first after non-ASCII text on line 1 (UTF-16 characters 28..35), the
# repeat on line 2.
TWICE = (
    "{\n"
    '  "description": "café 😀", "jobId": "j1",\n'
    '  "targets": ["arn:aws:iot:us-east-1:123456789012:thing/t1"], "document": "{}", "jobId": "j2"\n'
    "}\n"
)


def related_information(binary, root):
    """The first key of a duplicate is relatedInformation, only for a client that declares it."""
    uri = (root / "twice.json").as_uri()
    for takes_it in (True, False):
        c = Client(binary, cwd=root)
        try:
            caps = {"textDocument": {"publishDiagnostics": {"relatedInformation": takes_it}}}
            c.initialize(root.as_uri(), ["utf-16"], {"now": NOW}, caps)
            c.notify("textDocument/didOpen", doc(uri, TWICE))
            got = c.diagnostics(uri, 1)["diagnostics"]
            expected = {"range": rng(2, 80, 87), "severity": 1, "code": "IJ002", "source": "iotjob-lint",
                        "message": 'duplicate key "jobId"'}
            if takes_it:
                expected["relatedInformation"] = [{"location": {"uri": uri, "range": rng(1, 28, 35)},
                                                   "message": "first defined here"}]
            check(got == [expected], "relatedInformation %s" % ("given" if takes_it else "left out"), got)
            check(c.finish() == 0, "exit 0")
        finally:
            c.kill()


def configuration(binary, root):
    """The closest .iotjob-lint.json applies, and is read again when the client says it changed."""
    sub = root / "configured"
    sub.mkdir()
    config = sub / ".iotjob-lint.json"
    config.write_text('{"ignore": ["IJ204"]}')
    uri = (sub / "job.json").as_uri()
    c = Client(binary, cwd=root)
    try:
        c.initialize(root.as_uri(), ["utf-16"], {"now": NOW})
        c.notify("textDocument/didOpen", doc(uri, BROKEN))
        got = c.diagnostics(uri, 1)["diagnostics"]
        check([d["code"] for d in got] == ["IJ201"], "the config ignores IJ204", got)
        config.write_text('{"ignore": ["IJ201"]}')
        c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
        got = c.diagnostics(uri, 1)["diagnostics"]
        check([d["code"] for d in got] == ["IJ204"], "the changed config applies", got)
        config.write_text('{"ignore": ["IJ999"]}')
        c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
        message = c.wait_for(lambda m: m.get("method") == "window/showMessage", what="the config error")
        check("IJ999" in message["params"]["message"], "a broken config is reported", message)
        check(c.diagnostics(uri, 1)["diagnostics"] == [], "nothing is linted under a broken config")
        check(c.finish() == 0, "exit 0")
    finally:
        c.kill()


def error_cases(binary, root):
    c = Client(binary, cwd=root)
    try:
        r = c.call("textDocument/hover", {"textDocument": {"uri": "file:///x.json"}, "position": {"line": 0, "character": 0}})
        check(r["error"]["code"] == -32002, "a request before initialize", r)
        c.initialize(root.as_uri())

        def error_for(raw):
            c.write(raw)
            return c.wait_for(lambda m: "error" in m, what="an error for %r" % raw[:40])

        def framed(body):
            return b"Content-Length: %d\r\n\r\n" % len(body) + body

        e = error_for(b"Content-Length: nope\r\n\r\n")
        check(e["error"]["code"] == -32700 and e["id"] is None, "malformed Content-Length", e)
        e = error_for(b"Content-Type: text/plain\r\n\r\n")
        check(e["error"]["code"] == -32700, "no Content-Length", e)
        e = error_for(framed(b"{not json"))
        check(e["error"]["code"] == -32700 and e["id"] is None, "invalid JSON", e)
        e = error_for(framed(b'{"jsonrpc": "2.0", "id": 5, "method": 7}'))
        check(e["error"]["code"] == -32600 and e["id"] == 5, "a method that is not a string", e)
        e = error_for(framed(b"[]"))
        check(e["error"]["code"] == -32600, "a batch", e)
        before = len(c.seen)
        c.notify("workspace/unknownNotification", {})
        c.notify("textDocument/didSave", {"textDocument": {"uri": (root / "never-opened.json").as_uri()}})
        r = c.call("unknown/method", {})
        check(r["error"]["code"] == -32601, "an unknown request", r)
        try:  # anything else that arrives within half a second is noise
            c.wait_for(lambda m: True, timeout=0.5)
        except AssertionError:
            pass
        check(len(c.seen) == before + 1, "no answer to an unknown notification or a save of an unopened file",
              [m for _, m in c.seen[before:]])
        r = c.call("textDocument/hover", {"position": {}})
        check(r["error"]["code"] == -32602, "invalid params", r)
        r = c.call("textDocument/hover", {"textDocument": {"uri": "file:///never-opened.json"}, "position": {"line": 0, "character": 0}})
        check(r["result"] is None, "hover on a document that is not open", r)
        check(c.call("shutdown")["result"] is None, "shutdown")
        r = c.call("textDocument/hover", {"textDocument": {"uri": "file:///x.json"}, "position": {"line": 0, "character": 0}})
        check(r["error"]["code"] == -32600, "a request after shutdown", r)
        c.notify("exit")
        check(c.proc.wait(30) == 0, "exit 0 after shutdown")
    finally:
        c.kill()

    # exit without shutdown: 1
    c = Client(binary, cwd=root)
    try:
        c.initialize(root.as_uri())
        c.notify("exit")
        check(c.proc.wait(30) == 1, "exit before shutdown exits 1")
    finally:
        c.kill()

    # the client disappears: the server exits by itself, in the middle of a message too
    for tail in (b"", b"Content-Length: 100\r\n\r\n{\"jsonrpc\""):
        c = Client(binary, cwd=root)
        try:
            c.initialize(root.as_uri())
            c.write(tail)
            c.proc.stdin.close()
            code = c.proc.wait(30)
            check(code == 1, "end of input without shutdown exits 1", code)
        finally:
            c.kill()


def big_document(binary, root):
    """50 MB: linted without a crash, and the reader keeps answering meanwhile."""
    def job(selection):
        return json.dumps({"jobId": "fw-1", "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/fleet"],
                           "document": "{}", "description": "Firmware rollout café 😀", "targetSelection": selection},
                          ensure_ascii=False)

    good, bad = job("SNAPSHOT"), job("snapshot")
    n = 50 * 1024 * 1024 // (len(good.encode()) + 2)
    # every 1000th job is broken (IJ204), the last one too
    text = "[\n" + ",\n".join(bad if i % 1000 == 999 or i == n - 1 else good for i in range(n)) + "\n]\n"
    start_char = len(bad[: bad.index('"snapshot"')].encode("utf-16-le")) // 2
    uri = (root / "big.json").as_uri()
    c = Client(binary, cwd=root)
    try:
        c.initialize(root.as_uri(), ["utf-16"], {"now": NOW})
        start = time.monotonic()
        c.notify("textDocument/didOpen", doc(uri, text))
        r = c.call("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 1, "character": 3}}, timeout=120)
        check("error" not in r, "hover while the big document is linted", r)
        got = c.diagnostics(uri, 1, timeout=300)["diagnostics"]
        check(len(got) == n // 1000 + 1 and got[-1]["range"] == rng(n, start_char, start_char + 10),
              "a diagnostic per broken job, the last one exact", got[-1] if got else None)
        print("  50 MB: %d diagnostics in %.1f s" % (len(got), time.monotonic() - start))
        check(c.finish(120) == 0, "exit 0")
    finally:
        c.kill()


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp).resolve()
        for test in (session, encodings, related_information, configuration, error_cases, big_document):
            start = time.monotonic()
            test(binary, root)
            print("ok %s (%.1f s)" % (test.__name__, time.monotonic() - start))


if __name__ == "__main__":
    main()
