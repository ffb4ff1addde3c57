"""Claiming a cluster's members together: all the members that can be leased, in one transaction.

The member rows are locked in id order (``SELECT … FOR UPDATE`` on PostgreSQL, the single writer
of ``BEGIN IMMEDIATE`` on SQLite), then each is judged: free, expired or already the caller's, it
is leased (the caller's own leases keep their token and are extended); leased to someone else,
decided, superseded, an appeal against the caller's own decision, or (for a moderator whose
exposure budget is spent) sensitive, it is left out and listed in ``unavailable``. With
``require_all`` nothing is leased unless every named member can be. Locking in id order means
concurrent cluster claims queue instead of deadlocking, and queue claims (``SKIP LOCKED``) pass
the locked rows by: no item is ever leased to two desks.

A claim may carry a request id, registered in ``claim_requests`` in the same transaction as the
leases: a retry with that id leases nothing more and answers with the first attempt's leases.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from datetime import datetime, timedelta

from sqlalchemy import Connection, and_, delete, insert, literal, select, update

from moderator_app.core.cluster_schema import (
    ClusterClaimRequest,
    ClusterClaimResponse,
    UnavailableMember,
    UnavailableReason,
)
from moderator_app.core.schema import Lease, Role
from moderator_app.server import tables as t
from moderator_app.server.auth import Principal
from moderator_app.server.clusters.reading import LiveCluster, live_cluster, role_limit, view
from moderator_app.server.clusters.settings import load_settings
from moderator_app.server.context import ServerContext
from moderator_app.server.leases import lease_from_row
from moderator_app.server.problems import ApiError, forbidden, not_found
from moderator_app.server.wellness import routing
from moderator_app.server.wellness.sensitivity import sensitive_item

log = logging.getLogger(__name__)
i = t.items


def check_may_decide(ctx: ServerContext, conn: Connection, user: Principal, live: LiveCluster) -> None:
    """403 unless the caller's role may decide clusters of this size."""
    may, max_size = role_limit(load_settings(conn), user)
    if not may:
        raise forbidden(f"The {user.role.value} role may not decide clusters.", "cluster_not_allowed")
    if max_size is not None and live.listings > max_size:
        raise forbidden(
            f"This cluster holds {live.listings} listings; your role may decide clusters of up to "
            f"{max_size}. Decide its listings one by one, or ask a lead.",
            "cluster_too_large",
        )


def _holds(conn: Connection, user: Principal, item_id: int, now: datetime) -> bool:
    return (
        conn.execute(
            select(i.c.id).where(
                i.c.id == item_id, i.c.state == "open", i.c.lease_owner == user.id, i.c.lease_expires_at > now
            )
        ).first()
        is not None
    )


def claim_cluster(
    ctx: ServerContext, user: Principal, cluster_id: int, req: ClusterClaimRequest
) -> ClusterClaimResponse:
    now = ctx.now()
    with ctx.db.read() as conn:
        settings = load_settings(conn)
        live = live_cluster(conn, cluster_id, req.item_id, settings)
        if live is None:
            raise not_found(
                f"Item {req.item_id} is not in cluster {cluster_id}, or the cluster has dissolved."
            )
        check_may_decide(ctx, conn, user, live)
        if user.role == Role.moderator and not _holds(conn, user, req.item_id, now):
            raise forbidden(f"Item {req.item_id} is not leased to you.", "lease_foreign")
    members = {m.item_id for m in live.members}
    wanted = sorted(set(req.item_ids) if req.item_ids is not None else members)
    unavailable = [
        UnavailableMember(item_id=x, reason=UnavailableReason.not_in_cluster)
        for x in wanted
        if x not in members
    ]
    wanted = [x for x in wanted if x in members]
    held_back_sensitive = routing.routed(ctx, user, now)
    with ctx.db.write() as conn:
        if req.request_id is not None and not _register(conn, user, req.request_id, now):
            leases = _leases_of_request(conn, user, req.request_id, now)
        else:
            leases, more = _lease(ctx, conn, user, cluster_id, wanted, now, held_back_sensitive, req)
            unavailable += more
    with ctx.db.read() as conn:
        shown = view(conn, live, req.item_id, settings, user, ctx.now())
    log.debug("user %s claimed %d members of cluster %s", user.id, len(leases), cluster_id)
    return ClusterClaimResponse(
        view=shown,
        leases=leases,
        unavailable=sorted(unavailable, key=lambda u: u.item_id),
        server_time=ctx.now(),
    )


