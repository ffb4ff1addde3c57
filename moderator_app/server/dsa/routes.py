"""The DSA endpoints: notices, notifiers, statements of reasons, appeals, rates and settings.

docs/dsa.md documents each one, with what the desk shows from it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy import insert, select, update

from moderator_app.core.dsa_schema import (
    AppealCreate,
    AppealDetail,
    AppealOutcomeRequest,
    AppealOutcomeResult,
    AppealPage,
    AppealRateRow,
    AppealReceipt,
    DsaSettings,
    ItemNotices,
    NoticeCreate,
    NoticeReceipt,
    NotifierPage,
    NotifierSuspension,
    ReasonCodeDsa,
    StatementEnvelope,
    StatementPreviewRequest,
)
from moderator_app.core.dsa_vocabulary import GROUND_ILLEGAL, keywords_fit
from moderator_app.core.qa_schema import GroupBy
from moderator_app.core.schema import ReasonCode, Role
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry
from moderator_app.server.auth import QUEUE_WORKERS, Principal, current_user, require_roles
from moderator_app.server.context import Ctx
from moderator_app.server.dsa import appeal_metrics, appeals, notices, records
from moderator_app.server.dsa.config import PRIORITY_QUEUE, load_settings, save_settings
from moderator_app.server.dsa.reasons import dsa_policy_fields, mappings
from moderator_app.server.dsa.statements import source_type
from moderator_app.server.metrics_sql import MetricsFilter, prepare
from moderator_app.server.params import Offset, PathCode, PathId
from moderator_app.server.problems import forbidden, invalid, not_found, problem_responses
from moderator_app.server.routes.metrics import metrics_filter

router = APIRouter(tags=["dsa"])

intake = require_roles(Role.intake, Role.admin)
leads = require_roles(Role.lead, Role.admin)
staff = require_roles(Role.lead, Role.qa, Role.admin)
workers = require_roles(*QUEUE_WORKERS)
User = Annotated[Principal, Depends(current_user)]


def _reviewable_item(conn, user: Principal, item_id: int, now: datetime):
    """The item, when the user may review it: its live lease holder, or staff."""
    item = conn.execute(select(t.items).where(t.items.c.id == item_id)).first()
    if item is None:
        raise not_found(f"Item {item_id} does not exist.")
    leased = (
        item.state == "open"
        and item.lease_owner == user.id
        and item.lease_expires_at is not None
        and item.lease_expires_at > now
    )
    if not (user.sees_everything or leased):
        raise forbidden(f"Item {item_id} is not leased to you.", "lease_foreign")
    return item


# --- notices ----------------------------------------------------------------------------------


@router.post(
    "/notices", response_model=NoticeReceipt, status_code=201, responses=problem_responses(401, 403, 422)
)
def file_notice(body: NoticeCreate, user: Annotated[Principal, Depends(intake)], ctx: Ctx) -> NoticeReceipt:
    """Receive a notice relayed by the marketplace (role intake) and acknowledge it.

    The notice joins its listing's open case, or opens one in the Reported queue (the priority
    lane for trusted flaggers and authorities). On a listing already removed it is closed at once
    (`item_id` null, `resolution` "already_restricted"). 403 `notifier_suspended` when the leads
    suspended this notifier (Art. 23).
    """
    return notices.receive(ctx, user, body)


@router.get(
    "/items/{item_id}/notices", response_model=ItemNotices, responses=problem_responses(401, 403, 404)
)
def item_notices(item_id: PathId, user: User, ctx: Ctx) -> ItemNotices:
    """The open notices on an item, each with its notifier's track record (also in the item detail)."""
    with ctx.db.read() as conn:
        item = _reviewable_item(conn, user, item_id, ctx.now())
        views = notices.item_notices(conn, item.id)
    return ItemNotices(
        item_id=item.id,
        listing_id=item.listing_id,
        source_type=source_type(notices.facts(views)),
        trusted_flagger=item.queue_id == PRIORITY_QUEUE,
        notices=views,
    )


