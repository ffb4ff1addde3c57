"""Idempotent claims: a desk's claim carries a request id, and a retry gets the same leases.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claim_requests",
        sa.Column("owner", sa.Integer, sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("request_id", sa.String(36), primary_key=True),
        sa.Column("claimed_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_claim_requests_claimed_at", "claim_requests", ["claimed_at"])
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("lease_request", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_column("lease_request")
    op.drop_index("ix_claim_requests_claimed_at", "claim_requests")
    op.drop_table("claim_requests")
