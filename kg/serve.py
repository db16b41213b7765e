"""``kg serve``: Oxigraph's SPARQL server on loopback, behind a small HTTP
front that declares the project's prefixes (kg:, skos:, region: …) in every
query it passes on, as ``kg query`` does, so the queries in queries/ run
over HTTP as they are. Everything else (updates, which the read-only server
refuses, other paths, the answers) passes through unchanged."""
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

from .query import with_prefixes

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection", "host",
               "content-length"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def declared(path: str, body: bytes, content_type: str) -> tuple[str, bytes]:
    """The request's path and body with the prefixes declared in its query,
    wherever the SPARQL 1.1 Protocol puts it (URL, form or body)."""
    url = urllib.parse.urlsplit(path)
    if url.path != "/query":
        return path, body
    params = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
    if any(k == "query" for k, _ in params):
        params = [(k, with_prefixes(v)[0] if k == "query" else v) for k, v in params]
        path = urllib.parse.urlunsplit(url._replace(query=urllib.parse.urlencode(params)))
    media = content_type.split(";")[0].strip().lower()
    if media == "application/sparql-query" and body:
        body = with_prefixes(body.decode("utf-8"))[0].encode("utf-8")
    elif media == "application/x-www-form-urlencoded" and body:
        form = urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True)
        body = urllib.parse.urlencode([(k, with_prefixes(v)[0] if k == "query" else v) for k, v in form]).encode()
    return path, body


class _Handler(BaseHTTPRequestHandler):
    server: "PrefixFront"

    def _pass(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path, body = declared(self.path, body, self.headers.get("Content-Type", ""))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        conn = http.client.HTTPConnection("127.0.0.1", self.server.backend)
        try:
            conn.request(self.command, path, body=body or None, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
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

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_PATCH = _pass

    def log_message(self, format: str, *args) -> None:  # a quiet server, like oxigraph's
        pass


class PrefixFront(ThreadingHTTPServer):
    """The front, listening from the moment it is made (so a port in use
    raises OSError before anything else starts)."""
    daemon_threads = True

    def __init__(self, host: str, port: int) -> None:
        super().__init__((host, port), _Handler)
        self.port = self.server_address[1]
        self.backend = 0

    def serve(self, command: list[str], backend: int, announce: str, wait: float = 60) -> str | None:
        """Start ``command`` (the server on loopback port ``backend``), say
        ``announce`` once it answers, and pass requests on until a signal
        stops this process; what went wrong if the server stopped first."""
        self.backend = backend
        proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        threading.Thread(target=_relay, args=(proc.stderr,), daemon=True).start()
        # The front stops with the server, and the server with the front.
        threading.Thread(target=lambda: (proc.wait(), self.shutdown()), daemon=True).start()
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        try:
            deadline = time.monotonic() + wait
            while not _answers(backend):
                if proc.poll() is not None or time.monotonic() > deadline:
                    return f"the oxigraph server did not start ({' '.join(command)})"
                time.sleep(0.1)
            print(announce, file=sys.stderr, flush=True)
            self.serve_forever(poll_interval=0.2)
        except KeyboardInterrupt:
            pass
        finally:
            proc.terminate()
            proc.wait(timeout=10)
        return None if proc.returncode in (0, -signal.SIGTERM) else f"the oxigraph server stopped (exit {proc.returncode})"


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
