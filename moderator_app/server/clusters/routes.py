"""The cluster endpoints: reading clusters, claiming and deciding them, their settings, photo text.

docs/clusters-and-wellness.md lists them with the requests a desk sends.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy import func, select

from moderator_app.core.cluster_schema import (
    ClusterBuildReport,
    ClusterClaimRequest,
    ClusterClaimResponse,
    ClusterDecisionPage,
    ClusterDecisionRequest,
    ClusterDecisionResult,
    ClusterPage,
    ClusterSettings,
    ClusterView,
    PhotoTextReport,
    PhotoTextResult,
)
from moderator_app.core.schema import Role
from moderator_app.server import tables as t
from moderator_app.server.audit import append_entry
from moderator_app.server.auth import QUEUE_WORKERS, Principal, current_user, require_roles
from moderator_app.server.clusters import builder, photo_text
from moderator_app.server.clusters.claims import claim_cluster
from moderator_app.server.clusters.decide import apply_cluster_decision, result_of
from moderator_app.server.clusters.reading import live_cluster, summary, view
from moderator_app.server.clusters.settings import load_settings, save_settings
from moderator_app.server.context import Ctx
from moderator_app.server.params import Offset, PathCode, PathId, name_query
from moderator_app.server.problems import conflict, forbidden, invalid, not_found, problem_responses
from moderator_app.server.responses import model_response

router = APIRouter(tags=["clusters"])
leads = require_roles(Role.lead, Role.admin)
workers = require_roles(*QUEUE_WORKERS)
MAX_PAGE = 200


@router.get("/clusters", response_model=ClusterPage, responses=problem_responses(401, 403, 422))
def list_clusters(
    user: Annotated[Principal, Depends(leads)],
    ctx: Ctx,
    min_listings: Annotated[int, Query(ge=2, le=10_000)] = 2,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Offset = 0,
) -> ClusterPage:
    """The clusters as they stand (open members only), the largest first."""
    with ctx.db.read() as conn:
        settings = load_settings(conn)
        ids = (
            conn.execute(select(t.clusters.c.id).order_by(t.clusters.c.item_count.desc(), t.clusters.c.id))
            .scalars()
            .all()
        )
        found = []
        for cluster_id in ids:
            live = live_cluster(conn, cluster_id, None, settings)
            if live is not None and live.listings >= min_listings:
                found.append(summary(live, settings, user))
    found.sort(key=lambda c: (-c.listings, c.cluster_id))
    return ClusterPage(clusters=found[offset : offset + limit], total=len(found))


@router.get("/cluster-settings", response_model=ClusterSettings, responses=problem_responses(401))
def get_settings(_user: Annotated[Principal, Depends(current_user)], ctx: Ctx) -> ClusterSettings:
    """Who may decide clusters and up to what size, and how clusters are built."""
    with ctx.db.read() as conn:
        return load_settings(conn)


@router.put("/cluster-settings", response_model=ClusterSettings, responses=problem_responses(401, 403, 422))
def put_settings(
    body: ClusterSettings, user: Annotated[Principal, Depends(leads)], ctx: Ctx
) -> ClusterSettings:
    """Change the cluster settings (leads and admins; audited). A change to how clusters are built
    makes the next rebuild due."""
    roles = [limit.role for limit in body.roles]
    if len(set(roles)) != len(roles):
        raise invalid("A role is listed twice.", "body.roles", "duplicate_role")
    with ctx.db.write() as conn:
        save_settings(conn, body)
        append_entry(
            conn,
            ctx.db.audit_key,
            at=ctx.now(),
            actor=user.username,
            kind="clusters.settings_changed",
            payload=body.model_dump(mode="json"),
        )
    return body


@router.get("/cluster-builds/latest", response_model=ClusterBuildReport, responses=problem_responses(401, 403, 404))
def last_build(_user: Annotated[Principal, Depends(leads)], ctx: Ctx) -> ClusterBuildReport:
    """What the last cluster build did."""
    with ctx.db.read() as conn:
        report = builder.last_report(conn)
    if report is None:
        raise not_found("No cluster build has run yet.")
    return report


@router.post(
    "/cluster-builds", response_model=ClusterBuildReport, responses=problem_responses(401, 403, 409)
)
def rebuild(_user: Annotated[Principal, Depends(leads)], ctx: Ctx) -> ClusterBuildReport:
    """Rebuild the clusters now (the server also does it by itself when listings arrive)."""
    report = builder.build(ctx)
    if report is None:
        raise conflict(
            "Another server process is building the clusters; try again shortly.", "cluster_build_running"
        )
    return report


@router.get(
    "/clusters/{cluster_id}", response_model=ClusterView, responses=problem_responses(401, 403, 404, 422)
)
def get_cluster(
    cluster_id: PathId,
    user: Annotated[Principal, Depends(workers)],
    ctx: Ctx,
    item_id: Annotated[
        int | None, Query(ge=1, le=2**31 - 1, description="the item the cluster is seen from")
    ] = None,
) -> ClusterView:
    """The cluster as seen from `item_id`: its open members and the evidence linking them. A
    moderator must hold the item's lease; the other members' photos open once the cluster is claimed."""
    now = ctx.now()
    with ctx.db.read() as conn:
        if user.role == Role.moderator:
            if item_id is None:
                raise forbidden(
                    "A moderator reads a cluster from an item leased to them: pass item_id.", "lease_foreign"
                )
            held = conn.execute(
                select(t.items.c.id).where(
                    t.items.c.id == item_id,
                    t.items.c.state == "open",
                    t.items.c.lease_owner == user.id,
                    t.items.c.lease_expires_at > now,
                )
            ).first()
            if held is None:
                raise forbidden(f"Item {item_id} is not leased to you.", "lease_foreign")
        settings = load_settings(conn)
        live = live_cluster(conn, cluster_id, item_id, settings)
        if live is None:
            raise not_found(
                f"Cluster {cluster_id} does not exist, has dissolved, or does not hold item {item_id}."
            )
        return view(conn, live, item_id, settings, user, now)


@router.post(
    "/clusters/{cluster_id}/claim",
    response_model=ClusterClaimResponse,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def claim(
    cluster_id: PathId, body: ClusterClaimRequest, user: Annotated[Principal, Depends(workers)], ctx: Ctx
) -> ClusterClaimResponse:
    """Lease the cluster's members to the caller, together (see ClusterClaimRequest). 403
    `cluster_not_allowed` / `cluster_too_large` by the role's setting; 409
    `cluster_members_unavailable` with `require_all`."""
    return claim_cluster(ctx, user, cluster_id, body)


@router.post(
    "/cluster-decisions",
    response_model=ClusterDecisionResult,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def decide_cluster(
    body: ClusterDecisionRequest, user: Annotated[Principal, Depends(workers)], ctx: Ctx
) -> Response:
    """Decide the members in one action: one decision per member (with its audit entry and, for a
    restriction, its statement of reasons), all or none, exactly once per idempotency key (a retry
    answers 200 with `Idempotent-Replayed: true`). A 409 or 422 lists each member at fault in `errors`."""
    result, replayed = apply_cluster_decision(ctx, user, body)
    return model_response(result, {"Idempotent-Replayed": "true" if replayed else "false"})


def _visible(user: Principal, moderator: str | None) -> str | None:
    if user.role in (Role.lead, Role.admin):
        return moderator
    if moderator is not None and moderator != user.username:
        raise forbidden("Moderators can only see their own cluster decisions.", "wrong_role")
    return user.username


@router.get(
    "/cluster-decisions", response_model=ClusterDecisionPage, responses=problem_responses(401, 403, 422)
)
def list_cluster_decisions(
    user: Annotated[Principal, Depends(workers)],
    ctx: Ctx,
    moderator: Annotated[str | None, name_query("username")] = None,
    from_: Annotated[datetime | None, Query(alias="from", description="received at or after")] = None,
    to: Annotated[datetime | None, Query(description="received before")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Offset = 0,
) -> ClusterDecisionPage:
    """Cluster decisions, newest first; moderators see their own, leads and admins everyone's."""
    cd = t.cluster_decisions
    conditions = []
    who = _visible(user, moderator)
    if who is not None:
        conditions.append(cd.c.moderator == who)
    if from_ is not None:
        conditions.append(cd.c.received_at >= from_)
    if to is not None:
        conditions.append(cd.c.received_at < to)
    with ctx.db.read() as conn:
        total = conn.execute(select(func.count()).select_from(cd).where(*conditions)).scalar_one()
        rows = conn.execute(
            select(cd)
            .where(*conditions)
            .order_by(cd.c.received_at.desc(), cd.c.id.desc())
            .limit(limit)
            .offset(offset)
        ).all()
        return ClusterDecisionPage(cluster_decisions=[result_of(conn, r) for r in rows], total=total)


