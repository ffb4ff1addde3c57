"""The lead metrics, aggregated in the database (SQLAlchemy Core, GROUP BY and window functions).

Every function takes an open connection and a :class:`MetricsFilter` and returns the wire rows
of ``core.qa_schema``. Nothing here loads the decisions of a range into Python: the database
groups them and Python only turns each group's counts into rates with
``core.metrics.error_rate_row`` (the Wilson interval). The same SQL runs on SQLite and
PostgreSQL; where the dialects differ (date bucketing, time arithmetic, JSON expansion) a small
helper picks the spelling. Both give the same figures; the one nuance is time resolution: SQLite
keeps timestamps to the millisecond, PostgreSQL to the microsecond, so an SLA wait or an active
stretch can differ by less than a millisecond.

Speed (1,000,000 decisions on PostgreSQL, see tests/benchmarks/test_bench_metrics.py): the
range scans read the covering indexes ``ix_decisions_metrics`` and
``ix_decisions_moderator_metrics`` only, and :func:`prepare` turns JIT off for the transaction.

Semantics (the same as the pure functions in ``core.metrics``):
- a decision belongs to the range (and to a day or week) by its ``received_at``, the time the
  server received it: a time the desk cannot move (``decided_at`` is the desk's, bounded to the
  lease, and only places a decision's working interval for active time);
- the range covers the UTC days ``date_from`` .. ``date_to`` (both inclusive);
- for a QA auditor, decisions waiting in the QA queue are left out of every figure, so that no
  filter can narrow a figure down to a decision they may be about to audit blind;
- audited = it has an ``audits`` row; error = that row's ``is_error``; when the leads' DSA setting
  says so (``MetricsFilter.reversal_errors``), a decision reversed on appeal also counts as
  audited and as an error (the severity breakdown stays the QA audits' own);
- grouping by reason puts a decision under each of its reason codes; approvals under
  ``(approved)``, escalations without a reason under ``(escalated)``;
- active time is the union of ``[decided_at - time_spent, decided_at]`` intervals, bridging
  pauses of at most five minutes (``core.metrics.active_time``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import (
    BigInteger,
    Connection,
    String,
    and_,
    case,
    cast,
    column,
    exists,
    extract,
    func,
    literal_column,
    or_,
    select,
    union_all,
    values,
)
from sqlalchemy.sql.elements import ColumnElement

from moderator_app.core.metrics import error_rate_row, period_is_partial, quality_score
from moderator_app.core.qa_schema import (
    BreakdownBasis,
    DrillDownPage,
    DrillDownRow,
    ErrorBreakdownRow,
    ErrorRateRow,
    FlagAgreement,
    GroupBy,
    ModeratorMetrics,
    Period,
    QueueSla,
    TrendPoint,
)
from moderator_app.core.schema import Action, FlagTarget
from moderator_app.server import tables as t
from moderator_app.server.dsa.reversals import reversed_decisions

log = logging.getLogger(__name__)

APPROVED = "(approved)"
ESCALATED = "(escalated)"
NO_REASON = "(no reason)"  # a rejection stored without a reason code (older data)
NO_CATEGORY = "(none)"
REVERSED = "Reversed on appeal."  # the drill-down's comment on a reversal counted as an error
CORRECT_APPROVE = "(approve)"  # an error whose correct decision was an approval
CORRECT_ESCALATE = "(escalate)"
PENDING_SAMPLE_STATES = ("open", "blind")
ACTIVE_GAP_MS = 300_000  # pauses up to five minutes count as active (core.metrics.active_time)
MAX_RANGE_DAYS = 400
_DAY = timedelta(days=1)

d = t.decisions
a = t.audits
r = t.decision_reasons
ar = t.audit_reasons
s_ = t.qa_samples


@dataclass(frozen=True)
class MetricsFilter:
    """The range (UTC days, inclusive) and the optional filters every metrics query takes."""

    date_from: date
    date_to: date
    moderator: str | None = None
    queue: str | None = None
    reason: str | None = None
    category: str | None = None
    # Leave out decisions waiting for their blind audit (what a QA auditor may see).
    hide_pending_samples: bool = False
    reversal_errors: bool = False  # a decision reversed on appeal counts as an audited error

    @property
    def start(self) -> datetime:
        return datetime.combine(self.date_from, time(), UTC)

    @property
    def end(self) -> datetime:
        """The first instant after the range."""
        return datetime.combine(self.date_to + _DAY, time(), UTC)


# --- building blocks ------------------------------------------------------------------------


def _is_pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def prepare(conn: Connection) -> None:
    """Per-transaction settings for the big aggregations (PostgreSQL: sort in memory)."""
    if _is_pg(conn):
        # SET LOCAL ends with the transaction, so pooled connections keep their defaults.
        conn.exec_driver_sql("SET LOCAL work_mem = '64MB'")
        # These scans look expensive to the planner, which then spends longer compiling them
        # with JIT (up to 1.5 s measured) than running them (a few hundred ms).
        conn.exec_driver_sql("SET LOCAL jit = off")


def _has_reasons(decision_id) -> ColumnElement:
    return exists().where(r.c.decision_id == decision_id).correlate_except(r)


def _reason_condition(code: str) -> ColumnElement:
    """Decisions that the reason grouping puts under ``code``."""
    if code == APPROVED:
        return d.c.action == Action.approve.value
    if code == ESCALATED:
        return and_(d.c.action == Action.escalate.value, ~_has_reasons(d.c.id))
    if code == NO_REASON:
        return and_(d.c.action == Action.reject.value, ~_has_reasons(d.c.id))
    # Correlated to the outer decisions row explicitly: the breakdown's own FROM also reads
    # decision_reasons, and SQLAlchemy would otherwise correlate this subquery away entirely.
    return and_(
        d.c.action != Action.approve.value,
        exists().where(r.c.decision_id == d.c.id, r.c.reason_code == code).correlate_except(r),
    )


def pending_sample(decision_id) -> ColumnElement:
    """The decision waits in the QA queue (sampled, not yet audited). Correlated to the outer
    decision only: queries that also join qa_samples must not swallow this subquery's FROM."""
    return exists().where(s_.c.decision_id == decision_id, s_.c.state.in_(PENDING_SAMPLE_STATES)).correlate_except(s_)


