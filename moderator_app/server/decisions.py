"""Applying a moderator's decision exactly once, with its audit entry, in one transaction.

The client generates an idempotency key per decision. A retry with the same key (and the same
body) returns the stored result and changes nothing; so a desk whose network dropped mid-request
can resend safely. Two copies of one request racing each other still apply once: both lock the
item row, and the second, once it gets the lock, finds the item decided and looks the key up
again (the unique key catches anything that slips past).
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, and_, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from moderator_app.core.decision_rules import DECIDED_AT_ALLOWANCE_S, QueueRules, check_decision
from moderator_app.core.schema import (
    DECISION_REQUEST_LATER_FIELDS,
    Action,
    DecisionRequest,
    DecisionResult,
)
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry, canonical_json
from moderator_app.server.audit_facts import flag_keys, text_digest
from moderator_app.server.auth import Principal
from moderator_app.server.context import ServerContext
from moderator_app.server.dsa import hooks as dsa_hooks
from moderator_app.server.listings import enqueue_item, queue_rules
from moderator_app.server.problems import ApiError, conflict, invalid, not_found
from moderator_app.server.qa import sampling

log = logging.getLogger(__name__)

# Hot-path statements, built once so that SQLAlchemy reuses their compiled form.
_BY_KEY = select(t.decisions).where(t.decisions.c.idempotency_key == bindparam("b_key"))
# The item, locked, with what deciding needs from other tables in the same round trip: its
# listing version's category, for a golden item the expected answer (NULL otherwise), and the
# id of a decision already stored under this request's idempotency key (NULL for a new one).
_KEY_USED = (
    select(t.decisions.c.id).where(t.decisions.c.idempotency_key == bindparam("b_key")).scalar_subquery()
)
_ITEM_FOR_UPDATE = (
    select(
        t.items,
        t.listing_versions.c.category,
        t.golden_items.c.expected_action,
        t.golden_items.c.expected_reason_codes,
        _KEY_USED.label("replay_id"),
    )
    .select_from(
        t.items.outerjoin(
            t.listing_versions,
            and_(
                t.listing_versions.c.listing_id == t.items.c.listing_id,
                t.listing_versions.c.version == t.items.c.listing_version,
            ),
        ).outerjoin(t.golden_items, t.golden_items.c.item_id == t.items.c.id)
    )
    .where(t.items.c.id == bindparam("b_item_id"))
    .with_for_update(of=t.items)
)
_INSERT_DECISION = insert(t.decisions).returning(t.decisions.c.id)
_CLOSE_ITEM = (
    update(t.items)
    .where(t.items.c.id == bindparam("b_item_id"))
    .values(
        state="decided",
        lease_owner=None,
        lease_token=None,
        lease_expires_at=None,
        lease_request=None,
        leased_at=None,
    )
)
_SET_LISTING_STATUS = (
    update(t.listings)
    .where(
        t.listings.c.id == bindparam("b_listing_id"), t.listings.c.current_version == bindparam("b_version")
    )
    .values(status=bindparam("b_status"), status_reasons=bindparam("b_reasons"))
)
_INSERT_REASON = insert(t.decision_reasons)
_INSERT_FLAG = insert(t.decision_flags)
_ALLOWANCE = timedelta(seconds=DECIDED_AT_ALLOWANCE_S)


def result_from_row(row) -> DecisionResult:
    return DecisionResult(
        cluster_decision_id=row.cluster_decision_id,
        decision_id=row.id,
        idempotency_key=row.idempotency_key,
        item_id=row.item_id,
        listing_id=row.listing_id,
        listing_version=row.listing_version,
        moderator=row.moderator,
        action=Action(row.action),
        reason_codes=json.loads(row.reason_codes),
        escalate_to=row.escalate_to,
        note=row.note,
        time_spent_ms=row.time_spent_ms,
        decided_at=row.decided_at,
        received_at=row.received_at,
    )


def request_digest(req: DecisionRequest) -> str:
    body = req.model_dump(mode="json")
    for name in DECISION_REQUEST_LATER_FIELDS:  # unset: digested as before they existed
        if body.get(name) in (None, []):
            body.pop(name, None)
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def _replay(conn: Connection, req: DecisionRequest, user: Principal, digest: str) -> DecisionResult | None:
    row = conn.execute(_BY_KEY, {"b_key": str(req.idempotency_key)}).first()
    if row is None:
        return None
    if row.moderator_id != user.id or row.request_digest != digest:
        raise conflict(
            "This idempotency key was already used for a different decision; generate a new key per decision.",
            "idempotency_key_reused",
        )
    return dsa_hooks.with_extras(conn, [result_from_row(row)])[0]


def apply_decision(ctx: ServerContext, user: Principal, req: DecisionRequest) -> tuple[DecisionResult, bool]:
    """Apply the decision, or return the stored one for a retry. Returns (result, replayed)."""
    digest = request_digest(req)
    try:
        return _apply(ctx, user, req, digest)
    except IntegrityError:
        # Another request with the same key committed between our checks (different item rows,
        # so no lock ordered them); the unique key made us fail, so answer as a retry.
        with ctx.db.read() as conn:
            stored = _replay(conn, req, user, digest)
        if stored is None:
            raise
        return stored, True


def _apply(
    ctx: ServerContext, user: Principal, req: DecisionRequest, digest: str
) -> tuple[DecisionResult, bool]:
    with ctx.db.write() as conn:
        item = conn.execute(
            _ITEM_FOR_UPDATE, {"b_item_id": req.item_id, "b_key": str(req.idempotency_key)}
        ).first()
        now = ctx.now()
        problem = lease_problem(item, user, req, now)
        if problem is not None or item.replay_id is not None:
            # A retry finds its stored decision here. On PostgreSQL the key was read in the
            # snapshot taken before the item's lock was granted, so a copy of this request that
            # held the lock has committed since (which is why the item looks decided): a fresh
            # lookup finds its decision.
            stored = _replay(conn, req, user, digest)
            if stored is not None:
                return stored, True
            if problem is not None:
                raise problem
        queue, known_codes = queue_rules(ctx, conn, item.queue_id)
        _check_against_queue(queue, known_codes, req)
        decided_at = decision_time(req.decided_at, item.leased_at, now)
        result = record_decision(conn, ctx, user, req, digest, item, now, decided_at)
    log.debug("decision %s on item %s by user %s: %s", result.decision_id, item.id, user.id, req.action.value)
    return result, False


def lease_problem(item, user: Principal, req: DecisionRequest, now: datetime) -> ApiError | None:
    """Why this user cannot decide this item now (a 404 or 409 problem), or None."""
    if item is None:
        return not_found(f"Item {req.item_id} does not exist.")
    try:
        _check_lease(item, user, req, now)
    except ApiError as exc:
        return exc
    return None


def _check_lease(item, user: Principal, req: DecisionRequest, now: datetime) -> None:
    if item.state == "decided":
        raise conflict(f"Item {item.id} has already been decided.", "item_decided")
    if item.state == "superseded":
        raise conflict(
            f"Item {item.id} was superseded by a newer version of the listing; claim the new item.",
            "item_superseded",
        )
    if item.lease_owner is None:
        raise conflict(f"You hold no lease on item {item.id}: it expired or was released.", "lease_expired")
    if item.lease_owner != user.id:
        raise conflict(f"Item {item.id} is leased to another moderator.", "lease_foreign")
    if item.lease_token != req.lease_token:
        raise conflict(
            f"This lease on item {item.id} was replaced by a newer claim; decide with the new lease.",
            "lease_expired",
        )
    if item.lease_expires_at <= now:
        raise conflict(
            f"Your lease on item {item.id} expired at {item.lease_expires_at.isoformat()}.", "lease_expired"
        )
    if req.listing_version != item.listing_version:
        raise conflict(
            f"Item {item.id} is listing version {item.listing_version}, not {req.listing_version}.",
            "version_mismatch",
        )


def decision_time(claimed: datetime | None, leased_at: datetime | None, now: datetime) -> datetime:
    """The decision's time as stored: the desk's ``decided_at`` (aware UTC) if it lies between the
    claim of the lease and the server's receipt, give or take DECIDED_AT_ALLOWANCE_S; the receipt
    time when the desk sent none. Anything else is a 422: a decision cannot be dated before its
    item was claimed, nor after the server received it (only offline work is ever earlier than
    its receipt). Leases granted before leased_at existed have no lower bound.
    """
    if claimed is None:
        return now
    when = claimed.replace(tzinfo=UTC) if claimed.tzinfo is None else claimed.astimezone(UTC)
    earliest = leased_at - _ALLOWANCE if leased_at is not None else None
    if when > now + _ALLOWANCE or (earliest is not None and when < earliest):
        since = f"the item was claimed at {leased_at.isoformat()}, " if leased_at is not None else ""
        raise invalid(
            f"decided_at {when.isoformat()} is outside the time the decision can have been made: {since}"
            f"the server received it at {now.isoformat()} (allowance {DECIDED_AT_ALLOWANCE_S:.0f} s); "
            "check the desk's clock.",
            "body.decided_at",
            "decided_at_out_of_range",
        )
    return when


def _check_against_queue(rules: QueueRules, known: frozenset[str], req: DecisionRequest) -> None:
    """The queue's decision rules (:mod:`core.decision_rules`, the desk checks the same), as a 422."""
    violation = check_decision(rules, req.action, req.reason_codes, req.escalate_to, known)
    if violation is not None:
        raise invalid(violation.text(), violation.field, violation.code)


