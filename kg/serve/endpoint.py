"""``kg serve``: Oxigraph's SPARQL server on loopback, behind a small HTTP
front that declares the project's prefixes (kg:, skos:, region: …) in every
query it passes on, as ``kg query`` does, so the queries in queries/ run
over HTTP as they are. Everything else (updates, which the read-only server
refuses, other paths, the answers) passes through unchanged.

The front also keeps one request from taking the endpoint: a query asking
for a SERVICE (which would make this machine fetch any URL) is refused
unless federation is on; a query running past the time limit is answered
503 and its server restarted (Oxigraph's own timeout does not stop an
aggregate over a cross product, which keeps a core busy for minutes after
the client left); an answer larger than the size limit is answered 500."""
from __future__ import annotations

import http.client
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kg.serve.query import NO_FEDERATION, federated, with_prefixes

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection", "host",
               "content-length"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Refused(Exception):
    """A request the front does not pass on; the message says why."""


def declared(path: str, body: bytes, content_type: str, federation: bool = False) -> tuple[str, bytes]:
    """The request's path and body with the prefixes declared in its query,
    wherever the SPARQL 1.1 Protocol puts it (URL, form or body); Refused
    for a SERVICE without ``federation``."""
    url = urllib.parse.urlsplit(path)
    if url.path != "/query":
        return path, body

    def prepared(query: str) -> str:
        if not federation and federated(query):
            raise Refused(NO_FEDERATION.format(flag="kg serve --federation"))
        return with_prefixes(query)[0]
    params = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
    if any(k == "query" for k, _ in params):
        params = [(k, prepared(v) if k == "query" else v) for k, v in params]
        path = urllib.parse.urlunsplit(url._replace(query=urllib.parse.urlencode(params)))
    media = content_type.split(";")[0].strip().lower()
    if media == "application/sparql-query" and body:
        body = prepared(body.decode("utf-8", "replace")).encode("utf-8")
    elif media == "application/x-www-form-urlencoded" and body:
        form = urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        body = urllib.parse.urlencode([(k, prepared(v) if k == "query" else v) for k, v in form]).encode()
    return path, body


class _TooLarge(Exception):
    pass


class _Handler(BaseHTTPRequestHandler):
    server: "PrefixFront"

    def _pass(self) -> None:
        front = self.server
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            path, body = declared(self.path, body, self.headers.get("Content-Type", ""), front.federation)
        except Refused as exc:
            self._say(403, str(exc))
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        backend = front.proc
        deadline = time.monotonic() + front.timeout
        conn = http.client.HTTPConnection("127.0.0.1", front.backend, timeout=front.timeout)
        try:
            conn.request(self.command, path, body=body or None, headers=headers)
            resp = conn.getresponse()
            data = _read(resp, deadline, front.max_bytes)
        except TimeoutError:
            front.restart(backend)  # the only way to stop the query
            self._say(503, f"the query ran past the {front.timeout:g} s limit (kg serve --timeout) and was stopped")
            return
        except _TooLarge:
            self._say(500, f"the answer is larger than {front.max_bytes / 1e6:g} MB (kg serve --max-result-mb): "
                           "ask for less, with LIMIT")
            return
        except OSError as exc:
            self.send_error(502, f"the SPARQL server did not answer: {exc}")
            return
        finally:
            conn.close()
        self.send_response(resp.status, resp.reason)
        for k, v in resp.getheaders():
            if k.lower() not in _HOP_BY_HOP:
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _say(self, status: int, message: str) -> None:
        data = (message + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_PATCH = _pass

    def log_message(self, format: str, *args) -> None:  # a quiet server, like oxigraph's
        pass


def _read(resp: http.client.HTTPResponse, deadline: float, limit: int) -> bytes:
    """The answer's body, read by the deadline (TimeoutError) and up to ``limit`` bytes (_TooLarge)."""
    chunks, size = [], 0
    while chunk := resp.read1(1 << 16):
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
    return b"".join(chunks)


class PrefixFront(ThreadingHTTPServer):
    """The front, listening from the moment it is made (so a port in use
    raises OSError before anything else starts): ``timeout`` seconds per
    query, answers of up to ``max_bytes``, SERVICE only with ``federation``."""
    daemon_threads = True

    def __init__(self, host: str, port: int, timeout: float = 30, max_bytes: int = 64_000_000,
                 federation: bool = False) -> None:
        super().__init__((host, port), _Handler)
        self.port = self.server_address[1]
        self.backend = 0
        self.timeout, self.max_bytes, self.federation = timeout, max_bytes, federation
        self.command: list[str] = []
        self.proc: subprocess.Popen | None = None
        self._restarting = threading.Lock()

    def serve(self, command: list[str], backend: int, announce: str, wait: float = 60) -> str | None:
        """Start ``command`` (the server on loopback port ``backend``), say
        ``announce`` once it answers, and pass requests on until a signal
        stops this process; what went wrong if the server stopped first."""
        self.backend, self.command = backend, command
        self._start()
        stopped = signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # the process's: put back below
        try:
            if not self._ready(wait):
                return f"the oxigraph server did not start ({' '.join(command)})"
            print(announce, file=sys.stderr, flush=True)
            self.serve_forever(poll_interval=0.2)
        except KeyboardInterrupt:
            pass
        finally:
            with self._restarting:
                proc, self.proc = self.proc, None
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=10)
            signal.signal(signal.SIGTERM, stopped)
        if proc is None:
            return "the oxigraph server could not be restarted"
        return None if proc.returncode in (0, -signal.SIGTERM) else f"the oxigraph server stopped (exit {proc.returncode})"

    def _start(self) -> None:
        proc = self.proc = subprocess.Popen(self.command, stderr=subprocess.PIPE, text=True)
        threading.Thread(target=_relay, args=(proc.stderr,), daemon=True).start()
        threading.Thread(target=self._watch, args=(proc,), daemon=True).start()

    def _watch(self, proc: subprocess.Popen) -> None:
        """The front stops with the server (unless it was restarted), and the server with the front."""
        proc.wait()
        if proc is self.proc:
            self.shutdown()

    def _ready(self, wait: float) -> bool:
        deadline = time.monotonic() + wait
        while not _answers(self.backend):
            if self.proc is None or self.proc.poll() is not None or time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def restart(self, proc: subprocess.Popen | None) -> None:
        """Stop ``proc``, the server running a query past the limit (and any
        other it was running), and start a fresh one on the same port;
        nothing if another thread did already."""
        with self._restarting:
            if proc is None or proc is not self.proc:
                return
            self.proc = None
            proc.kill()
            proc.wait()
            self._start()
            if not self._ready(60):
                self.shutdown()


def _relay(stream) -> None:
    """The server's messages, less the address it listens on, which is the front's business."""
    for line in stream:
        if not line.startswith("Listening for requests"):
            sys.stderr.write(line)


def _answers(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False