def _conditions(f: MetricsFilter) -> list[ColumnElement]:
    """WHERE conditions on ``decisions`` for the range and the filters."""
    conds = [d.c.received_at >= f.start, d.c.received_at < f.end]
    if f.hide_pending_samples:
        conds.append(~pending_sample(d.c.id))
    if f.moderator is not None:
        conds.append(d.c.moderator == f.moderator)
    if f.queue is not None:
        conds.append(d.c.queue_id == f.queue)
    if f.category is not None:
        conds.append(func.coalesce(d.c.category, NO_CATEGORY) == f.category)
    if f.reason is not None:
        conds.append(_reason_condition(f.reason))
    return conds


_REVERSED = reversed_decisions()


def _reviewed(f: MetricsFilter, source, decision_id):
    """``source`` with each decision's audit, and its reversal when reversals count as errors."""
    joined = source.outerjoin(a, a.c.decision_id == decision_id)
    if f.reversal_errors:
        joined = joined.outerjoin(_REVERSED, _REVERSED.c.decision_id == decision_id)
    return joined


def _audited_condition(f: MetricsFilter) -> ColumnElement:
    if f.reversal_errors:
        return or_(a.c.id.is_not(None), _REVERSED.c.decision_id.is_not(None))
    return a.c.id.is_not(None)


def _error_condition(f: MetricsFilter) -> ColumnElement:
    if f.reversal_errors:
        return or_(a.c.is_error.is_(True), _REVERSED.c.decision_id.is_not(None))
    return a.c.is_error.is_(True)


def _audited(f: MetricsFilter) -> ColumnElement:
    if f.reversal_errors:
        return func.coalesce(func.sum(case((_audited_condition(f), 1), else_=0)), 0)
    return func.count(a.c.id)


def _is_error(f: MetricsFilter) -> ColumnElement:
    return case((_error_condition(f), 1), else_=0)


def _period(conn: Connection, period: Period, column) -> ColumnElement:
    """The first day of the column's day or ISO week (Monday), as a date or date-ish value."""
    unit = "day" if period == Period.day else "week"
    if _is_pg(conn):
        return func.date_trunc(unit, column)
    if unit == "day":
        return func.date(column)
    # SQLite: forward to the coming Sunday (or stay on one), then back six days: the Monday.
    return func.date(column, "weekday 0", "-6 days")


