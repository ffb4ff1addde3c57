"""Deciding a cluster: one decision per member, all in one transaction, exactly once.

Each member's decision is an ordinary decision (``server.decisions``): its own row, its own audit
entry, its own statement of reasons when it restricts, its own QA draw, its idempotency key
``core.cluster_schema.member_key(cluster key, item id)``. The cluster decision adds a row in
``cluster_decisions`` (what was decided, which members were left out, and the evidence that linked
them at that moment) and one audit entry (``cluster.decision``) after its members' entries.

All or none: every member must still be leased to the caller through a claim of this cluster
(``cluster_leases``), at the version the desk saw, and the decision must be valid in every
member's queue; otherwise nothing is recorded and the problem lists each member at fault. A retry
with the same key and body answers with the stored result; a different body under the same key is
a 409, as for a single decision.

The time spent in the cluster view is shared out between the members: each gets an equal part,
and their ``decided_at`` follow one another up to the decision's time, so that summed handling
time and active time both equal the time the moderator spent.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import IntegrityError

from moderator_app.core.cluster_schema import (
    ClusterDecisionRequest,
    ClusterDecisionResult,
    ClusterEvidence,
    member_key,
)
from moderator_app.core.decision_rules import check_decision
from moderator_app.core.schema import Action, DecisionRequest
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry, canonical_json
from moderator_app.server.audit_facts import cluster_decision_facts
from moderator_app.server.auth import Principal
from moderator_app.server.clusters.claims import cluster_lease_ok
from moderator_app.server.clusters.reading import live_cluster, role_limit
from moderator_app.server.clusters.settings import load_settings
from moderator_app.server.context import ServerContext
from moderator_app.server.decisions import (
    ClusterLink,
    decision_time,
    lease_problem,
    lock_item,
    record_decision,
    request_digest,
    result_from_row,
)
from moderator_app.server.dsa.hooks import with_extras
from moderator_app.server.listings import queue_rules
from moderator_app.server.problems import ApiError, conflict, forbidden, invalid

log = logging.getLogger(__name__)
cd = t.cluster_decisions


class _Replayed(Exception):
    """A copy of the request committed while this one waited for its members: answer with it."""

    def __init__(self, result: ClusterDecisionResult) -> None:
        self.result = result


def cluster_request_digest(req: ClusterDecisionRequest) -> str:
    return hashlib.sha256(canonical_json(req.model_dump(mode="json")).encode("utf-8")).hexdigest()


def apply_cluster_decision(
    ctx: ServerContext, user: Principal, req: ClusterDecisionRequest
) -> tuple[ClusterDecisionResult, bool]:
    """Apply the cluster decision, or return the stored one for a retry: (result, replayed)."""
    digest = cluster_request_digest(req)
    try:
        with ctx.db.write() as conn:
            stored = _replay(conn, req, user, digest)
            if stored is not None:
                return stored, True
            return _apply(ctx, conn, user, req, digest), False
    except _Replayed as replayed:
        return replayed.result, True
    except IntegrityError:
        with ctx.db.read() as conn:  # a copy of this request committed first
            stored = _replay(conn, req, user, digest)
        if stored is None:
            raise
        return stored, True


def _replay(
    conn: Connection, req: ClusterDecisionRequest, user: Principal, digest: str
) -> ClusterDecisionResult | None:
    row = conn.execute(select(cd).where(cd.c.idempotency_key == str(req.idempotency_key))).first()
    if row is None:
        return None
    if row.moderator_id != user.id or row.request_digest != digest:
        raise conflict(
            "This idempotency key was already used for a different cluster decision; generate a new key per decision.",
            "idempotency_key_reused",
        )
    return result_of(conn, row)


def result_of(conn: Connection, row) -> ClusterDecisionResult:
    decisions = conn.execute(
        select(t.decisions).where(t.decisions.c.cluster_decision_id == row.id).order_by(t.decisions.c.item_id)
    ).all()
    return ClusterDecisionResult(
        cluster_decision_id=row.id,
        idempotency_key=row.idempotency_key,
        cluster_id=row.cluster_id,
        moderator=row.moderator,
        action=Action(row.action),
        reason_codes=json.loads(row.reason_codes),
        escalate_to=row.escalate_to,
        decisions=with_extras(conn, [result_from_row(r) for r in decisions]),
        excluded_item_ids=json.loads(row.excluded_item_ids),
        decided_at=row.decided_at,
        received_at=row.received_at,
        evidence=[ClusterEvidence.model_validate(e) for e in json.loads(row.evidence)],
    )


def _check_request(req: ClusterDecisionRequest, user: Principal, conn: Connection) -> None:
    ids = [m.item_id for m in req.members]
    if len(set(ids)) != len(ids):
        raise invalid("A member is listed twice.", "body.members", "duplicate_member")
    if set(ids) & set(req.excluded_item_ids):
        raise invalid(
            "A member cannot be both decided and excluded.",
            "body.excluded_item_ids",
            "excluded_member_decided",
        )
    may, max_size = role_limit(load_settings(conn), user)
    if not may:
        raise forbidden(f"The {user.role.value} role may not decide clusters.", "cluster_not_allowed")
    if max_size is not None and len(ids) > max_size:
        raise forbidden(
            f"{len(ids)} listings in one cluster decision; your role may decide up to {max_size}.",
            "cluster_too_large",
        )


def _apply(
    ctx: ServerContext, conn: Connection, user: Principal, req: ClusterDecisionRequest, digest: str
) -> ClusterDecisionResult:
    _check_request(req, user, conn)
    now = ctx.now()
    ordered = sorted(req.members, key=lambda m: m.item_id)  # rows are locked in id order everywhere
    keys = {m.item_id: member_key(req.idempotency_key, m.item_id) for m in ordered}
    items, problems = {}, []
    position = {m.item_id: k for k, m in enumerate(req.members)}
    for member in ordered:
        item = lock_item(conn, member.item_id, str(keys[member.item_id]))
        items[member.item_id] = item
        problem = _member_problem(conn, ctx, user, req, member, item, now)
        if problem is not None:
            problems.append(
                {"loc": f"body.members[{position[member.item_id]}]", "msg": problem[1], "code": problem[0]}
            )
    if problems:
        stored = _replay(conn, req, user, digest)  # a copy of this request may have committed meanwhile
        if stored is not None:
            raise _Replayed(stored)
        codes = {p["code"] for p in problems}
        status = 422 if codes <= _INVALID_CODES else 409
        raise ApiError(
            status,
            f"{len(problems)} of the {len(req.members)} members cannot be decided; nothing was recorded.",
            code=codes.pop() if len(codes) == 1 else "cluster_members_conflict",
            errors=problems,
        )
    leased_at = max((items[m.item_id].leased_at for m in ordered if items[m.item_id].leased_at), default=None)
    decided_at = decision_time(req.decided_at, leased_at, now)
    settings = load_settings(conn)
    live = live_cluster(conn, req.cluster_id, ordered[0].item_id, settings)
    involved = {m.item_id for m in ordered} | set(req.excluded_item_ids)
    evidence = []
    for piece in live.evidence if live else []:
        kept = [m for m in piece["members"] if m["item_id"] in involved]
        if len({m["listing_id"] for m in kept}) >= 2:
            evidence.append({**piece, "members": kept})
    cluster_decision_id = conn.execute(
        insert(cd)
        .values(
            idempotency_key=str(req.idempotency_key),
            request_digest=digest,
            cluster_id=req.cluster_id,
            moderator_id=user.id,
            moderator=user.username,
            action=req.action.value,
            reason_codes=json.dumps(req.reason_codes),
            escalate_to=req.escalate_to,
            note=req.note,
            item_ids=json.dumps([m.item_id for m in ordered]),
            excluded_item_ids=json.dumps(sorted(req.excluded_item_ids)),
            evidence=json.dumps(evidence, separators=(",", ":")),
            decided_at=decided_at,
            received_at=now,
        )
        .returning(cd.c.id)
    ).scalar_one()
    listings = {items[m.item_id].listing_id for m in ordered}
    link = ClusterLink(cluster_decision_id, len(listings) - 1, tuple(sorted({e["kind"] for e in evidence})))
    shares = _time_shares(req.time_spent_ms, len(ordered))
    earliest = max(leased_at or decided_at, decided_at - timedelta(milliseconds=req.time_spent_ms))
    results = []
    elapsed = 0
    for member, share in zip(ordered, shares, strict=True):
        elapsed += share
        when = max(earliest, decided_at - timedelta(milliseconds=req.time_spent_ms - elapsed))
        single = DecisionRequest(
            idempotency_key=keys[member.item_id],
            item_id=member.item_id,
            lease_token=member.lease_token,
            action=req.action,
            reason_codes=req.reason_codes,
            escalate_to=req.escalate_to,
            note=req.note,
            time_spent_ms=share,
            listing_version=member.listing_version,
            flags_shown=member.flags_shown,
            decided_at=when,
            notice_ids=member.notice_ids,
        )
        results.append(
            record_decision(
                conn,
                ctx,
                user,
                single,
                request_digest(single),
                items[member.item_id],
                now,
                when,
                cluster=link,
            )
        )
    conn.execute(delete(t.cluster_leases).where(t.cluster_leases.c.item_id.in_(list(items))))
    row = conn.execute(select(cd).where(cd.c.id == cluster_decision_id)).one()
    # Last: after its members' entries (the chain head stays locked until the commit).
    append_entry(
        conn,
        ctx.db.audit_key,
        at=now,
        actor=user.username,
        kind="cluster.decision",
        payload={**cluster_decision_facts(row), "decision_ids": [r.decision_id for r in results]},
    )
    log.debug(
        "cluster decision %s: %d members of cluster %s", cluster_decision_id, len(results), req.cluster_id
    )
    return result_of(conn, row)


_INVALID_CODES = {"reasons_not_allowed", "reason_required", "target_required", "target_not_allowed",
                  "duplicate_reason_code", "unknown_reason_code", "action_not_allowed",
                  "reason_code_not_allowed", "invalid_escalation_target"}  # fmt: skip


def _member_problem(conn, ctx, user, req, member, item, now: datetime) -> tuple[str, str] | None:
    """(code, message) of why this member cannot be decided in this cluster decision, or None."""
    single = DecisionRequest(
        idempotency_key=member_key(req.idempotency_key, member.item_id),
        item_id=member.item_id,
        lease_token=member.lease_token,
        action=req.action,
        reason_codes=req.reason_codes,
        escalate_to=req.escalate_to,
        time_spent_ms=0,
        listing_version=member.listing_version,
    )
    problem = lease_problem(item, user, single, now)
    if problem is not None:
        return problem.code or "conflict", problem.detail
    if not cluster_lease_ok(conn, item.id, req.cluster_id, user.id, member.lease_token):
        return (
            "not_claimed_in_cluster",
            f"Item {item.id} was not claimed through cluster {req.cluster_id}; claim the cluster first.",
        )
    rules, known = queue_rules(ctx, conn, item.queue_id)
    violation = check_decision(rules, req.action, req.reason_codes, req.escalate_to, known)
    if violation is not None:
        return violation.code, f"Item {item.id} ({item.queue_id}): {violation.text()}"
    return None


def _time_shares(total_ms: int, count: int) -> list[int]:
    base, extra = divmod(total_ms, count)
    return [base + (1 if k < extra else 0) for k in range(count)]
