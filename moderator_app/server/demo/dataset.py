"""The demo dataset's types: plain frozen dataclasses, no I/O, no database.

The server's seeding code loads a :class:`DemoDataset` into its tables; keep these names and
fields stable, they are the contract between the demo builder and the seeder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class DemoUser:
    username: str
    display_name: str
    role: str  # "moderator" | "lead" | "qa" | "admin"
    password: str = "demo"
    # When the account was opened (shifted like every dataset time); None: at seeding time.
    created_at: datetime | None = None


@dataclass(frozen=True)
class DemoReasonCode:
    code: str
    label: str
    statement_category: str  # DSA Transparency Database STATEMENT_CATEGORY_*
    decision_ground: str  # DECISION_GROUND_ILLEGAL_CONTENT | DECISION_GROUND_INCOMPATIBLE_CONTENT


@dataclass(frozen=True)
class DemoQueue:
    id: str
    name: str
    sla_seconds: int
    allowed_actions: tuple[str, ...]
    reason_codes: tuple[str, ...]
    escalation_targets: tuple[str, ...]


@dataclass(frozen=True)
class DemoSeller:
    id: str
    display_name: str
    created_at: datetime
    email_verified: bool
    phone_verified: bool
    kyc: str  # "none" | "pending" | "verified"
    phone: str | None  # E.164
    email: str
    device_fingerprint: str
    payment_fingerprint: str | None
    reports_received: int
    strikes: tuple[tuple[datetime, str], ...]  # (when, reason code)


@dataclass(frozen=True)
class DemoImage:
    id: str
    data: bytes  # JPEG or PNG bytes
    mime: str  # "image/jpeg" | "image/png"


@dataclass(frozen=True)
class DemoServerFlag:
    source: str
    model: str | None
    label: str
    score: float
    image_id: str | None


@dataclass(frozen=True)
class DemoListing:
    """One listing. ``queue_id`` None means an already-moderated past listing: its ``outcome`` is
    "approved" or "rejected" (with reason codes in ``outcome_reasons``). Otherwise it is pending in
    that queue and ``outcome`` is None."""

    id: str
    seller_id: str
    title: str
    description: str
    price: float | None
    currency: str
    category: str
    location: str
    country: str
    created_at: datetime
    images: tuple[DemoImage, ...]
    queue_id: str | None
    priority: int
    outcome: str | None
    outcome_reasons: tuple[str, ...]
    server_flags: tuple[DemoServerFlag, ...]
    language: str = ""  # "fr" | "es" | "en"; informational
    # What was planted on purpose (e.g. "contact_phone", "counterfeit", "image_exact_duplicate");
    # empty for clean listings. For tests and for checking screening engines against the demo.
    planted: tuple[str, ...] = ()
    # When the item entered its queue (None for past listings); reported items entered long after posting.
    enqueued_at: datetime | None = None


@dataclass(frozen=True)
class DemoDataset:
    users: tuple[DemoUser, ...]
    reason_codes: tuple[DemoReasonCode, ...]
    queues: tuple[DemoQueue, ...]
    sellers: tuple[DemoSeller, ...]
    listings: tuple[DemoListing, ...]
    policy_terms: tuple[dict, ...]
    policy_version: str
    # Fixed "now" of the dataset; every timestamp is relative to it. A seeder that wants queue ages
    # to look live can shift all timestamps by (now - reference_time).
    reference_time: datetime | None = None
    # What each flag predicts (schema.FlagTarget as dicts), stored with the policy.
    flag_targets: tuple[dict, ...] = ()