@router.get("/notifiers", response_model=NotifierPage, responses=problem_responses(401, 403, 422))
def list_notifiers(
    _user: Annotated[Principal, Depends(leads)],
    ctx: Ctx,
    flagged: Annotated[bool, Query(description="only notifiers flagged for unfounded notices")] = False,
    kind: Annotated[str | None, Query(pattern="^(user|trusted_flagger|authority)$", max_length=20)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Offset = 0,
) -> NotifierPage:
    """Notifiers and their track records, flagged ones first (Art. 23: manifestly unfounded notices)."""
    with ctx.db.read() as conn:
        return notices.notifier_page(
            conn, load_settings(conn), ctx.now(), flagged_only=flagged, kind=kind, limit=limit, offset=offset
        )


@router.put(
    "/notifiers/{notifier_id}/suspension", status_code=204, responses=problem_responses(401, 403, 404, 422)
)
def suspend_notifier(
    notifier_id: PathId, body: NotifierSuspension, user: Annotated[Principal, Depends(leads)], ctx: Ctx
) -> Response:
    """Suspend the processing of a user's notices for `days` (Art. 23(2), after a prior warning)."""
    return _set_suspension(ctx, user, notifier_id, body)


@router.delete(
    "/notifiers/{notifier_id}/suspension", status_code=204, responses=problem_responses(401, 403, 404)
)
def lift_suspension(notifier_id: PathId, user: Annotated[Principal, Depends(leads)], ctx: Ctx) -> Response:
    return _set_suspension(ctx, user, notifier_id, None)


def _set_suspension(ctx, user: Principal, notifier_id: int, body: NotifierSuspension | None) -> Response:
    now = ctx.now()
    with ctx.db.write() as conn:
        kind = conn.execute(select(t.notifiers.c.kind).where(t.notifiers.c.id == notifier_id)).scalar()
        if kind is None:
            raise not_found(f"Notifier {notifier_id} does not exist.")
        if body is not None and kind != "user":
            raise invalid(
                "Only users' notices can be suspended here; a trusted flagger's status is the "
                "Digital Services Coordinator's to revoke.",
                "path.notifier_id",
                "not_suspendable",
            )
        until = now + timedelta(days=body.days) if body else None
        conn.execute(
            update(t.notifiers)
            .where(t.notifiers.c.id == notifier_id)
            .values(suspended_until=until, suspension_reason=body.reason if body else None)
        )
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="dsa.notifier_suspended" if body else "dsa.notifier_suspension_lifted",
            payload={"notifier_id": notifier_id, "until": until.isoformat() if until else None},
        )
    return Response(status_code=204)


# --- statements of reasons -----------------------------------------------------------------------


@router.get(
    "/decisions/{decision_id}/statement-of-reasons",
    response_model=StatementEnvelope,
    responses=problem_responses(401, 403, 404),
)
def statement_of_reasons(decision_id: PathId, user: User, ctx: Ctx) -> StatementEnvelope:
    """The statement of reasons of a restrictive decision (404 for one that restricts nothing):
    the Transparency Database statement, the seller's notice and the submission state."""
    with ctx.db.read() as conn:
        owner = conn.execute(
            select(t.decisions.c.moderator_id).where(t.decisions.c.id == decision_id)
        ).scalar()
        if owner is None:
            raise not_found(f"Decision {decision_id} does not exist.")
        if not (user.sees_everything or user.role == Role.intake or owner == user.id):
            raise forbidden("Moderators can only see their own decisions.", "wrong_role")
        envelope = records.for_decision(conn, decision_id)
    if envelope is None:
        raise not_found(f"Decision {decision_id} restricts nothing: it has no statement of reasons.")
    return envelope


@router.post(
    "/items/{item_id}/statement-preview",
    response_model=StatementEnvelope,
    responses=problem_responses(401, 403, 404, 422),
)
def statement_preview(item_id: PathId, body: StatementPreviewRequest, user: User, ctx: Ctx) -> StatementEnvelope:
    """The statement a rejection of this item for these reasons would produce (puid "preview"),
    for the moderator to read before confirming. Nothing is stored."""
    now = ctx.now()
    with ctx.db.read() as conn:
        item = _reviewable_item(conn, user, item_id, now)
        known = mappings(conn, body.reason_codes)
        unknown = [c for c in body.reason_codes if c not in known]
        if unknown:
            raise invalid(
                f"Unknown reason code(s): {', '.join(unknown)}.", "body.reason_codes", "unknown_reason_code"
            )
        views = notices.item_notices(conn, item.id)
        if body.notice_ids is not None:
            views = [v for v in views if v.notice_id in body.notice_ids]
        statement, notice = records.compose(
            conn,
            puid="preview",
            reason_codes=body.reason_codes,
            listing=records.listing_facts(conn, item.listing_id, item.listing_version),
            applied_at=now,
            notices=notices.facts(views),
            flags_shown=[f.model_dump(mode="json") for f in body.flags_shown],
        )
    return StatementEnvelope(decision_id=None, puid="preview", statement=statement, seller_notice=notice)


# --- appeals ------------------------------------------------------------------------------------


@router.post(
    "/appeals", response_model=AppealReceipt, status_code=201, responses=problem_responses(401, 403, 409, 422)
)
def file_appeal(body: AppealCreate, user: Annotated[Principal, Depends(intake)], ctx: Ctx) -> AppealReceipt:
    """File a complaint against a decision (role intake). 422 `appeal_window_closed` after six
    months, `nothing_to_appeal` for a decision that restricted nothing (seller) or did not decline
    a notice (notifier); 409 `appeal_pending` / `appeal_already_decided`."""
    return appeals.file(ctx, user, body)


