"""Rows for the QA screens' tables, without Qt: typed columns, raw values, drill-down filters.

A `Table` keeps raw values (numbers stay numbers, so sorting is numeric and exports keep them)
under typed columns, and for each number the drill-down filters of the decisions behind it.
Headers are marked with `translate_noop` (context CONTEXT) and translated by the views.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from moderator_app.core import qa_schema as qa
from moderator_app.core.i18n import translate_noop

CONTEXT = "QaTables"  # the translation context of every header and label defined here
NOT_AVAILABLE = translate_noop(CONTEXT, "n/a")

# Value kinds: how a cell is formatted; sorting always uses the raw value.
# LABEL is text from a fixed vocabulary (VALUE_LABELS) and DECISION a `decision_text` ("reject
# (counterfeit)"): the raw English value is kept (sorting, exports) and the views translate the
# label, or the decision's action, in context CONTEXT when they show it.
INT, FLOAT, RATE, PERCENT, HOURS, MS, TEXT, LABEL, DECISION, DATETIME, DATE, BOOL, LIST = (
    "int", "float", "rate", "percent", "hours", "ms", "text", "label", "decision", "datetime", "date", "bool",
    "list",
)
NUMERIC_KINDS = frozenset({INT, FLOAT, RATE, PERCENT, HOURS, MS})

Filters = dict[str, Any]

# The values LABEL columns can hold (verdicts, severities, audit sources, dispute states, actions),
# marked so that lupdate offers them for translation.
VALUE_LABELS = (
    translate_noop(CONTEXT, "agree"),
    translate_noop(CONTEXT, "error"),
    translate_noop(CONTEXT, "overturned"),
    translate_noop(CONTEXT, "upheld"),
    translate_noop(CONTEXT, "open"),
    translate_noop(CONTEXT, "critical"),
    translate_noop(CONTEXT, "major"),
    translate_noop(CONTEXT, "minor"),
    translate_noop(CONTEXT, "qa"),
    translate_noop(CONTEXT, "golden"),
    translate_noop(CONTEXT, "approve"),
    translate_noop(CONTEXT, "reject"),
    translate_noop(CONTEXT, "escalate"),
)


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English source text, translated in context CONTEXT
    kind: str = TEXT


@dataclass
class Table:
    """Rows of raw values under typed columns; `drill[row][col]` holds drill-down filters or None."""

    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    drill: list[list[Filters | None]] = field(default_factory=list)
    payload: list[Any] = field(default_factory=list)  # the source object of each row

    def add(self, values: Sequence[Any], drill: Mapping[int, Filters] | None = None, payload: Any = None) -> None:
        self.rows.append(list(values))
        self.drill.append([(drill or {}).get(i) for i in range(len(self.columns))])
        self.payload.append(payload)

    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def value(self, row: int, key: str) -> Any:
        return self.rows[row][self.column(key)]


def format_value(value: Any, kind: str) -> str:
    """A cell as the tables show it: "n/a" for a missing figure, rates as percentages."""
    if value is None:
        return NOT_AVAILABLE if kind in NUMERIC_KINDS else ""
    if kind == PERCENT:
        return f"{value * 100:.1f}%"
    if kind == FLOAT:
        return f"{value:.2f}"
    if kind == RATE:
        return f"{value:.1f}"
    if kind == HOURS:
        return f"{value:.1f} h"
    if kind == MS:
        return f"{value / 1000:.1f} s"
    if kind == DATETIME and isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
    if kind == DATE and isinstance(value, date):
        return value.isoformat()
    if kind == BOOL:
        return "✓" if value else ""
    if kind == LIST:
        return ", ".join(str(v) for v in value)
    return str(value)


def sort_key(value: Any) -> Any:
    """A key that orders a column numerically, with missing values first."""
    if value is None:
        return (0, 0)
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, (int, float)):
        return (1, value)
    if isinstance(value, (datetime, date)):
        return (1, value.isoformat())
    if isinstance(value, (list, tuple)):
        return (1, ", ".join(map(str, value)))
    return (1, str(value).casefold())


def export_value(value: Any) -> Any:
    """A cell for CSV/XLSX (core.table_export): numbers and dates stay typed, lists become text."""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if hasattr(value, "value") and not isinstance(value, (int, float, str)):  # enums
        return value.value
    return value


# Exports carry the units the screen shows: times in seconds (stored in ms), with the unit in the
# header; spreadsheets format rates as percentages and numbers with a sensible precision.
EXPORT_UNITS = {MS: " (s)", HOURS: " (h)"}
EXPORT_FORMATS = {PERCENT: "0.0%", MS: "0.0", HOURS: "0.00", RATE: "0.0", FLOAT: "0.00"}


def export_rows(table: Table) -> list[list[Any]]:
    """The rows as exported: raw values, times in seconds, lists as text."""
    seconds = {i for i, c in enumerate(table.columns) if c.kind == MS}
    return [
        [export_value(v) / 1000 if i in seconds and isinstance(v, (int, float)) else export_value(v)
         for i, v in enumerate(row)]
        for row in table.rows
    ]  # fmt: skip


def export_headers(table: Table, headers: Sequence[str]) -> list[str]:
    """The (translated) headers with the unit of each exported column."""
    return [h + EXPORT_UNITS.get(c.kind, "") for h, c in zip(headers, table.columns, strict=True)]


def export_formats(table: Table) -> list[str | None]:
    """The spreadsheet number format of each column (None: the cell's own)."""
    return [EXPORT_FORMATS.get(c.kind) for c in table.columns]


# --- tables --------------------------------------------------------------------------------------

_H = translate_noop  # shorter lines below; lupdate sees translate_noop through the alias list


def moderator_table(rows: Sequence[qa.ModeratorMetrics]) -> Table:
    """One row per moderator; decisions, audited and errors drill down to those decisions."""
    table = Table([
        Column("moderator", _H(CONTEXT, "Moderator")),
        Column("display_name", _H(CONTEXT, "Name")),
        Column("decisions", _H(CONTEXT, "Decisions"), INT),
        Column("active_hours", _H(CONTEXT, "Active hours"), HOURS),
        Column("throughput", _H(CONTEXT, "Per hour"), RATE),
        Column("avg_handling", _H(CONTEXT, "Avg time"), MS),
        Column("audited", _H(CONTEXT, "Audited"), INT),
        Column("errors", _H(CONTEXT, "Errors"), INT),
        Column("error_rate", _H(CONTEXT, "Error rate"), PERCENT),
        Column("ci_low", _H(CONTEXT, "CI low"), PERCENT),
        Column("ci_high", _H(CONTEXT, "CI high"), PERCENT),
        Column("critical", _H(CONTEXT, "Critical"), INT),
        Column("major", _H(CONTEXT, "Major"), INT),
        Column("minor", _H(CONTEXT, "Minor"), INT),
        Column("quality", _H(CONTEXT, "Quality score"), PERCENT),
        Column("awaiting", _H(CONTEXT, "Awaiting audit"), INT),
    ])
    for m in rows:
        who = {"moderator": m.moderator}
        errors = {**who, "errors": True}
        table.add(
            [m.moderator, m.display_name, m.decisions, m.active_hours, m.throughput_per_active_hour,
             m.avg_handling_ms, m.audited, m.errors, m.error_rate, m.ci_low, m.ci_high,
             m.critical, m.major, m.minor, m.quality_score, m.awaiting_audit],
            {2: who, 4: who, 5: who, 6: {**who, "audited": True}, 7: errors, 8: errors,
             11: errors, 12: errors, 13: errors, 14: {**who, "audited": True}},
            m,
        )
    return table


# What the error breakdown files errors under (the server's `by`), with the selector's labels.
BREAKDOWN_BASES: tuple[tuple[str, str], ...] = (
    ("correct_reason", _H(CONTEXT, "Policy missed (auditor's reason)")),
    ("correct_category", _H(CONTEXT, "DSA category missed")),
    ("decision_reason", _H(CONTEXT, "Moderator's reason")),
)


def periods_table(points: Sequence[qa.TrendPoint]) -> Table:
    """One row per day or week: how far each period is audited yet (audits come days after the
    decisions, so the latest periods look better than they will) and whether it is partial."""
    table = Table([
        Column("period_start", _H(CONTEXT, "Period"), DATE),
        Column("partial", _H(CONTEXT, "Partial"), BOOL),
        Column("decisions", _H(CONTEXT, "Decisions"), INT),
        Column("audited", _H(CONTEXT, "Audited"), INT),
        Column("coverage", _H(CONTEXT, "Audit coverage"), PERCENT),
        Column("awaiting", _H(CONTEXT, "Awaiting audit"), INT),
        Column("errors", _H(CONTEXT, "Errors"), INT),
        Column("error_rate", _H(CONTEXT, "Error rate"), PERCENT),
        Column("ci_low", _H(CONTEXT, "95% low"), PERCENT),
        Column("ci_high", _H(CONTEXT, "95% high"), PERCENT),
        Column("quality", _H(CONTEXT, "Quality score"), PERCENT),
    ])
    for p in sorted(points, key=lambda p: p.period_start, reverse=True):
        table.add([p.period_start, p.partial, p.decisions, p.audited, p.audit_coverage, p.awaiting_audit,
                   p.errors, p.error_rate, p.ci_low, p.ci_high, p.quality_score], payload=p)
    return table


def auditor_table(rows: Sequence[qa.AuditorMetrics]) -> Table:
    """Grading the graders: each auditor's volume, speed, findings, overturns and calibration."""
    table = Table([
        Column("auditor", _H(CONTEXT, "Auditor")),
        Column("display_name", _H(CONTEXT, "Name")),
        Column("audits", _H(CONTEXT, "Audits"), INT),
        Column("per_hour", _H(CONTEXT, "Per hour"), RATE),
        Column("median", _H(CONTEXT, "Median time"), MS),
        Column("disagreements", _H(CONTEXT, "Errors found"), INT),
        Column("disagreement_rate", _H(CONTEXT, "Found in"), PERCENT),
        Column("critical", _H(CONTEXT, "Critical"), INT),
        Column("major", _H(CONTEXT, "Major"), INT),
        Column("minor", _H(CONTEXT, "Minor"), INT),
        Column("changed", _H(CONTEXT, "Changed after reveal"), INT),
        Column("disputed", _H(CONTEXT, "Disputed"), INT),
        Column("overturned", _H(CONTEXT, "Overturned"), INT),
        Column("overturn_rate", _H(CONTEXT, "Overturn rate"), PERCENT),
        Column("calibration_items", _H(CONTEXT, "Calibration items"), INT),
        Column("calibration_agreement", _H(CONTEXT, "Agrees with others"), PERCENT),
        Column("kappa", _H(CONTEXT, "Mean Cohen's κ"), FLOAT),
    ])
    for a in rows:
        median_ms = a.median_audit_seconds * 1000 if a.median_audit_seconds is not None else None
        table.add([a.auditor, a.display_name, a.audits, a.audits_per_active_hour, median_ms, a.disagreements,
                   a.disagreement_rate, a.critical, a.major, a.minor, a.changed_after_reveal, a.disputed,
                   a.overturned, a.overturn_rate, a.calibration_items, a.calibration_agreement,
                   a.calibration_kappa], payload=a)
    return table


def auditor_pairs_table(pairs: Sequence[qa.AuditorPair]) -> Table:
    """Reviewer against reviewer over every calibration set of the range (as for one set)."""
    return reviewer_pairs_table(pairs)


# The error-rate report's groupings (the server's group_by values) with the selector's labels.
ERROR_RATE_GROUPS: tuple[tuple[str, str], ...] = (
    ("moderator", _H(CONTEXT, "Moderator")),
    ("queue", _H(CONTEXT, "Queue")),
    ("reason", _H(CONTEXT, "Reason code")),
    ("category", _H(CONTEXT, "Category")),
)


def error_rate_table(rows: Sequence[qa.ErrorRateRow], group_by: str) -> Table:
    """The error-rate report per group: its numbers drill down to the group's decisions.

    The first column is headed by the grouping ("Queue", "Reason code", ...); a Period column
    appears only when the rows are split by period. The group itself is the drill-down filter
    (the server reads "(approved)" / "(none)" as the groups it put those decisions under); rows
    split by period have no drill-down, since a drill-down covers the whole date range.
    """
    labels = dict(ERROR_RATE_GROUPS)
    if group_by not in labels:
        raise ValueError(f"unknown error-rate grouping: {group_by!r}")
    by_period = any(r.period_start is not None for r in rows)
    columns = [Column("group", labels[group_by])]
    if by_period:
        columns.append(Column("period_start", _H(CONTEXT, "Period"), DATE))
    columns += [
        Column("decisions", _H(CONTEXT, "Decisions"), INT),
        Column("avg_handling", _H(CONTEXT, "Avg time"), MS),
        Column("audited", _H(CONTEXT, "Audited"), INT),
        Column("errors", _H(CONTEXT, "Errors"), INT),
        Column("error_rate", _H(CONTEXT, "Error rate"), PERCENT),
        Column("ci_low", _H(CONTEXT, "95% low"), PERCENT),
        Column("ci_high", _H(CONTEXT, "95% high"), PERCENT),
    ]
    table = Table(columns)
    col = {c.key: i for i, c in enumerate(columns)}
    for r in rows:
        who: Filters = {group_by: r.group}
        errors = {**who, "errors": True}
        values = {"group": r.group, "period_start": r.period_start, "decisions": r.decisions,
                  "avg_handling": r.avg_handling_ms, "audited": r.audited, "errors": r.errors,
                  "error_rate": r.error_rate, "ci_low": r.ci_low, "ci_high": r.ci_high}
        drill = {col["decisions"]: who, col["avg_handling"]: who, col["audited"]: {**who, "audited": True},
                 col["errors"]: errors, col["error_rate"]: errors}
        table.add([values[c.key] for c in columns], None if by_period else drill, r)
    return table


def sla_table(rows: Sequence[qa.QueueSla]) -> Table:
    table = Table([
        Column("queue", _H(CONTEXT, "Queue")),
        Column("sla_hours", _H(CONTEXT, "SLA"), HOURS),
        Column("handled", _H(CONTEXT, "Handled"), INT),
        Column("within_sla", _H(CONTEXT, "Within SLA"), INT),
        Column("compliance", _H(CONTEXT, "Compliance"), PERCENT),
        Column("backlog_24", _H(CONTEXT, "Backlog < 24 h"), INT),
        Column("backlog_48", _H(CONTEXT, "Backlog < 48 h"), INT),
        Column("backlog_over", _H(CONTEXT, "Backlog > 48 h"), INT),
    ])
    for q in rows:
        where = {"queue": q.queue_id}
        table.add(
            [q.name, q.sla_seconds / 3600, q.handled, q.within_sla, q.compliance,
             q.backlog_under_24h, q.backlog_under_48h, q.backlog_over_48h],
            {2: where},
            q,
        )
    return table


def breakdown_table(rows: Sequence[qa.ErrorBreakdownRow], basis: str = "decision_reason") -> Table:
    """Errors by reason and severity, headed by what they are filed under (BREAKDOWN_BASES). Only
    the moderator's reason codes drill down (the drill-down filters decisions by their reasons)."""
    table = Table([
        Column("reason", dict(BREAKDOWN_BASES).get(basis, _H(CONTEXT, "Reason"))),
        Column("severity", _H(CONTEXT, "Severity"), LABEL),
        Column("errors", _H(CONTEXT, "Errors"), INT),
    ])
    for r in rows:
        filters: Filters = {"errors": True}
        if basis == "decision_reason" and not r.reason.startswith("("):  # "(approved)" is no code
            filters["reason"] = r.reason
        table.add([r.reason, r.severity.value if r.severity else None, r.errors], {2: filters}, r)
    return table


NOT_MAPPED = _H(CONTEXT, "not mapped in the policy")


def flag_table(rows: Sequence[qa.FlagAgreement]) -> Table:
    """Each flag against what the policy says it predicts ("Measured against"); flags the policy
    does not map have counts but no precision or recall."""
    table = Table([
        Column("kind", _H(CONTEXT, "Flag kind")),
        Column("targets", _H(CONTEXT, "Measured against"), LIST),
        Column("tp", _H(CONTEXT, "True pos."), INT),
        Column("fp", _H(CONTEXT, "False pos."), INT),
        Column("fn", _H(CONTEXT, "False neg."), INT),
        Column("tn", _H(CONTEXT, "True neg."), INT),
        Column("precision", _H(CONTEXT, "Precision"), PERCENT),
        Column("recall", _H(CONTEXT, "Recall"), PERCENT),
    ])
    for f in rows:
        targets = f.targets if f.mapped else [NOT_MAPPED]
        table.add([f.kind, targets, f.true_positives, f.false_positives, f.false_negatives, f.true_negatives,
                   f.precision, f.recall], payload=f)
    return table


def drill_table(page: qa.DrillDownPage) -> Table:
    table = Table([
        Column("decision_id", _H(CONTEXT, "Decision"), INT),
        Column("decided_at", _H(CONTEXT, "Decided (UTC)"), DATETIME),
        Column("moderator", _H(CONTEXT, "Moderator")),
        Column("queue", _H(CONTEXT, "Queue")),
        Column("listing", _H(CONTEXT, "Listing")),
        Column("category", _H(CONTEXT, "Category")),
        Column("action", _H(CONTEXT, "Action"), LABEL),
        Column("reasons", _H(CONTEXT, "Reasons"), LIST),
        Column("time_spent", _H(CONTEXT, "Time spent"), MS),
        Column("audited", _H(CONTEXT, "Audited"), BOOL),
        Column("error", _H(CONTEXT, "Error"), BOOL),
        Column("severity", _H(CONTEXT, "Severity"), LABEL),
        Column("comment", _H(CONTEXT, "Audit comment")),
    ])
    for r in page.rows:
        table.add([r.decision_id, r.decided_at, r.moderator, r.queue_id, f"{r.listing_id} v{r.listing_version}",
                   r.category, r.action.value, r.reason_codes, r.time_spent_ms, r.audited, r.is_error,
                   r.severity.value if r.severity else None, r.audit_comment], payload=r)
    return table


def audit_table(records: Sequence[qa.AuditRecord]) -> Table:
    """Audited decisions as "My feedback" shows them, newest first."""
    table = Table([
        Column("audited_at", _H(CONTEXT, "Audited (UTC)"), DATETIME),
        Column("listing", _H(CONTEXT, "Listing")),
        Column("queue", _H(CONTEXT, "Queue")),
        Column("source", _H(CONTEXT, "Source"), LABEL),
        Column("yours", _H(CONTEXT, "Your decision"), DECISION),
        Column("correct", _H(CONTEXT, "Correct decision"), DECISION),
        Column("verdict", _H(CONTEXT, "Verdict"), LABEL),
        Column("severity", _H(CONTEXT, "Severity"), LABEL),
        Column("comment", _H(CONTEXT, "Comment")),
        Column("dispute", _H(CONTEXT, "Dispute"), LABEL),
        Column("lead_comment", _H(CONTEXT, "Lead's answer")),
        Column("deadline", _H(CONTEXT, "Contest until (UTC)"), DATETIME),
    ])
    for a in sorted(records, key=lambda r: r.audited_at, reverse=True):
        table.add([
            a.audited_at, f"{a.listing_id} v{a.listing_version}", a.queue_id, a.source.value,
            decision_text(a.original_action.value, a.original_reason_codes),
            decision_text(a.correct_action.value, a.correct_reason_codes),
            verdict_text(a), a.severity.value if a.severity else None, a.comment,
            a.dispute_state.value if a.dispute_state else None, a.dispute_comment, a.dispute_deadline,
        ], payload=a)
    return table


def dispute_table(disputes: Sequence[qa.Dispute]) -> Table:
    """Disputes with both sides: the moderator's decision and reason, the auditor (name, correct
    decision, comment), and once settled who settled it, when, and their comment (the history)."""
    table = Table([
        Column("opened_at", _H(CONTEXT, "Opened (UTC)"), DATETIME),
        Column("moderator", _H(CONTEXT, "Moderator")),
        Column("listing", _H(CONTEXT, "Listing")),
        Column("theirs", _H(CONTEXT, "Their decision"), DECISION),
        Column("reason", _H(CONTEXT, "Their reason")),
        Column("auditor", _H(CONTEXT, "Auditor")),
        Column("correct", _H(CONTEXT, "Auditor's decision"), DECISION),
        Column("severity", _H(CONTEXT, "Severity"), LABEL),
        Column("auditor_comment", _H(CONTEXT, "Auditor's comment")),
        Column("state", _H(CONTEXT, "State"), LABEL),
        Column("settled_by", _H(CONTEXT, "Settled by")),
        Column("settled_at", _H(CONTEXT, "Settled (UTC)"), DATETIME),
        Column("settle_comment", _H(CONTEXT, "Lead's comment")),
    ])
    for d in disputes:
        a = d.audit
        table.add([d.opened_at, d.moderator, f"{a.listing_id} v{a.listing_version}",
                   decision_text(a.original_action.value, a.original_reason_codes), d.reason,
                   a.auditor or _GOLDEN, decision_text(a.correct_action.value, a.correct_reason_codes),
                   a.severity.value if a.severity else None, a.comment, d.state.value, d.settled_by,
                   d.settled_at, d.settle_comment], payload=d)
    return table


_GOLDEN = "golden"  # a golden item's grading has no auditor (a LABEL value, translated in views)


def golden_table(items: Sequence[qa.GoldenItem]) -> Table:
    table = Table([
        Column("created_at", _H(CONTEXT, "Created (UTC)"), DATETIME),
        Column("listing", _H(CONTEXT, "Listing")),
        Column("queue", _H(CONTEXT, "Queue")),
        Column("expected", _H(CONTEXT, "Expected decision"), DECISION),
        Column("created_by", _H(CONTEXT, "Created by")),
        Column("decided", _H(CONTEXT, "Decided"), BOOL),
    ])
    for g in items:
        table.add([g.created_at, f"{g.listing_id} v{g.listing_version}", g.queue_id,
                   decision_text(g.expected_action.value, g.expected_reason_codes), g.created_by, g.decided],
                  payload=g)
    return table


def rules_table(rules: Sequence[qa.SamplingRule]) -> Table:
    table = Table([
        Column("queue", _H(CONTEXT, "Queue")),
        Column("base_rate", _H(CONTEXT, "Base rate"), PERCENT),
        Column("new_rate", _H(CONTEXT, "New moderators"), PERCENT),
        Column("new_days", _H(CONTEXT, "New for (days)"), INT),
        Column("threshold", _H(CONTEXT, "Error threshold"), PERCENT),
        Column("high_rate", _H(CONTEXT, "Above threshold"), PERCENT),
        Column("approve_factor", _H(CONTEXT, "× approved"), FLOAT),
        Column("reject_factor", _H(CONTEXT, "× rejected"), FLOAT),
        Column("escalate_factor", _H(CONTEXT, "× escalated"), FLOAT),
        Column("updated_by", _H(CONTEXT, "Updated by")),
    ])
    for r in rules:
        table.add([r.queue_id, r.base_rate, r.new_moderator_rate, r.new_moderator_days, r.error_threshold,
                   r.high_error_rate, r.approve_factor, r.reject_factor, r.escalate_factor, r.updated_by],
                  payload=r)
    return table


def calibration_sets_table(sets: Sequence[qa.CalibrationSet]) -> Table:
    table = Table([
        Column("name", _H(CONTEXT, "Calibration set")),
        Column("created_at", _H(CONTEXT, "Created (UTC)"), DATETIME),
        Column("items", _H(CONTEXT, "Items"), INT),
        Column("reviewers", _H(CONTEXT, "Reviewers"), LIST),
        Column("answered", _H(CONTEXT, "Answers"), INT),
        Column("remaining", _H(CONTEXT, "Left for me"), INT),
    ])
    for s in sets:
        table.add([s.name, s.created_at, s.items, s.reviewers, s.answered, s.my_remaining], payload=s)
    return table


def calibration_items_table(report: qa.CalibrationReport) -> Table:
    """Items with the most disagreement first (the server's order), one column per reviewer."""
    reviewers = [r.reviewer for r in report.reviewers]
    table = Table([
        Column("listing", _H(CONTEXT, "Listing")),
        Column("title", _H(CONTEXT, "Title")),
        Column("agreement", _H(CONTEXT, "Agreement"), PERCENT),
        Column("majority", _H(CONTEXT, "Majority"), LABEL),
        *(Column(f"reviewer:{name}", name, LABEL) for name in reviewers),
    ])
    for item in report.items:
        answers = [item.answers[name].value if name in item.answers else None for name in reviewers]
        table.add([f"{item.listing_id} v{item.listing_version}", item.title, item.agreement,
                   item.majority.value if item.majority else None, *answers], payload=item)
    return table


def calibration_reviewers_table(report: qa.CalibrationReport) -> Table:
    table = Table([
        Column("reviewer", _H(CONTEXT, "Reviewer")),
        Column("answered", _H(CONTEXT, "Answered"), INT),
        Column("with_majority", _H(CONTEXT, "Agrees with majority"), PERCENT),
        Column("kappa", _H(CONTEXT, "Mean Cohen's κ"), FLOAT),
    ])
    for r in report.reviewers:
        table.add([r.reviewer, r.answered, r.agreement_with_majority, r.mean_cohen_kappa], payload=r)
    return table


def calibration_pairs_table(report: qa.CalibrationReport) -> Table:
    return reviewer_pairs_table(report.pairs)


def reviewer_pairs_table(pairs: Sequence[qa.CalibrationPair | qa.AuditorPair]) -> Table:
    """One row per pair of reviewers: items both answered, agreement and Cohen's kappa."""
    table = Table([
        Column("a", _H(CONTEXT, "Reviewer A")),
        Column("b", _H(CONTEXT, "Reviewer B")),
        Column("items", _H(CONTEXT, "Items"), INT),
        Column("agreement", _H(CONTEXT, "Agreement"), PERCENT),
        Column("kappa", _H(CONTEXT, "Cohen's κ"), FLOAT),
    ])
    for p in pairs:
        table.add([p.reviewer_a, p.reviewer_b, p.items, p.agreement, p.cohen_kappa], payload=p)
    return table


def decision_text(action: str, reasons: Sequence[str]) -> str:
    """"approve", or "reject (code, code)": the action (English) and its reason codes."""
    return f"{action} ({', '.join(reasons)})" if reasons else action


def verdict_text(record: qa.AuditRecord) -> str:
    """"agree", "error" or "overturned" (English; a LABEL value the views translate)."""
    if record.agree:
        return "agree"
    return "error" if record.is_error else "overturned"
