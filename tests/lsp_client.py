"""A minimal LSP client over a subprocess's stdio (standard library only), for the session
test (tests/lsp_session_test.py) and the latency benchmark (bench/lsp_latency.py)."""

import json
import queue
import subprocess
import threading
import time


class Client:
    def __init__(self, binary, cwd=None, args=("server",)):
        self.proc = subprocess.Popen(
            [binary, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd
        )
        self.messages = queue.Queue()
        self.seen = []  # every message read, in order
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self.proc.stderr.read, daemon=True).start()  # never let stderr fill up

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode().partition(":")
                headers[name.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put((time.monotonic(), json.loads(body)))

    # ---- sending ----

    def write(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message, ensure_ascii=False).encode()
        self.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, method, params=None):
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return self.next_id

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    # ---- receiving ----

    def wait_for(self, matches, timeout=30, what="a message"):
        """The first message not yet taken that `matches`; the ones before it are kept in `seen`."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("timed out waiting for " + what)
            try:
                item = self.messages.get(timeout=left)
            except queue.Empty:
                raise AssertionError("timed out waiting for " + what)
            if item is None:
                raise AssertionError("the server closed its output while waiting for " + what)
            at, message = item
            self.seen.append((at, message))
            if matches(message):
                return message

    def response(self, id, timeout=30):
        return self.wait_for(lambda m: m.get("id") == id and "method" not in m, timeout, "the response to %s" % id)

    def call(self, method, params=None, timeout=30):
        return self.response(self.request(method, params), timeout)

    def diagnostics(self, uri, version=None, timeout=30):
        def matches(m):
            if m.get("method") != "textDocument/publishDiagnostics" or m["params"]["uri"] != uri:
                return False
            return version is None or m["params"].get("version") == version

        return self.wait_for(matches, timeout, "diagnostics of %s version %s" % (uri, version))["params"]

    def initialize(self, root_uri=None, encodings=None, options=None, capabilities=None):
        caps = dict(capabilities or {})
        if encodings is not None:
            caps["general"] = {"positionEncodings": encodings}
        params = {"processId": None, "rootUri": root_uri, "capabilities": caps}
        if options is not None:
            params["initializationOptions"] = options
        result = self.call("initialize", params)
        self.notify("initialized", {})
        return result

    def finish(self, timeout=30):
        """shutdown, exit, and the exit code."""
        assert self.call("shutdown")["result"] is None
        self.notify("exit")
        return self.proc.wait(timeout)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def utf16_units(text):
    return len(text.encode("utf-16-le")) // 2


def position_of(text, needle, nth=0):
    """The UTF-16 LSP position of the `nth` occurrence of `needle` in `text`."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at)
    start = text.rfind("\n", 0, at) + 1
    return {"line": line, "character": utf16_units(text[start:at])}


def apply_utf16_edit(text, edit):
    """`text` with a TextEdit (UTF-16 positions, `\\n` line breaks) applied."""

    def offset(pos):
        lines = text.split("\n")
        base = sum(len(l) + 1 for l in lines[: pos["line"]])
        line = lines[pos["line"]]
        units = 0
        for i, ch in enumerate(line):
            if units >= pos["character"]:
                return base + i
            units += utf16_units(ch)
        return base + len(line)

    r = edit["range"]
    return text[: offset(r["start"])] + edit["newText"] + text[offset(r["end"]) :]
