"""The quality-assurance part of the `/v1` wire schema: sampling rules, golden items, blind
audits, disputes, calibration and the lead metrics.

Shared by the reference server (routes are declared with these types) and the workstation's
client. Dates in metric queries are UTC calendar days, both ends inclusive. No Qt, no I/O.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Annotated

from pydantic import Field, StringConstraints

from moderator_app.core.schema import Action, Code, FlagShown, Id, Int32, Listing, _Model

MAX_COMMENT_CHARS = 2000
DEFAULT_DISPUTE_DAYS = 7

Comment = Annotated[str, StringConstraints(max_length=MAX_COMMENT_CHARS)]
Username = Annotated[str, StringConstraints(min_length=1, max_length=100)]


class Severity(enum.StrEnum):
    critical = "critical"
    major = "major"
    minor = "minor"


class AuditSource(enum.StrEnum):
    qa = "qa"  # a sampled decision re-reviewed blind by an auditor
    golden = "golden"  # a golden item: graded automatically against its known answer


class DisputeState(enum.StrEnum):
    open = "open"
    upheld = "upheld"  # the audit stands: still an error
    overturned = "overturned"  # the moderator was right: no longer an error


class GroupBy(enum.StrEnum):
    moderator = "moderator"
    queue = "queue"
    reason = "reason"
    category = "category"


class BreakdownBasis(enum.StrEnum):
    """What an error is filed under in the error breakdown."""

    decision_reason = "decision_reason"  # the moderator's reason code ("(approved)" for approvals)
    correct_reason = "correct_reason"  # the auditor's correct reason: the policy that was missed
    correct_category = "correct_category"  # the DSA statement category of the correct reason


class Period(enum.StrEnum):
    all = "all"
    day = "day"
    week = "week"  # ISO weeks, starting on Monday


# --- sampling rules --------------------------------------------------------------------------


class SamplingRule(_Model):
    """How many of a queue's decisions enter the QA queue. Rates are probabilities in [0, 1].

    A decision is sampled with the highest applicable rate (base, new moderator, moderator above
    the error threshold), multiplied by its outcome's factor (stratification), capped at 1.
    """

    queue_id: str
    base_rate: float = Field(0.05, ge=0, le=1)
    new_moderator_rate: float = Field(0.20, ge=0, le=1)
    new_moderator_days: int = Field(30, ge=0, le=3650)  # account younger than this is "new"
    error_threshold: float = Field(0.10, ge=0, le=1)  # audited error rate over the last 30 days
    high_error_rate: float = Field(0.25, ge=0, le=1)
    approve_factor: float = Field(1.0, ge=0, le=20)
    reject_factor: float = Field(1.0, ge=0, le=20)
    escalate_factor: float = Field(1.0, ge=0, le=20)
    # Decisions taken in a cluster decision (several listings decided in one action) are sampled
    # at this multiple of their rate, so QA can look closer at bulk work.
    cluster_factor: float = Field(1.0, ge=0, le=20)
    updated_by: str | None = None
    updated_at: datetime | None = None


class SamplingRuleUpdate(_Model):
    base_rate: float = Field(ge=0, le=1)
    new_moderator_rate: float = Field(ge=0, le=1)
    new_moderator_days: int = Field(ge=0, le=3650)
    error_threshold: float = Field(ge=0, le=1)
    high_error_rate: float = Field(ge=0, le=1)
    approve_factor: float = Field(1.0, ge=0, le=20)
    reject_factor: float = Field(1.0, ge=0, le=20)
    escalate_factor: float = Field(1.0, ge=0, le=20)
    cluster_factor: float = Field(1.0, ge=0, le=20)


# --- golden items ----------------------------------------------------------------------------


class GoldenItemCreate(_Model):
    """Place a listing with a known correct decision into a normal queue."""

    listing_id: Code
    listing_version: Id | None = None  # default: the current version
    queue_id: Code
    expected_action: Action
    expected_reason_codes: list[Code] = Field(default_factory=list, max_length=20)
    priority: Int32 = 0


class GoldenItem(_Model):
    item_id: int
    listing_id: str
    listing_version: int
    queue_id: str
    expected_action: Action
    expected_reason_codes: list[str]
    created_by: str
    created_at: datetime
    decided: bool  # a moderator has decided it (and was graded)


# --- blind audits ----------------------------------------------------------------------------


class AuditClaim(_Model):
    queue_id: Code | None = None  # None: any queue


class AuditTask(_Model):
    """What the auditor sees first: the listing exactly as the moderator saw it, no decision.

    Nothing here identifies the decision: not its moderator, its outcome or its time (the sample
    carries only the UTC day it entered the QA queue), so the auditor cannot look it up elsewhere.
    """

    sample_id: int
    queue_id: str
    listing: Listing  # the version the moderator decided
    flags_shown: list[FlagShown]  # the flags the moderator's workstation showed
    sampled_on: date  # the UTC day the decision entered the QA queue
    lease_expires_at: datetime


class BlindDecision(_Model):
    action: Action
    reason_codes: list[Code] = Field(default_factory=list, max_length=20)


class OriginalDecision(_Model):
    decision_id: int
    moderator: str
    action: Action
    reason_codes: list[str]
    escalate_to: str | None
    note: str
    time_spent_ms: int
    decided_at: datetime


class AuditReveal(_Model):
    """Returned once the auditor's own decision is recorded: only now is the original shown."""

    sample_id: int
    blind: BlindDecision
    original: OriginalDecision
    same_action: bool


