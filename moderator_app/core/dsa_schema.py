"""Wire models of the DSA endpoints: notices, notifiers, statements of reasons, appeals.

Shared by the reference server (its routes are declared with them, so /openapi.json documents
them) and by any client (the desk parses the answers with the same classes). New response fields
always get defaults; new request fields are optional. docs/dsa.md describes the endpoints.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from moderator_app.core.dsa_vocabulary import CATEGORIES, CONTENT_TYPES, DECISION_GROUNDS, KEYWORDS
from moderator_app.core.schema import (
    MAX_TOKEN_CHARS,
    Code,
    DecisionResult,
    FlagShown,
    Id,
    Listing,
    NoticeView,
    ServerFlag,
)

MAX_EXPLANATION_CHARS = 10_000
NotifierKind = Literal["user", "trusted_flagger", "authority"]
Language = Literal["fr", "es", "en"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _known_category(value: str) -> str:
    if value not in CATEGORIES:
        raise ValueError("must be one of the Transparency Database's STATEMENT_CATEGORY_* values")
    return value


# --- notices (Arts. 16, 22, 23) ---------------------------------------------------------------


class NotifierIn(_Model):
    kind: NotifierKind
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)] | None = None
    email: Annotated[str, StringConstraints(max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")] | None = None
    # The identifier of a trusted flagger's status (required for trusted flaggers).
    flagger_id: Annotated[str, StringConstraints(min_length=1, max_length=100)] | None = None


class NoticeCreate(_Model):
    """A notice relayed by the marketplace (Art. 16(2): explanation, location, identity, good faith)."""

    listing_id: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    category: Code  # STATEMENT_CATEGORY_*
    explanation: Annotated[str, StringConstraints(min_length=1, max_length=MAX_EXPLANATION_CHARS)]
    notifier: NotifierIn
    good_faith: bool
    url: Annotated[str, StringConstraints(max_length=2000)] | None = None

    _category = field_validator("category")(_known_category)


class NoticeReceipt(_Model):
    """The acknowledgement of receipt (Art. 16(4))."""

    notice_id: int
    received_at: datetime
    item_id: int | None  # the case it joined; None when the listing is already restricted
    queue_id: str | None = None
    state: str = "open"  # "open" | "closed"
    resolution: str | None = None  # "already_restricted" when closed at once


class ItemNotices(_Model):
    item_id: int
    listing_id: str
    # The information source a decision on this item would record now.
    source_type: str
    trusted_flagger: bool = False  # the item is in the priority lane
    notices: list[NoticeView]


class NotifierRecord(_Model):
    """A notifier's track record, for leads (Art. 23): who keeps sending unfounded notices."""

    notifier_id: int
    kind: NotifierKind
    name: str | None
    email: str | None
    flagger_id: str | None
    notices: int
    decided: int
    upheld: int
    not_upheld: int
    manifestly_unfounded: int
    upheld_share: float | None
    last_notice_at: datetime | None
    flagged: bool  # at least DsaSettings.unfounded_flag_count manifestly unfounded notices lately
    suspended_until: datetime | None = None
    suspension_reason: str | None = None


class NotifierPage(_Model):
    notifiers: list[NotifierRecord]
    total: int


class NotifierSuspension(_Model):
    """Suspend the processing of a notifier's notices (Art. 23(2), after a prior warning)."""

    days: int = Field(ge=1, le=365)
    reason: Annotated[str, StringConstraints(min_length=1, max_length=2000)]


# --- statements of reasons (Arts. 17, 24(5)) ---------------------------------------------------


class StatementOfReasons(_Model):
    """One statement in the Transparency Database's submission schema (unset fields are omitted)."""

    decision_visibility: list[str] | None = None
    decision_visibility_other: str | None = None
    decision_monetary: str | None = None
    decision_monetary_other: str | None = None
    decision_provision: str | None = None
    decision_account: str | None = None
    account_type: str | None = None
    decision_ground: str
    decision_ground_reference_url: str | None = None
    illegal_content_legal_ground: str | None = None
    illegal_content_explanation: str | None = None
    incompatible_content_ground: str | None = None
    incompatible_content_explanation: str | None = None
    incompatible_content_illegal: str | None = None
    category: str
    category_addition: list[str] | None = None
    category_specification: list[str] | None = None
    category_specification_other: str | None = None
    content_type: list[str]
    content_type_other: str | None = None
    content_language: str | None = None
    content_date: str
    territorial_scope: list[str]
    application_date: str
    end_date_visibility_restriction: str | None = None
    end_date_monetary_restriction: str | None = None
    end_date_service_restriction: str | None = None
    end_date_account_restriction: str | None = None
    decision_facts: str
    source_type: str
    source_identity: str | None = None
    automated_detection: str
    automated_decision: str
    puid: str

    def payload(self) -> dict[str, Any]:
        """The JSON object sent to the database: unset fields left out."""
        return self.model_dump(mode="json", exclude_none=True)


class SellerNotice(_Model):
    """The text sent to the seller (or to an appellant), in their language."""

    language: Language
    subject: str
    text: str


SubmissionState = Literal["pending", "submitted", "rejected"]


class SubmissionStatus(_Model):
    state: SubmissionState
    attempts: int = 0
    last_attempt_at: datetime | None = None
    submitted_at: datetime | None = None
    tdb_uuid: str | None = None  # the database's id for the statement, once accepted
    last_error: str | None = None


