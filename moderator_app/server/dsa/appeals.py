"""Complaints against decisions (Art. 20): filing, the reviewer's view, uphold or reverse.

An appeal is an item of the Appeals queue, on the listing version that was decided, which the
author of that decision can never claim (``items.not_for_user``, checked in the claim itself).
Reversing restores a removed listing (or removes one a notifier showed was wrongly kept), flips
the outcome of the notices the first decision answered, and records a new decision linked to
the first. The reply is templated per language and names out-of-court settlement (Art. 21).
"""

from __future__ import annotations

import calendar
import hashlib
import json
import logging
from datetime import datetime, timedelta

from sqlalchemy import Connection, func, insert, select, update

from moderator_app.core.decision_rules import check_decision
from moderator_app.core.dsa_schema import (
    AppealCreate,
    AppealDetail,
    AppealOutcomeRequest,
    AppealOutcomeResult,
    AppealPage,
    AppealReceipt,
    AppealView,
    SellerNotice,
)
from moderator_app.core.schema import Action, DecisionResult
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry, canonical_json
from moderator_app.server.audit_facts import decision_facts
from moderator_app.server.auth import Principal
from moderator_app.server.context import ServerContext
from moderator_app.server.decisions import result_from_row
from moderator_app.server.dsa import hooks, notices, records, texts
from moderator_app.server.dsa.config import APPEALS_QUEUE, ensure_queue, queue_sla_seconds
from moderator_app.server.listings import load_flags, load_listing
from moderator_app.server.problems import ApiError, conflict, forbidden, invalid, not_found

log = logging.getLogger(__name__)

APPEAL_MONTHS = 6  # Art. 20(1): at least six months after the decision
a = t.appeals
d = t.decisions


def add_months(moment: datetime, months: int) -> datetime:
    years, month0 = divmod(moment.month - 1 + months, 12)
    year, month = moment.year + years, month0 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def _view(row, sla_seconds: int) -> AppealView:
    reply = SellerNotice.model_validate_json(row.reply).text if row.reply else None
    return AppealView(
        appeal_id=row.id,
        decision_id=row.decision_id,
        item_id=row.item_id,
        queue_id=APPEALS_QUEUE,
        appellant=row.appellant,
        explanation=row.explanation,
        language=row.language,
        received_at=row.received_at,
        due_at=row.received_at + timedelta(seconds=sla_seconds),
        state=row.state,
        outcome=row.outcome,
        reply=reply,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        new_decision_id=row.new_decision_id,
    )


def _nothing(detail: str) -> ApiError:
    return invalid(detail, "body.decision_id", "nothing_to_appeal")


def file(ctx: ServerContext, user: Principal, body: AppealCreate) -> AppealReceipt:
    now = ctx.now()
    with ctx.db.write() as conn:
        decision = conn.execute(select(d).where(d.c.id == body.decision_id).with_for_update()).first()
        if decision is None:
            raise invalid(
                f"Decision {body.decision_id} does not exist.", "body.decision_id", "unknown_decision"
            )
        if now > add_months(decision.received_at, APPEAL_MONTHS):
            raise invalid(
                f"Decision {decision.id} took effect on {decision.received_at.date().isoformat()}: the "
                f"{APPEAL_MONTHS}-month window for a complaint has closed.",
                "body.decision_id",
                "appeal_window_closed",
            )
        notice_id = _check_appealable(conn, decision, body)
        earlier = conn.execute(select(a.c.state, a.c.appellant).where(a.c.decision_id == decision.id)).all()
        if any(row.state == "open" for row in earlier):
            raise conflict(f"A complaint about decision {decision.id} is already waiting.", "appeal_pending")
        if any(row.appellant == body.appellant for row in earlier):
            raise conflict(
                f"The {body.appellant}'s complaint about decision {decision.id} was already decided; the next step "
                "is an out-of-court dispute settlement body (DSA Art. 21).",
                "appeal_already_decided",
            )
        listing = load_listing(conn, decision.listing_id, decision.listing_version)
        language = body.language or texts.market_language(listing.country if listing else "")
        ensure_queue(conn, APPEALS_QUEUE)
        item_id = conn.execute(
            insert(t.items)
            .values(
                queue_id=APPEALS_QUEUE,
                listing_id=decision.listing_id,
                listing_version=decision.listing_version,
                priority=0,
                enqueued_at=now,
                state="open",
                not_for_user=decision.moderator_id,
            )
            .returning(t.items.c.id)
        ).scalar_one()
        appeal_id = conn.execute(
            insert(a)
            .values(
                decision_id=decision.id,
                item_id=item_id,
                appellant=body.appellant,
                notice_id=notice_id,
                explanation=body.explanation,
                language=language,
                received_at=now,
                state="open",
            )
            .returning(a.c.id)
        ).scalar_one()
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="dsa.appeal_received",
            payload={
                "appeal_id": appeal_id,
                "decision_id": decision.id,
                "item_id": item_id,
                "appellant": body.appellant,
            },
        )
    return AppealReceipt(appeal_id=appeal_id, item_id=item_id, queue_id=APPEALS_QUEUE)


