"""The queue API's wire schema: pydantic models shared by the client and the reference server.

This module is the single source of truth for the `/v1` JSON contract. The server
declares its routes with these types (so `/openapi.json` is generated from them) and
the workstation's client parses responses with the same types. No Qt, no I/O.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

API_PREFIX = "/v1"
MAX_NOTE_CHARS = 2000
MAX_CLAIM_BATCH = 50


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Role(enum.StrEnum):
    moderator = "moderator"
    lead = "lead"
    qa = "qa"
    admin = "admin"


class Action(enum.StrEnum):
    approve = "approve"
    reject = "reject"
    escalate = "escalate"


class Problem(BaseModel):
    """RFC 9457 problem details: the one error shape of the API."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str | None = None
    # Field-level validation errors, for 422: [{"loc": "body.note", "msg": "..."}]
    errors: list[dict[str, str]] = Field(default_factory=list)
    # Machine-readable reason, e.g. "lease_expired", "lease_foreign", "item_decided".
    code: str | None = None


# --- auth -------------------------------------------------------------------


class LoginRequest(_Model):
    username: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=200)]


class UserInfo(_Model):
    id: int
    username: str
    display_name: str
    role: Role
    created_at: datetime


class TokenResponse(_Model):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    user: UserInfo


# --- queues and policy ----------------------------------------------------------


class ReasonCode(_Model):
    code: str
    label: str
    # DSA Transparency Database vocabulary, e.g. STATEMENT_CATEGORY_SCAMS_AND_FRAUD
    statement_category: str
    decision_ground: str = "DECISION_GROUND_INCOMPATIBLE_CONTENT"


class QueueInfo(_Model):
    id: str
    name: str
    size: int
    oldest_age_seconds: float | None
    sla_seconds: int
    allowed_actions: list[Action]
    reason_codes: list[str]
    escalation_targets: list[str]


class PolicyTerm(_Model):
    term: str
    category: str
    languages: list[str] | None = None
    severity: str | None = None  # "reject" | "review"


class Policy(_Model):
    """The policy file format of the text-screening engine, plus the reason codes."""

    version: str
    terms: list[PolicyTerm]
    reason_codes: list[ReasonCode] = Field(default_factory=list)


# --- leases -------------------------------------------------------------------------


class ClaimRequest(_Model):
    count: int = Field(default=10, ge=1, le=MAX_CLAIM_BATCH)
    # A desk-generated id, one per claim: a retry with the same id (after a timeout or a lost
    # answer) gets back the leases of the first attempt, never a second batch.
    request_id: uuid.UUID | None = None


class Lease(_Model):
    item_id: int
    queue_id: str
    listing_id: str
    listing_version: int
    lease_token: str
    expires_at: datetime
    priority: int


class ClaimResponse(_Model):
    leases: list[Lease]
    # The server's clock when it answered: lease expiry times are on this clock, not the desk's.
    server_time: datetime | None = None


class LeaseList(_Model):
    """The caller's live leases, for a desk to reconcile what it holds with what the server says."""

    leases: list[Lease]
    server_time: datetime


class LeaseIds(_Model):
    item_ids: list[int] = Field(min_length=1, max_length=200)


class LeaseRenewResponse(_Model):
    leases: list[Lease]
    # Items that could not be renewed (expired and taken, decided, or not yours).
    lost: list[int] = Field(default_factory=list)
    server_time: datetime | None = None


# --- listings, sellers, flags -------------------------------------------------------


class ImageRef(_Model):
    id: str
    url: str  # path of the authenticated media endpoint, relative to the server
    sha256: str
    width: int
    height: int
    phash: str | None = None  # 64-bit pHash as 16 hex digits


class Listing(_Model):
    id: str
    version: int
    title: str
    description: str
    price: float | None
    currency: str
    category: str
    location: str
    country: str
    created_at: datetime
    seller_id: str
    images: list[ImageRef]


class ServerFlag(_Model):
    source: str  # e.g. "server-rules", "marketplace-ml"
    model: str | None = None
    label: str
    score: float
    image_id: str | None = None


class ItemDetail(_Model):
    item_id: int
    queue_id: str
    priority: int
    enqueued_at: datetime
    lease: Lease | None
    listing: Listing
    flags: list[ServerFlag]


class Verification(_Model):
    email: bool
    phone: bool
    kyc: str  # "none" | "pending" | "verified"


class PastListing(_Model):
    listing_id: str
    title: str
    created_at: datetime
    outcome: str  # "approved" | "rejected" | "pending" | "escalated"
    reasons: list[str]


