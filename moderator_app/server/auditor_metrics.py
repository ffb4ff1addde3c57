"""Grading the graders: each auditor's productivity and how they agree with the other reviewers.

- Productivity and findings come from the blind audits recorded in the range (by the UTC day of
  the verdict): how many, how long each took (from claiming the sample to the verdict), audits per
  active hour (``core.metrics.active_time`` over those spans), how often they found an error and
  how severe, how often their correct decision differs from their own blind one.
- Their findings are checked by the disputes on them: how many were contested and how many a lead
  overturned (the auditor was wrong).
- Agreement between reviewers comes from calibration sets, where several reviewers decide the
  same listings: per pair of reviewers over the items both answered in the range, the share of
  equal decisions and Cohen's kappa (``core.metrics``); per reviewer, the share of the other
  reviewers' answers that match theirs and their mean kappa against each other reviewer.

Audits are a few percent of decisions, so their rows are read and summarised in Python.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Hashable
from datetime import timedelta

from sqlalchemy import Connection, select

from moderator_app.core.metrics import (
    active_time,
    pairwise_cohen_kappa,
    percent_agreement,
    reviewer_agreement,
)
from moderator_app.core.qa_schema import AuditorMetrics, AuditorPair
from moderator_app.server import tables as t
from moderator_app.server.metrics_sql import MetricsFilter

a = t.audits
MIN_ACTIVE_HOURS = 0.25  # below a quarter of an hour of auditing, no audits-per-hour figure


def _calibration_ratings(conn: Connection, f: MetricsFilter) -> dict[Hashable, dict[str, str]]:
    """(set id, listing id) -> {reviewer: action}, for answers given in the range."""
    answers = t.calibration_answers
    rows = conn.execute(
        select(answers.c.set_id, answers.c.listing_id, t.users.c.username, answers.c.action)
        .select_from(answers.join(t.users, t.users.c.id == answers.c.reviewer_id))
        .where(answers.c.answered_at >= f.start, answers.c.answered_at < f.end)
    ).all()
    ratings: dict[Hashable, dict[str, str]] = defaultdict(dict)
    for set_id, listing_id, reviewer, action in rows:
        ratings[(set_id, listing_id)][reviewer] = action
    return ratings


def auditor_pairs(conn: Connection, f: MetricsFilter) -> list[AuditorPair]:
    """Every pair of calibration reviewers with items in common in the range, by name."""
    ratings = _calibration_ratings(conn, f)
    kappas = pairwise_cohen_kappa(ratings)
    pairs = []
    for (left, right), kappa in sorted(kappas.items()):
        shared = [(v[left], v[right]) for v in ratings.values() if left in v and right in v]
        pairs.append(
            AuditorPair(
                reviewer_a=str(left),
                reviewer_b=str(right),
                items=len(shared),
                agreement=percent_agreement([x for x, _ in shared], [y for _, y in shared]),
                cohen_kappa=kappa,
            )
        )
    return pairs


def auditor_metrics(conn: Connection, f: MetricsFilter, auditor: str | None = None) -> list[AuditorMetrics]:
    """One row per auditor with blind audits or calibration answers in the range, by name."""
    audits = conn.execute(
        select(
            a.c.id,
            a.c.auditor,
            a.c.agree,
            a.c.severity,
            a.c.blind_action,
            a.c.correct_action,
            a.c.audited_at,
            a.c.time_spent_ms,
            t.disputes.c.state.label("dispute_state"),
        )
        .select_from(a.outerjoin(t.disputes, t.disputes.c.audit_id == a.c.id))
        .where(
            a.c.source == "qa",
            a.c.auditor.is_not(None),
            a.c.audited_at >= f.start,
            a.c.audited_at < f.end,
        )
    ).all()
    by_auditor: dict[str, list] = defaultdict(list)
    for row in audits:
        by_auditor[row.auditor].append(row)
    ratings = _calibration_ratings(conn, f)
    answered: dict[str, int] = defaultdict(int)
    for by_reviewer in ratings.values():
        for reviewer in by_reviewer:
            answered[reviewer] += 1
    with_others = reviewer_agreement(ratings)
    kappas_of: dict[str, list[float]] = defaultdict(list)
    for (left, right), kappa in pairwise_cohen_kappa(ratings).items():
        kappas_of[str(left)].append(kappa)
        kappas_of[str(right)].append(kappa)
    staff = dict(
        conn.execute(
            select(t.users.c.username, t.users.c.display_name).where(
                t.users.c.role.in_(("qa", "lead", "admin"))
            )
        ).all()
    )
    names = (set(by_auditor) | (set(answered) & set(staff))) if auditor is None else {auditor}
    result = []
    for name in sorted(names):
        rows = by_auditor.get(name, [])
        spans = [
            (row.audited_at - timedelta(milliseconds=row.time_spent_ms), row.audited_at)
            for row in rows
            if row.time_spent_ms is not None
        ]
        hours = active_time(spans) / timedelta(hours=1) if spans else 0.0
        # A rate over a few minutes of work says nothing (and a scripted audit takes milliseconds).
        hours = hours if hours >= MIN_ACTIVE_HOURS else 0.0
        disagreements = [row for row in rows if not row.agree]
        settled = [row for row in rows if row.dispute_state in ("upheld", "overturned")]
        overturned = sum(1 for row in rows if row.dispute_state == "overturned")
        kappas = kappas_of.get(name, [])
        result.append(
            AuditorMetrics(
                auditor=name,
                display_name=staff.get(name, name),
                audits=len(rows),
                disagreements=len(disagreements),
                disagreement_rate=len(disagreements) / len(rows) if rows else None,
                critical=sum(1 for row in disagreements if row.severity == "critical"),
                major=sum(1 for row in disagreements if row.severity == "major"),
                minor=sum(1 for row in disagreements if row.severity == "minor"),
                changed_after_reveal=sum(
                    1 for row in rows if row.blind_action is not None and row.blind_action != row.correct_action
                ),
                median_audit_seconds=statistics.median(r.time_spent_ms / 1000 for r in rows if r.time_spent_ms is not None)
                if spans
                else None,
                audits_per_active_hour=len(spans) / hours if hours > 0 else None,
                disputed=sum(1 for row in rows if row.dispute_state is not None),
                overturned=overturned,
                overturn_rate=overturned / len(settled) if settled else None,
                calibration_items=answered.get(name, 0),
                calibration_agreement=with_others.get(name),
                calibration_kappa=statistics.fmean(kappas) if kappas else None,
            )
        )
    return result