def _check_appealable(conn: Connection, decision, body: AppealCreate) -> int | None:
    """The notifier's notice id (None for a seller); a 422 when there is nothing to appeal."""
    if decision.queue_id == APPEALS_QUEUE:
        raise _nothing(
            "This decision settled a complaint; the next step is an out-of-court dispute settlement body."
        )
    if conn.execute(
        select(t.golden_items.c.item_id).where(t.golden_items.c.item_id == decision.item_id)
    ).first():
        raise _nothing("This decision was a quality test and restricted nothing.")
    if conn.execute(select(a.c.id).where(a.c.decision_id == decision.id, a.c.outcome == "reverse")).first():
        raise _nothing(f"Decision {decision.id} was already reversed.")
    if body.appellant == "seller":
        if decision.action != Action.reject.value:
            raise _nothing(f"Decision {decision.id} ({decision.action}) restricted nothing.")
        return None
    linked = [i for i, _, _ in notices.kinds_by_decision(conn, [decision.id]).get(decision.id, [])]
    if not linked or decision.action != Action.approve.value:
        raise _nothing(f"Decision {decision.id} did not decline to act on a notice.")
    if body.notice_id is not None and body.notice_id not in linked:
        raise invalid(
            f"Notice {body.notice_id} was not answered by decision {decision.id}.",
            "body.notice_id",
            "unknown_notice",
        )
    return body.notice_id if body.notice_id is not None else linked[0]


def _may_review(user: Principal, item, now: datetime) -> bool:
    leased = (
        item.state == "open"
        and item.lease_owner == user.id
        and item.lease_expires_at is not None
        and item.lease_expires_at > now
    )
    return user.sees_everything or leased


def _load(conn: Connection, appeal_id: int, *, lock: bool = False):
    query = select(a).where(a.c.id == appeal_id)
    row = conn.execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise not_found(f"Appeal {appeal_id} does not exist.")
    return row


def _decision(conn: Connection, decision_id: int) -> DecisionResult:
    return hooks.with_extras(
        conn, [result_from_row(conn.execute(select(d).where(d.c.id == decision_id)).one())]
    )[0]


def detail(ctx: ServerContext, user: Principal, appeal_id: int) -> AppealDetail:
    now = ctx.now()
    with ctx.db.read() as conn:
        row = _load(conn, appeal_id)
        item = conn.execute(select(t.items).where(t.items.c.id == row.item_id)).one()
        if not _may_review(user, item, now):
            raise forbidden(f"Appeal {appeal_id} is not leased to you.", "lease_foreign")
        decision = _decision(conn, row.decision_id)
        listing = load_listing(conn, decision.listing_id, decision.listing_version)
        original = conn.execute(select(d.c.action).where(d.c.id == row.decision_id)).scalar_one()
        preview = {
            outcome: texts.appeal_reply(
                language=row.language,
                listing_id=decision.listing_id,
                received_at=row.received_at,
                outcome=outcome,
                restrictive=original == Action.reject.value,
                reply="",
            ).text
            for outcome in ("uphold", "reverse")
        }
        return AppealDetail(
            appeal=_view(row, queue_sla_seconds(conn, APPEALS_QUEUE)),
            decision=decision,
            listing=listing,
            flags=load_flags(conn, decision.listing_id, decision.listing_version),
            statement=records.for_decision(conn, row.decision_id),
            notices=notices.decision_notices(conn, row.decision_id),
            reply_preview=preview,
        )