@router.get(
    "/cluster-decisions/{cluster_decision_id}",
    response_model=ClusterDecisionResult,
    responses=problem_responses(401, 403, 404),
)
def get_cluster_decision(
    cluster_decision_id: PathId, user: Annotated[Principal, Depends(workers)], ctx: Ctx
) -> ClusterDecisionResult:
    with ctx.db.read() as conn:
        row = conn.execute(
            select(t.cluster_decisions).where(t.cluster_decisions.c.id == cluster_decision_id)
        ).first()
        if row is None or (user.role == Role.moderator and row.moderator_id != user.id):
            raise not_found(f"Cluster decision {cluster_decision_id} does not exist, or is not yours.")
        return result_of(conn, row)


@router.post(
    "/images/{image_id}/text-findings",
    response_model=PhotoTextResult,
    responses=problem_responses(401, 403, 404, 422),
)
def report_photo_text(
    image_id: PathCode,
    body: PhotoTextReport,
    user: Annotated[Principal, Depends(require_roles(*QUEUE_WORKERS, Role.qa))],
    ctx: Ctx,
) -> PhotoTextResult:
    """Contact details a desk read in a photo (its OCR's text findings): they link the listings
    that show the photo, as contacts in the text do. Only for a photo the caller may see."""
    return photo_text.report(ctx, user, image_id, body)
