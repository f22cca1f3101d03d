"""A real HTTP server on 127.0.0.1 for tests that need a remote source."""

from __future__ import annotations

import http.server
import threading
from contextlib import contextmanager
from pathlib import Path


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

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", hits
    finally:
        server.shutdown()
        server.server_close()
