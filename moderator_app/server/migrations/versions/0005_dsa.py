"""DSA: notices and notifiers, statements of reasons, appeals; old-schema categories migrated.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Transparency Database categories removed on 1 July 2025 and their replacements (the same map
# as core.dsa_vocabulary.CATEGORY_MIGRATION, frozen here as migrations must not change later).
_CATEGORIES = {
    "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
    "STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR": "STATEMENT_CATEGORY_CYBER_VIOLENCE",
    "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
    "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS": "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
}
_TERM_CATEGORIES = {"pornography_or_sexualized_content": "other_violation_tc/adult_sexual_material"}


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(
            sa.Column(
                "not_for_user",
                sa.Integer,
                sa.ForeignKey("users.id", name="fk_items_not_for_user"),
                nullable=True,
            )
        )
    op.create_table(
        "notifiers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("identity", sa.String(400), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=True),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("flagger_id", sa.String(100), nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("suspended_until", sa.DateTime, nullable=True),
        sa.Column("suspension_reason", sa.Text, nullable=True),
    )
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("listing_id", sa.String(100), sa.ForeignKey("listings.id"), nullable=False),
        sa.Column("listing_version", sa.Integer, nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), nullable=True),
        sa.Column("category", sa.String(100), nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("notifier_kind", sa.String(20), nullable=False),
        sa.Column("notifier_id", sa.Integer, sa.ForeignKey("notifiers.id"), nullable=True),
        sa.Column("good_faith", sa.Boolean, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=True),
        sa.Column("decision_id", sa.Integer, sa.ForeignKey("decisions.id"), nullable=True),
        sa.Column("decided_at", sa.DateTime, nullable=True),
        sa.Column("manifestly_unfounded", sa.Boolean, nullable=False),
    )
    for column in ("listing_id", "item_id", "notifier_id", "received_at", "decision_id"):
        op.create_index(f"ix_notices_{column}", "notices", [column])
    op.create_table(
        "decision_notices",
        sa.Column("decision_id", sa.Integer, sa.ForeignKey("decisions.id"), primary_key=True),
        sa.Column("notice_id", sa.Integer, sa.ForeignKey("notices.id"), primary_key=True),
    )
    op.create_index("ix_decision_notices_notice", "decision_notices", ["notice_id"])
    op.create_table(
        "reason_code_dsa",
        sa.Column("code", sa.String(100), sa.ForeignKey("reason_codes.code"), primary_key=True),
        sa.Column("mapping", sa.Text, nullable=False),
        sa.Column("updated_by", sa.String(100), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("decision_id", sa.Integer, sa.ForeignKey("decisions.id"), nullable=False, unique=True),
        sa.Column("puid", sa.String(500), nullable=False, unique=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("seller_notice", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_attempt_at", sa.DateTime, nullable=True),
        sa.Column("submitted_at", sa.DateTime, nullable=True),
        sa.Column("tdb_uuid", sa.String(100), nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
    )
    op.create_index("ix_statements_created_at", "statements", ["created_at"])
    op.create_index("ix_statements_state", "statements", ["state"])
    op.create_table(
        "appeals",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("decision_id", sa.Integer, sa.ForeignKey("decisions.id"), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), nullable=False, unique=True),
        sa.Column("appellant", sa.String(20), nullable=False),
        sa.Column("notice_id", sa.Integer, sa.ForeignKey("notices.id"), nullable=True),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=True),
        sa.Column("reply", sa.Text, nullable=True),
        sa.Column("decided_by_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("decided_by", sa.String(100), nullable=True),
        sa.Column("decided_at", sa.DateTime, nullable=True),
        sa.Column("new_decision_id", sa.Integer, sa.ForeignKey("decisions.id"), nullable=True),
        sa.Column("outcome_key", sa.String(36), nullable=True),
        sa.Column("outcome_digest", sa.String(64), nullable=True),
    )
    op.create_index("ix_appeals_decision_id", "appeals", ["decision_id"])
    op.create_index("ix_appeals_received_at", "appeals", ["received_at"])
    _migrate_categories()


def _migrate_categories() -> None:
    """Reason codes and stored policies written with the old schema's categories."""
    conn = op.get_bind()
    for old, new in _CATEGORIES.items():
        conn.execute(
            sa.text("UPDATE reason_codes SET statement_category = :new WHERE statement_category = :old"),
            {"new": new, "old": old},
        )
    for policy_id, terms in conn.execute(sa.text("SELECT id, terms FROM policies")).all():
        parsed = json.loads(terms)
        changed = False
        for term in parsed:
            if term.get("category") in _TERM_CATEGORIES:
                term["category"] = _TERM_CATEGORIES[term["category"]]
                changed = True
        if changed:
            conn.execute(
                sa.text("UPDATE policies SET terms = :terms WHERE id = :id"),
                {"terms": json.dumps(parsed, ensure_ascii=False), "id": policy_id},
            )


def downgrade() -> None:
    for table in ("appeals", "statements", "reason_code_dsa", "decision_notices", "notices", "notifiers"):
        op.drop_table(table)
    with op.batch_alter_table("items") as batch:
        batch.drop_column("not_for_user")