@router.get("/appeals", response_model=AppealPage, responses=problem_responses(401, 403, 422))
def list_appeals(
    _user: Annotated[Principal, Depends(staff)],
    ctx: Ctx,
    state: Annotated[str | None, Query(pattern="^(open|decided)$", max_length=10)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Offset = 0,
) -> AppealPage:
    """Appeals, newest first (leads, QA, admins)."""
    return appeals.page(ctx, state=state, limit=limit, offset=offset)


@router.get("/appeals/{appeal_id}", response_model=AppealDetail, responses=problem_responses(401, 403, 404))
def appeal_detail(appeal_id: PathId, user: User, ctx: Ctx) -> AppealDetail:
    """What the reviewer needs: the appeal, the decision and its statement, the listing as
    decided, the notices, and the templated replies. For the lease holder of its item, or staff."""
    return appeals.detail(ctx, user, appeal_id)


@router.get(
    "/items/{item_id}/appeal", response_model=AppealDetail, responses=problem_responses(401, 403, 404)
)
def item_appeal(item_id: PathId, user: User, ctx: Ctx) -> AppealDetail:
    """The appeal an item of the Appeals queue stands for (as GET /v1/appeals/{appeal_id})."""
    return appeals.for_item(ctx, user, item_id)


@router.post(
    "/appeals/{appeal_id}/outcome",
    response_model=AppealOutcomeResult,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def decide_appeal(
    appeal_id: PathId, body: AppealOutcomeRequest, user: Annotated[Principal, Depends(workers)], ctx: Ctx
) -> AppealOutcomeResult:
    """Uphold or reverse, with the lease on the appeal's item, exactly once per idempotency key.

    Reversing records a new decision linked to the first and applies it to the listing;
    reversing an approval needs `reason_codes`. 403 `own_decision` for the decision's author;
    409 `lease_expired`, `lease_foreign` or `appeal_decided`."""
    return appeals.decide(ctx, user, appeal_id, body)


@router.get(
    "/metrics/appeals", response_model=list[AppealRateRow], responses=problem_responses(401, 403, 422)
)
def appeal_rates(
    f: Annotated[MetricsFilter, Depends(metrics_filter)], ctx: Ctx, group_by: GroupBy = GroupBy.moderator
) -> list[AppealRateRow]:
    """Appeal and reversal rates of the decisions in the range, per moderator, reason, queue or category."""
    with ctx.db.read() as conn:
        prepare(conn)
        return appeal_metrics.appeal_rates(conn, f, group_by)


# --- settings and mapping ------------------------------------------------------------------------------


@router.get("/dsa/settings", response_model=DsaSettings, responses=problem_responses(401, 403))
def get_settings(_user: Annotated[Principal, Depends(staff)], ctx: Ctx) -> DsaSettings:
    with ctx.db.read() as conn:
        return load_settings(conn)


@router.put("/dsa/settings", response_model=DsaSettings, responses=problem_responses(401, 403, 422))
def put_settings(body: DsaSettings, user: Annotated[Principal, Depends(leads)], ctx: Ctx) -> DsaSettings:
    """Change the leads' DSA settings (whether a reversal on appeal counts as an error, ...)."""
    with ctx.db.write() as conn:
        save_settings(conn, body)
        append_entry(
            conn, ctx.db.audit_key, at=ctx.now(), actor=user.username, kind="dsa.settings_changed", payload=body.model_dump()
        )
    return body


@router.put(
    "/admin/reason-codes/{code}/dsa",
    response_model=ReasonCode,
    responses=problem_responses(401, 403, 404, 422),
)
def put_reason_mapping(
    code: PathCode, body: ReasonCodeDsa, user: Annotated[Principal, Depends(require_roles(Role.admin))], ctx: Ctx
) -> ReasonCode:
    """Set a reason code's DSA mapping (its category and ground become the reason code's own)."""
    stray = keywords_fit(body.statement_category, body.category_specification)
    if stray:
        raise invalid(
            f"Keywords {stray} do not belong to {body.statement_category}.", "body.category_specification"
        )
    if body.decision_ground == GROUND_ILLEGAL and not body.legal_ground:
        raise invalid("A reason for illegal content must name its legal ground.", "body.legal_ground")
    now = ctx.now()
    with ctx.db.write() as conn:
        row = conn.execute(
            select(t.reason_codes).where(t.reason_codes.c.code == code).with_for_update()
        ).first()
        if row is None:
            raise not_found(f"Reason code {code!r} does not exist.")
        conn.execute(
            update(t.reason_codes)
            .where(t.reason_codes.c.code == code)
            .values(statement_category=body.statement_category, decision_ground=body.decision_ground)
        )
        values = {"mapping": body.model_dump_json(), "updated_by": user.username, "updated_at": now}
        if conn.execute(select(t.reason_code_dsa.c.code).where(t.reason_code_dsa.c.code == code)).first():
            conn.execute(update(t.reason_code_dsa).where(t.reason_code_dsa.c.code == code).values(**values))
        else:
            conn.execute(insert(t.reason_code_dsa).values(code=code, **values))
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="admin.reason_code_dsa",
            payload={"code": code, **body.model_dump()},
        )
        mapping = mappings(conn, [code])[code]
    ctx.rules_cache.clear()
    return ReasonCode(
        code=code,
        label=row.label,
        statement_category=body.statement_category,
        decision_ground=body.decision_ground,
        **dsa_policy_fields(mapping),
    )
