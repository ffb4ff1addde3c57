"""Choosing decisions for blind QA review, inside the decision's own transaction.

Each queue has a rule (core.qa_schema.SamplingRule; defaults for a queue without a row). A
decision is sampled with the highest applicable rate (base, new moderator, moderator above the
error threshold over the last 30 days of audits), times its outcome's factor, capped at 1. The
draw uses the process's random generator, which nothing a moderator sees depends on, and the
decision's response is the same either way: a moderator cannot tell which decisions are audited.

The decision hot path stays cheap: the rules and each moderator's status are cached per server
process for about a minute (``ctx.qa_cache``), so a decision that is not sampled costs no query
here, and a sampled one costs one INSERT. Golden items are graded here as well (see golden.py).
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, bindparam, case, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from moderator_app.core.qa_schema import SamplingRule, SamplingRuleUpdate
from moderator_app.core.schema import Action, DecisionRequest
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry
from moderator_app.server.auth import Principal
from moderator_app.server.context import ServerContext
from moderator_app.server.problems import not_found
from moderator_app.server.qa import golden as golden_mod

log = logging.getLogger(__name__)

CACHE_SECONDS = 60.0
STATUS_WINDOW = timedelta(days=30)
_RULES_KEY = "rules"

_INSERT_SAMPLE = insert(t.qa_samples)
_USER_CREATED = select(t.users.c.created_at).where(t.users.c.id == bindparam("b_user"))
_AUDIT_COUNTS = select(
    func.count(),
    func.coalesce(func.sum(case((t.audits.c.is_error, 1), else_=0)), 0),
).where(t.audits.c.moderator_id == bindparam("b_user"), t.audits.c.audited_at >= bindparam("b_since"))


@dataclass(frozen=True)
class ModeratorStatus:
    """What sampling needs to know about a moderator: account age and recent audit results."""

    created_at: datetime
    audited: int  # audits over the status window
    errors: int


# --- rules -----------------------------------------------------------------------------------


def rule_from_row(queue_id: str, row) -> SamplingRule:
    """The queue's rule; the defaults when it has no row."""
    if row is None:
        return SamplingRule(queue_id=queue_id)
    return SamplingRule(
        queue_id=queue_id,
        base_rate=row.base_rate,
        new_moderator_rate=row.new_moderator_rate,
        new_moderator_days=row.new_moderator_days,
        error_threshold=row.error_threshold,
        high_error_rate=row.high_error_rate,
        approve_factor=row.approve_factor,
        reject_factor=row.reject_factor,
        escalate_factor=row.escalate_factor,
        cluster_factor=row.cluster_factor,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
    )


def list_rules(conn: Connection) -> list[SamplingRule]:
    """One rule per queue, ordered by queue id."""
    rows = conn.execute(
        select(t.queues.c.id.label("qid"), t.qa_rules)
        .select_from(t.queues.outerjoin(t.qa_rules, t.qa_rules.c.queue_id == t.queues.c.id))
        .order_by(t.queues.c.id)
    ).all()
    return [rule_from_row(r.qid, r if r.queue_id is not None else None) for r in rows]


def put_rule(ctx: ServerContext, user: Principal, queue_id: str, body: SamplingRuleUpdate) -> SamplingRule:
    """Create or replace the queue's rule (audited); this process applies it at once, others
    within CACHE_SECONDS."""
    now = ctx.now()
    values = {**body.model_dump(), "updated_by": user.username, "updated_at": now}
    with ctx.db.write() as conn:
        if conn.execute(select(t.queues.c.id).where(t.queues.c.id == queue_id)).first() is None:
            raise not_found(f"Queue {queue_id!r} does not exist.")
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(t.qa_rules).values(queue_id=queue_id, **values)
        conn.execute(stmt.on_conflict_do_update(index_elements=[t.qa_rules.c.queue_id], set_=values))
        row = conn.execute(select(t.qa_rules).where(t.qa_rules.c.queue_id == queue_id)).one()
        # Last: the audit chain's head stays locked until the commit.
        append_entry(
            conn,
            ctx.db.audit_key,
            at=now,
            actor=user.username,
            kind="qa.rule_updated",
            payload={"queue_id": queue_id, **body.model_dump()},
        )
    ctx.qa_cache.pop(_RULES_KEY, None)
    return rule_from_row(queue_id, row)


