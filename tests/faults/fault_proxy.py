"""An HTTP-aware fault proxy between a desk and the queue server.

It reads each request whole (request line, headers, body), asks its ``plan`` what to do with it,
and then forwards it or spoils the exchange:

- ``drop``: closes the connection without forwarding or answering;
- ``blackhole``: takes the request and never answers (the desk's timeout ends it);
- ``delay``: waits, then forwards;
- ``cut``: forwards, then sends the answer's first half and closes (the server applied it);
- ``garbage``: forwards, then answers 200 with bytes that are not JSON (the server applied it);
- ``html403_before`` ... ``html502_before``: an HTML error page from "a proxy", not forwarded;
- ``html403_after`` ... ``html502_after``: forwarded (the server applied it), answered with the page.

Every response carries ``Connection: close``, so each exchange is one connection and a fault
never leaks into the next request.
"""

from __future__ import annotations

import http.client
import os
import socket
import socketserver
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

FAULTS = (
    "drop",
    "blackhole",
    "delay",
    "cut",
    "garbage",
    "html403_before",
    "html404_before",
    "html502_before",
    "html403_after",
    "html404_after",
    "html502_after",
)


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes


# (request, its number among all requests) -> a fault name, or None to forward it untouched.
Plan = Callable[[Request, int], str | None]


class FaultProxy:
    """Listens on 127.0.0.1 (a free port) and forwards to ``upstream`` (http://host:port)."""

    def __init__(
        self, upstream: str, plan: Plan | None = None, *, blackhole_s: float = 4.0, delay_s: float = 1.0
    ):
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.plan: Plan = plan or (lambda request, n: None)
        self.blackhole_s = blackhole_s
        self.delay_s = delay_s
        self.applied: Counter[str] = Counter()
        self._count = 0
        self._lock = threading.Lock()
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._serve(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="fault-proxy", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def clear(self) -> None:
        """No more faults: every request is forwarded from now on."""
        self.plan = lambda request, n: None

    # --- one exchange -----------------------------------------------------------------------------

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(30)
        try:
            request = _read_request(conn)
            if request is None:
                return
            with self._lock:
                self._count += 1
                number = self._count
            fault = self.plan(request, number)
            if fault is not None:
                with self._lock:
                    self.applied[fault] += 1
            self._answer(conn, request, fault)
        except OSError:
            pass
        finally:
            conn.close()

    def _answer(self, conn: socket.socket, request: Request, fault: str | None) -> None:
        if fault == "drop":
            return
        if fault == "blackhole":
            time.sleep(self.blackhole_s)
            return
        if fault is not None and fault.startswith("html") and fault.endswith("_before"):
            conn.sendall(_html_page(int(fault[4:7])))
            return
        if fault == "delay":
            time.sleep(self.delay_s)
        status, reason, headers, body = self._forward(request)
        if fault == "cut":
            head = _head(status, reason, headers, len(body))
            conn.sendall(head + body[: len(body) // 2])
            return
        if fault == "garbage":
            junk = os.urandom(64)
            conn.sendall(_head(200, "OK", [("Content-Type", "application/json")], len(junk)) + junk)
            return
        if fault is not None and fault.startswith("html") and fault.endswith("_after"):
            conn.sendall(_html_page(int(fault[4:7])))
            return
        conn.sendall(_head(status, reason, headers, len(body)) + body)

    def _forward(self, request: Request) -> tuple[int, str, list[tuple[str, str]], bytes]:
        upstream = http.client.HTTPConnection(*self.upstream, timeout=30)
        try:
            headers = {k: v for k, v in request.headers if k.lower() not in ("connection", "keep-alive")}
            upstream.request(request.method, request.path, body=request.body or None, headers=headers)
            response = upstream.getresponse()
            body = response.read()
            kept = [
                (k, v)
                for k, v in response.getheaders()
                if k.lower() not in ("connection", "keep-alive", "content-length", "transfer-encoding")
            ]
            return response.status, response.reason, kept, body
        finally:
            upstream.close()


def _read_request(conn: socket.socket) -> Request | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _version = lines[0].split(" ", 2)
    headers = [tuple(line.split(":", 1)) for line in lines[1:] if ":" in line]
    headers = [(k.strip(), v.strip()) for k, v in headers]
    length = int(next((v for k, v in headers if k.lower() == "content-length"), "0"))
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        rest += chunk
    return Request(method, path, headers, rest[:length])


def _head(status: int, reason: str, headers: list[tuple[str, str]], length: int) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in headers)]
    lines += [f"Content-Length: {length}", "Connection: close", "", ""]
    return "\r\n".join(lines).encode("latin-1")


def _html_page(status: int) -> bytes:
    reasons = {403: "Forbidden", 404: "Not Found", 502: "Bad Gateway"}
    body = (
        f"<html><head><title>{status} {reasons[status]}</title></head>"
        f"<body><h1>{reasons[status]}</h1><p>The proxy refused the request.</p></body></html>"
    ).encode()
    return _head(status, reasons[status], [("Content-Type", "text/html; charset=utf-8")], len(body)) + body