class StatementEnvelope(_Model):
    decision_id: int | None  # None for a preview
    puid: str
    created_at: datetime | None = None
    statement: StatementOfReasons
    seller_notice: SellerNotice
    submission: SubmissionStatus | None = None  # None for a preview


class StatementPreviewRequest(_Model):
    """What the moderator is about to confirm: the reasons chosen and the flags shown."""

    reason_codes: list[Code] = Field(min_length=1, max_length=20)
    flags_shown: list[FlagShown] = Field(default_factory=list, max_length=500)
    notice_ids: list[Id] | None = Field(default=None, max_length=200)


# --- appeals (Arts. 20, 21) --------------------------------------------------------------------


class AppealCreate(_Model):
    decision_id: Id
    appellant: Literal["seller", "notifier"]
    explanation: Annotated[str, StringConstraints(min_length=1, max_length=MAX_EXPLANATION_CHARS)]
    # The reply's language (default: the listing's market language).
    language: Language | None = None
    # For a notifier: which of the decision's notices is theirs (default: the first).
    notice_id: Id | None = None


class AppealReceipt(_Model):
    appeal_id: int
    item_id: int
    queue_id: str


AppealOutcome = Literal["uphold", "reverse"]


class AppealView(_Model):
    appeal_id: int
    decision_id: int
    item_id: int
    queue_id: str
    appellant: Literal["seller", "notifier"]
    explanation: str
    language: Language
    received_at: datetime
    due_at: datetime  # received_at + the Appeals queue's SLA
    state: Literal["open", "decided"]
    outcome: AppealOutcome | None = None
    reply: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    new_decision_id: int | None = None


class AppealDetail(_Model):
    """What the reviewer of an appeal needs on one screen."""

    appeal: AppealView
    decision: DecisionResult  # the decision under appeal
    listing: Listing  # the listing version as it was decided
    flags: list[ServerFlag]
    statement: StatementEnvelope | None  # the statement of reasons of that decision, if restrictive
    notices: list[NoticeView]  # the notices that decision considered
    reply_preview: dict[str, str]  # outcome -> the templated reply, without the reviewer's own words


class AppealOutcomeRequest(_Model):
    idempotency_key: uuid.UUID
    lease_token: Annotated[str, StringConstraints(max_length=MAX_TOKEN_CHARS)]
    outcome: AppealOutcome
    # The reviewer's own reasons, added to the templated reply.
    reply: Annotated[str, StringConstraints(max_length=2000)] = ""
    # Reversing an approval rejects the listing: it needs reason codes.
    reason_codes: list[Code] = Field(default_factory=list, max_length=20)
    time_spent_ms: int = Field(default=0, ge=0, le=24 * 3600 * 1000)


class AppealOutcomeResult(_Model):
    appeal: AppealView
    new_decision: DecisionResult | None  # the decision recorded by a reversal
    reply: SellerNotice


class AppealPage(_Model):
    appeals: list[AppealView]
    total: int


class AppealRateRow(_Model):
    """Appeals and reversals of the decisions in one group (by decision time in the range)."""

    group: str
    decisions: int
    appeals: int
    appeal_rate: float | None
    decided_appeals: int
    reversals: int
    reversal_rate: float | None  # reversals / decided appeals
    ci_low: float | None  # 95% Wilson interval of the reversal rate
    ci_high: float | None


# --- settings and the reason codes' mapping ----------------------------------------------------


class DsaSettings(_Model):
    """The leads' DSA settings."""

    # A decision reversed on appeal counts as an error in the error rates.
    reversal_counts_as_error: bool = True
    # A notifier with this many manifestly unfounded notices in the window is flagged to leads.
    unfounded_flag_count: int = Field(default=3, ge=1, le=1000)
    unfounded_window_days: int = Field(default=180, ge=1, le=3650)


class ReasonCodeDsa(_Model):
    """A reason code's full DSA mapping (admin-editable; the shipped policy holds the defaults)."""

    statement_category: Code
    decision_ground: Code
    category_specification: list[Code] = Field(default_factory=list, max_length=50)
    tos_clause: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    legal_ground: Annotated[str, StringConstraints(max_length=500)] | None = None
    reference_url: Annotated[str, StringConstraints(max_length=500)] | None = None
    # Content types besides CONTENT_TYPE_PRODUCT that the reason concerns (TEXT, IMAGE).
    content_types: list[Code] = Field(default_factory=list, max_length=10)
    # Screening results that back the reason: flag kinds ("phone", "nudity", ...) and banned-term
    # categories ("scams_and_fraud", ...). One of them shown means automated detection.
    flag_kinds: list[Code] = Field(default_factory=list, max_length=100)
    term_categories: list[Code] = Field(default_factory=list, max_length=100)

    _category = field_validator("statement_category")(_known_category)

    @field_validator("decision_ground")
    @classmethod
    def _ground(cls, value: str) -> str:
        if value not in DECISION_GROUNDS:
            raise ValueError(f"must be one of {sorted(DECISION_GROUNDS)}")
        return value

    @field_validator("category_specification")
    @classmethod
    def _keywords(cls, value: list[str]) -> list[str]:
        unknown = [k for k in value if k not in KEYWORDS]
        if unknown:
            raise ValueError(f"unknown keywords: {unknown}")
        return value

    @field_validator("content_types")
    @classmethod
    def _content(cls, value: list[str]) -> list[str]:
        unknown = [c for c in value if c not in CONTENT_TYPES]
        if unknown:
            raise ValueError(f"unknown content types: {unknown}")
        return value
