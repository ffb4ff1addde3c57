"""Disputes: a moderator contests an audit of their decision within the window
(``ServerSettings.dispute_days``), and a lead settles it. Overturning one clears the error."""

from __future__ import annotations

import logging

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from moderator_app.core.qa_schema import Dispute, DisputeCreate, DisputeSettle, DisputeState, DisputeView
from moderator_app.core.schema import Role
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry
from moderator_app.server.auth import Principal
from moderator_app.server.context import ServerContext
from moderator_app.server.problems import conflict, forbidden, invalid, not_found
from moderator_app.server.qa.common import dispute_deadline, record_from_row, records_query, text_digest
from moderator_app.server.qa.sampling import forget_moderator

log = logging.getLogger(__name__)

D = t.disputes
SETTLERS = (Role.lead, Role.admin)


def _disputes(
    conn: Connection, dispute_days: int, *conditions, limit: int | None = None, offset: int = 0
) -> list[Dispute]:
    rows = conn.execute(
        select(D, t.users.c.username)
        .select_from(D.join(t.users, t.users.c.id == D.c.moderator_id))
        .where(*conditions)
        .order_by(D.c.opened_at.desc(), D.c.id.desc())
        .limit(limit)
        .offset(offset)
    ).all()
    if not rows:
        return []
    audits = {
        r.id: record_from_row(r, dispute_days)
        for r in conn.execute(records_query().where(t.audits.c.id.in_([r.audit_id for r in rows])))
    }
    return [
        Dispute(
            dispute_id=r.id,
            audit_id=r.audit_id,
            moderator=r.username,
            reason=r.reason,
            opened_at=r.opened_at,
            state=DisputeState(r.state),
            settled_by=r.settled_by,
            settled_at=r.settled_at,
            settle_comment=r.settle_comment,
            audit=audits[r.audit_id],
        )
        for r in rows
    ]


def open_dispute(ctx: ServerContext, user: Principal, audit_id: int, body: DisputeCreate) -> Dispute:
    """Contest an audit that found an error in the caller's own decision, within the window."""
    now = ctx.now()
    try:
        with ctx.db.write() as conn:
            audit = conn.execute(select(t.audits).where(t.audits.c.id == audit_id)).first()
            if audit is None:
                raise not_found(f"Audit {audit_id} does not exist.")
            if audit.moderator_id != user.id:
                raise forbidden(
                    "Only the moderator whose decision was audited can dispute it.", "not_your_audit"
                )
            if audit.agree:
                raise conflict(
                    "The audit agreed with your decision: there is nothing to dispute.", "nothing_to_dispute"
                )
            deadline = dispute_deadline(audit.audited_at, ctx.settings.dispute_days)
            if now > deadline:
                raise conflict(
                    f"The dispute window for audit {audit_id} closed at {deadline.isoformat()}.",
                    "dispute_window_closed",
                )
            if conn.execute(select(D.c.id).where(D.c.audit_id == audit_id)).first() is not None:
                raise conflict(f"Audit {audit_id} has already been disputed.", "already_disputed")
            dispute_id = conn.execute(
                insert(D)
                .values(
                    audit_id=audit_id,
                    moderator_id=user.id,
                    reason=body.reason,
                    opened_at=now,
                    state=DisputeState.open.value,
                    settle_comment="",
                )
                .returning(D.c.id)
            ).scalar_one()
            result = _disputes(conn, ctx.settings.dispute_days, D.c.id == dispute_id)[0]
            # Last: the audit chain's head stays locked until the commit.
            append_entry(
                conn,
                ctx.db.audit_key,
                at=now,
                actor=user.username,
                kind="qa.dispute_opened",
                payload={
                    "dispute_id": dispute_id,
                    "audit_id": audit_id,
                    "moderator_id": user.id,
                    "reason_sha256": text_digest(body.reason),
                    "opened_at": now.isoformat(),
                },
            )
    except IntegrityError as exc:  # a concurrent copy of this request won the unique audit_id
        raise conflict(f"Audit {audit_id} has already been disputed.", "already_disputed") from exc
    return result


def list_disputes(
    ctx: ServerContext, user: Principal, view: DisputeView | None, *, limit: int = 100, offset: int = 0
) -> list[Dispute]:
    """Newest first, one page; ``view``: one state, "settled" (the history) or all (None, "all").
    Leads, QA and admins see all, anyone else only their own."""
    conditions = []
    if view == DisputeView.settled:
        conditions.append(D.c.state != DisputeState.open.value)
    elif view not in (None, DisputeView.all):
        conditions.append(D.c.state == view.value)
    if not user.sees_everything:
        conditions.append(D.c.moderator_id == user.id)
    with ctx.db.read() as conn:
        return _disputes(conn, ctx.settings.dispute_days, *conditions, limit=limit, offset=offset)


def settle(ctx: ServerContext, user: Principal, dispute_id: int, body: DisputeSettle) -> Dispute:
    """Close an open dispute: "upheld" keeps the error, "overturned" clears it."""
    if body.outcome == DisputeState.open:
        raise invalid("A dispute is settled as upheld or overturned.", "body.outcome")
    now = ctx.now()
    with ctx.db.write() as conn:
        row = conn.execute(select(D).where(D.c.id == dispute_id).with_for_update()).first()
        if row is None:
            raise not_found(f"Dispute {dispute_id} does not exist.")
        if row.state != DisputeState.open.value:
            raise conflict(f"Dispute {dispute_id} was already settled ({row.state}).", "already_settled")
        conn.execute(
            update(D)
            .where(D.c.id == dispute_id)
            .values(
                state=body.outcome.value,
                settled_by=user.username,
                settled_at=now,
                settle_comment=body.comment,
            )
        )
        if body.outcome == DisputeState.overturned:
            conn.execute(update(t.audits).where(t.audits.c.id == row.audit_id).values(is_error=False))
        result = _disputes(conn, ctx.settings.dispute_days, D.c.id == dispute_id)[0]
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="qa.dispute_settled",
            payload={
                "dispute_id": dispute_id,
                "audit_id": row.audit_id,
                "outcome": body.outcome.value,
                "comment_sha256": text_digest(body.comment),
            },
        )
    forget_moderator(ctx, row.moderator_id)
    return result
