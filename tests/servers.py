"""A real HTTP server on 127.0.0.1 for tests that need a remote source."""

from __future__ import annotations

import http.server
import threading
import time
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def _running(handler: type, daemon_threads: bool = False):
    """A threading HTTP server on a free port of 127.0.0.1 in a thread of its own; yields its root URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = daemon_threads
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def serve_folder(folder: Path, fail_first: dict[str, int] | None = None):
    """Serve a folder; `fail_first` maps a path to how many 503 answers it gets before it is served."""
    failures = dict(fail_first or {})
    hits: dict[str, int] = {}

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=str(folder), **k)

        def do_GET(self):  # noqa: N802 - the http.server API
            hits[self.path] = hits.get(self.path, 0) + 1
            if failures.get(self.path, 0) > 0:
                failures[self.path] -= 1
                self.send_error(503, "try again")
                return
            super().do_GET()

        def log_message(self, *args):
            pass

    with _running(Handler) as root:
        yield root, hits


@contextmanager
def serve_stream(chunk: bytes, count: int, pause: float = 0.0, announce: int | None = None):
    """Serve `count` copies of `chunk` at any path, `pause` seconds apart: a huge file (no Content-Length
    unless `announce` is given) or a server that trickles its bytes. Yields the URL and the bytes sent."""
    sent = [0]

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            self.send_response(200)
            if announce is not None:
                self.send_header("Content-Length", str(announce))
            self.end_headers()
            try:
                for _ in range(count):
                    self.wfile.write(chunk)
                    self.wfile.flush()
                    sent[0] += len(chunk)
                    if pause:
                        time.sleep(pause)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading: what a size cap or a deadline does

        def log_message(self, *args):
            pass

    with _running(Handler, daemon_threads=True) as root:
        yield root + "report.txt", sent