def _as_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _sqlite_epoch_ms(column) -> ColumnElement:
    """SQLite: milliseconds since 1970 of a naive-UTC timestamp column, as an exact integer
    (SQLite keeps julian days to the millisecond; this recovers them exactly)."""
    return cast(func.round((func.julianday(column) - 2440587.5) * 86400000.0), BigInteger)


def _reason_rows(f: MetricsFilter, *, errors_only: bool = False):
    """A subquery of (decision_id, decided_at, reason): one row per reason of each decision.

    One pass over the range: a decision joins its reason rows (approvals join none), and one
    without any gets its pseudo-reason. With ``errors_only`` only decisions whose audit is an
    error.
    """
    label = func.coalesce(
        r.c.reason_code,
        case(
            (d.c.action == Action.approve.value, APPROVED),
            (d.c.action == Action.escalate.value, ESCALATED),
            else_=NO_REASON,
        ),
    )
    source = d.outerjoin(r, and_(r.c.decision_id == d.c.id, d.c.action != Action.approve.value))
    query = select(
        d.c.id.label("decision_id"), d.c.received_at, d.c.time_spent_ms, label.label("reason")
    ).where(*_conditions(f))
    if errors_only:
        source = source.join(a, a.c.decision_id == d.c.id)
        query = query.where(a.c.is_error.is_(True))
    return query.select_from(source).subquery("dr")


def _rate_fields(decisions: int, audited: int, errors: int) -> dict:
    row = error_rate_row("", int(decisions), int(audited), int(errors))
    return {"error_rate": row.error_rate, "ci_low": row.ci_low, "ci_high": row.ci_high}


def _severity_count(level: str | None) -> ColumnElement:
    """Errors of one severity (None: errors recorded without a severity)."""
    matches = a.c.severity.is_(None) if level is None else a.c.severity == level
    return func.coalesce(func.sum(case((and_(a.c.is_error.is_(True), matches), 1), else_=0)), 0)


def _severity_columns() -> list:
    return [
        _severity_count("critical").label("critical"),
        _severity_count("major").label("major"),
        _severity_count("minor").label("minor"),
        _severity_count(None).label("unrated"),
    ]


def _score(row) -> float | None:
    return quality_score(
        int(row.audited), int(row.critical), int(row.major), int(row.minor), int(row.unrated)
    )


# --- endpoints ----------------------------------------------------------------------------------


def error_rates(
    conn: Connection, f: MetricsFilter, group_by: GroupBy, period: Period, today: date
) -> list[ErrorRateRow]:
    """Decisions, audited, errors, the Wilson interval and the quality score per group (and per
    period, marked partial when the range or ``today`` cuts it). Sorted by period, then group name.
    """
    if group_by == GroupBy.reason:
        dr = _reason_rows(f)
        group = dr.c.reason
        when = dr.c.received_at
        spent = dr.c.time_spent_ms
        source = _reviewed(f, dr, dr.c.decision_id)
        conds: list[ColumnElement] = []
    else:
        group = {
            GroupBy.moderator: d.c.moderator,
            GroupBy.queue: d.c.queue_id,
            GroupBy.category: func.coalesce(d.c.category, NO_CATEGORY),
        }[group_by]
        when = d.c.received_at
        spent = d.c.time_spent_ms
        source = _reviewed(f, d, d.c.id)
        conds = _conditions(f)
    columns = [group.label("grp")]
    keys = [group]
    if period != Period.all:
        bucket = _period(conn, period, when)
        columns.append(bucket.label("bucket"))
        keys.append(bucket)
    query = (
        select(
            *columns,
            func.count().label("decisions"),
            _audited(f).label("audited"),
            func.coalesce(func.sum(_is_error(f)), 0).label("errors"),
            func.avg(spent).label("avg_ms"),
            *_severity_columns(),
        )
        .select_from(source)
        .where(*conds)
        .group_by(*keys)
    )
    rows = []
    days = 1 if period == Period.day else 7
    for row in conn.execute(query):
        start = _as_date(row.bucket) if period != Period.all else None
        rows.append(
            ErrorRateRow(
                group=row.grp,
                decisions=row.decisions,
                audited=row.audited,
                errors=int(row.errors),
                avg_handling_ms=float(row.avg_ms) if row.avg_ms is not None else None,
                period_start=start,
                partial_period=start is not None
                and period_is_partial(start, days, f.date_from, f.date_to, today),
                quality_score=_score(row),
                **_rate_fields(row.decisions, row.audited, row.errors),
            )
        )
    rows.sort(key=lambda x: (x.period_start or date.min, x.group))
    return rows


