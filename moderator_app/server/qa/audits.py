"""Blind audits of sampled decisions: claim, decide blind, see the original, give a verdict.

A claim leases one waiting sample to an auditor (like item leases: ``FOR UPDATE SKIP LOCKED``
on PostgreSQL, one ``BEGIN IMMEDIATE`` writer at a time on SQLite) and never hands an auditor
their own decision. The task shows the listing version the moderator decided and the flags
their workstation showed, but nothing of the decision. Only after the auditor's own blind
decision is recorded is the original revealed; then the verdict is written as an ``audits`` row.

Sample states: "open" (waiting, or leased but not yet decided blind), "blind" (the auditor has
decided and seen the original), "done". A lapsed lease puts the sample back in the queue and
forgets the blind decision, so the next auditor also starts blind.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, bindparam, insert, or_, select, update

from moderator_app.core.decision_rules import RuleViolation
from moderator_app.core.qa_schema import (
    AuditClaim,
    AuditRecord,
    AuditReveal,
    AuditTask,
    AuditVerdict,
    BlindDecision,
    OriginalDecision,
)
from moderator_app.core.schema import Action, FlagShown
from moderator_app.core.verdict_rules import Judged, resolve_verdict
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry
from moderator_app.server.auth import Principal
from moderator_app.server.context import ServerContext
from moderator_app.server.listings import load_listing
from moderator_app.server.problems import conflict, forbidden, invalid, not_found
from moderator_app.server.qa.common import (
    check_judgement,
    dumps,
    insert_audit_reasons,
    load_record,
    loads,
    record_from_row,
    records_query,
    text_digest,
    user_id_for,
)
from moderator_app.server.qa.sampling import forget_moderator

log = logging.getLogger(__name__)

S = t.qa_samples
_RETURNED = (S.c.id, S.c.decision_id, S.c.queue_id, S.c.sampled_at, S.c.lease_expires_at)


def _claim_statement(by_queue: bool):
    candidates = (
        select(S.c.id)
        .join(t.decisions, t.decisions.c.id == S.c.decision_id)
        .where(
            S.c.state.in_(("open", "blind")),
            or_(S.c.lease_expires_at.is_(None), S.c.lease_expires_at <= bindparam("b_now")),
            t.decisions.c.moderator_id != bindparam("b_me"),
        )
        .order_by(S.c.sampled_at, S.c.id)
        .limit(1)
        .with_for_update(skip_locked=True, of=S)
    )
    if by_queue:
        candidates = candidates.where(S.c.queue_id == bindparam("b_queue"))
    return (
        update(S)
        .where(S.c.id.in_(candidates.scalar_subquery()))
        .values(
            state="open",
            auditor_id=bindparam("b_me"),
            lease_expires_at=bindparam("b_expires"),
            claimed_at=bindparam("b_now"),
            blind_action=None,
            blind_reason_codes=None,
        )
        .returning(*_RETURNED)
    )


# Built once: SQLAlchemy then reuses the compiled statements.
_CLAIM_ANY = _claim_statement(by_queue=False)
_CLAIM_IN_QUEUE = _claim_statement(by_queue=True)


def claim(ctx: ServerContext, user: Principal, body: AuditClaim) -> AuditTask | None:
    """Lease the oldest waiting sample (of the queue, or any) that is not the auditor's own
    decision; None when there is none."""
    now = ctx.now()
    params = {
        "b_now": now,
        "b_me": user.id,
        "b_expires": now + timedelta(seconds=ctx.settings.lease_seconds),
        "b_queue": body.queue_id,
    }
    with ctx.db.write() as conn:
        sample = conn.execute(_CLAIM_IN_QUEUE if body.queue_id else _CLAIM_ANY, params).first()
        if sample is None:
            return None
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="qa.sample_claimed",
            payload={"sample_id": sample.id, "decision_id": sample.decision_id},
        )
    with ctx.db.read() as conn:
        decision = conn.execute(
            select(t.decisions.c.listing_id, t.decisions.c.listing_version, t.decisions.c.flags_shown).where(
                t.decisions.c.id == sample.decision_id
            )
        ).one()
        listing = load_listing(conn, decision.listing_id, decision.listing_version)
    log.debug("auditor %s claimed sample %s", user.id, sample.id)
    return AuditTask(
        sample_id=sample.id,
        queue_id=sample.queue_id,
        listing=listing,
        flags_shown=[FlagShown.model_validate(f) for f in json.loads(decision.flags_shown or "[]")],
        # The day only: the exact time is the decision's, which would let the auditor look it up.
        sampled_on=sample.sampled_at.date(),
        lease_expires_at=sample.lease_expires_at,
    )


def _held_sample(conn: Connection, user: Principal, sample_id: int, now: datetime):
    """The sample row, locked, if the user holds a live lease on it; else a 404 or 409 problem."""
    row = conn.execute(select(S).where(S.c.id == sample_id).with_for_update()).first()
    if row is None:
        raise not_found(f"Sample {sample_id} does not exist.")
    if row.state == "done":
        raise conflict(f"Sample {sample_id} has already been audited.", "already_audited")
    if row.auditor_id != user.id or row.lease_expires_at is None:
        raise conflict(f"You hold no lease on sample {sample_id}; claim a sample first.", "not_your_lease")
    if row.lease_expires_at <= now:
        raise conflict(
            f"Your lease on sample {sample_id} expired at {row.lease_expires_at.isoformat()}.",
            "lease_expired",
        )
    return row


def _original(conn: Connection, decision_id: int) -> OriginalDecision:
    d = conn.execute(select(t.decisions).where(t.decisions.c.id == decision_id)).one()
    return OriginalDecision(
        decision_id=d.id,
        moderator=d.moderator,
        action=Action(d.action),
        reason_codes=loads(d.reason_codes),
        escalate_to=d.escalate_to,
        note=d.note,
        time_spent_ms=d.time_spent_ms,
        decided_at=d.decided_at,
    )


def blind(ctx: ServerContext, user: Principal, sample_id: int, body: BlindDecision) -> AuditReveal:
    """Record the auditor's own decision, then reveal the original.

    Sending the same blind decision again (a retry) reveals again; a different one is a 409.
    """
    now = ctx.now()
    with ctx.db.write() as conn:
        row = _held_sample(conn, user, sample_id, now)
        check_judgement(ctx, conn, row.queue_id, body.action, body.reason_codes, "body.reason_codes")
        original = _original(conn, row.decision_id)
        if row.state == "blind":
            if row.blind_action != body.action.value or loads(row.blind_reason_codes) != body.reason_codes:
                raise conflict(f"Sample {sample_id} already has a blind decision.", "already_blind")
        else:
            conn.execute(
                update(S)
                .where(S.c.id == sample_id)
                .values(
                    state="blind", blind_action=body.action.value, blind_reason_codes=dumps(body.reason_codes)
                )
            )
            append_entry(
                conn,
                ctx.db.audit_key,
                at=now,
                actor=user.username,
                kind="qa.blind_decision",
                payload={
                    "sample_id": sample_id,
                    "decision_id": row.decision_id,
                    "action": body.action.value,
                    "reason_codes": body.reason_codes,
                },
            )
    return AuditReveal(
        sample_id=sample_id, blind=body, original=original, same_action=original.action == body.action
    )


def verdict(ctx: ServerContext, user: Principal, sample_id: int, body: AuditVerdict) -> AuditRecord:
    """Write the audit of a sample the auditor has decided blind (409 before that).

    Agreement is derived (core.verdict_rules.resolve_verdict): the correct decision (the blind one
    unless the verdict names another) against the original. A declared ``agree`` that contradicts
    it, a severity on an agreement or none on a disagreement is a 422.
    """
    now = ctx.now()
    with ctx.db.write() as conn:
        row = _held_sample(conn, user, sample_id, now)
        if row.state != "blind":
            raise conflict(
                f"Record your own blind decision on sample {sample_id} before the verdict.", "blind_required"
            )
        if body.correct_action is not None:
            check_judgement(
                ctx, conn, row.queue_id, body.correct_action, body.correct_reason_codes, "body.correct_reason_codes"
            )
        d = conn.execute(
            select(
                t.decisions.c.moderator_id,
                t.decisions.c.decided_at,
                t.decisions.c.action,
                t.decisions.c.reason_codes,
            ).where(t.decisions.c.id == row.decision_id)
        ).one()
        resolved = resolve_verdict(
            Judged.of(d.action, loads(d.reason_codes)),
            Judged.of(row.blind_action, loads(row.blind_reason_codes)),
            body,
        )
        if isinstance(resolved, RuleViolation):
            raise invalid(resolved.text(), resolved.field, resolved.code)
        correct_codes = list(resolved.correct.reason_codes)
        spent = int((now - row.claimed_at).total_seconds() * 1000) if row.claimed_at is not None else None
        audit_id = conn.execute(
            insert(t.audits)
            .values(
                decision_id=row.decision_id,
                sample_id=sample_id,
                source="qa",
                auditor_id=user.id,
                auditor=user.username,
                moderator_id=d.moderator_id,
                queue_id=row.queue_id,
                decided_at=d.decided_at,
                blind_action=row.blind_action,
                agree=resolved.agree,
                correct_action=resolved.correct.action.value,
                correct_reason_codes=dumps(correct_codes),
                severity=resolved.severity.value if resolved.severity else None,
                comment=body.comment,
                audited_at=now,
                is_error=resolved.is_error,
                time_spent_ms=spent,
            )
            .returning(t.audits.c.id)
        ).scalar_one()
        insert_audit_reasons(conn, audit_id, correct_codes)
        conn.execute(update(S).where(S.c.id == sample_id).values(state="done", lease_expires_at=None))
        record = load_record(conn, audit_id, ctx.settings.dispute_days)
        # Last: the audit chain's head stays locked until the commit. The payload holds the audit's
        # facts as verify-audit recomputes them (server.audit_facts.audit_facts).
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="qa.audit_recorded",
            payload={
                "audit_id": audit_id,
                "sample_id": sample_id,
                "decision_id": row.decision_id,
                "rule": row.rule,
                "source": "qa",
                "auditor": user.username,
                "moderator_id": d.moderator_id,
                "agree": resolved.agree,
                "correct_action": resolved.correct.action.value,
                "correct_reason_codes": correct_codes,
                "severity": resolved.severity.value if resolved.severity else None,
                "comment_sha256": text_digest(body.comment),
                "audited_at": now.isoformat(),
            },
        )
    forget_moderator(ctx, d.moderator_id)
    return record


def release(ctx: ServerContext, user: Principal, sample_id: int) -> None:
    """Give a leased sample back to the queue (its blind decision, if any, is forgotten)."""
    now = ctx.now()
    with ctx.db.write() as conn:
        row = _held_sample(conn, user, sample_id, now)
        conn.execute(
            update(S)
            .where(S.c.id == sample_id)
            .values(
                state="open",
                auditor_id=None,
                lease_expires_at=None,
                claimed_at=None,
                blind_action=None,
                blind_reason_codes=None,
            )
        )
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="qa.sample_released",
            payload={"sample_id": sample_id, "decision_id": row.decision_id},
        )


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def list_records(
    ctx: ServerContext,
    user: Principal,
    *,
    moderator: str | None,
    date_from: date | None,
    date_to: date | None,
    errors_only: bool,
    limit: int,
    offset: int,
) -> list[AuditRecord]:
    """Audits, newest first, filtered by audit day (UTC, both ends inclusive). Moderators
    see only their own (403 for anyone else's name)."""
    if not user.sees_everything:
        if moderator is not None and moderator != user.username:
            raise forbidden("Moderators can only see the audits of their own decisions.", "forbidden_audits")
        moderator = user.username
    query = records_query()
    with ctx.db.read() as conn:
        if moderator is not None:
            moderator_id = user.id if moderator == user.username else user_id_for(conn, moderator)
            if moderator_id is None:
                return []
            query = query.where(t.audits.c.moderator_id == moderator_id)
        if date_from is not None:
            query = query.where(t.audits.c.audited_at >= _day_start(date_from))
        if date_to is not None:
            query = query.where(t.audits.c.audited_at < _day_start(date_to + timedelta(days=1)))
        if errors_only:
            query = query.where(t.audits.c.is_error.is_(True))
        rows = conn.execute(
            query.order_by(t.audits.c.audited_at.desc(), t.audits.c.id.desc()).limit(limit).offset(offset)
        ).all()
    return [record_from_row(r, ctx.settings.dispute_days) for r in rows]
