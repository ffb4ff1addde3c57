"""The queue API's wire schema: pydantic models shared by the client and the reference server.

This module is the single source of truth for the `/v1` JSON contract. The server
declares its routes with these types (so `/openapi.json` is generated from them) and
the workstation's client parses responses with the same types. No Qt, no I/O.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

API_PREFIX = "/v1"
MAX_NOTE_CHARS = 2000
MAX_CLAIM_BATCH = 50
# Request bodies are bounded everywhere: every string and list has a maximum, every integer a range
# (ids are 32-bit in the reference server's tables), every float is finite. The OpenAPI document
# carries these bounds, and a body outside them is a 422 before any work is done.
MAX_ID = 2**31 - 1
MAX_CODE_CHARS = 100  # reason codes, queue ids, listing ids, seller ids, image ids
MAX_LABEL_CHARS = 200
MAX_TOKEN_CHARS = 64

Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Int32 = Annotated[int, Field(ge=-MAX_ID - 1, le=MAX_ID)]
Code = Annotated[str, StringConstraints(min_length=1, max_length=MAX_CODE_CHARS)]
Label = Annotated[str, StringConstraints(max_length=MAX_LABEL_CHARS)]
Finite = Annotated[float, Field(allow_inf_nan=False)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Role(enum.StrEnum):
    moderator = "moderator"
    lead = "lead"
    qa = "qa"
    admin = "admin"
    # A marketplace's service account: files notices and appeals (DSA Arts. 16 and 20), works no queue.
    intake = "intake"


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
    # The rest of the reason's DSA mapping (docs/dsa.md); defaults keep older servers parseable.
    category_specification: list[str] = Field(default_factory=list)  # KEYWORD_* values
    tos_clause: str | None = None  # the terms-of-service clause the reason applies
    legal_ground: str | None = None  # the law relied on, for reasons that are illegal content
    reference_url: str | None = None  # where that clause or law can be read
    content_types: list[str] = Field(default_factory=list)  # CONTENT_TYPE_* besides PRODUCT
    # Screening results behind the reason (one shown = automated detection): flag kinds and
    # banned-term categories.
    flag_kinds: list[str] = Field(default_factory=list)
    term_categories: list[str] = Field(default_factory=list)


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
    term: Annotated[str, StringConstraints(max_length=MAX_LABEL_CHARS)]
    category: Annotated[str, StringConstraints(max_length=MAX_CODE_CHARS)]
    languages: list[Annotated[str, StringConstraints(max_length=10)]] | None = Field(None, max_length=20)
    severity: Annotated[str, StringConstraints(max_length=20)] | None = None  # "reject" | "review"


class FlagTarget(_Model):
    """What one kind of flag is meant to predict, so that its precision and recall are measured
    against those reasons only (a phone-number flag against contact-details rejections, not
    against counterfeits).

    ``flag`` is the flag's scoring key (``core.metrics.flag_key``): the kind, or for policy terms
    and server flags ``kind:label`` (``banned_term:scams_and_fraud``, ``server:scam_risk``). A
    decision is a positive for the flag when it rejects with one of ``reason_codes``, or with a
    reason whose DSA statement category is in ``statement_categories``.
    """

    flag: Annotated[str, StringConstraints(min_length=1, max_length=MAX_LABEL_CHARS)]
    reason_codes: list[Code] = Field(default_factory=list, max_length=100)
    statement_categories: list[Code] = Field(default_factory=list, max_length=50)


class Policy(_Model):
    """The policy file format of the text-screening engine, plus the reason codes."""

    version: str
    terms: list[PolicyTerm]
    reason_codes: list[ReasonCode] = Field(default_factory=list)
    # Countries the deployment serves (ISO 3166 alpha-2), in order: where a national phone number
    # is read when a listing has no country.
    markets: list[str] = Field(default_factory=list)
    # What each flag kind predicts (see FlagTarget); flags without an entry are not scored.
    flag_targets: list[FlagTarget] = Field(default_factory=list)


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
    item_ids: list[Id] = Field(min_length=1, max_length=200)


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


# --- DSA notices (Art. 16): what the desk shows beside a reported listing ---------------


class NotifierTrackRecord(_Model):
    """How a notifier's past notices were decided (share upheld: acted on)."""

    decided: int = 0
    upheld: int = 0
    upheld_share: float | None = None  # None until a notice of theirs was decided
    manifestly_unfounded: int = 0


