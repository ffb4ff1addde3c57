"""Deciding items, and reading decisions back."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy import func, select

from moderator_app.core.schema import DecisionPage, DecisionRequest, DecisionResult, Role
from moderator_app.server import tables as t
from moderator_app.server.auth import QUEUE_WORKERS, Principal, current_user, require_roles
from moderator_app.server.context import Ctx
from moderator_app.server.decisions import apply_decision, result_from_row
from moderator_app.server.dsa.hooks import with_extras
from moderator_app.server.metrics_sql import pending_sample
from moderator_app.server.params import Offset, name_query
from moderator_app.server.problems import forbidden, problem_responses
from moderator_app.server.responses import model_response

router = APIRouter(tags=["decisions"])

MAX_PAGE = 500


@router.post(
    "/decisions", response_model=DecisionResult, responses=problem_responses(401, 403, 404, 409, 422)
)
def decide(
    body: DecisionRequest,
    user: Annotated[Principal, Depends(require_roles(*QUEUE_WORKERS))],
    ctx: Ctx,
) -> Response:
    """Apply a decision on an item leased to the caller, exactly once per idempotency key.

    A retry with the same key and body answers 200 with the stored result (header
    `Idempotent-Replayed: true`). 409 problems carry `code`: `lease_expired`, `lease_foreign`,
    `item_decided`, `item_superseded`, `version_mismatch` or `idempotency_key_reused`.
    """
    result, replayed = apply_decision(ctx, user, body)
    return model_response(result, {"Idempotent-Replayed": "true" if replayed else "false"})


@router.get("/decisions", response_model=DecisionPage, responses=problem_responses(401, 403, 422))
def list_decisions(
    user: Annotated[Principal, Depends(current_user)],
    ctx: Ctx,
    moderator: Annotated[str | None, name_query("username")] = None,
    queue: Annotated[str | None, name_query("queue id")] = None,
    from_: Annotated[datetime | None, Query(alias="from", description="received at or after")] = None,
    to: Annotated[datetime | None, Query(description="received before")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Offset = 0,
) -> DecisionPage:
    """Decisions, newest first. Moderators see only their own; leads and admins see all; QA
    auditors see all but those waiting in the QA queue (they must audit them blind)."""
    if not user.sees_everything:
        if moderator is not None and moderator != user.username:
            raise forbidden("Moderators can only see their own decisions.", "wrong_role")
        moderator = user.username
    conditions = []
    if moderator is not None:
        conditions.append(t.decisions.c.moderator == moderator)
    if queue is not None:
        conditions.append(t.decisions.c.queue_id == queue)
    if from_ is not None:
        conditions.append(t.decisions.c.received_at >= from_)
    if to is not None:
        conditions.append(t.decisions.c.received_at < to)
    if user.role == Role.qa:  # decisions waiting for their blind audit stay hidden from auditors
        conditions.append(~pending_sample(t.decisions.c.id))
    with ctx.db.read() as conn:
        total = conn.execute(select(func.count()).select_from(t.decisions).where(*conditions)).scalar_one()
        rows = conn.execute(
            select(t.decisions)
            .where(*conditions)
            .order_by(t.decisions.c.received_at.desc(), t.decisions.c.id.desc())
            .limit(limit)
            .offset(offset)
        ).all()
        decisions = with_extras(conn, [result_from_row(r) for r in rows])
    return DecisionPage(decisions=decisions, total=total)