class AuditVerdict(_Model):
    """The auditor's verdict on a revealed sample.

    Agreement is not the auditor's to declare: the server derives it from the original decision
    and the correct one (``core.verdict_rules``). ``correct_action`` defaults to the auditor's
    blind decision (with its reasons); ``agree``, when sent, must match what the decisions say
    (else 422 ``inconsistent_verdict``). A disagreement needs a severity, an agreement takes none.
    """

    agree: bool | None = None
    correct_action: Action | None = None
    correct_reason_codes: list[Code] = Field(default_factory=list, max_length=20)
    severity: Severity | None = None  # required for a disagreement, refused for an agreement
    comment: Comment = ""


class AuditRecord(_Model):
    audit_id: int
    decision_id: int
    source: AuditSource
    auditor: str | None  # None for golden items
    moderator: str
    queue_id: str
    listing_id: str
    listing_version: int
    original_action: Action
    original_reason_codes: list[str]
    blind_action: Action | None
    agree: bool
    correct_action: Action
    correct_reason_codes: list[str]
    severity: Severity | None
    comment: str
    audited_at: datetime
    is_error: bool  # disagreement that was not overturned on dispute
    dispute_state: DisputeState | None = None
    dispute_deadline: datetime | None = None  # the moderator may contest until then
    # The dispute, when one was opened: the moderator's reason and the lead's settlement.
    dispute_id: int | None = None
    dispute_reason: str | None = None
    dispute_settled_by: str | None = None
    dispute_settled_at: datetime | None = None
    dispute_comment: str | None = None  # the lead's comment for the moderator


# --- disputes --------------------------------------------------------------------------------


class DisputeCreate(_Model):
    reason: Annotated[str, StringConstraints(min_length=1, max_length=MAX_COMMENT_CHARS)]


class DisputeView(enum.StrEnum):
    """Which disputes a list shows: one state, every settled one, or all of them."""

    open = "open"
    upheld = "upheld"
    overturned = "overturned"
    settled = "settled"  # upheld or overturned: the history
    all = "all"


class DisputeSettle(_Model):
    outcome: DisputeState  # upheld | overturned
    comment: Comment = ""


class Dispute(_Model):
    dispute_id: int
    audit_id: int
    moderator: str
    reason: str
    opened_at: datetime
    state: DisputeState
    settled_by: str | None = None
    settled_at: datetime | None = None
    settle_comment: str = ""
    audit: AuditRecord


# --- calibration -----------------------------------------------------------------------------


class CalibrationItemRef(_Model):
    listing_id: Code
    listing_version: Id | None = None  # default: the current version


class CalibrationCreate(_Model):
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    items: list[CalibrationItemRef] = Field(min_length=1, max_length=500)
    reviewers: list[Username] = Field(min_length=2, max_length=100)  # usernames


class CalibrationSet(_Model):
    set_id: int
    name: str
    created_by: str
    created_at: datetime
    items: int
    reviewers: list[str]
    answered: int  # answers given so far, over all reviewers
    my_remaining: int | None = None  # for a reviewer: items they still have to decide


class CalibrationTask(_Model):
    set_id: int
    position: int
    total: int
    listing: Listing


class CalibrationAnswer(_Model):
    listing_id: Code
    action: Action
    reason_codes: list[Code] = Field(default_factory=list, max_length=20)


class CalibrationItemResult(_Model):
    listing_id: str
    listing_version: int
    title: str
    answers: dict[str, Action]  # reviewer -> action
    majority: Action | None
    agreement: float | None  # share of agreeing reviewer pairs; None with < 2 answers


class CalibrationReviewerResult(_Model):
    reviewer: str
    answered: int
    agreement_with_majority: float | None
    mean_cohen_kappa: float | None


class CalibrationPair(_Model):
    reviewer_a: str
    reviewer_b: str
    items: int
    agreement: float | None
    cohen_kappa: float | None


class CalibrationReport(_Model):
    set_id: int
    name: str
    items: list[CalibrationItemResult]  # most disagreement first
    reviewers: list[CalibrationReviewerResult]
    pairs: list[CalibrationPair]
    fleiss_kappa: float | None  # over items every reviewer answered; None when undefined
    percent_agreement: float | None


