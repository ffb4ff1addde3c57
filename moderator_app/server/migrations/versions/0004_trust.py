"""Trust: a keyed audit chain, bounded decision times, unguessable media URLs, flags and correct
reasons as rows, sign-in throttling, audit timing, and metrics counted by receipt time.

Needs the audit key (``migrate.upgrade`` passes it): the chain written so far (unkeyed sha256) is
checked, then re-sealed under the key, and one entry vouches for the rows written before any entry
recorded them (bulk-seeded history). A broken chain is never re-sealed: the migration stops.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08
"""

from __future__ import annotations

import json
import secrets
import uuid

import sqlalchemy as sa
from alembic import context, op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CHUNK = 5000
# Ids of history decisions written before keys had to be UUIDs are mapped into this namespace.
_HISTORY_NAMESPACE = uuid.UUID("6d1f2a8e-2f3b-4c83-9a64-1f5a3e7c9b20")


def upgrade() -> None:
    key = context.config.attributes.get("audit_key")
    if key is None:
        raise RuntimeError(
            "migration 0004 needs the audit key (moderator_app.server.migrate.upgrade passes it)"
        )
    _schema()
    conn = op.get_bind()
    _backfill_media_keys(conn)
    _backfill_history_keys(conn)
    _backfill_rows(conn)
    from moderator_app.server.audit_seal import seal_legacy_chain

    seal_legacy_chain(conn, key)


def _schema() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("leased_at", sa.DateTime, nullable=True))
    with op.batch_alter_table("images") as batch:
        batch.add_column(sa.Column("media_key", sa.String(64), nullable=True))
    with op.batch_alter_table("qa_samples") as batch:
        batch.add_column(sa.Column("claimed_at", sa.DateTime, nullable=True))
    with op.batch_alter_table("audits") as batch:
        batch.add_column(sa.Column("time_spent_ms", sa.BigInteger, nullable=True))
    with op.batch_alter_table("policies") as batch:
        batch.add_column(sa.Column("flag_targets", sa.JSON, nullable=False, server_default=sa.text("'[]'")))
    op.drop_index("ix_decisions_metrics", "decisions")
    op.drop_index("ix_decisions_moderator_metrics", "decisions")
    op.create_index(
        "ix_decisions_metrics",
        "decisions",
        ["received_at", "moderator", "queue_id", "action", "category", "time_spent_ms", "id", "item_id"],
    )
    op.create_index(
        "ix_decisions_moderator_metrics",
        "decisions",
        ["moderator", sa.text("decided_at DESC"), "time_spent_ms", "id", "received_at"],
    )
    op.create_table(
        "decision_flags",
        sa.Column("decision_id", sa.Integer, sa.ForeignKey("decisions.id"), primary_key=True),
        sa.Column("flag", sa.String(200), primary_key=True),
    )
    op.create_index("ix_decision_flags_flag", "decision_flags", ["flag"])
    op.create_table(
        "audit_reasons",
        sa.Column("audit_id", sa.Integer, sa.ForeignKey("audits.id"), primary_key=True),
        sa.Column("reason_code", sa.String(100), primary_key=True),
    )
    op.create_index("ix_audit_reasons_code", "audit_reasons", ["reason_code"])
    op.create_table(
        "sign_in_failures",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("first_at", sa.DateTime, nullable=False),
        sa.Column("last_at", sa.DateTime, nullable=False),
        sa.Column("blocked_until", sa.DateTime, nullable=True),
    )


def _backfill_media_keys(conn) -> None:
    images = sa.table("images", sa.column("id"), sa.column("media_key"))
    ids = [row.id for row in conn.execute(sa.select(images.c.id))]
    for start in range(0, len(ids), _CHUNK):
        conn.execute(
            images.update()
            .where(images.c.id == sa.bindparam("b_id"))
            .values(media_key=sa.bindparam("b_key")),
            [{"b_id": i, "b_key": secrets.token_urlsafe(24)} for i in ids[start : start + _CHUNK]],
        )
    with op.batch_alter_table("images") as batch:
        batch.alter_column("media_key", existing_type=sa.String(64), nullable=False)
    op.create_index("ix_images_media_key", "images", ["media_key"], unique=True)


def _backfill_history_keys(conn) -> None:
    """Idempotency keys are UUIDs in the API; seeded history once used other text."""
    decisions = sa.table("decisions", sa.column("id"), sa.column("idempotency_key"))
    rows = conn.execute(
        sa.select(decisions.c.id, decisions.c.idempotency_key).where(
            decisions.c.idempotency_key.like("history-%")
        )
    ).all()
    for start in range(0, len(rows), _CHUNK):
        conn.execute(
            decisions.update()
            .where(decisions.c.id == sa.bindparam("b_id"))
            .values(idempotency_key=sa.bindparam("b_key")),
            [
                {"b_id": r.id, "b_key": str(uuid.uuid5(_HISTORY_NAMESPACE, r.idempotency_key))}
                for r in rows[start : start + _CHUNK]
            ],
        )


def _backfill_rows(conn) -> None:
    """decision_flags from the flags_shown JSON, audit_reasons from the correct_reason_codes JSON."""
    from moderator_app.server.audit_facts import flag_keys

    decisions = sa.table("decisions", sa.column("id"), sa.column("flags_shown"))
    flags = sa.table("decision_flags", sa.column("decision_id"), sa.column("flag"))
    last = 0
    while rows := conn.execute(
        sa.select(decisions.c.id, decisions.c.flags_shown)
        .where(decisions.c.id > last, decisions.c.flags_shown != "[]")
        .order_by(decisions.c.id)
        .limit(_CHUNK)
    ).all():
        batch = [
            {"decision_id": r.id, "flag": key}
            for r in rows
            for key in sorted(flag_keys(json.loads(r.flags_shown)))
        ]
        if batch:
            conn.execute(flags.insert(), batch)
        last = rows[-1].id
    audits = sa.table("audits", sa.column("id"), sa.column("correct_reason_codes"))
    reasons = sa.table("audit_reasons", sa.column("audit_id"), sa.column("reason_code"))
    last = 0
    while rows := conn.execute(
        sa.select(audits.c.id, audits.c.correct_reason_codes)
        .where(audits.c.id > last)
        .order_by(audits.c.id)
        .limit(_CHUNK)
    ).all():
        batch = [
            {"audit_id": r.id, "reason_code": code}
            for r in rows
            for code in dict.fromkeys(json.loads(r.correct_reason_codes or "[]"))
        ]
        if batch:
            conn.execute(reasons.insert(), batch)
        last = rows[-1].id


def downgrade() -> None:
    raise RuntimeError("0004 re-seals the audit chain under a key; it cannot be undone")
