"""Golden items: listings with a known correct decision, placed by a lead in a normal queue.

A moderator decides one like any other item; the decision is graded automatically (an
``audits`` row with source "golden", no auditor) and the listing's own status is left alone.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import Connection, insert, select

from moderator_app.core.qa_schema import GoldenItem, GoldenItemCreate, Severity
from moderator_app.core.schema import Action, DecisionRequest
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry
from moderator_app.server.auth import Principal
from moderator_app.server.context import ServerContext
from moderator_app.server.listings import enqueue_item, queue_config
from moderator_app.server.problems import invalid
from moderator_app.server.qa.common import check_judgement, dumps, loads

log = logging.getLogger(__name__)

_INSERT_AUDIT = insert(t.audits).returning(t.audits.c.id)
_INSERT_REASON = insert(t.audit_reasons)


def is_correct(expected_action: str, expected_codes: list[str], action: Action, codes: list[str]) -> bool:
    """Same action and, for a rejection, at least one of the expected reason codes."""
    if action.value != expected_action:
        return False
    return action != Action.reject or not expected_codes or bool(set(codes) & set(expected_codes))


def grade(
    conn: Connection,
    ctx: ServerContext,
    user: Principal,
    item,
    req: DecisionRequest,
    decision_id: int,
    now: datetime,
    decided_at: datetime,
    golden,
) -> dict:
    """Record the automatic audit of a decision on a golden item (in the decision's transaction);
    returns what the decision's audit-log entry records of it."""
    expected = loads(golden.expected_reason_codes)
    agree = is_correct(golden.expected_action, expected, req.action, req.reason_codes)
    audit_id = conn.execute(
        _INSERT_AUDIT,
        {
            "decision_id": decision_id,
            "sample_id": None,
            "source": "golden",
            "auditor_id": None,
            "auditor": None,
            "moderator_id": user.id,
            "queue_id": item.queue_id,
            "decided_at": decided_at,
            "blind_action": None,
            "agree": agree,
            "correct_action": golden.expected_action,
            "correct_reason_codes": golden.expected_reason_codes,
            "severity": None if agree else Severity.major.value,
            "comment": "",
            "audited_at": now,
            "is_error": not agree,
        },
    ).scalar_one()
    if expected:
        conn.execute(_INSERT_REASON, [{"audit_id": audit_id, "reason_code": code} for code in expected])
    log.debug("golden item %s graded for user %s: %s", item.id, user.id, "right" if agree else "wrong")
    return {"audit_id": audit_id, "agree": agree}


def create(ctx: ServerContext, user: Principal, body: GoldenItemCreate) -> GoldenItem:
    """Enqueue the listing version as an open item with its expected answer (audited)."""
    now = ctx.now()
    with ctx.db.write() as conn:
        queue = queue_config(conn, body.queue_id)
        if queue is None:
            raise invalid(f"Queue {body.queue_id!r} does not exist.", "body.queue_id", "unknown_queue")
        check_judgement(
            ctx, conn, body.queue_id, body.expected_action, body.expected_reason_codes, "body.expected_reason_codes"
        )
        version = _listing_version(conn, body.listing_id, body.listing_version)
        codes = list(dict.fromkeys(body.expected_reason_codes))
        item_id = enqueue_item(conn, body.queue_id, body.listing_id, version, body.priority, now)
        conn.execute(
            insert(t.golden_items).values(
                item_id=item_id,
                expected_action=body.expected_action.value,
                expected_reason_codes=dumps(codes),
                created_by=user.username,
                created_at=now,
            )
        )
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="qa.golden_created",
            payload={
                "item_id": item_id,
                "listing_id": body.listing_id,
                "listing_version": version,
                "queue_id": body.queue_id,
                "expected_action": body.expected_action.value,
                "expected_reason_codes": codes,
            },
        )
    return GoldenItem(
        item_id=item_id,
        listing_id=body.listing_id,
        listing_version=version,
        queue_id=body.queue_id,
        expected_action=body.expected_action,
        expected_reason_codes=codes,
        created_by=user.username,
        created_at=now,
        decided=False,
    )


def _listing_version(conn: Connection, listing_id: str, version: int | None) -> int:
    current = conn.execute(
        select(t.listings.c.current_version).where(t.listings.c.id == listing_id)
    ).scalar_one_or_none()
    if current is None:
        raise invalid(f"Listing {listing_id!r} does not exist.", "body.listing_id", "unknown_listing")
    if version is None:
        return current
    exists = conn.execute(
        select(t.listing_versions.c.version).where(
            t.listing_versions.c.listing_id == listing_id, t.listing_versions.c.version == version
        )
    ).first()
    if exists is None:
        raise invalid(
            f"Listing {listing_id!r} has no version {version}.", "body.listing_version", "unknown_version"
        )
    return version


def list_golden(ctx: ServerContext) -> list[GoldenItem]:
    """Every golden item, newest first; ``decided`` once a moderator has decided it."""
    with ctx.db.read() as conn:
        rows = conn.execute(
            select(
                t.golden_items,
                t.items.c.queue_id,
                t.items.c.listing_id,
                t.items.c.listing_version,
                t.items.c.state,
            )
            .select_from(t.golden_items.join(t.items, t.items.c.id == t.golden_items.c.item_id))
            .order_by(t.golden_items.c.created_at.desc(), t.golden_items.c.item_id.desc())
        ).all()
    return [
        GoldenItem(
            item_id=r.item_id,
            listing_id=r.listing_id,
            listing_version=r.listing_version,
            queue_id=r.queue_id,
            expected_action=Action(r.expected_action),
            expected_reason_codes=loads(r.expected_reason_codes),
            created_by=r.created_by,
            created_at=r.created_at,
            decided=r.state == "decided",
        )
        for r in rows
    ]
