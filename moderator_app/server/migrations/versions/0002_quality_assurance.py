"""Quality assurance: sampling rules, QA samples, audits, disputes, golden items, calibration,
and the decision columns the lead metrics group by (category, reason codes).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("category", sa.String(100), nullable=True))
    op.create_index("ix_decisions_decided_at", "decisions", ["decided_at"])
    # Covering indexes for the lead metrics (see tables.py).
    op.create_index(
        "ix_decisions_metrics",
        "decisions",
        ["decided_at", "moderator", "queue_id", "action", "category", "time_spent_ms", "id", "item_id"],
    )
    op.create_index(
        "ix_decisions_moderator_metrics",
        "decisions",
        ["moderator", sa.text("decided_at DESC"), "time_spent_ms", "id"],
    )
    op.create_table(
        "decision_reasons",
        sa.Column("decision_id", sa.Integer, sa.ForeignKey("decisions.id"), primary_key=True),
        sa.Column("reason_code", sa.String(100), primary_key=True),
    )
    op.create_index("ix_decision_reasons_code", "decision_reasons", ["reason_code"])
    op.create_table(
        "qa_rules",
        sa.Column("queue_id", sa.String(100), sa.ForeignKey("queues.id"), primary_key=True),
        sa.Column("base_rate", sa.Float, nullable=False),
        sa.Column("new_moderator_rate", sa.Float, nullable=False),
        sa.Column("new_moderator_days", sa.Integer, nullable=False),
        sa.Column("error_threshold", sa.Float, nullable=False),
        sa.Column("high_error_rate", sa.Float, nullable=False),
        sa.Column("approve_factor", sa.Float, nullable=False),
        sa.Column("reject_factor", sa.Float, nullable=False),
        sa.Column("escalate_factor", sa.Float, nullable=False),
        sa.Column("updated_by", sa.String(100), nullable=True),
        sa.Column("updated_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "qa_samples",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("decision_id", sa.Integer, sa.ForeignKey("decisions.id"), nullable=False, unique=True),
        sa.Column("queue_id", sa.String(100), nullable=False),
        sa.Column("rule", sa.String(20), nullable=False),
        sa.Column("sampled_at", sa.DateTime, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("auditor_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("lease_expires_at", sa.DateTime, nullable=True),
        sa.Column("blind_action", sa.String(20), nullable=True),
        sa.Column("blind_reason_codes", sa.Text, nullable=True),
    )
    op.create_index("ix_qa_samples_claim", "qa_samples", ["state", "queue_id", "sampled_at"])
    op.create_table(
        "audits",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("decision_id", sa.Integer, sa.ForeignKey("decisions.id"), nullable=False, unique=True),
        sa.Column("sample_id", sa.Integer, sa.ForeignKey("qa_samples.id"), nullable=True),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("auditor_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("auditor", sa.String(100), nullable=True),
        sa.Column("moderator_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("queue_id", sa.String(100), nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
        sa.Column("blind_action", sa.String(20), nullable=True),
        sa.Column("agree", sa.Boolean, nullable=False),
        sa.Column("correct_action", sa.String(20), nullable=False),
        sa.Column("correct_reason_codes", sa.Text, nullable=False),
        sa.Column("severity", sa.String(20), nullable=True),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("audited_at", sa.DateTime, nullable=False),
        sa.Column("is_error", sa.Boolean, nullable=False),
    )
    op.create_index("ix_audits_moderator_id", "audits", ["moderator_id"])
    op.create_index("ix_audits_decided_at", "audits", ["decided_at"])
    op.create_table(
        "disputes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("audit_id", sa.Integer, sa.ForeignKey("audits.id"), nullable=False, unique=True),
        sa.Column("moderator_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("opened_at", sa.DateTime, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("settled_by", sa.String(100), nullable=True),
        sa.Column("settled_at", sa.DateTime, nullable=True),
        sa.Column("settle_comment", sa.Text, nullable=False),
    )
    op.create_index("ix_disputes_moderator_id", "disputes", ["moderator_id"])
    op.create_index("ix_disputes_state", "disputes", ["state"])
    op.create_table(
        "golden_items",
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), primary_key=True),
        sa.Column("expected_action", sa.String(20), nullable=False),
        sa.Column("expected_reason_codes", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "calibration_sets",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "calibration_items",
        sa.Column("set_id", sa.Integer, sa.ForeignKey("calibration_sets.id"), primary_key=True),
        sa.Column("listing_id", sa.String(100), sa.ForeignKey("listings.id"), primary_key=True),
        sa.Column("listing_version", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "calibration_reviewers",
        sa.Column("set_id", sa.Integer, sa.ForeignKey("calibration_sets.id"), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), primary_key=True),
    )
    op.create_table(
        "calibration_answers",
        sa.Column("set_id", sa.Integer, primary_key=True),
        sa.Column("listing_id", sa.String(100), primary_key=True),
        sa.Column("reviewer_id", sa.Integer, sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("reason_codes", sa.Text, nullable=False),
        sa.Column("answered_at", sa.DateTime, nullable=False),
    )
    _backfill_decisions()


def _backfill_decisions() -> None:
    """Decisions made before this revision: copy their category and split their reason codes."""
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "UPDATE decisions SET category = (SELECT lv.category FROM listing_versions lv "
            "WHERE lv.listing_id = decisions.listing_id AND lv.version = decisions.listing_version)"
        )
    )
    rows = conn.execute(sa.text("SELECT id, reason_codes FROM decisions WHERE reason_codes <> '[]'")).all()
    pairs = [
        {"decision_id": decision_id, "reason_code": code}
        for decision_id, codes in rows
        for code in dict.fromkeys(json.loads(codes))
    ]
    if pairs:
        conn.execute(
            sa.text("INSERT INTO decision_reasons (decision_id, reason_code) VALUES (:decision_id, :reason_code)"),
            pairs,
        )


def downgrade() -> None:
    for table in (
        "calibration_answers",
        "calibration_reviewers",
        "calibration_items",
        "calibration_sets",
        "golden_items",
        "disputes",
        "audits",
        "qa_samples",
        "qa_rules",
        "decision_reasons",
    ):
        op.drop_table(table)
    op.drop_index("ix_decisions_moderator_metrics", "decisions")
    op.drop_index("ix_decisions_metrics", "decisions")
    op.drop_index("ix_decisions_decided_at", "decisions")
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("category")