def _moderator_query(conn: Connection, f: MetricsFilter):
    """Per moderator: decisions, handling time, audit counts and active milliseconds, in one
    scan of the range (``core.metrics.active_time`` done with one window function).

    The union of intervals with short pauses bridged is the same read backwards in time, and
    backwards the intervals sort by their *end*, a stored column (sorting by a computed start
    costs far more). So, per moderator, latest end first: ``reach`` is the earliest start among
    the intervals already seen. An interval ending more than the gap before ``reach`` opens a
    new stretch and adds its own length; any other extends the stretch back from ``reach`` to
    its start, adding ``reach - start`` when that is positive. The sum of the additions is the
    active time. Times are counted in milliseconds on SQLite (which keeps no finer time) and
    microseconds on PostgreSQL.
    """
    if _is_pg(conn):
        # Native timestamps and intervals: exact, and far cheaper than computed epochs.
        end = d.c.decided_at
        start = d.c.decided_at - d.c.time_spent_ms * literal_column("INTERVAL '1 millisecond'")
        gap = literal_column("INTERVAL '5 minutes'")
        zero = literal_column("INTERVAL '0'")
    else:
        end = _sqlite_epoch_ms(d.c.decided_at)
        start = end - d.c.time_spent_ms
        gap, zero = literal_column(str(ACTIVE_GAP_MS)), literal_column("0")
    # Audits are joined after the window: its input then comes presorted from
    # ix_decisions_moderator_metrics (moderator, decided_at DESC) instead of being sorted.
    spans = (
        select(
            d.c.moderator,
            d.c.id,
            start.label("s"),
            end.label("e"),
            d.c.time_spent_ms.label("spent"),
        )
        .where(*_conditions(f))
        .subquery("spans")
    )
    reach = func.min(spans.c.s).over(
        partition_by=spans.c.moderator, order_by=spans.c.e.desc(), rows=(None, -1)
    )
    w = select(spans, reach.label("reach")).subquery("reached")
    added = case(
        (or_(w.c.reach.is_(None), w.c.reach - w.c.e > gap), w.c.e - w.c.s),
        (w.c.s < w.c.reach, w.c.reach - w.c.s),
        else_=zero,
    )
    active = func.sum(added)
    if _is_pg(conn):
        active = extract("epoch", active) * 1000

    waiting = case((s_.c.id.is_not(None), 1), else_=0)
    return (
        select(
            w.c.moderator,
            func.count().label("decisions"),
            func.sum(w.c.spent).label("spent_ms"),
            _audited(f).label("audited"),
            func.coalesce(func.sum(_is_error(f)), 0).label("errors"),
            *_severity_columns(),
            func.coalesce(func.sum(waiting), 0).label("waiting"),
            active.label("active_ms"),
        )
        .select_from(
            _reviewed(f, w, w.c.id).outerjoin(
                s_, and_(s_.c.decision_id == w.c.id, s_.c.state.in_(PENDING_SAMPLE_STATES))
            )
        )
        .group_by(w.c.moderator)
    )


def active_seconds(conn: Connection, f: MetricsFilter) -> dict[str, float]:
    """Per moderator, the active seconds in the range (see :func:`_moderator_query`)."""
    return {
        row.moderator: float(row.active_ms or 0) / 1000.0 for row in conn.execute(_moderator_query(conn, f))
    }


