"""A lean lane for the two requests every desk sends per listing: claim and decide.

Every listing a desk works costs one claim and one decision, and for these two requests
FastAPI's per-request machinery (matching the path against every route, solving dependencies,
wrapping the endpoint) cost about as much CPU as the work itself. :class:`HotRoutes` sits inside
the app's middleware (so body limits and security headers still apply) and serves

- ``POST /v1/queues/{queue_id}/claim`` and
- ``POST /v1/decisions``

with the same functions the FastAPI routes call (:func:`leases.claim`, :func:`apply_decision`)
in one thread-pool hop. It only takes the *well-formed* case: a request with a JSON body that
validates, from a signed-in user of the right role. Anything else (no or bad token, wrong role,
a body that does not validate, another content type) is handed, body and all, to the FastAPI
route, which answers exactly as it always has. The routes stay declared in FastAPI, so the
OpenAPI document is unchanged; ``ServerSettings.hot_routes = False`` turns the lane off.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from anyio import to_thread
from pydantic import BaseModel, ValidationError
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from moderator_app.core.schema import API_PREFIX, ClaimRequest, ClaimResponse, DecisionRequest
from moderator_app.server import leases
from moderator_app.server.auth import QUEUE_WORKERS, Principal, UserCache, authenticate
from moderator_app.server.context import ServerContext
from moderator_app.server.decisions import apply_decision
from moderator_app.server.problems import INTERNAL_ERROR_DETAIL, ApiError, send_problem

log = logging.getLogger(__name__)

_DECISIONS_PATH = f"{API_PREFIX}/decisions"
_QUEUES_PREFIX = f"{API_PREFIX}/queues/"
_CLAIM_SUFFIX = "/claim"
_JSON = b"application/json"
_WORKER_ROLES = frozenset(QUEUE_WORKERS)

# A handler gets the user and the validated body and returns (JSON body, extra headers).
_Work = Callable[[Principal, BaseModel], tuple[bytes, list[tuple[bytes, bytes]]]]


class _Fallback(Exception):
    """This request is not the well-formed case: let the FastAPI route answer it."""


class HotRoutes:
    """ASGI middleware: serve well-formed claims and decisions, pass everything else on."""

    def __init__(self, app: ASGIApp, ctx: ServerContext, user_cache: UserCache) -> None:
        self.app = app
        self.ctx = ctx
        self.user_cache = user_cache
        self.served = 0  # requests this lane answered itself (the rest went to FastAPI)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        route = self._route(scope)
        if route is None:
            await self.app(scope, receive, send)
            return
        model, work = route
        body = await _read_body(receive)
        if body is None:  # the client went away before sending its body
            return
        try:
            user = await self._user(scope)
            request = model.model_validate_json(body)
        except (_Fallback, ValidationError):
            await self.app(scope, _receive_again(body, receive), send)
            return
        self.served += 1
        try:
            payload, headers = await to_thread.run_sync(work, user, request)
        except ApiError as exc:
            await send_problem(
                send, scope["path"], exc.status, exc.detail, exc.code, errors=exc.errors, headers=exc.headers
            )
            return
        except Exception:
            log.exception("unhandled error on POST %s", scope["path"])
            await send_problem(send, scope["path"], 500, INTERNAL_ERROR_DETAIL, "internal")
            return
        await _send_json(send, 200, _JSON, payload, headers)

    def _route(self, scope: Scope) -> tuple[type[BaseModel], _Work] | None:
        if scope["type"] != "http" or scope["method"] != "POST" or not self.ctx.settings.hot_routes:
            return None
        if not _is_json(scope):
            return None
        path: str = scope["path"]
        if path == _DECISIONS_PATH:
            return DecisionRequest, self._decide
        if path.startswith(_QUEUES_PREFIX) and path.endswith(_CLAIM_SUFFIX):
            queue_id = path[len(_QUEUES_PREFIX) : -len(_CLAIM_SUFFIX)]
            if queue_id and "/" not in queue_id:
                return ClaimRequest, lambda user, req: self._claim(user, queue_id, req)
        return None

    async def _user(self, scope: Scope) -> Principal:
        """The signed-in queue worker, or _Fallback for every other case."""
        try:
            user = await authenticate(
                self.ctx, self.user_cache, Headers(scope=scope).get("authorization", "")
            )
        except ApiError as exc:
            raise _Fallback from exc
        if user.role not in _WORKER_ROLES:
            raise _Fallback
        return user

    def _claim(self, user: Principal, queue_id: str, req: ClaimRequest):
        claimed = leases.claim(self.ctx, user, queue_id, req.count, req.request_id)
        return ClaimResponse(leases=claimed, server_time=self.ctx.now()).model_dump_json().encode(), []

    def _decide(self, user: Principal, req: DecisionRequest):
        result, replayed = apply_decision(self.ctx, user, req)
        return result.model_dump_json().encode(), [
            (b"idempotent-replayed", b"true" if replayed else b"false")
        ]


def _is_json(scope: Scope) -> bool:
    media_type = Headers(scope=scope).get("content-type", "").partition(";")[0].strip().lower()
    return media_type == "application/json"


async def _read_body(receive: Receive) -> bytes | None:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


def _receive_again(body: bytes, receive: Receive) -> Callable[[], Awaitable[Message]]:
    """A receive that hands out the body already read, then whatever the client sends next."""
    pending = True

    async def replay() -> Message:
        nonlocal pending
        if pending:
            pending = False
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _send_json(
    send: Send, status: int, media_type: bytes, body: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-length", str(len(body)).encode()),
                (b"content-type", media_type),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