# --- metrics ---------------------------------------------------------------------------------


class ErrorRateRow(_Model):
    """One row of the error-rate report; the CLI's JSON carries exactly the first seven fields.

    The rate and its 95% Wilson interval are None when nothing was audited. A decision counts in
    the day or week the server received it (a time the desk cannot move).
    """

    group: str
    decisions: int
    audited: int
    errors: int
    error_rate: float | None
    ci_low: float | None
    ci_high: float | None
    period_start: date | None = None  # with period=day|week
    avg_handling_ms: float | None = None  # mean time spent on the group's decisions
    partial_period: bool = False  # the period is cut by the range's ends or not over yet
    quality_score: float | None = None  # 1 - severity-weighted errors per audit (core.metrics)


class ModeratorMetrics(_Model):
    moderator: str
    display_name: str
    decisions: int
    active_hours: float
    throughput_per_active_hour: float | None
    avg_handling_ms: float | None
    audited: int
    errors: int
    error_rate: float | None
    ci_low: float | None
    ci_high: float | None
    critical: int
    major: int
    minor: int
    quality_score: float | None = None  # 1 - severity-weighted errors per audit (core.metrics)
    awaiting_audit: int = 0  # decisions sampled for QA and not audited yet


class TrendPoint(_Model):
    """One day or ISO week. Audits arrive after decisions, so the latest periods are less audited:
    ``audit_coverage`` and ``awaiting_audit`` say how far a period's error rate can be trusted yet."""

    period_start: date
    decisions: int
    avg_handling_ms: float | None
    audited: int
    errors: int
    error_rate: float | None
    ci_low: float | None
    ci_high: float | None
    partial: bool = False  # the period is cut by the range's ends or not over yet
    audit_coverage: float | None = None  # audited / decisions
    awaiting_audit: int = 0  # sampled decisions of the period still waiting for their audit
    quality_score: float | None = None


class ErrorBreakdownRow(_Model):
    """Errors under one label and severity. The label is the moderator's reason code (or
    "(approved)" / "(escalated)"), the auditor's correct reason (or "(approve)" / "(escalate)"),
    or the correct reason's DSA statement category, by the request's ``by``."""

    reason: str
    severity: Severity | None
    errors: int
    basis: BreakdownBasis = BreakdownBasis.decision_reason


class QueueSla(_Model):
    queue_id: str
    name: str
    sla_seconds: int
    handled: int
    within_sla: int
    compliance: float | None
    backlog_under_24h: int
    backlog_under_48h: int
    backlog_over_48h: int


class FlagAgreement(_Model):
    """How well one flag predicted the violations it is meant to predict.

    ``kind`` is the flag's scoring key (``core.metrics.flag_key``). ``targets`` are the reason codes
    the policy maps it to (``Policy.flag_targets``): a positive is a decision whose final outcome (the
    auditor's correct decision when an audit found an error, else the moderator's) is a rejection
    for one of them. Escalations without a final outcome are left out. A flag the policy does not
    map (``mapped`` false) has counts of when it was shown but no precision or recall.
    """

    kind: str
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int
    precision: float | None
    recall: float | None
    mapped: bool = True
    targets: list[str] = Field(default_factory=list)


class AuditorMetrics(_Model):
    """One auditor's work in the range: how much, how fast, how often they found errors, how many
    of their findings were overturned on dispute, and how they agree with the other reviewers of
    calibration sets (grading the graders)."""

    auditor: str
    display_name: str
    audits: int  # blind audits recorded in the range (by audit day)
    disagreements: int  # audits that found an error in the moderator's decision
    disagreement_rate: float | None
    critical: int
    major: int
    minor: int
    changed_after_reveal: int  # the correct decision differs from the auditor's own blind one
    median_audit_seconds: float | None  # from claiming the sample to the verdict
    audits_per_active_hour: float | None
    disputed: int  # disagreements the moderator contested
    overturned: int  # ... that a lead overturned: the auditor was wrong
    overturn_rate: float | None  # overturned / settled disputes
    calibration_items: int  # calibration items answered in the range
    calibration_agreement: float | None  # share of the other reviewers' answers that match theirs
    calibration_kappa: float | None  # mean Cohen's kappa against each other reviewer


class AuditorPair(_Model):
    """Agreement of two reviewers over the calibration items both answered in the range."""

    reviewer_a: str
    reviewer_b: str
    items: int
    agreement: float | None
    cohen_kappa: float | None


class DrillDownRow(_Model):
    decision_id: int
    decided_at: datetime
    moderator: str
    queue_id: str
    listing_id: str
    listing_version: int
    category: str | None
    action: Action
    reason_codes: list[str]
    time_spent_ms: int
    audited: bool
    is_error: bool
    severity: Severity | None
    audit_comment: str | None


class DrillDownPage(_Model):
    rows: list[DrillDownRow]
    total: int