class Strike(_Model):
    at: datetime
    reason: str


class LinkedAccount(_Model):
    seller_id: str
    display_name: str
    shared: list[str]  # "phone" | "email" | "device" | "payment"
    strikes: int
    account_created_at: datetime


class SellerHistory(_Model):
    seller_id: str
    display_name: str
    account_created_at: datetime
    verification: Verification
    past_listings: list[PastListing]
    reports_received: int
    strikes: list[Strike]
    linked_accounts: list[LinkedAccount]


class SimilarImage(_Model):
    image_id: str
    listing_id: str
    seller_id: str
    phash: str
    distance: int


# --- decisions --------------------------------------------------------------------------


class FlagShown(_Model):
    """One flag the client showed the moderator when they decided."""

    source: str  # "local-text" | "local-image" | "server"
    kind: str  # e.g. "phone", "banned_term", "nudity", "duplicate"
    label: str
    score: float | None = None
    field: str | None = None
    image_id: str | None = None


class DecisionRequest(_Model):
    idempotency_key: uuid.UUID
    item_id: int
    lease_token: str
    action: Action
    reason_codes: list[str] = Field(default_factory=list, max_length=20)
    escalate_to: str | None = None
    note: Annotated[str, StringConstraints(max_length=MAX_NOTE_CHARS)] = ""
    time_spent_ms: int = Field(ge=0, le=24 * 3600 * 1000)
    listing_version: int = Field(ge=1)
    flags_shown: list[FlagShown] = Field(default_factory=list, max_length=500)
    decided_at: datetime | None = None  # client clock, for offline decisions


class DecisionResult(_Model):
    decision_id: int
    idempotency_key: uuid.UUID
    item_id: int
    listing_id: str
    listing_version: int
    moderator: str
    action: Action
    reason_codes: list[str]
    escalate_to: str | None
    note: str
    time_spent_ms: int
    decided_at: datetime
    received_at: datetime


class DecisionPage(_Model):
    decisions: list[DecisionResult]
    total: int


class AuditEntry(_Model):
    seq: int
    at: datetime
    actor: str
    kind: str  # "decision" | "admin.*"
    payload: dict[str, Any]
    prev_hash: str
    hash: str


class LeaseReleaseResponse(_Model):
    released: list[int]
    # Items that were not released because they were not leased to you (or already decided).
    lost: list[int] = Field(default_factory=list)


# --- admin ingestion (what a marketplace's back office sends) ---------------------------

MAX_TITLE_CHARS = 1000
MAX_DESCRIPTION_CHARS = 2_000_000


class AdminUserCreate(_Model):
    username: Annotated[str, StringConstraints(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.@-]+$")]
    display_name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    role: Role
    password: Annotated[str, StringConstraints(min_length=4, max_length=200)]


class AdminSellerUpsert(_Model):
    id: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    display_name: Annotated[str, StringConstraints(max_length=200)]
    created_at: datetime
    email_verified: bool = False
    phone_verified: bool = False
    kyc: str = "none"  # "none" | "pending" | "verified"
    phone: str | None = None
    email: Annotated[str, StringConstraints(max_length=320)]
    device_fingerprint: Annotated[str, StringConstraints(max_length=200)] = ""
    payment_fingerprint: str | None = None
    reports_received: int = Field(default=0, ge=0)


class AdminListingUpsert(_Model):
    """Create a listing, or edit it (which writes a new version), and optionally enqueue it."""

    id: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    seller_id: str
    title: Annotated[str, StringConstraints(max_length=MAX_TITLE_CHARS)]
    description: Annotated[str, StringConstraints(max_length=MAX_DESCRIPTION_CHARS)]
    price: float | None = None
    currency: Annotated[str, StringConstraints(max_length=10)] = "EUR"
    category: Annotated[str, StringConstraints(max_length=100)]
    location: Annotated[str, StringConstraints(max_length=300)] = ""
    country: Annotated[str, StringConstraints(max_length=10)]
    created_at: datetime | None = None  # defaults to now on creation
    image_ids: list[str] = Field(default_factory=list, max_length=50)  # from POST /v1/admin/images
    queue_id: str | None = None  # None: store the version without queueing it
    priority: int = 0
    flags: list[ServerFlag] = Field(default_factory=list, max_length=200)


class AdminListingResult(_Model):
    listing_id: str
    version: int
    item_id: int | None  # the new queue item, when queue_id was given
    superseded_items: list[int] = Field(default_factory=list)  # open items of older versions


class PolicyUpdate(_Model):
    version: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    terms: list[PolicyTerm]
