"""A TCP proxy that loses answers: the request reaches the server, the reply never reaches the desk.

Fault injection at the transport, for the "answer lost" cases (a timeout, a dropped connection
after the server committed). ``drop_replies`` connections are cut once the server's whole reply
has arrived; later ones are relayed untouched.
"""

from __future__ import annotations

import socket
import threading


class LosingProxy:
    def __init__(self, upstream_port: int, drop_replies: int = 1) -> None:
        self.upstream_port = upstream_port
        self.drop_replies = drop_replies
        self.dropped = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closed = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._closed = True
        self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client, socket.create_connection(("127.0.0.1", self.upstream_port)) as upstream:
            request = _read_message(client)
            if request is None:
                return
            upstream.sendall(request)
            reply = _read_message(upstream)
            if self.dropped < self.drop_replies:
                self.dropped += 1
                return  # the server answered; the desk never hears it
            if reply is not None:
                client.sendall(reply)


def _read_message(sock: socket.socket) -> bytes | None:
    """One HTTP/1.1 message with a Content-Length body (what httpx and uvicorn send here)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body
