"""Lead metrics (read-only): error rates, per-moderator figures, trends, SLA, flag agreement and
the drill-down to the decisions behind a number. See core.qa_schema for the wire shapes and
server.metrics_sql for the queries.

Staff (lead, qa, admin) may ask anything; a moderator only about themselves, by passing
``moderator=<their username>`` (anything else is a 403 ``forbidden_metrics``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from moderator_app.core.cluster_schema import ClusterDecisionMetrics
from moderator_app.core.metrics import error_rate_row
from moderator_app.core.qa_schema import (
    AuditorMetrics,
    AuditorPair,
    BreakdownBasis,
    DrillDownPage,
    ErrorBreakdownRow,
    ErrorRateRow,
    FlagAgreement,
    GroupBy,
    ModeratorMetrics,
    Period,
    QueueSla,
    TrendPoint,
)
from moderator_app.core.schema import Role
from moderator_app.server import metrics_sql
from moderator_app.server import tables as t
from moderator_app.server.auditor_metrics import auditor_metrics, auditor_pairs
from moderator_app.server.auth import Principal, current_user
from moderator_app.server.context import Ctx
from moderator_app.server.dsa.config import load_settings as load_dsa_settings
from moderator_app.server.metrics_sql import MAX_RANGE_DAYS, MetricsFilter
from moderator_app.server.params import Offset
from moderator_app.server.problems import ApiError, invalid, problem_responses
from moderator_app.server.routes.policy import current_flag_targets

log = logging.getLogger(__name__)
router = APIRouter(tags=["metrics"])

_RESPONSES = problem_responses(401, 403, 422)
_NAME = Query(min_length=1, max_length=200)
FromDay = Annotated[date, Query(alias="from", description="First UTC day, inclusive (YYYY-MM-DD)")]
ToDay = Annotated[date, Query(alias="to", description="Last UTC day, inclusive (YYYY-MM-DD)")]


def metrics_filter(
    user: Annotated[Principal, Depends(current_user)],
    ctx: Ctx,
    date_from: FromDay,
    date_to: ToDay,
    moderator: Annotated[str | None, _NAME] = None,
    queue: Annotated[str | None, _NAME] = None,
    reason: Annotated[str | None, _NAME] = None,
    category: Annotated[str | None, _NAME] = None,
) -> MetricsFilter:
    """The validated range and filters of a metrics request, after the role rule."""
    if user.role == Role.moderator and moderator != user.username:
        raise ApiError(
            403,
            "A moderator may only see their own metrics: pass moderator=<your username>.",
            code="forbidden_metrics",
        )
    _check_range(date_from, date_to)
    # A QA auditor must not narrow a figure down to a decision waiting for their blind audit.
    with ctx.db.read() as conn:
        reversal_errors = load_dsa_settings(conn).reversal_counts_as_error
    return MetricsFilter(
        date_from,
        date_to,
        moderator,
        queue,
        reason,
        category,
        hide_pending_samples=user.role == Role.qa,
        reversal_errors=reversal_errors,
    )


def _check_range(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        raise invalid("'to' is before 'from'.", "query.to")
    if (date_to - date_from).days + 1 > MAX_RANGE_DAYS:
        raise invalid(f"The range may span at most {MAX_RANGE_DAYS} days.", "query.to")


Filter = Annotated[MetricsFilter, Depends(metrics_filter)]


@router.get("/metrics/error-rates", response_model=list[ErrorRateRow], responses=_RESPONSES)
def error_rates(
    f: Filter, ctx: Ctx, group_by: GroupBy = GroupBy.moderator, period: Period = Period.all
) -> list[ErrorRateRow]:
    """Decisions, audits, errors and the error rate with its 95% Wilson interval, per group."""
    with ctx.db.read() as conn:
        metrics_sql.prepare(conn)
        return metrics_sql.error_rates(conn, f, group_by, period, ctx.now().date())


@router.get("/metrics/moderators", response_model=list[ModeratorMetrics], responses=_RESPONSES)
def moderators(f: Filter, ctx: Ctx) -> list[ModeratorMetrics]:
    """Per moderator: volume, active hours, throughput, handling time, errors by severity."""
    with ctx.db.read() as conn:
        metrics_sql.prepare(conn)
        return metrics_sql.moderators(conn, f)


@router.get("/metrics/trends", response_model=list[TrendPoint], responses=_RESPONSES)
def trends(f: Filter, ctx: Ctx, period: Period = Period.week) -> list[TrendPoint]:
    """One point per day or ISO week of the range (empty periods included), oldest first, with
    the audit coverage and the samples still waiting; partial periods are marked."""
    with ctx.db.read() as conn:
        metrics_sql.prepare(conn)
        return metrics_sql.trends(conn, f, period, ctx.now().date())


@router.get("/metrics/error-breakdown", response_model=list[ErrorBreakdownRow], responses=_RESPONSES)
def error_breakdown(
    f: Filter, ctx: Ctx, by: BreakdownBasis = BreakdownBasis.decision_reason
) -> list[ErrorBreakdownRow]:
    """Errors by severity and by the moderator's reason code (`by=decision_reason`), the auditor's
    correct reason (`correct_reason`: the policy that was missed) or its DSA statement category
    (`correct_category`), the most errors first."""
    with ctx.db.read() as conn:
        metrics_sql.prepare(conn)
        return metrics_sql.error_breakdown(conn, f, by)


@router.get("/metrics/sla", response_model=list[QueueSla], responses=_RESPONSES)
def sla(f: Filter, ctx: Ctx) -> list[QueueSla]:
    """Per queue: the share of items decided in the range within the SLA, and the backlog now."""
    with ctx.db.read() as conn:
        metrics_sql.prepare(conn)
        return metrics_sql.sla(conn, f, ctx.now())


@router.get("/metrics/flag-agreement", response_model=list[FlagAgreement], responses=_RESPONSES)
def flag_agreement(f: Filter, ctx: Ctx) -> list[FlagAgreement]:
    """Precision and recall of each flag shown to moderators against the reasons the policy maps
    it to (`Policy.flag_targets`), on final decisions; unmapped flags have counts only."""
    with ctx.db.read() as conn:
        metrics_sql.prepare(conn)
        return metrics_sql.flag_agreement(conn, f, current_flag_targets(conn))


@router.get("/metrics/decisions", response_model=DrillDownPage, responses=_RESPONSES)
def drill_down(
    f: Filter,
    ctx: Ctx,
    audited: bool | None = None,
    errors: bool | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Offset = 0,
) -> DrillDownPage:
    """The decisions behind a figure, newest first, with their audit, one page at a time."""
    with ctx.db.read() as conn:
        metrics_sql.prepare(conn)
        return metrics_sql.drill_down(conn, f, audited=audited, errors=errors, limit=limit, offset=offset)


@router.get("/metrics/cluster-decisions", response_model=list[ClusterDecisionMetrics], responses=_RESPONSES)
def cluster_decisions(f: Filter, ctx: Ctx) -> list[ClusterDecisionMetrics]:
    """Per moderator (and in total, "(all)"): cluster decisions, members left out, and the error rate
    of the decisions taken in clusters beside that of the decisions taken alone."""
    cd = t.cluster_decisions
    with ctx.db.read() as conn:
        metrics_sql.prepare(conn)
        modes = metrics_sql.decision_modes(conn, f)
        conditions = [cd.c.received_at >= f.start, cd.c.received_at < f.end]
        if f.moderator is not None:
            conditions.append(cd.c.moderator == f.moderator)
        bulk = conn.execute(select(cd.c.moderator, cd.c.excluded_item_ids).where(*conditions)).all()
    counts: dict[str, list[int]] = {}
    for moderator, excluded in bulk:
        entry = counts.setdefault(moderator, [0, 0])
        entry[0] += 1
        entry[1] += len(json.loads(excluded))
    names = sorted({m for m, _ in modes} | set(counts))
    rows = [_mode_row(name, [modes.get((name, flag), (0, 0, 0)) for flag in (True, False)], counts.get(name, [0, 0])) for name in names]
    if len(names) > 1:
        totals = [tuple(map(sum, zip(*(modes.get((n, flag), (0, 0, 0)) for n in names), strict=True))) for flag in (True, False)]
        rows.append(_mode_row("(all)", totals, [sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())]))
    return rows


def _mode_row(name: str, modes: list[tuple[int, int, int]], counts: list[int]) -> ClusterDecisionMetrics:
    (in_d, in_a, in_e), (alone_d, alone_a, alone_e) = modes
    return ClusterDecisionMetrics(
        moderator=name,
        cluster_decisions=counts[0],
        excluded=counts[1],
        in_clusters=ErrorRateRow(**asdict(error_rate_row("in clusters", in_d, in_a, in_e))),
        alone=ErrorRateRow(**asdict(error_rate_row("alone", alone_d, alone_a, alone_e))),
    )


@router.get("/metrics/auditors", response_model=list[AuditorMetrics], responses=_RESPONSES)
def auditors(
    user: Annotated[Principal, Depends(current_user)],
    ctx: Ctx,
    date_from: FromDay,
    date_to: ToDay,
    auditor: Annotated[str | None, _NAME] = None,
) -> list[AuditorMetrics]:
    """Grading the graders: per auditor, audits done, time per audit, audits per active hour,
    findings by severity, findings overturned on dispute, and agreement with the other reviewers
    of calibration sets. Leads and admins see everyone; a QA auditor only themselves
    (`auditor=<their username>`); moderators get 403."""
    if user.role == Role.moderator or (user.role == Role.qa and auditor != user.username):
        raise ApiError(
            403, "Auditor figures are for leads; an auditor may pass auditor=<your username>.", code="forbidden_metrics"
        )
    _check_range(date_from, date_to)
    with ctx.db.read() as conn:
        return auditor_metrics(conn, MetricsFilter(date_from, date_to), auditor)


@router.get("/metrics/auditor-agreement", response_model=list[AuditorPair], responses=_RESPONSES)
def auditor_agreement(
    user: Annotated[Principal, Depends(current_user)],
    ctx: Ctx,
    date_from: FromDay,
    date_to: ToDay,
) -> list[AuditorPair]:
    """Reviewer against reviewer over the calibration items both answered in the range: the share
    of equal decisions and Cohen's kappa. Leads, QA and admins."""
    if user.role == Role.moderator:
        raise ApiError(403, "Reviewer agreement is for leads and QA.", code="forbidden_metrics")
    _check_range(date_from, date_to)
    with ctx.db.read() as conn:
        return auditor_pairs(conn, MetricsFilter(date_from, date_to))