def moderators(conn: Connection, f: MetricsFilter) -> list[ModeratorMetrics]:
    """One row per moderator with decisions in the range, sorted by username."""
    if _is_pg(conn):
        # The window needs each moderator's decisions latest first. The planner prefers sorting
        # the range to reading ix_decisions_moderator_metrics in order, which measured ~2x
        # slower over 250,000 decisions; this transaction runs nothing else that sorts.
        conn.exec_driver_sql("SET LOCAL enable_sort = off")
    counts = sorted(conn.execute(_moderator_query(conn, f)).all(), key=lambda row: row.moderator)
    if not counts:
        return []
    names = dict(
        conn.execute(
            select(t.users.c.username, t.users.c.display_name).where(
                t.users.c.username.in_([row.moderator for row in counts])
            )
        ).all()
    )
    result = []
    for row in counts:
        hours = float(row.active_ms or 0) / 3_600_000.0
        result.append(
            ModeratorMetrics(
                moderator=row.moderator,
                display_name=names.get(row.moderator, row.moderator),
                decisions=row.decisions,
                active_hours=hours,
                throughput_per_active_hour=row.decisions / hours if hours > 0 else None,
                avg_handling_ms=int(row.spent_ms) / row.decisions,
                audited=row.audited,
                errors=int(row.errors),
                critical=int(row.critical),
                major=int(row.major),
                minor=int(row.minor),
                quality_score=_score(row),
                awaiting_audit=int(row.waiting),
                **_rate_fields(row.decisions, row.audited, row.errors),
            )
        )
    return result


def period_starts(f: MetricsFilter, period: Period) -> list[date]:
    """The first day of every day or ISO week (Monday) that overlaps the range."""
    if period == Period.all:
        return [f.date_from]
    step = _DAY if period == Period.day else 7 * _DAY
    first = f.date_from if period == Period.day else f.date_from - timedelta(days=f.date_from.weekday())
    starts = []
    current = first
    while current <= f.date_to:
        starts.append(current)
        current += step
    return starts


def trends(conn: Connection, f: MetricsFilter, period: Period, today: date) -> list[TrendPoint]:
    """One point per day or week of the range, oldest first; periods without decisions are zeros.

    Each point says how much of the period is audited yet (``audit_coverage``) and how many of its
    sampled decisions still wait for their audit, since audits come days after the decisions: the
    latest periods always look better than they will. A period cut by the range or not over on
    ``today`` is marked ``partial``.
    """
    waiting = case((s_.c.id.is_not(None), 1), else_=0)
    columns = [
        func.count().label("decisions"),
        func.sum(d.c.time_spent_ms).label("spent_ms"),
        _audited(f).label("audited"),
        func.coalesce(func.sum(_is_error(f)), 0).label("errors"),
        func.coalesce(func.sum(waiting), 0).label("waiting"),
        *_severity_columns(),
    ]
    source = _reviewed(f, d, d.c.id).outerjoin(
        s_, and_(s_.c.decision_id == d.c.id, s_.c.state.in_(PENDING_SAMPLE_STATES))
    )
    query = select(*columns).select_from(source).where(*_conditions(f))
    if period == Period.all:
        found = {f.date_from: conn.execute(query).one()}
        days = (f.date_to - f.date_from).days + 1
    else:
        bucket = _period(conn, period, d.c.received_at)
        query = query.add_columns(bucket.label("bucket")).group_by(bucket)
        found = {_as_date(row.bucket): row for row in conn.execute(query)}
        days = 1 if period == Period.day else 7
    points = []
    for start in period_starts(f, period):
        row = found.get(start)
        decisions = row.decisions if row is not None else 0
        audited = row.audited if row is not None else 0
        errors = int(row.errors) if row is not None else 0
        points.append(
            TrendPoint(
                period_start=start,
                decisions=decisions,
                avg_handling_ms=int(row.spent_ms) / decisions if decisions else None,
                audited=audited,
                errors=errors,
                partial=period_is_partial(start, days, f.date_from, f.date_to, today),
                audit_coverage=audited / decisions if decisions else None,
                awaiting_audit=int(row.waiting) if row is not None else 0,
                quality_score=_score(row) if row is not None else None,
                **_rate_fields(decisions, audited, errors),
            )
        )
    return points


