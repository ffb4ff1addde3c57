"""What the QA modules share: the decision rules applied to QA judgements, audit records as the
API shows them (with their dispute), and small JSON helpers for stored lists."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select

from moderator_app.core.decision_rules import check_decision
from moderator_app.core.qa_schema import AuditRecord, AuditSource, DisputeState, Severity
from moderator_app.core.schema import Action
from moderator_app.server import tables as t
from moderator_app.server.audit_facts import text_digest
from moderator_app.server.context import ServerContext
from moderator_app.server.listings import queue_rules
from moderator_app.server.problems import invalid, not_found

log = logging.getLogger(__name__)

__all__ = ["text_digest"]  # re-exported for the QA modules' audit-log payloads


def dumps(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


def loads(text: str | None) -> list[str]:
    return json.loads(text) if text else []


def check_judgement(
    ctx: ServerContext, conn: Connection, queue_id: str | None, action: Action, codes: Sequence[str], field: str
) -> None:
    """A QA judgement (blind, correct or expected decision, calibration answer) follows the same
    decision rules as a moderator's (core.decision_rules), in the queue's terms when it has one;
    escalation targets are not named, so not checked. Raises a 422 problem naming ``field``."""
    if queue_id is not None:
        rules, known = queue_rules(ctx, conn, queue_id)
    else:
        rules, known = None, frozenset(conn.execute(select(t.reason_codes.c.code)).scalars())
    violation = check_decision(rules, action, list(codes), None, known, check_target=False, field=field)
    if violation is not None:
        raise invalid(violation.text(), violation.field, violation.code)


def insert_audit_reasons(conn: Connection, audit_id: int, codes: Sequence[str]) -> None:
    """The audit's correct reason codes as rows (the error breakdown groups by them in SQL)."""
    if codes:
        conn.execute(
            insert(t.audit_reasons), [{"audit_id": audit_id, "reason_code": c} for c in dict.fromkeys(codes)]
        )


def user_id_for(conn: Connection, username: str) -> int | None:
    return conn.execute(select(t.users.c.id).where(t.users.c.username == username)).scalar_one_or_none()


_RECORDS = select(
    t.audits,
    t.decisions.c.moderator,
    t.decisions.c.listing_id,
    t.decisions.c.listing_version,
    t.decisions.c.action.label("original_action"),
    t.decisions.c.reason_codes.label("original_reason_codes"),
    t.disputes.c.id.label("dispute_id"),
    t.disputes.c.state.label("dispute_state"),
    t.disputes.c.reason.label("dispute_reason"),
    t.disputes.c.settled_by.label("dispute_settled_by"),
    t.disputes.c.settled_at.label("dispute_settled_at"),
    t.disputes.c.settle_comment.label("dispute_comment"),
).select_from(
    t.audits.join(t.decisions, t.decisions.c.id == t.audits.c.decision_id).outerjoin(
        t.disputes, t.disputes.c.audit_id == t.audits.c.id
    )
)


def records_query():
    """SELECT of audits joined with their decision and dispute; add where/order/limit."""
    return _RECORDS


def record_from_row(row, dispute_days: int) -> AuditRecord:
    settled = row.dispute_state not in (None, DisputeState.open.value)
    return AuditRecord(
        audit_id=row.id,
        decision_id=row.decision_id,
        source=AuditSource(row.source),
        auditor=row.auditor,
        moderator=row.moderator,
        queue_id=row.queue_id,
        listing_id=row.listing_id,
        listing_version=row.listing_version,
        original_action=Action(row.original_action),
        original_reason_codes=loads(row.original_reason_codes),
        blind_action=Action(row.blind_action) if row.blind_action else None,
        agree=row.agree,
        correct_action=Action(row.correct_action),
        correct_reason_codes=loads(row.correct_reason_codes),
        severity=Severity(row.severity) if row.severity else None,
        comment=row.comment,
        audited_at=row.audited_at,
        is_error=row.is_error,
        dispute_state=DisputeState(row.dispute_state) if row.dispute_state else None,
        dispute_deadline=dispute_deadline(row.audited_at, dispute_days) if not row.agree else None,
        dispute_id=row.dispute_id,
        dispute_reason=row.dispute_reason,
        dispute_settled_by=row.dispute_settled_by if settled else None,
        dispute_settled_at=row.dispute_settled_at if settled else None,
        dispute_comment=row.dispute_comment if settled else None,
    )


def dispute_deadline(audited_at: datetime, dispute_days: int) -> datetime:
    """The last moment the moderator may contest an audit made at ``audited_at``."""
    return audited_at + timedelta(days=dispute_days)


def load_record(conn: Connection, audit_id: int, dispute_days: int) -> AuditRecord:
    row = conn.execute(records_query().where(t.audits.c.id == audit_id)).first()
    if row is None:
        raise not_found(f"Audit {audit_id} does not exist.")
    return record_from_row(row, dispute_days)
