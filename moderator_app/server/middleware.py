"""ASGI middleware: request-body size limit (413 as a problem), safe default headers, and a crash
guard that answers an unexpected error with a 500 problem instead of dropping the connection."""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from moderator_app.server.problems import INTERNAL_ERROR_DETAIL, send_problem

log = logging.getLogger(__name__)


class _BodyTooLarge(Exception):
    pass


class _StartTracker:
    """Wraps an ASGI ``send`` and remembers whether the response has started (after that, an
    error can no longer be answered with a problem document)."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self.started = False

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
        await self._send(message)


class BodySizeLimit:
    """Refuse request bodies over ``limit`` bytes, whether declared or streamed (chunked)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, send)
            return
        received = 0
        tracked = _StartTracker(send)

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _BodyTooLarge
            return message

        try:
            await self.app(scope, limited_receive, tracked)
        except _BodyTooLarge:
            if not tracked.started:
                await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        # The rest of the body is not read: the connection cannot carry another request.
        await send_problem(
            send,
            scope.get("path", ""),
            413,
            f"The request body is larger than the limit of {self.limit} bytes.",
            "body_too_large",
            headers={"Connection": "close"},
        )


class SecurityHeaders:
    """Every response says: do not sniff, do not frame, and do not cache API answers by default."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                headers.append((b"x-content-type-options", b"nosniff"))
                headers.append((b"x-frame-options", b"DENY"))
                if b"cache-control" not in names:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class CrashGuard:
    """Turn an unhandled exception into a 500 problem document, and keep the connection.

    Starlette's outermost error middleware answers a crash too, but outside the other middleware
    (so without the security headers) and then re-raises, which makes the server drop the
    keep-alive connection: the desk's next request on it fails as a network error. Placed inside
    SecurityHeaders, this answers like any other error. When the response had already started,
    nothing can be said any more and the exception goes on.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tracked = _StartTracker(send)
        try:
            await self.app(scope, receive, tracked)
        except Exception:
            if tracked.started:
                raise
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            await send_problem(send, scope.get("path", ""), 500, INTERNAL_ERROR_DETAIL, "internal")


# A JSON escape of U+0000 not itself escaped: an even number of backslashes before "\u0000".
_ESCAPED_NUL = re.compile(rb"(?:^|[^\\])(?:\\\\)*\\u0000")
NUL_DETAIL = "Text may not contain the NUL character (U+0000)."


class NoNulText:
    """Refuse the NUL character in a request's path, query string or JSON body, with a 422 problem.

    PostgreSQL cannot store it in text (the query would fail: a 500), SQLite would; refusing it at
    the door answers both alike and clearly. Only JSON bodies are read here (images stay binary),
    and the body is handed on unchanged.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if "\x00" in scope.get("path", "") or b"\x00" in unquote_to_bytes(scope.get("query_string", b"")):
            await _send_422(send, scope)
            return
        content_type = dict(scope["headers"]).get(b"content-type", b"").split(b";")[0].strip().lower()
        if content_type != b"application/json":
            await self.app(scope, receive, send)
            return
        chunks = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if b"\x00" in body or _ESCAPED_NUL.search(body):
            await _send_422(send, scope)
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _send_422(send: Send, scope: Scope) -> None:
    path = scope.get("path", "").replace("\x00", "")
    await send_problem(send, path, 422, NUL_DETAIL, "nul_character", errors=[{"loc": "request", "msg": NUL_DETAIL}])