def for_item(ctx: ServerContext, user: Principal, item_id: int) -> AppealDetail:
    with ctx.db.read() as conn:
        appeal_id = conn.execute(select(a.c.id).where(a.c.item_id == item_id)).scalar()
    if appeal_id is None:
        raise not_found(f"Item {item_id} is not an appeal.")
    return detail(ctx, user, appeal_id)


def page(ctx: ServerContext, *, state: str | None, limit: int, offset: int) -> AppealPage:
    with ctx.db.read() as conn:
        conds = [a.c.state == state] if state else []
        total = conn.execute(select(func.count()).select_from(a).where(*conds)).scalar_one()
        rows = conn.execute(
            select(a)
            .where(*conds)
            .order_by(a.c.received_at.desc(), a.c.id.desc())
            .limit(limit)
            .offset(offset)
        ).all()
        sla = queue_sla_seconds(conn, APPEALS_QUEUE)
    return AppealPage(appeals=[_view(r, sla) for r in rows], total=total)


def _digest(body: AppealOutcomeRequest) -> str:
    return hashlib.sha256(canonical_json(body.model_dump(mode="json")).encode("utf-8")).hexdigest()


def decide(
    ctx: ServerContext, user: Principal, appeal_id: int, body: AppealOutcomeRequest
) -> AppealOutcomeResult:
    now = ctx.now()
    digest = _digest(body)
    with ctx.db.write() as conn:
        row = _load(conn, appeal_id, lock=True)
        if row.state == "decided":
            if row.outcome_key == str(body.idempotency_key) and row.outcome_digest == digest:
                return _result(conn, row)
            raise conflict(f"Appeal {appeal_id} was already decided.", "appeal_decided")
        item = conn.execute(select(t.items).where(t.items.c.id == row.item_id).with_for_update()).one()
        _check_lease(item, user, body, now)
        original = conn.execute(select(d).where(d.c.id == row.decision_id)).one()
        if original.moderator_id == user.id:
            raise forbidden(
                "You took the decision under appeal: someone else must review it.", "own_decision"
            )
        new_decision_id = None
        restrictive = original.action == Action.reject.value
        if body.outcome == "reverse":
            new_decision_id = _reverse(conn, ctx, user, row, original, body, digest, now)
        elif body.reason_codes:
            raise invalid(
                "Upholding a decision takes no reason codes.", "body.reason_codes", "reasons_not_allowed"
            )
        reply = texts.appeal_reply(
            language=row.language,
            listing_id=original.listing_id,
            received_at=row.received_at,
            outcome=body.outcome,
            restrictive=restrictive,
            reply=body.reply,
        )
        conn.execute(
            update(t.items)
            .where(t.items.c.id == item.id)
            .values(
                state="decided", lease_owner=None, lease_token=None, lease_expires_at=None, lease_request=None
            )
        )
        conn.execute(
            update(a)
            .where(a.c.id == row.id)
            .values(
                state="decided",
                outcome=body.outcome,
                reply=reply.model_dump_json(),
                decided_by_id=user.id,
                decided_by=user.username,
                decided_at=now,
                new_decision_id=new_decision_id,
                outcome_key=str(body.idempotency_key),
                outcome_digest=digest,
            )
        )
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="dsa.appeal_decided",
            payload={
                "appeal_id": row.id,
                "decision_id": row.decision_id,
                "outcome": body.outcome,
                "new_decision_id": new_decision_id,
                "reply_sha256": hashlib.sha256(body.reply.encode("utf-8")).hexdigest(),
            },
        )
        return _result(conn, _load(conn, appeal_id))


