"""Appeal and reversal rates per moderator, reason and queue, computed in SQL.

A decision belongs to the range by its ``decided_at`` (as in the other lead metrics); its appeals
are counted whenever they were filed. Decisions taken on appeal are left out: they are the
outcome of an appeal, not decisions that can be appealed. The reversal rate is reversals over
decided appeals, with its 95% Wilson interval.
"""

from __future__ import annotations

from sqlalchemy import Connection, case, func, select

from moderator_app.core.dsa_schema import AppealRateRow
from moderator_app.core.metrics import wilson_interval
from moderator_app.core.qa_schema import GroupBy
from moderator_app.server import tables as t
from moderator_app.server.dsa.config import APPEALS_QUEUE
from moderator_app.server.metrics_sql import MetricsFilter, _conditions, _reason_rows

d = t.decisions
ap = t.appeals


def appeal_rates(conn: Connection, f: MetricsFilter, group_by: GroupBy) -> list[AppealRateRow]:
    if group_by == GroupBy.reason:
        dr = _reason_rows(f)
        group, decision_id = dr.c.reason, dr.c.decision_id
        source = dr.join(d, d.c.id == dr.c.decision_id)
        conds = [d.c.queue_id != APPEALS_QUEUE]
    else:
        group = {
            GroupBy.moderator: d.c.moderator,
            GroupBy.queue: d.c.queue_id,
            GroupBy.category: func.coalesce(d.c.category, "(none)"),
        }[group_by]
        decision_id = d.c.id
        source = d
        conds = [*_conditions(f), d.c.queue_id != APPEALS_QUEUE]
    query = (
        select(
            group.label("grp"),
            func.count(func.distinct(decision_id)).label("decisions"),
            func.count(ap.c.id).label("appeals"),
            func.coalesce(func.sum(case((ap.c.state == "decided", 1), else_=0)), 0).label("decided"),
            func.coalesce(func.sum(case((ap.c.outcome == "reverse", 1), else_=0)), 0).label("reversals"),
        )
        .select_from(source.outerjoin(ap, ap.c.decision_id == decision_id))
        .where(*conds)
        .group_by(group)
    )
    rows = []
    for row in conn.execute(query):
        decided, reversals = int(row.decided), int(row.reversals)
        low, high = wilson_interval(reversals, decided) if decided else (None, None)
        rows.append(
            AppealRateRow(
                group=row.grp,
                decisions=row.decisions,
                appeals=row.appeals,
                appeal_rate=row.appeals / row.decisions if row.decisions else None,
                decided_appeals=decided,
                reversals=reversals,
                reversal_rate=reversals / decided if decided else None,
                ci_low=low,
                ci_high=high,
            )
        )
    rows.sort(key=lambda r: r.group)
    return rows
