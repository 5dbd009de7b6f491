"""A loopback outlet that misbehaves on purpose, one fault per path.

Good pages come from a folder like `server.LoopbackOutlet`; paths under `/fault/`
answer with the fault their name says, so one sitemap can lead the crawler into
every kind of trouble a regional news site causes.
"""

from __future__ import annotations

import gzip
import os
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from tests.support.server import Served, file_for

FAULTS = (
    "not-found", "gone", "server-error", "unavailable-retry-after", "unavailable-long-retry-after",
    "timeout", "reset", "drip", "redirect-loop", "oversized", "binary-as-html", "empty-200", "gzip-bomb",
)

BOMB = gzip.compress(b"<html><body>" + b" " * 64_000_000 + b"</body></html>", compresslevel=9)
"""About 60 KB on the wire, 64 MB once decompressed."""


class _Handler(BaseHTTPRequestHandler):
    server: _FaultyServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the paths asked for are kept in `requests` instead."""

    def finish(self) -> None:
        try:
            super().finish()
        except (OSError, ValueError):  # the connection was reset on purpose
            pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        path = urlsplit(self.path).path
        if path == "/robots.txt" and self.server.robots_status:
            self._send(self.server.robots_status, b"<html><body>Internal Server Error</body></html>")
            return
        if path.startswith("/fault/"):
            self._fault(path.split("/")[2])
            return
        target = file_for(self.server.root, self.path)
        if target is None or not target.is_file():
            self._send(404, b"<html><body>Halaman tidak ditemukan</body></html>")
            return
        body = target.read_bytes().replace(b"{{base_url}}", self.server.base_url.encode())
        sniffed = "application/xml" if body.lstrip().startswith(b"<?xml") else "text/html; charset=utf-8"
        ctype = self.server.content_types.get(path, sniffed)
        self._send(200, body, ctype)

    def _fault(self, name: str) -> None:
        page = b"<html><body><p>sementara tidak tersedia</p></body></html>"
        if name == "not-found":
            self._send(404, page)
        elif name == "gone":
            self._send(410, page)
        elif name == "server-error":
            self._send(500, page)
        elif name == "unavailable-retry-after":
            with self.server.lock:
                first = self.server.unavailable_since = self.server.unavailable_since or time.monotonic()
            if time.monotonic() - first < 0.8:  # down for a moment, and asks for a second
                self._send(503, page, Retry_After="1")
            else:
                self._send(200, self.server.recovered_page)
        elif name == "unavailable-long-retry-after":
            self._send(503, page, Retry_After="3600")
        elif name == "timeout":
            time.sleep(self.server.hang_seconds)
            self._send(200, page)
        elif name == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.rfile.close()
            self.wfile.close()
            self.connection.close()
            self.close_connection = True
        elif name == "drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            deadline = time.monotonic() + self.server.hang_seconds
            try:
                while time.monotonic() < deadline:
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        elif name == "redirect-loop":
            self.send_response(302)
            self.send_header("Location", "/fault/redirect-loop?again=" + str(time.monotonic_ns()))
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif name == "oversized":
            self._send(200, b"<html><body>" + b"<p>isi berulang</p>" * 200_000 + b"</body></html>")
        elif name == "binary-as-html":
            self._send(200, b"\x89PNG\r\n\x1a\n" + os.urandom(20_000))
        elif name == "empty-200":
            self._send(200, b"")
        elif name == "gzip-bomb":
            self._send(200, BOMB, Content_Encoding="gzip")
        else:
            self._send(404, page)


class _FaultyServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path, content_types: dict[str, str], hang_seconds: float, recovered_page: bytes,
                 robots_status: int | None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.robots_status = robots_status
        self.root = root
        self.content_types = content_types
        self.hang_seconds = hang_seconds
        self.recovered_page = recovered_page
        self.unavailable_since: float | None = None
        self.lock = threading.Lock()
        self.requests: list[str] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class FaultyOutlet(Served):
    """Serve a folder, with a fault behind every /fault/<name>/ path."""

    def __init__(self, root: Path, *, hang_seconds: float = 4.0, recovered_page: bytes = b"",
                 content_types: dict[str, str] | None = None, robots_status: int | None = None) -> None:
        super().__init__(_FaultyServer(root, content_types or {}, hang_seconds, recovered_page, robots_status))
