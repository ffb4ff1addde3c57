"""The reference server's tables (SQLAlchemy Core), the shape the migrations build.

Datetimes are stored as naive UTC and handed out as aware UTC (see :class:`UTCDateTime`),
so SQLite and PostgreSQL round-trip the same values. JSON-ish columns (lists of codes,
flags shown) are stored as JSON text so that both dialects read them back identically.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)

metadata = MetaData()


class UTCDateTime(TypeDecorator):
    """A timestamp stored as naive UTC and always returned timezone-aware (UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


server_settings = Table(
    "server_settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", UTCDateTime, nullable=False),
)

reason_codes = Table(
    "reason_codes",
    metadata,
    Column("code", String(100), primary_key=True),
    Column("label", String(300), nullable=False),
    Column("statement_category", String(100), nullable=False),
    Column("decision_ground", String(100), nullable=False),
)

queues = Table(
    "queues",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("sla_seconds", Integer, nullable=False),
    Column("allowed_actions", Text, nullable=False),  # JSON list
    Column("reason_codes", Text, nullable=False),  # JSON list
    Column("escalation_targets", Text, nullable=False),  # JSON list
)

sellers = Table(
    "sellers",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("display_name", String(200), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("email_verified", Boolean, nullable=False),
    Column("phone_verified", Boolean, nullable=False),
    Column("kyc", String(20), nullable=False),
    Column("phone", String(40), nullable=True, index=True),
    Column("email", String(320), nullable=False, index=True),  # stored lower-cased
    Column("device_fingerprint", String(200), nullable=False, index=True),
    Column("payment_fingerprint", String(200), nullable=True, index=True),
    Column("reports_received", Integer, nullable=False, default=0),
)

strikes = Table(
    "strikes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("seller_id", String(100), ForeignKey("sellers.id"), nullable=False, index=True),
    Column("at", UTCDateTime, nullable=False),
    Column("reason", String(100), nullable=False),
)

listings = Table(
    "listings",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("seller_id", String(100), ForeignKey("sellers.id"), nullable=False, index=True),
    Column("current_version", Integer, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    # Latest moderation outcome: "pending" | "approved" | "rejected" | "escalated"
    Column("status", String(20), nullable=False),
    Column("status_reasons", Text, nullable=False, default="[]"),  # JSON list
)

listing_versions = Table(
    "listing_versions",
    metadata,
    Column("listing_id", String(100), ForeignKey("listings.id"), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("description", Text, nullable=False),
    Column("price", Float, nullable=True),
    Column("currency", String(10), nullable=False),
    Column("category", String(100), nullable=False),
    Column("location", String(300), nullable=False),
    Column("country", String(10), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),  # when this version was written
)

images = Table(
    "images",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("mime", String(50), nullable=False),
    Column("sha256", String(64), nullable=False, index=True),
    Column("width", Integer, nullable=False),
    Column("height", Integer, nullable=False),
    Column("phash", String(16), nullable=False),
    Column("size_bytes", Integer, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

# Image bytes live apart from their metadata so that listing and similarity queries stay small.
image_blobs = Table(
    "image_blobs",
    metadata,
    Column("image_id", String(100), ForeignKey("images.id"), primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

listing_images = Table(
    "listing_images",
    metadata,
    Column("listing_id", String(100), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("image_id", String(100), ForeignKey("images.id"), nullable=False, index=True),
)

server_flags = Table(
    "server_flags",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("listing_id", String(100), nullable=False),
    Column("version", Integer, nullable=False),
    Column("source", String(100), nullable=False),
    Column("model", String(200), nullable=True),
    Column("label", String(200), nullable=False),
    Column("score", Float, nullable=False),
    Column("image_id", String(100), nullable=True),
    Index("ix_server_flags_listing", "listing_id", "version"),
)

# One row per time a listing version waits in a queue. `state`: "open" | "decided" | "superseded".
# The claim index matches the claim order exactly (priority descending, then oldest), so taking
# the next item reads a few index entries instead of sorting the whole backlog.
items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("queue_id", String(100), ForeignKey("queues.id"), nullable=False),
    Column("listing_id", String(100), ForeignKey("listings.id"), nullable=False, index=True),
    Column("listing_version", Integer, nullable=False),
    Column("priority", Integer, nullable=False, default=0),
    Column("enqueued_at", UTCDateTime, nullable=False),
    Column("state", String(20), nullable=False),
    Column("lease_owner", Integer, ForeignKey("users.id"), nullable=True),
    Column("lease_token", String(64), nullable=True),
    Column("lease_expires_at", UTCDateTime, nullable=True),
)
Index(
    "ix_items_claim",
    items.c.queue_id,
    items.c.state,
    items.c.priority.desc(),
    items.c.enqueued_at,
    items.c.id,
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("idempotency_key", String(36), nullable=False, unique=True),
    Column("request_digest", String(64), nullable=False),
    Column("item_id", Integer, ForeignKey("items.id"), nullable=False, unique=True),
    Column("queue_id", String(100), nullable=False, index=True),
    Column("listing_id", String(100), nullable=False, index=True),
    Column("listing_version", Integer, nullable=False),
    Column("moderator_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    Column("moderator", String(100), nullable=False),
    Column("action", String(20), nullable=False),
    Column("reason_codes", Text, nullable=False),  # JSON list
    Column("escalate_to", String(100), nullable=True),
    Column("note", Text, nullable=False),
    Column("time_spent_ms", BigInteger, nullable=False),
    Column("flags_shown", Text, nullable=False),  # JSON list of FlagShown
    Column("decided_at", UTCDateTime, nullable=False),
    Column("received_at", UTCDateTime, nullable=False, index=True),
)

policies = Table(
    "policies",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("version", String(100), nullable=False),
    Column("terms", Text, nullable=False),  # JSON list of PolicyTerm
    Column("created_at", UTCDateTime, nullable=False),
)

# The append-only, hash-chained audit log. `at` and `payload` are stored as the exact text
# that was hashed, so verification never depends on how a database round-trips types.
audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False),
    Column("at", String(40), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("kind", String(50), nullable=False),
    Column("payload", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# A single row holding the chain's head; appenders lock it, which orders the chain.
audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", BigInteger, nullable=False),
    Column("hash", String(64), nullable=False),
)