def _register(conn: Connection, user: Principal, request_id: uuid.UUID, now: datetime) -> bool:
    """Register the request id; False when this user already used it (a retry)."""
    r = t.claim_requests
    seen = conn.execute(
        select(literal(1)).where(r.c.owner == user.id, r.c.request_id == str(request_id)).with_for_update()
    ).first()
    if seen:
        return False
    conn.execute(insert(r).values(owner=user.id, request_id=str(request_id), claimed_at=now))
    return True


def _leases_of_request(
    conn: Connection, user: Principal, request_id: uuid.UUID, now: datetime
) -> list[Lease]:
    rows = conn.execute(
        select(i)
        .where(
            i.c.lease_request == str(request_id),
            i.c.lease_owner == user.id,
            i.c.state == "open",
            i.c.lease_expires_at > now,
        )
        .order_by(i.c.id)
    ).all()
    return [lease_from_row(r) for r in rows]


def _lease(
    ctx: ServerContext,
    conn: Connection,
    user: Principal,
    cluster_id: int,
    wanted: list[int],
    now: datetime,
    routed: bool,
    req: ClusterClaimRequest,
) -> tuple[list[Lease], list[UnavailableMember]]:
    rows = conn.execute(
        select(i, sensitive_item().label("sensitive"))
        .where(i.c.id.in_(wanted))
        .order_by(i.c.id)
        .with_for_update(of=i)
    ).all()
    take, unavailable = [], []
    for row in rows:
        reason = _unavailable(row, user, now, routed)
        if reason is None:
            take.append(row)
        else:
            unavailable.append(UnavailableMember(item_id=row.id, reason=reason))
    if req.require_all and unavailable:
        raise ApiError(
            409,
            f"{len(unavailable)} of the {len(rows)} members cannot be leased to you now; nothing was leased.",
            code="cluster_members_unavailable",
            errors=[{"loc": f"item {u.item_id}", "msg": u.reason.value} for u in unavailable],
        )
    expires = now + timedelta(seconds=ctx.settings.lease_seconds)
    token = secrets.token_urlsafe(18)
    request = str(req.request_id) if req.request_id is not None else None
    fresh = [r.id for r in take if not _mine(r, user, now)]
    kept = [r.id for r in take if _mine(r, user, now)]
    if fresh:
        conn.execute(
            update(i)
            .where(i.c.id.in_(fresh))
            .values(
                lease_owner=user.id,
                lease_token=token,
                lease_expires_at=expires,
                lease_request=request,
                leased_at=now,
            )
        )
    if kept:
        values = {"lease_expires_at": expires}
        if request is not None:
            values["lease_request"] = request
        conn.execute(update(i).where(i.c.id.in_(kept)).values(**values))
    ids = fresh + kept
    if ids:
        conn.execute(delete(t.cluster_leases).where(t.cluster_leases.c.item_id.in_(ids)))
        leased = conn.execute(select(i).where(i.c.id.in_(ids)).order_by(i.c.id)).all()
        conn.execute(
            insert(t.cluster_leases),
            [
                {"item_id": r.id, "cluster_id": cluster_id, "owner": user.id, "lease_token": r.lease_token}
                for r in leased
            ],
        )
        return [lease_from_row(r) for r in leased], unavailable
    return [], unavailable


def _mine(row, user: Principal, now: datetime) -> bool:
    return row.lease_owner == user.id and row.lease_expires_at is not None and row.lease_expires_at > now


def _unavailable(row, user: Principal, now: datetime, routed: bool) -> UnavailableReason | None:
    if row.state == "decided":
        return UnavailableReason.decided
    if row.state != "open":
        return UnavailableReason.superseded
    if row.not_for_user == user.id:
        return UnavailableReason.not_for_you
    if row.lease_owner is not None and row.lease_owner != user.id and row.lease_expires_at > now:
        return UnavailableReason.leased
    if routed and row.sensitive and not _mine(row, user, now):
        return UnavailableReason.sensitive
    return None


def cluster_lease_ok(conn: Connection, item_id: int, cluster_id: int, owner: int, token: str) -> bool:
    """Whether this lease was granted (or kept) through a claim of this cluster."""
    c = t.cluster_leases
    return (
        conn.execute(
            select(c.c.item_id).where(
                and_(
                    c.c.item_id == item_id,
                    c.c.cluster_id == cluster_id,
                    c.c.owner == owner,
                    c.c.lease_token == token,
                )
            )
        ).first()
        is not None
    )
