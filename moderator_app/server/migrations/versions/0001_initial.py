"""The initial schema.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

GENESIS_HASH = "0" * 64


def upgrade() -> None:
    settings = op.create_table(
        "server_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(100), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "reason_codes",
        sa.Column("code", sa.String(100), primary_key=True),
        sa.Column("label", sa.String(300), nullable=False),
        sa.Column("statement_category", sa.String(100), nullable=False),
        sa.Column("decision_ground", sa.String(100), nullable=False),
    )
    op.create_table(
        "queues",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("sla_seconds", sa.Integer, nullable=False),
        sa.Column("allowed_actions", sa.Text, nullable=False),
        sa.Column("reason_codes", sa.Text, nullable=False),
        sa.Column("escalation_targets", sa.Text, nullable=False),
    )
    op.create_table(
        "sellers",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("email_verified", sa.Boolean, nullable=False),
        sa.Column("phone_verified", sa.Boolean, nullable=False),
        sa.Column("kyc", sa.String(20), nullable=False),
        sa.Column("phone", sa.String(40), nullable=True),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("device_fingerprint", sa.String(200), nullable=False),
        sa.Column("payment_fingerprint", sa.String(200), nullable=True),
        sa.Column("reports_received", sa.Integer, nullable=False),
    )
    for column in ("phone", "email", "device_fingerprint", "payment_fingerprint"):
        op.create_index(f"ix_sellers_{column}", "sellers", [column])
    op.create_table(
        "strikes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("seller_id", sa.String(100), sa.ForeignKey("sellers.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("reason", sa.String(100), nullable=False),
    )
    op.create_index("ix_strikes_seller_id", "strikes", ["seller_id"])
    op.create_table(
        "listings",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("seller_id", sa.String(100), sa.ForeignKey("sellers.id"), nullable=False),
        sa.Column("current_version", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("status_reasons", sa.Text, nullable=False),
    )
    op.create_index("ix_listings_seller_id", "listings", ["seller_id"])
    op.create_table(
        "listing_versions",
        sa.Column("listing_id", sa.String(100), sa.ForeignKey("listings.id"), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("price", sa.Float, nullable=True),
        sa.Column("currency", sa.String(10), nullable=False),
        sa.Column("category", sa.String(100), nullable=False),
        sa.Column("location", sa.String(300), nullable=False),
        sa.Column("country", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "images",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("mime", sa.String(50), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
        sa.Column("phash", sa.String(16), nullable=False),
        sa.Column("size_bytes", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_images_sha256", "images", ["sha256"])
    op.create_table(
        "image_blobs",
        sa.Column("image_id", sa.String(100), sa.ForeignKey("images.id"), primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "listing_images",
        sa.Column("listing_id", sa.String(100), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("image_id", sa.String(100), sa.ForeignKey("images.id"), nullable=False),
    )
    op.create_index("ix_listing_images_image_id", "listing_images", ["image_id"])
    op.create_table(
        "server_flags",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("listing_id", sa.String(100), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("source", sa.String(100), nullable=False),
        sa.Column("model", sa.String(200), nullable=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("image_id", sa.String(100), nullable=True),
    )
    op.create_index("ix_server_flags_listing", "server_flags", ["listing_id", "version"])
    op.create_table(
        "items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("queue_id", sa.String(100), sa.ForeignKey("queues.id"), nullable=False),
        sa.Column("listing_id", sa.String(100), sa.ForeignKey("listings.id"), nullable=False),
        sa.Column("listing_version", sa.Integer, nullable=False),
        sa.Column("priority", sa.Integer, nullable=False),
        sa.Column("enqueued_at", sa.DateTime, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("lease_owner", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("lease_token", sa.String(64), nullable=True),
        sa.Column("lease_expires_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_items_listing_id", "items", ["listing_id"])
    op.create_index(
        "ix_items_claim", "items", ["queue_id", "state", sa.text("priority DESC"), "enqueued_at", "id"]
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("idempotency_key", sa.String(36), nullable=False, unique=True),
        sa.Column("request_digest", sa.String(64), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), nullable=False, unique=True),
        sa.Column("queue_id", sa.String(100), nullable=False),
        sa.Column("listing_id", sa.String(100), nullable=False),
        sa.Column("listing_version", sa.Integer, nullable=False),
        sa.Column("moderator_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("moderator", sa.String(100), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("reason_codes", sa.Text, nullable=False),
        sa.Column("escalate_to", sa.String(100), nullable=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("time_spent_ms", sa.BigInteger, nullable=False),
        sa.Column("flags_shown", sa.Text, nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )
    for column in ("queue_id", "listing_id", "moderator_id", "received_at"):
        op.create_index(f"ix_decisions_{column}", "decisions", [column])
    op.create_table(
        "policies",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("version", sa.String(100), nullable=False),
        sa.Column("terms", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column(
            "seq", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=False
        ),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": GENESIS_HASH}])
    # The key that signs bearer tokens; shared by every server process on this database.
    op.bulk_insert(settings, [{"key": "token_secret", "value": secrets.token_hex(32)}])


def downgrade() -> None:
    for table in (
        "audit_head",
        "audit_log",
        "policies",
        "decisions",
        "items",
        "server_flags",
        "listing_images",
        "image_blobs",
        "images",
        "listing_versions",
        "listings",
        "strikes",
        "sellers",
        "queues",
        "reason_codes",
        "users",
        "server_settings",
    ):
        op.drop_table(table)