_LISTING_STATUS = {Action.approve: "approved", Action.reject: "rejected", Action.escalate: "escalated"}


@dataclass(frozen=True)
class ClusterLink:
    """A decision taken in a cluster decision: which one, and what linked the listings (for the
    statement of reasons: how many other listings, by which kinds of evidence)."""

    cluster_decision_id: int
    linked_listings: int
    evidence_kinds: tuple[str, ...]


def lock_item(conn: Connection, item_id: int, key: str):
    """The item row, locked, with what deciding it needs (see _ITEM_FOR_UPDATE)."""
    return conn.execute(_ITEM_FOR_UPDATE, {"b_item_id": item_id, "b_key": key}).first()


def record_decision(
    conn: Connection,
    ctx: ServerContext,
    user: Principal,
    req: DecisionRequest,
    digest: str,
    item,
    now: datetime,
    decided_at: datetime,
    *,
    cluster: ClusterLink | None = None,
) -> DecisionResult:
    """Record a decision on a locked, checked item, in the caller's transaction (``_apply`` for
    one decision, ``clusters.decide`` for each member of a cluster decision)."""
    reasons = json.dumps(req.reason_codes)
    flags = [f.model_dump(mode="json") for f in req.flags_shown]
    category = item.category
    decision_id = conn.execute(
        _INSERT_DECISION,
        {
            "idempotency_key": str(req.idempotency_key),
            "request_digest": digest,
            "item_id": item.id,
            "queue_id": item.queue_id,
            "listing_id": item.listing_id,
            "listing_version": item.listing_version,
            "moderator_id": user.id,
            "moderator": user.username,
            "action": req.action.value,
            "reason_codes": reasons,
            "escalate_to": req.escalate_to,
            "note": req.note,
            "time_spent_ms": req.time_spent_ms,
            "flags_shown": json.dumps(flags, ensure_ascii=False),
            "decided_at": decided_at,
            "received_at": now,
            "category": category,
            "cluster_decision_id": cluster.cluster_decision_id if cluster else None,
        },
    ).scalar_one()
    if req.reason_codes:
        conn.execute(
            _INSERT_REASON,
            [{"decision_id": decision_id, "reason_code": code} for code in req.reason_codes],
        )
    if flags:
        conn.execute(
            _INSERT_FLAG, [{"decision_id": decision_id, "flag": key} for key in sorted(flag_keys(flags))]
        )
    conn.execute(_CLOSE_ITEM, {"b_item_id": item.id})
    # A golden item is a test of the moderator: it neither changes the listing nor escalates it.
    golden = item if item.expected_action is not None else None
    if golden is None:
        conn.execute(
            _SET_LISTING_STATUS,
            {
                "b_listing_id": item.listing_id,
                "b_version": item.listing_version,
                "b_status": _LISTING_STATUS[req.action],
                "b_reasons": reasons,
            },
        )
    escalated_item = None
    if req.action == Action.escalate and golden is None:
        escalated_item = enqueue_item(
            conn, req.escalate_to, item.listing_id, item.listing_version, item.priority, now
        )
    dsa_fields = dsa_hooks.after_decision(
        conn,
        item=item,
        req=req,
        decision_id=decision_id,
        decided_at=decided_at,
        now=now,
        escalated_item=escalated_item,
        golden=golden is not None,
        linked=(cluster.linked_listings, cluster.evidence_kinds) if cluster else None,
    )
    result = DecisionResult(
        decision_id=decision_id,
        idempotency_key=req.idempotency_key,
        item_id=item.id,
        listing_id=item.listing_id,
        listing_version=item.listing_version,
        moderator=user.username,
        action=req.action,
        reason_codes=req.reason_codes,
        escalate_to=req.escalate_to,
        note=req.note,
        time_spent_ms=req.time_spent_ms,
        decided_at=decided_at,
        received_at=now,
        cluster_decision_id=cluster.cluster_decision_id if cluster else None,
        **dsa_fields,
    )
    graded = sampling.after_decision(
        conn,
        ctx,
        user,
        item,
        req,
        decision_id,
        now,
        decided_at=decided_at,
        golden=golden,
        in_cluster=cluster is not None,
    )
    # The decision's facts as verify-audit recomputes them (server.audit_facts.decision_facts).
    payload = {
        "decision_id": decision_id,
        "idempotency_key": str(req.idempotency_key),
        "item_id": item.id,
        "queue_id": item.queue_id,
        "listing_id": item.listing_id,
        "listing_version": item.listing_version,
        "moderator_id": user.id,
        "action": req.action.value,
        "reason_codes": req.reason_codes,
        "escalate_to": req.escalate_to,
        "escalated_item_id": escalated_item,
        "note_sha256": text_digest(req.note),
        "time_spent_ms": req.time_spent_ms,
        "flags_shown": flags,
        "decided_at": decided_at.isoformat(),
        "received_at": now.isoformat(),
        "category": category,
    }
    if cluster is not None:
        payload["cluster_decision_id"] = cluster.cluster_decision_id
    if graded is not None:
        payload["golden_audit"] = graded
    # Last statement of the transaction: the chain head stays locked only until the commit.
    append_entry(conn, ctx.db.audit_key, at=now, actor=user.username, kind="decision", payload=payload)
    return result
