"""Static outlets served on 127.0.0.1, one HTTP server per outlet on an ephemeral port.

Serving rules follow real sites closely enough for the crawler: `/dir/` serves
`dir/index.html` (and `/dir` redirects there), a query maps to a file name
(`/read/1?page=2` -> `read/1__page_2`), and `{{base_url}}` in text files becomes the
outlet's own origin, as absolute links on real pages do.
"""

from __future__ import annotations

import sys
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

TYPES = {".xml": "application/xml", ".html": "text/html; charset=utf-8", ".txt": "text/plain",
         ".json": "application/json"}


def file_for(root: Path, raw_path: str) -> Path | None:
    parts = urlsplit(raw_path)
    name = parts.path.lstrip("/")
    if parts.query:
        name += "__" + parts.query.replace("=", "_").replace("&", "_")
    target = (root / name).resolve()
    if root.resolve() not in target.parents and target != root.resolve():
        return None
    if parts.path.endswith("/") or not name:
        target = target / "index.html"
    return target


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the paths asked for are kept in `requests` instead."""

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        if self.server.delay:
            time.sleep(self.server.delay)
        root = self.server.root
        target = file_for(root, self.path)
        if target is not None and target.is_dir() and (target / "index.html").exists():
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", urlsplit(self.path).path + "/")
            self.end_headers()
            return
        if target is None or not target.is_file():
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        body = target.read_bytes()
        ctype = self.server.content_types.get(urlsplit(self.path).path) or TYPES.get(target.suffix)
        if ctype is None:
            ctype = "application/xml" if body.lstrip().startswith(b"<?xml") else "text/html; charset=utf-8"
        if ctype.startswith(("text/", "application/xml", "application/rss", "application/atom")):
            body = body.replace(b"{{base_url}}", self.server.base_url.encode())
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path, content_types: dict[str, str], delay: float) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.root = root
        self.delay = delay
        self.content_types = content_types
        self.requests: list[str] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up mid-answer (a killed crawler) is no error of ours."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Served:
    """An HTTP server of ours on 127.0.0.1, in a thread until stopped; `requests` lists the paths asked for."""

    def __init__(self, server: ThreadingHTTPServer) -> None:
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def requests(self) -> list[str]:
        return self._server.requests  # type: ignore[attr-defined]

    def start(self) -> Served:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class LoopbackOutlet(Served):
    """Serve one outlet's folder."""

    def __init__(self, root: Path, content_types: dict[str, str] | None = None, delay: float = 0.0) -> None:
        super().__init__(_Server(root, content_types or {}, delay))
