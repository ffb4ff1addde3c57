"""Queues, claims and leases."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends, Response
from sqlalchemy import func, select

from moderator_app.core.schema import (
    Action,
    ClaimRequest,
    ClaimResponse,
    LeaseIds,
    LeaseList,
    LeaseReleaseResponse,
    LeaseRenewResponse,
    QueueInfo,
)
from moderator_app.server import leases
from moderator_app.server import tables as t
from moderator_app.server.auth import QUEUE_WORKERS, Principal, current_user, require_roles
from moderator_app.server.context import Ctx
from moderator_app.server.params import PathCode
from moderator_app.server.problems import problem_responses
from moderator_app.server.responses import model_response

router = APIRouter(tags=["queues"])

can_work_queues = require_roles(*QUEUE_WORKERS)


@router.get("/queues", response_model=list[QueueInfo], responses=problem_responses(401))
def list_queues(_user: Annotated[Principal, Depends(current_user)], ctx: Ctx) -> list[QueueInfo]:
    """Every queue with its backlog (size, oldest item's age) and its rules."""
    now = ctx.now()
    with ctx.db.read() as conn:
        backlog = {
            row.queue_id: row
            for row in conn.execute(
                select(
                    t.items.c.queue_id,
                    func.count().label("size"),
                    func.min(t.items.c.enqueued_at).label("oldest"),
                )
                .where(t.items.c.state == "open")
                .group_by(t.items.c.queue_id)
            )
        }
        rows = conn.execute(select(t.queues).order_by(t.queues.c.id)).all()
    result = []
    for row in rows:
        stats = backlog.get(row.id)
        oldest = stats.oldest if stats else None
        result.append(
            QueueInfo(
                id=row.id,
                name=row.name,
                size=stats.size if stats else 0,
                oldest_age_seconds=max(0.0, (now - oldest).total_seconds()) if oldest else None,
                sla_seconds=row.sla_seconds,
                allowed_actions=[Action(a) for a in json.loads(row.allowed_actions)],
                reason_codes=json.loads(row.reason_codes),
                escalation_targets=json.loads(row.escalation_targets),
            )
        )
    return result


@router.post(
    "/queues/{queue_id}/claim", response_model=ClaimResponse, responses=problem_responses(401, 403, 404, 422)
)
def claim(
    queue_id: PathCode,
    body: ClaimRequest,
    user: Annotated[Principal, Depends(can_work_queues)],
    ctx: Ctx,
) -> Response:
    """Lease up to `count` items to the caller: highest priority first, then oldest.

    An empty list means the queue has nothing claimable right now.
    """
    claimed = leases.claim(ctx, user, queue_id, body.count, body.request_id)
    return model_response(ClaimResponse(leases=claimed, server_time=ctx.now()))


@router.get("/leases", response_model=LeaseList, responses=problem_responses(401, 403))
def list_leases(user: Annotated[Principal, Depends(can_work_queues)], ctx: Ctx) -> LeaseList:
    """The caller's live leases in every queue, so a desk can adopt or release what it does not know."""
    return LeaseList(leases=leases.held_leases(ctx, user), server_time=ctx.now())


@router.post("/leases/renew", response_model=LeaseRenewResponse, responses=problem_responses(401, 403, 422))
def renew_leases(
    body: LeaseIds, user: Annotated[Principal, Depends(can_work_queues)], ctx: Ctx
) -> LeaseRenewResponse:
    """Extend the caller's live leases; items whose lease was lost are listed in `lost`."""
    renewed, lost = leases.renew(ctx, user, body.item_ids)
    return LeaseRenewResponse(leases=renewed, lost=lost, server_time=ctx.now())


@router.post(
    "/leases/release", response_model=LeaseReleaseResponse, responses=problem_responses(401, 403, 422)
)
def release_leases(
    body: LeaseIds, user: Annotated[Principal, Depends(can_work_queues)], ctx: Ctx
) -> LeaseReleaseResponse:
    """Give items back to the queue so that someone else can claim them at once."""
    released, lost = leases.release(ctx, user, body.item_ids)
    return LeaseReleaseResponse(released=released, lost=lost)