class NoticeView(_Model):
    """One notice on a listing, as a reviewer sees it: never the notifier's personal data."""

    notice_id: int
    received_at: datetime
    category: str  # STATEMENT_CATEGORY_* (Transparency Database vocabulary)
    explanation: str
    url: str | None = None
    notifier_kind: str  # "user" | "trusted_flagger" | "authority"
    notifier_name: str | None = None  # organisations only (trusted flaggers, authorities)
    track_record: NotifierTrackRecord | None = None  # None: an anonymous notifier
    state: str = "open"  # "open" | "decided" | "closed"
    outcome: str | None = None  # "upheld" | "not_upheld" | "already_restricted"
    manifestly_unfounded: bool = False


class PriceRange(_Model):
    """The usual price of comparable listings on the server: the middle half of their prices.

    ``basis`` is ``"similar"`` (same category and currency, titles sharing the item's model
    words) or ``"category"`` (the whole category, when too few similar listings exist).
    """

    category: str
    currency: str
    basis: Literal["similar", "category"]
    listings: int
    low: float  # 25th percentile
    median: float
    high: float  # 75th percentile


class ServerFlagIn(ServerFlag):
    """A server flag as a back office sends it: the same fields, bounded."""

    source: Annotated[str, StringConstraints(max_length=MAX_CODE_CHARS)]
    model: Annotated[str, StringConstraints(max_length=MAX_LABEL_CHARS)] | None = None
    label: Label
    score: Finite
    image_id: Code | None = None


# --- clusters (the summary an item carries; the rest is in core.cluster_schema) -------------


class EvidenceKind(enum.StrEnum):
    """Why listings belong together."""

    photo = "photo"  # the same photo or a near-identical one (perceptual hash)
    phone = "phone"  # one phone number (E.164), in the text, in a photo or on the seller's account
    email = "email"
    handle = "handle"  # a messaging handle (@name, t.me/name, wa.me/name…), without the app
    iban = "iban"
    text = "text"  # near-identical text (MinHash estimate of the Jaccard similarity of 5-grams)


class EvidenceCount(_Model):
    kind: EvidenceKind
    count: int  # pieces of evidence of this kind


class ClusterSummary(_Model):
    """What the review screen shows: "part of a cluster of N listings from M sellers"."""

    cluster_id: int
    listings: int  # open listings in the cluster, as seen from the item (decided ones have left)
    sellers: int
    items: int  # open queue items (a listing may wait in two queues)
    evidence: list[EvidenceCount]
    # Whether the caller's role may claim and decide this cluster, and its size limit (None: none).
    may_decide: bool
    max_size: int | None = None
    built_at: datetime


class ItemDetail(_Model):
    item_id: int
    queue_id: str
    priority: int
    enqueued_at: datetime
    lease: Lease | None
    listing: Listing
    flags: list[ServerFlag]
    # The notices gathered on this item (DSA Art. 16), oldest first.
    notices: list[NoticeView] = Field(default_factory=list)
    # The usual price of comparable listings (None without a price or without enough data).
    price_range: PriceRange | None = None
    # The cluster the item belongs to (listings sharing photos, contacts or text; None: none).
    cluster: ClusterSummary | None = None


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

    source: Annotated[str, StringConstraints(max_length=50)]  # "local-text" | "local-image" | "server"
    kind: Annotated[str, StringConstraints(max_length=MAX_CODE_CHARS)]  # "phone", "banned_term", "nudity"…
    label: Label
    score: Finite | None = None
    field: Annotated[str, StringConstraints(max_length=50)] | None = None
    image_id: Annotated[str, StringConstraints(max_length=MAX_CODE_CHARS)] | None = None


