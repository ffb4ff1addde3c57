"""The reference server's tables (SQLAlchemy Core), the shape the migrations build.

Datetimes are stored as naive UTC and handed out as aware UTC (see :class:`UTCDateTime`),
so SQLite and PostgreSQL round-trip the same values. JSON-ish columns (lists of codes,
flags shown) are stored as JSON text so that both dialects read them back identically.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
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
    UniqueConstraint,
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
    # The unguessable key of the image's media URL (migration 0004): image ids are chosen by the
    # marketplace and often sequential, so they never appear in a URL that serves bytes.
    Column("media_key", String(64), nullable=False),
    # How much structure the pHash rests on (core.phash.hash_quality, migration 0006): flat photos
    # all share one hash, so the similar-photo search leaves them out and they never link listings
    # in a cluster. Every upload and the demo's seeding score it; migration 0006 scored the older rows.
    Column("hash_quality", Integer, nullable=True),
    Index("ix_images_media_key", "media_key", unique=True),
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
    # The desk's request id of the claim that granted the lease (see claim_requests).
    Column("lease_request", String(36), nullable=True),
    # A user who may never claim this item: the author of a decision under appeal (migration 0005).
    Column("not_for_user", Integer, ForeignKey("users.id"), nullable=True),
    # When the current lease was granted (renewals keep it): a decision's decided_at may not lie
    # before it (migration 0004).
    Column("leased_at", UTCDateTime, nullable=True),
)
Index(
    "ix_items_claim",
    items.c.queue_id,
    items.c.state,
    items.c.priority.desc(),
    items.c.enqueued_at,
    items.c.id,
)

# One row per claim a desk made with a request id, so that a retry of the same claim (its
# answer lost or timed out) returns the leases of the first attempt instead of leasing more.
# Rows are purged once every lease they could have granted has expired.
claim_requests = Table(
    "claim_requests",
    metadata,
    Column("owner", Integer, ForeignKey("users.id"), primary_key=True),
    Column("request_id", String(36), primary_key=True),
    Column("claimed_at", UTCDateTime, nullable=False, index=True),
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
    Column("decided_at", UTCDateTime, nullable=False, index=True),
    Column("received_at", UTCDateTime, nullable=False, index=True),
    # The listing version's category, copied at decision time (migration 0002) for metrics.
    Column("category", String(100), nullable=True),
    # The cluster decision this decision was taken in (migration 0007; NULL: decided alone).
    Column("cluster_decision_id", Integer, nullable=True, index=True),
)
# The lead metrics scan a range of received_at (when a decision counts: a time the desk cannot
# move) and group by these columns: with all of them in the index, PostgreSQL answers from the
# index alone instead of visiting ~1 heap page per row.
Index(
    "ix_decisions_metrics",
    decisions.c.received_at,
    decisions.c.moderator,
    decisions.c.queue_id,
    decisions.c.action,
    decisions.c.category,
    decisions.c.time_spent_ms,
    decisions.c.id,
    decisions.c.item_id,
)
# Per-moderator metrics: the active-time window walks each moderator's decisions latest first
# (by decided_at, which the server bounds to the lease) and reads them in this order instead of
# sorting them; received_at rides along for the range filter.
Index(
    "ix_decisions_moderator_metrics",
    decisions.c.moderator,
    decisions.c.decided_at.desc(),
    decisions.c.time_spent_ms,
    decisions.c.id,
    decisions.c.received_at,
)

# The flags each decision showed, one row per decision and scoring key (core.metrics.flag_key),
# so flag agreement joins rows instead of reading the flags_shown text (migration 0004).
decision_flags = Table(
    "decision_flags",
    metadata,
    Column("decision_id", Integer, ForeignKey("decisions.id"), primary_key=True),
    Column("flag", String(200), primary_key=True),
    Index("ix_decision_flags_flag", "flag"),
)

policies = Table(
    "policies",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("version", String(100), nullable=False),
    Column("terms", Text, nullable=False),  # JSON list of PolicyTerm
    Column("created_at", UTCDateTime, nullable=False),
    # What each flag predicts: a list of schema.FlagTarget (migration 0004).
    Column("flag_targets", JSON, nullable=False),
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

# --- quality assurance (migration 0002) ---------------------------------------------------------

# The reason codes of each decision, one row per code, so error rates group by reason in SQL.
decision_reasons = Table(
    "decision_reasons",
    metadata,
    Column("decision_id", Integer, ForeignKey("decisions.id"), primary_key=True),
    Column("reason_code", String(100), primary_key=True),
    Index("ix_decision_reasons_code", "reason_code"),
)

# Per-queue sampling rules (see core.qa_schema.SamplingRule); a queue without a row uses defaults.
qa_rules = Table(
    "qa_rules",
    metadata,
    Column("queue_id", String(100), ForeignKey("queues.id"), primary_key=True),
    Column("base_rate", Float, nullable=False),
    Column("new_moderator_rate", Float, nullable=False),
    Column("new_moderator_days", Integer, nullable=False),
    Column("error_threshold", Float, nullable=False),
    Column("high_error_rate", Float, nullable=False),
    Column("approve_factor", Float, nullable=False),
    Column("reject_factor", Float, nullable=False),
    Column("escalate_factor", Float, nullable=False),
    # Decisions taken in a cluster decision are sampled at this multiple of the rate (migration 0007).
    Column("cluster_factor", Float, nullable=False, default=1.0),
    Column("updated_by", String(100), nullable=True),
    Column("updated_at", UTCDateTime, nullable=True),
)

# Decisions chosen for blind re-review. `state`: "open" | "blind" (auditor decided, original
# revealed) | "done". The auditor's lease works like a moderator's item lease.
qa_samples = Table(
    "qa_samples",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("decision_id", Integer, ForeignKey("decisions.id"), nullable=False, unique=True),
    Column("queue_id", String(100), nullable=False),
    Column("rule", String(20), nullable=False),  # "base" | "new_moderator" | "high_error"
    Column("sampled_at", UTCDateTime, nullable=False),
    Column("state", String(20), nullable=False),
    Column("auditor_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("lease_expires_at", UTCDateTime, nullable=True),
    Column("blind_action", String(20), nullable=True),
    Column("blind_reason_codes", Text, nullable=True),  # JSON list
    # When the current auditor claimed it (migration 0004): the audit's time is measured from here.
    Column("claimed_at", UTCDateTime, nullable=True),
    Index("ix_qa_samples_claim", "state", "queue_id", "sampled_at"),
)

# One audit per decision: a blind QA review or the automatic grading of a golden item.
# Moderator, queue and decision time are copied from the decision so metrics need no join
# to filter audits. `is_error` = disagreement not overturned on dispute.
audits = Table(
    "audits",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("decision_id", Integer, ForeignKey("decisions.id"), nullable=False, unique=True),
    Column("sample_id", Integer, ForeignKey("qa_samples.id"), nullable=True),
    Column("source", String(20), nullable=False),  # "qa" | "golden"
    Column("auditor_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("auditor", String(100), nullable=True),
    Column("moderator_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    Column("queue_id", String(100), nullable=False),
    Column("decided_at", UTCDateTime, nullable=False, index=True),
    Column("blind_action", String(20), nullable=True),
    Column("agree", Boolean, nullable=False),
    Column("correct_action", String(20), nullable=False),
    Column("correct_reason_codes", Text, nullable=False),  # JSON list
    Column("severity", String(20), nullable=True),
    Column("comment", Text, nullable=False),
    Column("audited_at", UTCDateTime, nullable=False),
    Column("is_error", Boolean, nullable=False),
    # From the auditor's claim of the sample to the verdict (migration 0004; None for golden items).
    Column("time_spent_ms", BigInteger, nullable=True),
)

# The correct reason codes of each audit, one row per code (migration 0004), so errors break down
# by the policy that was missed in SQL.
audit_reasons = Table(
    "audit_reasons",
    metadata,
    Column("audit_id", Integer, ForeignKey("audits.id"), primary_key=True),
    Column("reason_code", String(100), primary_key=True),
    Index("ix_audit_reasons_code", "reason_code"),
)

# Failed sign-ins, per key ("account:<name>", "address:<ip>", "pair:<ip>:<name>"), shared by every
# server process (migration 0004); see server.throttle.
sign_in_failures = Table(
    "sign_in_failures",
    metadata,
    Column("key", String(300), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("first_at", UTCDateTime, nullable=False),
    Column("last_at", UTCDateTime, nullable=False),
    Column("blocked_until", UTCDateTime, nullable=True),
)

disputes = Table(
    "disputes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("audit_id", Integer, ForeignKey("audits.id"), nullable=False, unique=True),
    Column("moderator_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    Column("reason", Text, nullable=False),
    Column("opened_at", UTCDateTime, nullable=False),
    Column("state", String(20), nullable=False, index=True),  # "open" | "upheld" | "overturned"
    Column("settled_by", String(100), nullable=True),
    Column("settled_at", UTCDateTime, nullable=True),
    Column("settle_comment", Text, nullable=False),
)

# Items a lead placed in a normal queue with a known correct answer. Deciding one grades the
# moderator automatically; the listing's own status is left alone.
golden_items = Table(
    "golden_items",
    metadata,
    Column("item_id", Integer, ForeignKey("items.id"), primary_key=True),
    Column("expected_action", String(20), nullable=False),
    Column("expected_reason_codes", Text, nullable=False),  # JSON list
    Column("created_by", String(100), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

calibration_sets = Table(
    "calibration_sets",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False),
    Column("created_by", String(100), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

calibration_items = Table(
    "calibration_items",
    metadata,
    Column("set_id", Integer, ForeignKey("calibration_sets.id"), primary_key=True),
    Column("listing_id", String(100), ForeignKey("listings.id"), primary_key=True),
    Column("listing_version", Integer, nullable=False),
    Column("position", Integer, nullable=False),
)

calibration_reviewers = Table(
    "calibration_reviewers",
    metadata,
    Column("set_id", Integer, ForeignKey("calibration_sets.id"), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), primary_key=True),
)

calibration_answers = Table(
    "calibration_answers",
    metadata,
    Column("set_id", Integer, primary_key=True),
    Column("listing_id", String(100), primary_key=True),
    Column("reviewer_id", Integer, ForeignKey("users.id"), primary_key=True),
    Column("action", String(20), nullable=False),
    Column("reason_codes", Text, nullable=False),  # JSON list
    Column("answered_at", UTCDateTime, nullable=False),
)


# --- DSA: notices, statements of reasons, appeals (migration 0005) ------------------------------
# docs/dsa.md describes these tables and the states their rows go through.

# Who sent notices, so that each notifier's track record can be shown (Art. 23). `identity` is
# "flagger:<id>" for trusted flaggers (and authorities with an id), "email:<address>" for others.
notifiers = Table(
    "notifiers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),  # "user" | "trusted_flagger" | "authority"
    Column("identity", String(400), nullable=False, unique=True),
    Column("name", String(200), nullable=True),
    Column("email", String(320), nullable=True),
    Column("flagger_id", String(100), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("suspended_until", UTCDateTime, nullable=True),
    Column("suspension_reason", Text, nullable=True),
)

# One row per notice. `state`: "open" (waiting on `item_id`) | "decided" | "closed" (answered at
# once). `outcome`: "upheld" | "not_upheld" | "already_restricted"; a reversal on appeal flips it.
notices = Table(
    "notices",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("listing_id", String(100), ForeignKey("listings.id"), nullable=False, index=True),
    Column("listing_version", Integer, nullable=False),
    Column("item_id", Integer, ForeignKey("items.id"), nullable=True, index=True),
    Column("category", String(100), nullable=False),
    Column("explanation", Text, nullable=False),
    Column("url", Text, nullable=True),
    Column("notifier_kind", String(20), nullable=False),
    Column("notifier_id", Integer, ForeignKey("notifiers.id"), nullable=True, index=True),
    Column("good_faith", Boolean, nullable=False),
    Column("received_at", UTCDateTime, nullable=False, index=True),
    Column("state", String(20), nullable=False),
    Column("outcome", String(20), nullable=True),
    Column("decision_id", Integer, ForeignKey("decisions.id"), nullable=True, index=True),
    Column("decided_at", UTCDateTime, nullable=True),
    Column("manifestly_unfounded", Boolean, nullable=False),
)

# The notices each decision considered (an escalation considers them too; the final decision
# answers them).
decision_notices = Table(
    "decision_notices",
    metadata,
    Column("decision_id", Integer, ForeignKey("decisions.id"), primary_key=True),
    Column("notice_id", Integer, ForeignKey("notices.id"), primary_key=True),
    Index("ix_decision_notices_notice", "notice_id"),
)

# An admin's DSA mapping of a reason code (JSON of core.dsa_schema.ReasonCodeDsa); a code
# without a row uses the shipped policy's mapping.
reason_code_dsa = Table(
    "reason_code_dsa",
    metadata,
    Column("code", String(100), ForeignKey("reason_codes.code"), primary_key=True),
    Column("mapping", Text, nullable=False),
    Column("updated_by", String(100), nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

# One statement of reasons per restrictive decision, frozen when the decision is recorded.
# `state` is its submission to the Transparency Database: "pending" | "submitted" | "rejected".
statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("decision_id", Integer, ForeignKey("decisions.id"), nullable=False, unique=True),
    Column("puid", String(500), nullable=False, unique=True),
    Column("body", Text, nullable=False),  # the statement as submitted (JSON)
    Column("seller_notice", Text, nullable=False),  # JSON of core.dsa_schema.SellerNotice
    Column("created_at", UTCDateTime, nullable=False, index=True),
    Column("state", String(20), nullable=False, index=True),
    Column("attempts", Integer, nullable=False),
    Column("last_attempt_at", UTCDateTime, nullable=True),
    Column("submitted_at", UTCDateTime, nullable=True),
    Column("tdb_uuid", String(100), nullable=True),
    Column("last_error", Text, nullable=True),
)

# Complaints against decisions (Art. 20), each reviewed as an item of the Appeals queue.
# `state`: "open" | "decided"; `outcome`: "uphold" | "reverse".
appeals = Table(
    "appeals",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("decision_id", Integer, ForeignKey("decisions.id"), nullable=False, index=True),
    Column("item_id", Integer, ForeignKey("items.id"), nullable=False, unique=True),
    Column("appellant", String(20), nullable=False),  # "seller" | "notifier"
    Column("notice_id", Integer, ForeignKey("notices.id"), nullable=True),
    Column("explanation", Text, nullable=False),
    Column("language", String(5), nullable=False),
    Column("received_at", UTCDateTime, nullable=False, index=True),
    Column("state", String(20), nullable=False),
    Column("outcome", String(20), nullable=True),
    Column("reply", Text, nullable=True),
    Column("decided_by_id", Integer, ForeignKey("users.id"), nullable=True),
    Column("decided_by", String(100), nullable=True),
    Column("decided_at", UTCDateTime, nullable=True),
    Column("new_decision_id", Integer, ForeignKey("decisions.id"), nullable=True),
    Column("outcome_key", String(36), nullable=True),  # idempotency key of the outcome request
    Column("outcome_digest", String(64), nullable=True),
)


# --- clusters (migration 0007) ------------------------------------------------------------------
# docs/clusters-and-wellness.md describes how clusters are built and kept current.

# What the cluster builder extracted from one listing version (versions never change, so this is
# computed once): the MinHash signature of its text (None: too short to compare).
listing_features = Table(
    "listing_features",
    metadata,
    Column("listing_id", String(100), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("text_signature", LargeBinary, nullable=True),
    Column("extractor", String(20), nullable=False),
    Column("extracted_at", UTCDateTime, nullable=False),
)

# Contact details read in a listing version's text: kind "phone" | "email" | "handle" | "iban".
listing_contacts = Table(
    "listing_contacts",
    metadata,
    Column("listing_id", String(100), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("kind", String(20), primary_key=True),
    Column("value", String(320), primary_key=True),
    Index("ix_listing_contacts_value", "kind", "value"),
)

# Contact details read in a photo (OCR), as a desk's pre-screening reported them.
photo_contacts = Table(
    "photo_contacts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("image_id", String(100), ForeignKey("images.id"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("value", String(320), nullable=False),
    Column("reported_by", String(100), nullable=False),
    Column("reported_at", UTCDateTime, nullable=False),
    UniqueConstraint("image_id", "kind", "value", name="uq_photo_contacts"),
)

# The clusters of the last build. `evidence` is JSON: a list of core ClusterEvidence dicts over
# item ids; `digest` lets a rebuild leave an unchanged cluster untouched.
clusters = Table(
    "clusters",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("generation", Integer, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("item_count", Integer, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("evidence", Text, nullable=False),
)

cluster_members = Table(
    "cluster_members",
    metadata,
    Column("item_id", Integer, ForeignKey("items.id"), primary_key=True),
    Column("cluster_id", Integer, ForeignKey("clusters.id"), nullable=False),
    Index("ix_cluster_members_cluster", "cluster_id"),
)

# Leases granted through a cluster claim: the lease (by its token) may be decided in a decision
# of that cluster. A row whose token no longer matches the item's lease is dead.
cluster_leases = Table(
    "cluster_leases",
    metadata,
    Column("item_id", Integer, ForeignKey("items.id"), primary_key=True),
    Column("cluster_id", Integer, nullable=False),
    Column("owner", Integer, ForeignKey("users.id"), nullable=False),
    Column("lease_token", String(64), nullable=False),
)

# One row per cluster decision; each member's decision is a `decisions` row pointing here.
cluster_decisions = Table(
    "cluster_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("idempotency_key", String(36), nullable=False, unique=True),
    Column("request_digest", String(64), nullable=False),
    Column("cluster_id", Integer, nullable=False),
    Column("moderator_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    Column("moderator", String(100), nullable=False),
    Column("action", String(20), nullable=False),
    Column("reason_codes", Text, nullable=False),  # JSON list
    Column("escalate_to", String(100), nullable=True),
    Column("note", Text, nullable=False),
    Column("item_ids", Text, nullable=False),  # JSON list: the members decided
    Column("excluded_item_ids", Text, nullable=False),  # JSON list
    Column("evidence", Text, nullable=False),  # JSON: the evidence linking the members, as decided
    Column("decided_at", UTCDateTime, nullable=False),
    Column("received_at", UTCDateTime, nullable=False, index=True),
)


# --- wellness (migration 0007) ------------------------------------------------------------------

# `wellness` is JSON of core.wellness_schema.WellnessSettings.
teams = Table(
    "teams",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("wellness", Text, nullable=False),
    Column("updated_by", String(100), nullable=True),
    Column("updated_at", UTCDateTime, nullable=True),
)

# A user without a row is in the default team.
team_members = Table(
    "team_members",
    metadata,
    Column("user_id", Integer, ForeignKey("users.id"), primary_key=True),
    Column("team_id", String(64), ForeignKey("teams.id"), nullable=False),
)

# A run of a user's work without a pause of the team's shift gap (see server.wellness.shifts).
wellness_shifts = Table(
    "wellness_shifts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("started_at", UTCDateTime, nullable=False),
    Column("last_active_at", UTCDateTime, nullable=False),
    Column("last_break_at", UTCDateTime, nullable=False),
    Column("active_ms", BigInteger, nullable=False),
    Index("ix_wellness_shifts_user", "user_id", "last_active_at"),
)

# Sensitive exposure and breaks as desks reported them (events about content without a sensitive
# flag are not kept). `day` is the calendar day in the user's team's time zone.
exposure_events = Table(
    "exposure_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("event_id", String(36), nullable=False),
    Column("kind", String(20), nullable=False),  # "reveal" | "view" | "break"
    Column("at", UTCDateTime, nullable=False),
    Column("received_at", UTCDateTime, nullable=False),
    Column("shift_id", Integer, ForeignKey("wellness_shifts.id"), nullable=True),
    Column("day", Date, nullable=False),
    Column("item_id", Integer, nullable=True),
    Column("image_id", String(100), nullable=True),
    Column("duration_ms", BigInteger, nullable=False),
    Column("category", String(20), nullable=True),  # "nudity" | "violence" | "nudity+violence"
    UniqueConstraint("user_id", "event_id", name="uq_exposure_events_event"),
    Index("ix_exposure_events_shift", "shift_id"),
    Index("ix_exposure_events_day", "day", "user_id"),
)

# Photos a desk's screening found sensitive (its own image flags): claims of a routed moderator
# skip the listings that show them, as they skip listings with sensitive server flags.
image_sensitivity = Table(
    "image_sensitivity",
    metadata,
    Column("image_id", String(100), ForeignKey("images.id"), primary_key=True),
    Column("category", String(20), nullable=False),
    Column("reported_by", String(100), nullable=False),
    Column("reported_at", UTCDateTime, nullable=False),
)
