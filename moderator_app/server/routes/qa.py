"""Quality-assurance routes (qa); see core.qa_schema for the wire shapes.

Sampling rules, golden items, blind audits, disputes, the moderator's feedback and calibration
sets. The work is done in server.qa.*; these handlers check roles and shape the answers. Every
write appends an audit-log entry in its own transaction.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from moderator_app.core.qa_schema import (
    AuditClaim,
    AuditRecord,
    AuditReveal,
    AuditTask,
    AuditVerdict,
    BlindDecision,
    CalibrationAnswer,
    CalibrationCreate,
    CalibrationReport,
    CalibrationSet,
    CalibrationTask,
    Dispute,
    DisputeCreate,
    DisputeSettle,
    DisputeView,
    GoldenItem,
    GoldenItemCreate,
    SamplingRule,
    SamplingRuleUpdate,
)
from moderator_app.core.schema import Role
from moderator_app.server.auth import Principal, current_user, require_roles
from moderator_app.server.context import Ctx
from moderator_app.server.params import Offset, PathCode, PathId, name_query
from moderator_app.server.problems import problem_responses
from moderator_app.server.qa import audits, calibration, disputes, golden, sampling

log = logging.getLogger(__name__)
router = APIRouter(tags=["qa"])

staff = require_roles(Role.lead, Role.qa, Role.admin)
leads = require_roles(Role.lead, Role.admin)
auditors = require_roles(Role.qa, Role.lead, Role.admin)
MAX_PAGE = 1000
NOTHING_WAITING = {204: {"description": "Nothing is waiting"}}


# --- sampling rules --------------------------------------------------------------------------


@router.get("/qa/rules", response_model=list[SamplingRule], responses=problem_responses(401, 403))
def get_rules(_user: Annotated[Principal, Depends(staff)], ctx: Ctx) -> list[SamplingRule]:
    """One sampling rule per queue (the defaults for a queue that has none)."""
    with ctx.db.read() as conn:
        return sampling.list_rules(conn)


@router.put(
    "/qa/rules/{queue_id}", response_model=SamplingRule, responses=problem_responses(401, 403, 404, 422)
)
def put_rule(
    queue_id: PathCode, body: SamplingRuleUpdate, user: Annotated[Principal, Depends(leads)], ctx: Ctx
) -> SamplingRule:
    """Replace the queue's sampling rule; it applies to decisions from now on."""
    return sampling.put_rule(ctx, user, queue_id, body)


# --- golden items ----------------------------------------------------------------------------


@router.post(
    "/qa/golden", response_model=GoldenItem, status_code=201, responses=problem_responses(401, 403, 422)
)
def create_golden(body: GoldenItemCreate, user: Annotated[Principal, Depends(leads)], ctx: Ctx) -> GoldenItem:
    """Place a listing with a known correct decision in a normal queue. Deciding it grades the
    moderator automatically and leaves the listing's status alone."""
    return golden.create(ctx, user, body)


@router.get("/qa/golden", response_model=list[GoldenItem], responses=problem_responses(401, 403))
def list_golden(_user: Annotated[Principal, Depends(leads)], ctx: Ctx) -> list[GoldenItem]:
    """Every golden item, newest first."""
    return golden.list_golden(ctx)


# --- blind audits ----------------------------------------------------------------------------


@router.post(
    "/qa/audits/claim",
    response_model=AuditTask,
    responses={**NOTHING_WAITING, **problem_responses(401, 403, 422)},
)
def claim_audit(body: AuditClaim, user: Annotated[Principal, Depends(auditors)], ctx: Ctx):
    """Lease the oldest waiting sample (never the caller's own decision): the listing as the
    moderator saw it, without the decision. 204 when nothing is waiting."""
    task = audits.claim(ctx, user, body)
    return Response(status_code=204) if task is None else task