def _check_lease(item, user: Principal, body: AppealOutcomeRequest, now: datetime) -> None:
    if item.lease_owner != user.id:
        raise conflict(
            f"You hold no lease on appeal item {item.id}.",
            "lease_foreign" if item.lease_owner else "lease_expired",
        )
    if item.lease_token != body.lease_token or item.lease_expires_at is None or item.lease_expires_at <= now:
        raise conflict(f"Your lease on appeal item {item.id} expired or was replaced.", "lease_expired")


def _reverse(
    conn: Connection, ctx: ServerContext, user: Principal, appeal, original, body, digest: str, now: datetime
) -> int:
    """Record the opposite decision, linked to the first, and apply it to the listing."""
    if original.action == Action.reject.value:
        action, reasons = Action.approve, []
        if body.reason_codes:
            raise invalid(
                "Restoring a listing takes no reason codes.", "body.reason_codes", "reasons_not_allowed"
            )
    else:
        action, reasons = Action.reject, list(body.reason_codes)
        known = frozenset(conn.execute(select(t.reason_codes.c.code)).scalars())
        violation = check_decision(None, action, reasons, None, known)
        if violation is not None:
            raise invalid(violation.text(), violation.field, violation.code)
    category = conn.execute(
        select(t.listing_versions.c.category).where(
            t.listing_versions.c.listing_id == original.listing_id,
            t.listing_versions.c.version == original.listing_version,
        )
    ).scalar()
    new_id = conn.execute(
        insert(d)
        .values(
            idempotency_key=str(body.idempotency_key),
            request_digest=digest,
            item_id=appeal.item_id,
            queue_id=APPEALS_QUEUE,
            listing_id=original.listing_id,
            listing_version=original.listing_version,
            moderator_id=user.id,
            moderator=user.username,
            action=action.value,
            reason_codes=json.dumps(reasons),
            escalate_to=None,
            note="",
            time_spent_ms=body.time_spent_ms,
            flags_shown="[]",
            decided_at=now,
            received_at=now,
            category=category,
        )
        .returning(d.c.id)
    ).scalar_one()
    if reasons:
        conn.execute(insert(t.decision_reasons), [{"decision_id": new_id, "reason_code": c} for c in reasons])
    # A decision like any other in the audit log: verify-audit checks the row against these facts.
    new_row = conn.execute(select(d).where(d.c.id == new_id)).one()
    append_entry(
        conn, ctx.db.audit_key, at=now, actor=user.username, kind="decision", payload=decision_facts(new_row)
    )
    conn.execute(
        update(t.listings)
        .where(
            t.listings.c.id == original.listing_id, t.listings.c.current_version == original.listing_version
        )
        .values(
            status="approved" if action == Action.approve else "rejected", status_reasons=json.dumps(reasons)
        )
    )
    answered = list(
        conn.execute(select(t.notices.c.id).where(t.notices.c.decision_id == original.id)).scalars()
    )
    notices.link(conn, new_id, answered)
    if answered:
        conn.execute(
            update(t.notices)
            .where(t.notices.c.id.in_(answered))
            .values(
                outcome="upheld" if action == Action.reject else "not_upheld",
                decision_id=new_id,
                decided_at=now,
            )
        )
    if action == Action.reject:
        kinds = notices.kinds_by_decision(conn, [new_id]).get(new_id, [])
        records.record(
            conn,
            decision_id=new_id,
            reason_codes=reasons,
            listing_id=original.listing_id,
            version=original.listing_version,
            applied_at=now,
            notices=[records.NoticeFacts(k, c) for _, k, c in kinds],
            flags_shown=[],
            now=now,
        )
    log.info("appeal %s reversed decision %s with decision %s", appeal.id, original.id, new_id)
    return new_id


def _result(conn: Connection, row) -> AppealOutcomeResult:
    return AppealOutcomeResult(
        appeal=_view(row, queue_sla_seconds(conn, APPEALS_QUEUE)),
        new_decision=_decision(conn, row.new_decision_id) if row.new_decision_id else None,
        reply=SellerNotice.model_validate_json(row.reply),
    )
