"""Sign-in (username and password → expiring bearer token) and "who am I"."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from moderator_app.core.schema import LoginRequest, Role, TokenResponse, UserInfo
from moderator_app.server import tables as t
from moderator_app.server import throttle
from moderator_app.server.auth import Principal, current_user, issue_token, verify_password
from moderator_app.server.context import Ctx, ServerContext
from moderator_app.server.problems import ApiError, problem_responses, unauthorized

log = logging.getLogger(__name__)
router = APIRouter(tags=["auth"])


def user_info(row) -> UserInfo:
    return UserInfo(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        created_at=row.created_at,
    )


def _login(ctx: ServerContext, body: LoginRequest, address: str) -> TokenResponse:
    now = ctx.now()
    attempt = throttle.keys(body.username, address)
    wait = ctx.throttle.retry_after(attempt, now)
    if wait:
        raise ApiError(
            429,
            f"Too many failed sign-ins; try again in {wait} s.",
            code="too_many_attempts",
            headers={"Retry-After": str(wait)},
        )
    with ctx.db.read() as conn:
        row = conn.execute(select(t.users).where(t.users.c.username == body.username)).first()
    # Always run the hash, so an unknown username costs as much time as a wrong password.
    ok = verify_password(row.password_hash if row else None, body.password)
    if row is None or not ok or not row.active:
        log.info("failed sign-in")
        ctx.throttle.failed(attempt, now)
        raise unauthorized("Wrong username or password.")
    ctx.throttle.succeeded(attempt)
    token, expires_at = issue_token(ctx, row.id)
    return TokenResponse(access_token=token, expires_at=expires_at, user=user_info(row))


@router.post("/auth/token", response_model=TokenResponse, responses=problem_responses(401, 422, 429))
async def create_token(body: LoginRequest, request: Request, ctx: Ctx) -> TokenResponse:
    """Exchange a username and password for a bearer token that expires.

    Failed attempts are throttled per account, per address and per both (429 with
    `Retry-After`, code `too_many_attempts`); see docs/security.md.
    """
    address = request.client.host if request.client else "unknown"
    # argon2 is deliberately slow; keep it off the event loop.
    return await run_in_threadpool(_login, ctx, body, address)


@router.get("/me", response_model=UserInfo, responses=problem_responses(401))
def me(user: Annotated[Principal, Depends(current_user)], ctx: Ctx) -> UserInfo:
    with ctx.db.read() as conn:
        row = conn.execute(select(t.users).where(t.users.c.id == user.id)).one()
    return user_info(row)
