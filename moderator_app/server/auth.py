"""Passwords (argon2), signed expiring bearer tokens, and the role checks every route uses.

Tokens are HMAC-SHA256 signed with a secret stored in the database, so every server process
on the same database accepts them, and checking one needs no database round trip. The user's
role and active flag are still read from the database (cached for a few seconds), so a role
change or a deactivation takes effect almost at once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends, Request
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from moderator_app.core.schema import MAX_ID, Role
from moderator_app.server import tables as t
from moderator_app.server.context import Ctx, ServerContext
from moderator_app.server.problems import forbidden, unauthorized

log = logging.getLogger(__name__)

_hasher = PasswordHasher()
# Verified against when the username is unknown, so both cases take the same time.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))
_USER_CACHE_SECONDS = 5.0


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class Principal:
    """The authenticated user of a request."""

    id: int
    username: str
    display_name: str
    role: Role

    @property
    def sees_everything(self) -> bool:
        """Leads, QA and admins may read other people's items and decisions."""
        return self.role in (Role.lead, Role.qa, Role.admin)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue_token(ctx: ServerContext, user_id: int) -> tuple[str, datetime]:
    """A bearer token for the user and the moment it expires."""
    expires_at = ctx.now() + timedelta(seconds=ctx.settings.token_ttl_seconds)
    payload = json.dumps({"sub": user_id, "exp": int(expires_at.timestamp()), "n": secrets.token_hex(8)})
    body = _b64(payload.encode("utf-8"))
    signature = _b64(hmac.new(ctx.token_secret, body.encode("ascii"), hashlib.sha256).digest())
    return f"{body}.{signature}", expires_at.replace(microsecond=0)


def _token_user_id(ctx: ServerContext, token: str) -> int:
    try:
        body, signature = token.split(".", 1)
        expected = _b64(hmac.new(ctx.token_secret, body.encode("ascii"), hashlib.sha256).digest())
        if not hmac.compare_digest(expected, signature):
            raise unauthorized("Invalid bearer token.")
        payload = json.loads(_unb64(body))
        user_id, expires = int(payload["sub"]), int(payload["exp"])
    except (ValueError, KeyError, TypeError, UnicodeError) as exc:
        raise unauthorized("Invalid bearer token.") from exc
    # Only this server signs tokens, but a leaked secret or a future format must not reach the
    # database with an id no table can hold.
    if not 1 <= user_id <= MAX_ID:
        raise unauthorized("Invalid bearer token.")
    if expires <= ctx.now().timestamp():
        raise unauthorized("The bearer token has expired; sign in again.")
    return user_id


class UserCache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[int, tuple[float, Principal | None]] = {}

    def cached(self, user_id: int) -> tuple[bool, Principal | None]:
        """(True, principal) when a fresh entry exists, else (False, None)."""
        with self._lock:
            hit = self._entries.get(user_id)
        if hit and time.monotonic() - hit[0] < _USER_CACHE_SECONDS:
            return True, hit[1]
        return False, None

    def load(self, ctx: ServerContext, user_id: int) -> Principal | None:
        now = time.monotonic()
        with ctx.db.read() as conn:
            row = conn.execute(
                select(
                    t.users.c.id, t.users.c.username, t.users.c.display_name, t.users.c.role, t.users.c.active
                ).where(t.users.c.id == user_id)
            ).first()
        principal = (
            Principal(row.id, row.username, row.display_name, Role(row.role)) if row and row.active else None
        )
        with self._lock:
            self._entries[user_id] = (now, principal)
        return principal


async def authenticate(ctx: ServerContext, cache: UserCache, authorization: str) -> Principal:
    """The user an ``Authorization`` header value signs in, or a 401 problem.

    async so that the common case (a cached user) costs no thread-pool hop; the database is
    read in the pool only when the cache entry is stale.
    """
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized()
    user_id = _token_user_id(ctx, token.strip())
    fresh, principal = cache.cached(user_id)
    if not fresh:
        principal = await run_in_threadpool(cache.load, ctx, user_id)
    if principal is None:
        raise unauthorized("This account no longer exists or is disabled.")
    return principal


async def current_user(request: Request, ctx: Ctx) -> Principal:
    """The signed-in user, or a 401 problem."""
    return await authenticate(ctx, request.app.state.user_cache, request.headers.get("authorization", ""))


# Who works queues (claims, renews, decides): moderators, and leads and admins who pitch in.
# QA reviews decisions, not queues.
QUEUE_WORKERS = (Role.moderator, Role.lead, Role.admin)


def require_roles(*roles: Role) -> Callable[..., Principal]:
    """A dependency that lets only the given roles through (403 otherwise)."""
    allowed = frozenset(roles)
    names = ", ".join(r.value for r in roles)

    async def _check(user: Annotated[Principal, Depends(current_user)]) -> Principal:
        if user.role not in allowed:
            raise forbidden(
                f"This action needs one of the roles: {names}; you are {user.role.value}.", "wrong_role"
            )
        return user

    return _check