def error_breakdown(
    conn: Connection, f: MetricsFilter, basis: BreakdownBasis = BreakdownBasis.decision_reason
) -> list[ErrorBreakdownRow]:
    """Errors per (label, severity), the most errors first.

    The label is, by ``basis``: the moderator's reason code (approvals under "(approved)"), the
    auditor's correct reason code (the policy that was missed; "(approve)" / "(escalate)" when the
    correct decision was no rejection), or that reason's DSA statement category.
    """
    if basis == BreakdownBasis.decision_reason:
        dr = _reason_rows(f, errors_only=True)
        query = (
            select(dr.c.reason, a.c.severity, func.count().label("errors"))
            .select_from(dr.join(a, a.c.decision_id == dr.c.decision_id))
            .group_by(dr.c.reason, a.c.severity)
        )
    else:
        code = func.coalesce(
            ar.c.reason_code,
            case(
                (a.c.correct_action == Action.approve.value, CORRECT_APPROVE),
                (a.c.correct_action == Action.escalate.value, CORRECT_ESCALATE),
                else_=NO_REASON,
            ),
        )
        label = code
        source = d.join(a, a.c.decision_id == d.c.id).outerjoin(ar, ar.c.audit_id == a.c.id)
        if basis == BreakdownBasis.correct_category:
            rc = t.reason_codes
            label = func.coalesce(rc.c.statement_category, code)
            source = source.outerjoin(rc, rc.c.code == ar.c.reason_code)
        # One row per error and label: an error with two correct reasons of one category counts once.
        per_error = (
            select(a.c.id.label("audit_id"), a.c.severity, label.label("reason"))
            .select_from(source)
            .where(a.c.is_error.is_(True), *_conditions(f))
            .distinct()
            .subquery("errs")
        )
        query = select(per_error.c.reason, per_error.c.severity, func.count().label("errors")).group_by(
            per_error.c.reason, per_error.c.severity
        )
    rows = [
        ErrorBreakdownRow(reason=row.reason, severity=row.severity, errors=row.errors, basis=basis)
        for row in conn.execute(query)
    ]
    rows.sort(key=lambda x: (-x.errors, x.reason, x.severity or ""))
    return rows


def sla(conn: Connection, f: MetricsFilter, now: datetime) -> list[QueueSla]:
    """Per queue: decided items handled within the queue's SLA (from entering the queue to the
    server's receipt of the decision, which the desk cannot backdate), and the backlog by age now."""
    i = t.items
    q = t.queues
    if _is_pg(conn):
        within = d.c.received_at - i.c.enqueued_at <= func.make_interval(0, 0, 0, 0, 0, 0, q.c.sla_seconds)
    else:
        within = (
            _sqlite_epoch_ms(d.c.received_at) - _sqlite_epoch_ms(i.c.enqueued_at) <= q.c.sla_seconds * 1000
        )
    # The items behind the range's decisions lie between these ids (from the covering index),
    # so the join reads that slice of items instead of the whole table.
    # (``+ 0`` keeps PostgreSQL from walking the item_id index for min/max, filtering by date.)
    lowest, highest = conn.execute(
        select(func.min(d.c.item_id + 0), func.max(d.c.item_id + 0)).where(*_conditions(f))
    ).one()
    handled = {}
    if lowest is not None:
        handled_query = (
            select(
                d.c.queue_id,
                func.count().label("handled"),
                func.coalesce(func.sum(case((within, 1), else_=0)), 0).label("within"),
            )
            .select_from(d.join(i, i.c.id == d.c.item_id).join(q, q.c.id == d.c.queue_id))
            .where(i.c.id >= lowest, i.c.id <= highest, *_conditions(f))
            .group_by(d.c.queue_id)
        )
        handled = {row.queue_id: row for row in conn.execute(handled_query)}
    day_ago, two_days_ago = now - _DAY, now - 2 * _DAY
    backlog_query = (
        select(
            i.c.queue_id,
            func.sum(case((i.c.enqueued_at > day_ago, 1), else_=0)).label("under_24h"),
            func.sum(
                case((and_(i.c.enqueued_at <= day_ago, i.c.enqueued_at > two_days_ago), 1), else_=0)
            ).label("under_48h"),
            func.sum(case((i.c.enqueued_at <= two_days_ago, 1), else_=0)).label("over_48h"),
        )
        .where(i.c.state == "open")
        .group_by(i.c.queue_id)
    )
    if f.queue is not None:
        backlog_query = backlog_query.where(i.c.queue_id == f.queue)
    backlog = {row.queue_id: row for row in conn.execute(backlog_query)}
    queues_query = select(q.c.id, q.c.name, q.c.sla_seconds).order_by(q.c.id)
    if f.queue is not None:
        queues_query = queues_query.where(q.c.id == f.queue)
    result = []
    for queue in conn.execute(queues_query):
        h = handled.get(queue.id)
        b = backlog.get(queue.id)
        count = h.handled if h is not None else 0
        within = int(h.within) if h is not None else 0
        result.append(
            QueueSla(
                queue_id=queue.id,
                name=queue.name,
                sla_seconds=queue.sla_seconds,
                handled=count,
                within_sla=within,
                compliance=within / count if count else None,
                backlog_under_24h=int(b.under_24h) if b is not None else 0,
                backlog_under_48h=int(b.under_48h) if b is not None else 0,
                backlog_over_48h=int(b.over_48h) if b is not None else 0,
            )
        )
    return result


