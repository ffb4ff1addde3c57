"""What the QA modules share: reason-code checks, audit records as the API shows them, and
small JSON and hashing helpers for stored lists and audit-log payloads."""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import datetime, timedelta

from sqlalchemy import Connection, select

from moderator_app.core.qa_schema import AuditRecord, AuditSource, DisputeState, Severity
from moderator_app.core.schema import Action
from moderator_app.server import tables as t
from moderator_app.server.problems import invalid, not_found

log = logging.getLogger(__name__)


def dumps(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


def loads(text: str | None) -> list[str]:
    return json.loads(text) if text else []


def text_digest(text: str) -> str:
    """sha256 of free text, for audit-log payloads (which never carry the text itself)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_reasons(conn: Connection, action: Action, codes: list[str], loc: str) -> None:
    """The house rules for reasons, as for decisions: every code known, none on an approval,
    at least one on a rejection. Raises a 422 problem naming ``loc`` otherwise."""
    if codes:
        if action == Action.approve:
            raise invalid("An approval takes no reason codes.", loc)
        known = set(
            conn.execute(select(t.reason_codes.c.code).where(t.reason_codes.c.code.in_(codes))).scalars()
        )
        unknown = [c for c in dict.fromkeys(codes) if c not in known]
        if unknown:
            raise invalid(f"Unknown reason code(s): {', '.join(unknown)}.", loc, "unknown_reason_code")
    elif action == Action.reject:
        raise invalid("A rejection needs at least one reason code.", loc, "reason_required")


def user_id_for(conn: Connection, username: str) -> int | None:
    return conn.execute(select(t.users.c.id).where(t.users.c.username == username)).scalar_one_or_none()


_RECORDS = select(
    t.audits,
    t.decisions.c.moderator,
    t.decisions.c.listing_id,
    t.decisions.c.listing_version,
    t.decisions.c.action.label("original_action"),
    t.decisions.c.reason_codes.label("original_reason_codes"),
    t.disputes.c.state.label("dispute_state"),
).select_from(
    t.audits.join(t.decisions, t.decisions.c.id == t.audits.c.decision_id).outerjoin(
        t.disputes, t.disputes.c.audit_id == t.audits.c.id
    )
)


def records_query():
    """SELECT of audits joined with their decision and dispute; add where/order/limit."""
    return _RECORDS


def record_from_row(row, dispute_days: int) -> AuditRecord:
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
    )


def dispute_deadline(audited_at: datetime, dispute_days: int) -> datetime:
    """The last moment the moderator may contest an audit made at ``audited_at``."""
    return audited_at + timedelta(days=dispute_days)


def load_record(conn: Connection, audit_id: int, dispute_days: int) -> AuditRecord:
    row = conn.execute(records_query().where(t.audits.c.id == audit_id)).first()
    if row is None:
        raise not_found(f"Audit {audit_id} does not exist.")
    return record_from_row(row, dispute_days)