def _cached_rule(ctx: ServerContext, conn: Connection, queue_id: str) -> SamplingRule:
    clock = time.monotonic()
    hit = ctx.qa_cache.get(_RULES_KEY)
    if hit is None or clock - hit[0] >= CACHE_SECONDS:
        rows = conn.execute(select(t.qa_rules)).all()
        hit = (clock, {r.queue_id: rule_from_row(r.queue_id, r) for r in rows})
        ctx.qa_cache[_RULES_KEY] = hit
    rule = hit[1].get(queue_id)
    if rule is None:  # the defaults, built once per cache period
        rule = hit[1].setdefault(queue_id, SamplingRule(queue_id=queue_id))
    return rule


# --- moderator status ------------------------------------------------------------------------


def forget_moderator(ctx: ServerContext, moderator_id: int) -> None:
    """Drop the cached status after a new audit result, so this process sees it at once."""
    ctx.qa_cache.pop(("moderator", moderator_id), None)


def _cached_status(ctx: ServerContext, conn: Connection, user_id: int, now: datetime) -> ModeratorStatus:
    clock = time.monotonic()
    key = ("moderator", user_id)
    hit = ctx.qa_cache.get(key)
    if hit is not None and clock - hit[0] < CACHE_SECONDS:
        return hit[1]
    created_at = conn.execute(_USER_CREATED, {"b_user": user_id}).scalar_one()
    audited, errors = conn.execute(_AUDIT_COUNTS, {"b_user": user_id, "b_since": now - STATUS_WINDOW}).one()
    status = ModeratorStatus(created_at, int(audited), int(errors))
    ctx.qa_cache[key] = (clock, status)
    return status


# --- the draw --------------------------------------------------------------------------------


def _factor(rule: SamplingRule, action: Action) -> float:
    return {
        Action.approve: rule.approve_factor,
        Action.reject: rule.reject_factor,
        Action.escalate: rule.escalate_factor,
    }[action]


def sampling_rate(
    rule: SamplingRule, status: ModeratorStatus, action: Action, now: datetime
) -> tuple[float, str]:
    """(probability, rule name) for one decision: the highest applicable rate times the
    outcome's factor, capped at 1. Rule names: "base", "new_moderator", "high_error"."""
    candidates = [(rule.base_rate, "base")]
    if status.created_at > now - timedelta(days=rule.new_moderator_days):
        candidates.append((rule.new_moderator_rate, "new_moderator"))
    if status.audited and status.errors / status.audited > rule.error_threshold:
        candidates.append((rule.high_error_rate, "high_error"))
    rate, name = max(candidates, key=lambda c: c[0])
    return min(1.0, rate * _factor(rule, action)), name


def after_decision(
    conn: Connection,
    ctx: ServerContext,
    user: Principal,
    item,
    req: DecisionRequest,
    decision_id: int,
    now: datetime,
    *,
    decided_at: datetime | None = None,
    golden=None,
    in_cluster: bool = False,
) -> dict | None:
    """Called by decisions.record_decision in the decision's transaction, before its audit entry.

    Grades a golden item (``golden``: a row with its expected_action and expected_reason_codes,
    read with the item in decisions.record_decision) and returns what the decision's entry records of the
    grading, or else maybe puts the decision in the QA queue (and returns None). Changes nothing
    the decision's response shows.
    """
    if golden is not None:
        graded = golden_mod.grade(conn, ctx, user, item, req, decision_id, now, decided_at or now, golden)
        forget_moderator(ctx, user.id)
        return graded
    rule = _cached_rule(ctx, conn, item.queue_id)
    if (
        _factor(rule, req.action) == 0
        or max(rule.base_rate, rule.new_moderator_rate, rule.high_error_rate) == 0
        or (in_cluster and rule.cluster_factor == 0)
    ):
        return None  # nothing could be sampled: skip the status lookup
    status = _cached_status(ctx, conn, user.id, now)
    rate, name = sampling_rate(rule, status, req.action, now)
    if in_cluster:  # decided in a cluster decision: the queue's own factor for those
        rate = min(1.0, rate * rule.cluster_factor)
    if rate > 0 and random.random() < rate:
        conn.execute(
            _INSERT_SAMPLE,
            {
                "decision_id": decision_id,
                "queue_id": item.queue_id,
                "rule": name,
                "sampled_at": now,
                "state": "open",
            },
        )
    return None