def flag_agreement(conn: Connection, f: MetricsFilter, targets: list[FlagTarget]) -> list[FlagAgreement]:
    """Precision and recall of each flag shown in the range against the reasons it predicts.

    ``targets`` is the policy's mapping (``Policy.flag_targets``), resolved here to reason codes
    (a statement category stands for every reason code of that category). A decision counts as a
    positive for a flag when its final decision rejects for one of the flag's reasons; the final
    decision is the auditor's correct one when an audit found an error, else the moderator's.
    Decisions whose final decision is an escalation are left out (no verdict yet). Flags without a
    mapping get their counts but no precision or recall (``mapped`` false).
    """
    wanted = _resolve_targets(conn, targets)
    final_action = case((a.c.is_error.is_(True), a.c.correct_action), else_=d.c.action)
    population = (
        select(d.c.id.label("decision_id"))
        .select_from(d.outerjoin(a, a.c.decision_id == d.c.id))
        .where(final_action != Action.escalate.value, *_conditions(f))
        .subquery("population")
    )
    total = conn.execute(select(func.count()).select_from(population)).scalar_one()
    df = t.decision_flags
    raised = dict(
        conn.execute(
            select(df.c.flag, func.count())
            .select_from(df.join(population, population.c.decision_id == df.c.decision_id))
            .group_by(df.c.flag)
        ).all()
    )
    positives: dict[str, int] = {}
    true_positives: dict[str, int] = {}
    pairs = [(flag, code) for flag, codes in wanted.items() for code in codes]
    if pairs:
        # A CTE: SQLite has no column list on a VALUES derived table, but takes one on a CTE.
        mapping = values(column("flag", String(200)), column("code", String(100)), name="mapping").data(pairs).cte()
        final = _final_reasons(f).subquery("final")
        hits = (
            select(mapping.c.flag, final.c.decision_id)
            .select_from(final.join(mapping, mapping.c.code == final.c.reason_code))
            .distinct()
            .subquery("hits")
        )
        positives = dict(conn.execute(select(hits.c.flag, func.count()).group_by(hits.c.flag)).all())
        true_positives = dict(
            conn.execute(
                select(hits.c.flag, func.count())
                .select_from(hits.join(df, and_(df.c.decision_id == hits.c.decision_id, df.c.flag == hits.c.flag)))
                .group_by(hits.c.flag)
            ).all()
        )
    rows = []
    # Every flag shown in the range, and every mapped flag with violations to find (a flag that
    # never fired on them has recall 0, which a lead must see); mapped flags with neither are noise.
    for flag in sorted(set(raised) | {f for f in wanted if positives.get(f)}):
        shown = int(raised.get(flag, 0))
        mapped = flag in wanted
        tp = int(true_positives.get(flag, 0)) if mapped else 0
        fn = int(positives.get(flag, 0)) - tp if mapped else 0
        fp = shown - tp if mapped else shown
        tn = total - tp - fp - fn
        rows.append(
            FlagAgreement(
                kind=flag,
                true_positives=tp,
                false_positives=fp,
                false_negatives=fn,
                true_negatives=tn,
                precision=tp / (tp + fp) if mapped and tp + fp else None,
                recall=tp / (tp + fn) if mapped and tp + fn else None,
                mapped=mapped,
                targets=sorted(wanted.get(flag, ())),
            )
        )
    return rows


