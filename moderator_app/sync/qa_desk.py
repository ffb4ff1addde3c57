"""The QA desk: the API calls behind the lead dashboard, the audit screen and "My feedback",
the chart series, and whether an audit may still be contested. No Qt.

`QaDesk` calls the API client from a background thread (it never touches widgets); the views
shape its answers into tables with sync.qa_tables and draw the series computed here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from moderator_app.core import qa_schema as qa
from moderator_app.core import schema
from moderator_app.net.api_client import ApiClient
from moderator_app.sync.appeal_sender import AppealSender
from moderator_app.sync.qa_tables import Filters

log = logging.getLogger(__name__)

DRILL_PAGE = 200  # rows fetched per drill-down page


# --- "My feedback": may this audit still be contested? ------------------------------------------


def can_contest(record: qa.AuditRecord, now: datetime | None = None) -> bool:
    """True while the moderator may open a dispute: a disagreement, none opened yet, before the deadline."""
    if record.agree or record.dispute_state is not None:
        return False
    now = now or datetime.now(UTC)
    deadline = record.dispute_deadline
    if deadline is None:
        deadline = record.audited_at + timedelta(days=qa.DEFAULT_DISPUTE_DAYS)
    if deadline.tzinfo is None:
        deadline = deadline.replace(tzinfo=UTC)
    return now < deadline


# --- chart series --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrendBar:
    label: str  # the period's first day, ISO; "*" after it when the period is partial
    decisions: int
    audited: int
    error_rate: float | None
    ci_low: float | None
    ci_high: float | None
    partial: bool = False
    awaiting_audit: int = 0


@dataclass(frozen=True)
class Whisker:
    label: str
    error_rate: float | None
    ci_low: float | None
    ci_high: float | None
    audited: int


PARTIAL_MARK = "*"


def trend_series(points: Sequence[qa.TrendPoint]) -> list[TrendBar]:
    """Oldest period first: decisions as bars, the error rate as a line inside its 95% band.
    A partial period (cut by the range, or not over yet) is labelled with PARTIAL_MARK."""
    return [
        TrendBar(
            p.period_start.isoformat() + (PARTIAL_MARK if p.partial else ""),
            p.decisions, p.audited, p.error_rate, p.ci_low, p.ci_high, p.partial, p.awaiting_audit,
        )
        for p in sorted(points, key=lambda p: p.period_start)
    ]  # fmt: skip


def whisker_series(rows: Sequence[qa.ModeratorMetrics]) -> list[Whisker]:
    """Moderators with audits, worst interval first: a wide interval (few audits) reads as uncertain."""
    series = [Whisker(m.moderator, m.error_rate, m.ci_low, m.ci_high, m.audited) for m in rows if m.audited > 0]
    return sorted(series, key=lambda w: (-(w.error_rate or 0.0), -(w.ci_high or 0.0), w.label))


RATE_STEPS = (0.01, 0.02, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25)


def rate_axis_top(values: Sequence[float], ticks: int = 4) -> float:
    """The top of a rate axis with `ticks` round steps (1%, 2%, 2.5%, 5%, 10%, ...) holding every value."""
    top = max([0.0, *values])
    for step in RATE_STEPS:
        if step * ticks >= top - 1e-12:
            return step * ticks
    return 1.0


def count_axis_top(value: int, ticks: int = 4) -> int:
    """The top of a count axis with `ticks` whole, round steps (1, 2, 5, 10, 20, 25, 50, ...)."""
    magnitude = 1
    while True:
        for step in (1, 2, 5) if magnitude < 10 else (1, 2, 2.5, 5):
            size = int(step * magnitude)
            if size * ticks >= value:
                return size * ticks
        magnitude *= 10


def team_rate(rows: Sequence[qa.ModeratorMetrics]) -> float | None:
    """Errors over audits for everyone together (None without audits)."""
    audited = sum(m.audited for m in rows)
    return sum(m.errors for m in rows) / audited if audited else None


# --- the facade ----------------------------------------------------------------------------------


@dataclass
class DashboardQuery:
    date_from: date
    date_to: date
    period: str = "week"  # week | day
    filters: Filters = field(default_factory=dict)  # moderator / queue / reason / category
    group_by: str = "moderator"  # the error-rate table's grouping: moderator | queue | reason | category
    # what errors are filed under in the breakdown: the policy that was missed, by default
    breakdown_by: str = qa.BreakdownBasis.correct_reason.value

    def params(self) -> Filters:
        return {k: v for k, v in self.filters.items() if v not in (None, "")}


@dataclass
class ErrorRates:
    """The error-rate report for one query, grouped by `query.group_by` over the whole range."""

    query: DashboardQuery
    rows: list[qa.ErrorRateRow]

    @property
    def group_by(self) -> str:
        return self.query.group_by


@dataclass
class Dashboard:
    query: DashboardQuery
    moderators: list[qa.ModeratorMetrics]
    trends: list[qa.TrendPoint]
    sla: list[qa.QueueSla]
    breakdown: list[qa.ErrorBreakdownRow]
    flags: list[qa.FlagAgreement]
    fetched_at: datetime
    error_rates: ErrorRates | None = None


def default_range(today: date | None = None, weeks: int = 8) -> tuple[date, date]:
    """The last `weeks` whole ISO weeks up to today."""
    today = today or datetime.now(UTC).date()
    start = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    return start, today


MAX_AUDIT_PHOTOS = 12


@dataclass
class AuditMaterial:
    """Everything the audit screen shows for one sample or calibration task, fetched in one go."""

    task: qa.AuditTask | qa.CalibrationTask | None  # None: nothing waiting
    reason_codes: list[str] = field(default_factory=list)  # the options of a rejection, in key order
    reason_labels: dict[str, str] = field(default_factory=dict)
    findings: list[Any] = field(default_factory=list)  # local text findings, as the moderator saw them
    photos: dict[str, bytes | None] = field(default_factory=dict)  # image id -> bytes (None: failed)


class QaDesk:
    """The API calls behind the QA screens. Call from a background thread; never from the UI thread.

    `api` returns the signed-in ApiClient (the workstation's session client), so a new sign-in
    is picked up without rebuilding the desk. `text_screener` (listing -> findings) re-creates the
    text highlights the moderator saw. `appeal_sender` keeps confirmed appeal outcomes in the local
    store until the server answered (None: sent online only, as a desk without a store does).
    """

    def __init__(
        self,
        api: Callable[[], ApiClient],
        text_screener: Callable[[schema.Listing], list[Any]] | None = None,
        appeal_sender: AppealSender | None = None,
    ) -> None:
        self._api = api
        self.appeal_sender = appeal_sender
        self._text_screener = text_screener
        self._queue_reasons: dict[str, list[str]] = {}
        self._labels: dict[str, str] | None = None

    @property
    def api(self) -> ApiClient:
        return self._api()

    # lead dashboard
    def dashboard(self, query: DashboardQuery) -> Dashboard:
        api, f, t, p = self.api, query.date_from, query.date_to, query.params()
        return Dashboard(
            query=query,
            moderators=api.moderator_metrics(f, t, **p),
            trends=api.trends(f, t, period=query.period, **p),
            sla=api.sla(f, t, **p),
            breakdown=api.error_breakdown(f, t, by=query.breakdown_by, **p),
            flags=api.flag_agreement(f, t, **p),
            error_rates=self.error_rates(query),
            fetched_at=datetime.now(UTC),
        )

    def error_rates(self, query: DashboardQuery) -> ErrorRates:
        """Decisions, handling time, audits, errors and the 95% interval per `query.group_by`
        (one row per group over the whole range, within the query's filters)."""
        rows = self.api.error_rates(query.date_from, query.date_to, query.group_by, period="all", **query.params())
        return ErrorRates(query, rows)

    def drill_down(self, query: DashboardQuery, filters: Filters, offset: int = 0,
                   limit: int = DRILL_PAGE) -> qa.DrillDownPage:
        """The decisions behind one number: the dashboard's range and filters plus the cell's."""
        params = {**query.params(), **filters}
        return self.api.drill_down(query.date_from, query.date_to, limit=limit, offset=offset, **params)

    # sampling rules, golden items, disputes, calibration (lead)
    def rules(self) -> list[qa.SamplingRule]:
        return self.api.qa_rules()

    def save_rule(self, queue_id: str, update: qa.SamplingRuleUpdate) -> qa.SamplingRule:
        return self.api.update_qa_rule(queue_id, update)

    def golden_items(self) -> list[qa.GoldenItem]:
        return self.api.golden_items()

    def create_golden(self, request: qa.GoldenItemCreate) -> qa.GoldenItem:
        return self.api.create_golden(request)

    def open_disputes(self) -> list[qa.Dispute]:
        return self.api.disputes(state="open")

    def disputes(self, view: qa.DisputeView | str = qa.DisputeView.open) -> list[qa.Dispute]:
        """Open disputes, the settled ones (the history) or all, newest first."""
        return self.api.disputes(state=view, limit=DRILL_PAGE)

    def auditors(self, query: DashboardQuery) -> tuple[list[qa.AuditorMetrics], list[qa.AuditorPair]]:
        """The auditors graded over the query's range, and reviewer-against-reviewer agreement."""
        api = self.api
        return (
            api.auditor_metrics(query.date_from, query.date_to),
            api.auditor_agreement(query.date_from, query.date_to),
        )

    def settle(self, dispute_id: int, outcome: qa.DisputeState, comment: str) -> qa.Dispute:
        return self.api.settle_dispute(dispute_id, qa.DisputeSettle(outcome=outcome, comment=comment))

    def calibrations(self) -> list[qa.CalibrationSet]:
        return self.api.calibrations()

    def create_calibration(self, name: str, listing_ids: Sequence[str], reviewers: Sequence[str]) -> qa.CalibrationSet:
        request = qa.CalibrationCreate(
            name=name,
            items=[qa.CalibrationItemRef(listing_id=i) for i in listing_ids],
            reviewers=list(reviewers),
        )
        return self.api.create_calibration(request)

    def calibration_report(self, set_id: int) -> qa.CalibrationReport:
        return self.api.calibration_report(set_id)

    def queues(self) -> list[schema.QueueInfo]:
        return self.api.queues()

    def reason_labels(self) -> dict[str, str]:
        """Reason code -> label from the policy ({} when it cannot be read)."""
        policy = self.api.policy().policy
        return {rc.code: rc.label for rc in (policy.reason_codes if policy else [])}

    # blind audits
    def claim_audit(self, queue_id: str | None = None) -> qa.AuditTask | None:
        return self.api.claim_audit(queue_id)

    def blind(self, sample_id: int, decision: qa.BlindDecision) -> qa.AuditReveal:
        return self.api.blind_decision(sample_id, decision)

    def verdict(self, sample_id: int, verdict: qa.AuditVerdict) -> qa.AuditRecord:
        return self.api.audit_verdict(sample_id, verdict)

    def release(self, sample_id: int) -> None:
        self.api.release_audit(sample_id)

    def next_calibration(self, set_id: int) -> qa.CalibrationTask | None:
        return self.api.next_calibration_task(set_id)

    def answer_calibration(self, set_id: int, answer: qa.CalibrationAnswer) -> None:
        self.api.answer_calibration(set_id, answer)

    def media(self, image: schema.ImageRef) -> bytes:
        return self.api.media(image)

    def next_material(self, queue_id: str | None = None, calibration_set: int | None = None) -> AuditMaterial:
        """Claim the next audit sample (or the next task of a calibration set) with what it shows."""
        task: qa.AuditTask | qa.CalibrationTask | None
        if calibration_set is not None:
            task = self.next_calibration(calibration_set)
        else:
            task = self.claim_audit(queue_id)
        if task is None:
            return AuditMaterial(None)
        if self._labels is None:
            try:
                self._labels = self.reason_labels()
            except Exception as exc:  # labels are a nicety: codes still work
                log.info("reason labels unavailable (%s)", type(exc).__name__)
                self._labels = {}
        if isinstance(task, qa.CalibrationTask):
            codes = list(self._labels)
        else:
            if task.queue_id not in self._queue_reasons:
                self._queue_reasons.update({q.id: list(q.reason_codes) for q in self.queues()})
            codes = self._queue_reasons.get(task.queue_id) or list(self._labels)
        material = AuditMaterial(task, codes[:9], dict(self._labels))
        # A calibration task shows no moderator's flags: the text highlights are always re-created.
        shown = task.flags_shown if isinstance(task, qa.AuditTask) else None
        if shown is None or any(f.source == "local-text" for f in shown):
            material.findings = self.text_findings(task.listing)
        for image in task.listing.images[:MAX_AUDIT_PHOTOS]:
            try:
                material.photos[image.id] = self.media(image)
            except Exception as exc:  # one missing photo must not block the audit
                log.info("audit photo %s unavailable (%s)", image.id, type(exc).__name__)
                material.photos[image.id] = None
        return material

    def text_findings(self, listing: Any) -> list[Any]:
        """The desk's text findings on a listing (none without a screener, or when it fails)."""
        if self._text_screener is None:
            return []
        try:
            return list(self._text_screener(listing))
        except Exception:
            log.exception("text screening of a listing failed")
            return []

    # my feedback
    def my_feedback(self) -> list[qa.AuditRecord]:
        return self.api.my_feedback()

    def contest(self, audit_id: int, reason: str) -> qa.Dispute:
        return self.api.open_dispute(audit_id, reason)
