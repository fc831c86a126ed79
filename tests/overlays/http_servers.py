"""Loopback servers for the overlay tests that need a real socket answering something else than the mock: an
``http.server`` for HTTP answers, and a raw TCP server for bytes no HTTP server would send (a forwarding proxy, a
TLS peer no one trusts, a body streamed from one preallocated chunk)."""

from __future__ import annotations

import contextlib
import http.server
import socket
import threading
from collections.abc import Iterator


class QuietHandler(http.server.BaseHTTPRequestHandler):
    """A handler that logs nothing (its log lines would land in the CLI's captured stderr); subclass for answers."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serving(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[int]:
    """Serve ``handler`` on a free loopback port, in a thread, for the ``with`` block; yields the port."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


class LoopbackServer:
    """Listens on 127.0.0.1 (a free port) and hands each accepted connection to :meth:`handle` on its accept
    thread until :meth:`close`. A subclass sets its own attributes before calling ``__init__``, which starts
    serving."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)  # the accept loop sees ``stop`` within 0.2 s
        self.port: int = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                continue
            self.handle(conn)

    def handle(self, conn: socket.socket) -> None:
        """Serve one connection (and close it, or hand it to a thread that will)."""
        raise NotImplementedError

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=5)
        self.listener.close()


def read_head(conn: socket.socket) -> bytes:
    """The bytes of a request up to and including its blank line (more if they came in the same reads; at most
    64 KiB of head)."""
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 65536:
        more = conn.recv(65536)
        if not more:
            break
        data += more
    return data