def _resolve_targets(conn: Connection, targets: list[FlagTarget]) -> dict[str, set[str]]:
    """flag key -> the reason codes it predicts (statement categories expanded to their codes)."""
    by_category: dict[str, set[str]] = {}
    for code, category in conn.execute(select(t.reason_codes.c.code, t.reason_codes.c.statement_category)):
        by_category.setdefault(category, set()).add(code)
    resolved: dict[str, set[str]] = {}
    for target in targets:
        codes = resolved.setdefault(target.flag, set())
        codes.update(target.reason_codes)
        for category in target.statement_categories:
            codes.update(by_category.get(category, ()))
    return resolved


def _final_reasons(f: MetricsFilter):
    """(decision_id, reason_code) of every final rejection in the range: the moderator's reasons
    unless an audit found an error, then the auditor's correct reasons."""
    kept = (
        select(d.c.id.label("decision_id"), r.c.reason_code)
        .select_from(d.join(r, r.c.decision_id == d.c.id).outerjoin(a, a.c.decision_id == d.c.id))
        .where(d.c.action == Action.reject.value, or_(a.c.id.is_(None), a.c.is_error.is_(False)), *_conditions(f))
    )
    corrected = (
        select(d.c.id.label("decision_id"), ar.c.reason_code)
        .select_from(d.join(a, a.c.decision_id == d.c.id).join(ar, ar.c.audit_id == a.c.id))
        .where(a.c.is_error.is_(True), a.c.correct_action == Action.reject.value, *_conditions(f))
    )
    return union_all(kept, corrected)


def drill_down(
    conn: Connection,
    f: MetricsFilter,
    *,
    audited: bool | None = None,
    errors: bool | None = None,
    limit: int = 50,
    offset: int = 0,
) -> DrillDownPage:
    """The decisions behind a number, newest first, with their audit; ``total`` counts them all."""
    conds = _conditions(f)
    needs_audits = audited is not None or errors is not None
    if audited is True:
        conds.append(_audited_condition(f))
    elif audited is False:
        conds.append(~_audited_condition(f))
    if errors is True:
        conds.append(_error_condition(f))
    elif errors is False:
        conds.append(~_error_condition(f))
    joined = _reviewed(f, d, d.c.id)
    total = conn.execute(
        select(func.count()).select_from(joined if needs_audits else d).where(*conds)
    ).scalar_one()
    query = (
        select(
            d.c.id,
            d.c.decided_at,
            d.c.moderator,
            d.c.queue_id,
            d.c.listing_id,
            d.c.listing_version,
            d.c.category,
            d.c.action,
            d.c.reason_codes,
            d.c.time_spent_ms,
            a.c.id.label("audit_id"),
            a.c.is_error,
            a.c.severity,
            a.c.comment,
            (_REVERSED.c.decision_id.is_not(None) if f.reversal_errors else literal_column("0")).label("reversed"),
        )
        .select_from(joined)
        .where(*conds)
        .order_by(d.c.received_at.desc(), d.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    rows = [
        DrillDownRow(
            decision_id=row.id,
            decided_at=row.decided_at,
            moderator=row.moderator,
            queue_id=row.queue_id,
            listing_id=row.listing_id,
            listing_version=row.listing_version,
            category=row.category,
            action=Action(row.action),
            reason_codes=json.loads(row.reason_codes),
            time_spent_ms=row.time_spent_ms,
            audited=row.audit_id is not None or bool(row.reversed),
            is_error=bool(row.is_error) or bool(row.reversed),
            severity=row.severity,
            audit_comment=row.comment if row.audit_id is not None else (REVERSED if row.reversed else None),
        )
        for row in conn.execute(query)
    ]
    return DrillDownPage(rows=rows, total=total)


def decision_modes(conn: Connection, f: MetricsFilter) -> dict[tuple[str, bool], tuple[int, int, int]]:
    """(moderator, taken in a cluster decision) -> (decisions, audited, errors) over the range."""
    in_cluster = d.c.cluster_decision_id.is_not(None)
    query = (
        select(
            d.c.moderator,
            in_cluster.label("in_cluster"),
            func.count().label("decisions"),
            _audited(f).label("audited"),
            func.coalesce(func.sum(_is_error(f)), 0).label("errors"),
        )
        .select_from(_reviewed(f, d, d.c.id))
        .where(*_conditions(f))
        .group_by(d.c.moderator, in_cluster)
    )
    return {(r.moderator, bool(r.in_cluster)): (r.decisions, int(r.audited), int(r.errors)) for r in conn.execute(query)}
