"""A tiny HTTP server on 127.0.0.1 with scripted routes, for feed and fetch tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = "<html><body><article><p>{}</p></article></body></html>"


@dataclass
class Site:
    """Routes of the test server: path -> (status, content type, body, extra headers)."""

    routes: dict[str, tuple[int, str, bytes, dict[str, str]]] = field(default_factory=dict)
    hits: list[tuple[str, float]] = field(default_factory=list)
    flaky: dict[str, int] = field(default_factory=dict)  # path -> 503s to send before succeeding
    port: int = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def add(
        self, path: str, body: str | bytes, ctype: str = "text/html", status: int = 200, **headers: str
    ) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = (status, ctype, data, headers)


@contextmanager
def serve() -> Iterator[Site]:
    """Start a server on a free loopback port; yield its routes and request log."""
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            state.hits.append((self.path, time.monotonic()))
            if state.flaky.get(self.path, 0) > 0:
                state.flaky[self.path] -= 1
                self.send_response(503)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status, ctype, body, headers = state.routes.get(self.path, (404, "text/plain", b"tidak ada", {}))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def rss(site: Site, links: list[tuple[str, str]]) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{link}</link>"
        f"<pubDate>Wed, 01 May 2024 08:00:00 +0700</pubDate></item>"
        for title, link in links
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Warta Uji</title>{items}</channel></rss>'