class DecisionRequest(_Model):
    idempotency_key: uuid.UUID
    item_id: Id
    lease_token: Annotated[str, StringConstraints(max_length=MAX_TOKEN_CHARS)]
    action: Action
    reason_codes: list[Code] = Field(default_factory=list, max_length=20)
    escalate_to: Code | None = None
    note: Annotated[str, StringConstraints(max_length=MAX_NOTE_CHARS)] = ""
    time_spent_ms: int = Field(ge=0, le=24 * 3600 * 1000)
    listing_version: Id
    flags_shown: list[FlagShown] = Field(default_factory=list, max_length=500)
    # The desk's clock, for offline decisions. The server accepts it only between the claim of the
    # item's lease and its own receipt (core.decision_rules.DECIDED_AT_ALLOWANCE_S either side).
    decided_at: datetime | None = None
    # DSA. The notices the desk showed (None: all notices gathered on the item); an approval
    # answers only these, and notices that arrived meanwhile go back to a queue.
    notice_ids: list[Id] | None = Field(default=None, max_length=200)
    # Notices the moderator judged manifestly unfounded (approvals only; DSA Art. 23).
    unfounded_notice_ids: list[Id] = Field(default_factory=list, max_length=200)


# Optional request fields added after the first release: left out of a request's digest while
# unset, so that a desk's retry across a server upgrade still matches its stored decision.
DECISION_REQUEST_LATER_FIELDS = ("notice_ids", "unfounded_notice_ids")


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
    # DSA (defaults: older servers). source_type is the Transparency Database's information source:
    # SOURCE_VOLUNTARY, SOURCE_ARTICLE_16, SOURCE_TRUSTED_FLAGGER or SOURCE_TYPE_OTHER_NOTIFICATION.
    source_type: str | None = None
    notice_ids: list[int] = Field(default_factory=list)  # the notices this decision considered
    statement_puid: str | None = None  # its statement of reasons, for a restrictive decision
    reverses_decision_id: int | None = None  # set on a decision taken on appeal
    cluster_decision_id: int | None = None  # set on a decision taken in a cluster decision


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
    kyc: Annotated[str, StringConstraints(max_length=20)] = "none"  # "none" | "pending" | "verified"
    phone: Annotated[str, StringConstraints(max_length=40)] | None = None
    email: Annotated[str, StringConstraints(max_length=320)]
    device_fingerprint: Annotated[str, StringConstraints(max_length=200)] = ""
    payment_fingerprint: Annotated[str, StringConstraints(max_length=200)] | None = None
    reports_received: int = Field(default=0, ge=0, le=MAX_ID)


class AdminListingUpsert(_Model):
    """Create a listing, or edit it (which writes a new version), and optionally enqueue it."""

    id: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    seller_id: Code
    title: Annotated[str, StringConstraints(max_length=MAX_TITLE_CHARS)]
    description: Annotated[str, StringConstraints(max_length=MAX_DESCRIPTION_CHARS)]
    price: Finite | None = None
    currency: Annotated[str, StringConstraints(max_length=10)] = "EUR"
    category: Annotated[str, StringConstraints(max_length=100)]
    location: Annotated[str, StringConstraints(max_length=300)] = ""
    country: Annotated[str, StringConstraints(max_length=10)]
    created_at: datetime | None = None  # defaults to now on creation
    image_ids: list[Code] = Field(default_factory=list, max_length=50)  # from POST /v1/admin/images
    queue_id: Code | None = None  # None: store the version without queueing it
    priority: Int32 = 0
    flags: list[ServerFlagIn] = Field(default_factory=list, max_length=200)


class AdminListingResult(_Model):
    listing_id: str
    version: int
    item_id: int | None  # the new queue item, when queue_id was given
    superseded_items: list[int] = Field(default_factory=list)  # open items of older versions


class PolicyUpdate(_Model):
    version: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    terms: list[PolicyTerm] = Field(max_length=100_000)
    # None keeps the current policy's flag targets.
    flag_targets: list[FlagTarget] | None = Field(None, max_length=1000)