@router.post(
    "/qa/audits/{sample_id}/blind",
    response_model=AuditReveal,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def blind_decision(
    sample_id: PathId, body: BlindDecision, user: Annotated[Principal, Depends(auditors)], ctx: Ctx
) -> AuditReveal:
    """Record the auditor's own decision; only then is the original revealed.

    409 codes: `not_your_lease`, `lease_expired`, `already_blind`, `already_audited`.
    """
    return audits.blind(ctx, user, sample_id, body)


@router.post(
    "/qa/audits/{sample_id}/verdict",
    response_model=AuditRecord,
    status_code=201,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def audit_verdict(
    sample_id: PathId, body: AuditVerdict, user: Annotated[Principal, Depends(auditors)], ctx: Ctx
) -> AuditRecord:
    """Record the audit. 409 `blind_required` before the blind decision; 422 when a
    disagreement has no severity."""
    return audits.verdict(ctx, user, sample_id, body)


@router.post(
    "/qa/audits/{sample_id}/release",
    status_code=204,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 409),
)
def release_audit(sample_id: PathId, user: Annotated[Principal, Depends(auditors)], ctx: Ctx) -> Response:
    """Give a leased sample back to the queue."""
    audits.release(ctx, user, sample_id)
    return Response(status_code=204)


@router.get("/qa/audits", response_model=list[AuditRecord], responses=problem_responses(401, 403, 422))
def list_audits(
    user: Annotated[Principal, Depends(current_user)],
    ctx: Ctx,
    moderator: Annotated[str | None, name_query("username")] = None,
    from_: Annotated[date | None, Query(alias="from", description="audited on or after (UTC day)")] = None,
    to: Annotated[date | None, Query(description="audited on or before (UTC day)")] = None,
    errors_only: bool = False,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Offset = 0,
) -> list[AuditRecord]:
    """Audits, newest first. Leads, QA and admins see all; a moderator only their own."""
    return audits.list_records(
        ctx,
        user,
        moderator=moderator,
        date_from=from_,
        date_to=to,
        errors_only=errors_only,
        limit=limit,
        offset=offset,
    )


@router.get("/me/feedback", response_model=list[AuditRecord], responses=problem_responses(401, 422))
def my_feedback(
    user: Annotated[Principal, Depends(current_user)],
    ctx: Ctx,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Offset = 0,
) -> list[AuditRecord]:
    """The caller's audited decisions and the comments on them, newest first."""
    return audits.list_records(
        ctx,
        user,
        moderator=user.username,
        date_from=None,
        date_to=None,
        errors_only=False,
        limit=limit,
        offset=offset,
    )


# --- disputes --------------------------------------------------------------------------------


@router.post(
    "/audits/{audit_id}/disputes",
    response_model=Dispute,
    status_code=201,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def open_dispute(
    audit_id: PathId, body: DisputeCreate, user: Annotated[Principal, Depends(current_user)], ctx: Ctx
) -> Dispute:
    """Contest an audit of your own decision. 409 codes: `dispute_window_closed`,
    `already_disputed`, `nothing_to_dispute`."""
    return disputes.open_dispute(ctx, user, audit_id, body)


@router.get("/disputes", response_model=list[Dispute], responses=problem_responses(401, 422))
def list_disputes(
    user: Annotated[Principal, Depends(current_user)],
    ctx: Ctx,
    state: DisputeView | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Offset = 0,
) -> list[Dispute]:
    """Disputes, newest first, one page: one `state`, `settled` (the history: upheld or
    overturned) or `all` (the default). Leads, QA and admins see all, a moderator their own."""
    return disputes.list_disputes(ctx, user, state, limit=limit, offset=offset)


@router.post(
    "/disputes/{dispute_id}/settle",
    response_model=Dispute,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def settle_dispute(
    dispute_id: PathId, body: DisputeSettle, user: Annotated[Principal, Depends(leads)], ctx: Ctx
) -> Dispute:
    """Settle an open dispute: `overturned` clears the audit's error, `upheld` keeps it."""
    return disputes.settle(ctx, user, dispute_id, body)


# --- calibration -----------------------------------------------------------------------------


@router.post(
    "/calibrations",
    response_model=CalibrationSet,
    status_code=201,
    responses=problem_responses(401, 403, 422),
)
def create_calibration(
    body: CalibrationCreate, user: Annotated[Principal, Depends(leads)], ctx: Ctx
) -> CalibrationSet:
    """Create a calibration set: listings that several reviewers decide independently."""
    return calibration.create(ctx, user, body)


@router.get("/calibrations", response_model=list[CalibrationSet], responses=problem_responses(401))
def list_calibrations(user: Annotated[Principal, Depends(current_user)], ctx: Ctx) -> list[CalibrationSet]:
    """Leads and admins: every set; others: the sets they review, with `my_remaining`."""
    return calibration.list_sets(ctx, user)


@router.get(
    "/calibrations/{set_id}/next",
    response_model=CalibrationTask,
    responses={**NOTHING_WAITING, **problem_responses(401, 403, 404)},
)
def next_calibration_task(set_id: PathId, user: Annotated[Principal, Depends(current_user)], ctx: Ctx):
    """The caller's next unanswered item of the set; 204 when they have answered them all."""
    task = calibration.next_task(ctx, user, set_id)
    return Response(status_code=204) if task is None else task


@router.post(
    "/calibrations/{set_id}/answers",
    status_code=204,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def answer_calibration(
    set_id: PathId, body: CalibrationAnswer, user: Annotated[Principal, Depends(current_user)], ctx: Ctx
) -> Response:
    """Answer one item of the set, once (409 `already_answered` the second time)."""
    calibration.answer(ctx, user, set_id, body)
    return Response(status_code=204)


@router.get(
    "/calibrations/{set_id}/report",
    response_model=CalibrationReport,
    responses=problem_responses(401, 403, 404),
)
def calibration_report(
    set_id: PathId, _user: Annotated[Principal, Depends(leads)], ctx: Ctx
) -> CalibrationReport:
    """Agreement per item (most disagreement first), per reviewer, per pair and for the group."""
    return calibration.report(ctx, set_id)
