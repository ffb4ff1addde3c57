"""Clusters (listing features, photo contacts, clusters, cluster leases and decisions) and
exposure-aware wellness (teams, shifts, exposure events, sensitive images).

Nothing is backfilled: listing features are computed by the cluster builder for the open
listings that lack them (server.clusters.features), in batches. Photos' hash quality is scored at
upload and by migration 0006.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-12
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("cluster_decision_id", sa.Integer, nullable=True))
    op.create_index("ix_decisions_cluster_decision_id", "decisions", ["cluster_decision_id"])
    with op.batch_alter_table("qa_rules") as batch:
        batch.add_column(sa.Column("cluster_factor", sa.Float, nullable=False, server_default=sa.text("1.0")))
    op.create_table(
        "listing_features",
        sa.Column("listing_id", sa.String(100), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("text_signature", sa.LargeBinary, nullable=True),
        sa.Column("extractor", sa.String(20), nullable=False),
        sa.Column("extracted_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "listing_contacts",
        sa.Column("listing_id", sa.String(100), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), primary_key=True),
        sa.Column("value", sa.String(320), primary_key=True),
    )
    op.create_index("ix_listing_contacts_value", "listing_contacts", ["kind", "value"])
    op.create_table(
        "photo_contacts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("image_id", sa.String(100), sa.ForeignKey("images.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("value", sa.String(320), nullable=False),
        sa.Column("reported_by", sa.String(100), nullable=False),
        sa.Column("reported_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("image_id", "kind", "value", name="uq_photo_contacts"),
    )
    op.create_table(
        "clusters",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("generation", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("item_count", sa.Integer, nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
    )
    op.create_table(
        "cluster_members",
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), primary_key=True),
        sa.Column("cluster_id", sa.Integer, sa.ForeignKey("clusters.id"), nullable=False),
    )
    op.create_index("ix_cluster_members_cluster", "cluster_members", ["cluster_id"])
    op.create_table(
        "cluster_leases",
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), primary_key=True),
        sa.Column("cluster_id", sa.Integer, nullable=False),
        sa.Column("owner", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("lease_token", sa.String(64), nullable=False),
    )
    op.create_table(
        "cluster_decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("idempotency_key", sa.String(36), nullable=False, unique=True),
        sa.Column("request_digest", sa.String(64), nullable=False),
        sa.Column("cluster_id", sa.Integer, nullable=False),
        sa.Column("moderator_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("moderator", sa.String(100), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("reason_codes", sa.Text, nullable=False),
        sa.Column("escalate_to", sa.String(100), nullable=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("item_ids", sa.Text, nullable=False),
        sa.Column("excluded_item_ids", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_cluster_decisions_received_at", "cluster_decisions", ["received_at"])
    op.create_index("ix_cluster_decisions_moderator_id", "cluster_decisions", ["moderator_id"])
    op.create_table(
        "teams",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("wellness", sa.Text, nullable=False),
        sa.Column("updated_by", sa.String(100), nullable=True),
        sa.Column("updated_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "team_members",
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("team_id", sa.String(64), sa.ForeignKey("teams.id"), nullable=False),
    )
    op.create_table(
        "wellness_shifts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("last_active_at", sa.DateTime, nullable=False),
        sa.Column("last_break_at", sa.DateTime, nullable=False),
        sa.Column("active_ms", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_wellness_shifts_user", "wellness_shifts", ["user_id", "last_active_at"])
    op.create_table(
        "exposure_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("shift_id", sa.Integer, sa.ForeignKey("wellness_shifts.id"), nullable=True),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("item_id", sa.Integer, nullable=True),
        sa.Column("image_id", sa.String(100), nullable=True),
        sa.Column("duration_ms", sa.BigInteger, nullable=False),
        sa.Column("category", sa.String(20), nullable=True),
        sa.UniqueConstraint("user_id", "event_id", name="uq_exposure_events_event"),
    )
    op.create_index("ix_exposure_events_shift", "exposure_events", ["shift_id"])
    op.create_index("ix_exposure_events_day", "exposure_events", ["day", "user_id"])
    op.create_table(
        "image_sensitivity",
        sa.Column("image_id", sa.String(100), sa.ForeignKey("images.id"), primary_key=True),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("reported_by", sa.String(100), nullable=False),
        sa.Column("reported_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "image_sensitivity", "exposure_events", "wellness_shifts", "team_members", "teams",
        "cluster_decisions", "cluster_leases", "cluster_members", "clusters", "photo_contacts",
        "listing_contacts", "listing_features",
    ):  # fmt: skip
        op.drop_table(table)
    with op.batch_alter_table("qa_rules") as batch:
        batch.drop_column("cluster_factor")
    op.drop_index("ix_decisions_cluster_decision_id", "decisions")
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("cluster_decision_id")
