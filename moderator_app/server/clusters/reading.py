"""Reading clusters as they are now: only open members, and only the evidence that still links them.

A stored cluster is the last build's; since then members may have been decided or superseded.
Every read keeps the open members, drops each piece of evidence that no longer links two listings
(or, unless the settings allow it, two sellers), and takes the connected part that holds the item
it is read from. So a listing leaves its cluster the moment it is decided, and a cluster that only
held together through a decided listing falls apart at once, without waiting for a rebuild.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, and_, select

from moderator_app.core.cluster_schema import (
    ClusterEvidence,
    ClusterMember,
    ClusterSettings,
    ClusterView,
)
from moderator_app.core.schema import ClusterSummary, EvidenceCount, ImageRef
from moderator_app.server import tables as t
from moderator_app.server.auth import Principal
from moderator_app.server.clusters.settings import load_settings
from moderator_app.server.leases import lease_from_row
from moderator_app.server.listings import media_url

i = t.items


@dataclass(frozen=True)
class OpenMember:
    item_id: int
    listing_id: str
    version: int
    seller_id: str
    queue_id: str


@dataclass
class LiveCluster:
    cluster_id: int
    built_at: datetime
    members: list[OpenMember]  # the connected open members, by item id
    evidence: list[dict]  # stored evidence dicts, restricted to those members

    @property
    def listings(self) -> int:
        return len({m.listing_id for m in self.members})

    @property
    def sellers(self) -> int:
        return len({m.seller_id for m in self.members})


def cluster_of_item(conn: Connection, item_id: int) -> int | None:
    return conn.execute(
        select(t.cluster_members.c.cluster_id).where(t.cluster_members.c.item_id == item_id)
    ).scalar()


def live_cluster(
    conn: Connection, cluster_id: int, anchor: int | None, settings: ClusterSettings
) -> LiveCluster | None:
    """The cluster as it stands, seen from ``anchor`` (None: its largest connected part), or None
    when it does not exist or no longer links two listings."""
    row = conn.execute(
        select(t.clusters.c.evidence, t.clusters.c.updated_at).where(t.clusters.c.id == cluster_id)
    ).first()
    if row is None:
        return None
    stored = json.loads(row.evidence)
    ids = sorted({m["item_id"] for e in stored for m in e["members"]})
    open_rows = conn.execute(
        select(i.c.id, i.c.listing_id, i.c.listing_version, i.c.queue_id, t.listings.c.seller_id)
        .join(t.listings, t.listings.c.id == i.c.listing_id)
        .where(i.c.id.in_(ids), i.c.state == "open")
    ).all()
    members = {
        r.id: OpenMember(r.id, r.listing_id, r.listing_version, r.seller_id, r.queue_id) for r in open_rows
    }
    evidence = []
    for piece in stored:
        kept = [m for m in piece["members"] if m["item_id"] in members]
        listings = {members[m["item_id"]].listing_id for m in kept}
        sellers = {members[m["item_id"]].seller_id for m in kept}
        if len(listings) < 2 or (len(sellers) < 2 and not settings.group_single_seller):
            continue
        evidence.append({**piece, "members": kept, "sellers": len(sellers)})
    parts = _connected_parts(evidence)
    if anchor is not None:
        part = next((p for p in parts if anchor in p), None)
    else:
        part = max(parts, key=len, default=None)
    if part is None:
        return None
    chosen = [members[x] for x in sorted(part)]
    if len({m.listing_id for m in chosen}) < 2:
        return None
    if len({m.seller_id for m in chosen}) < 2 and not settings.group_single_seller:
        return None
    linked = [e for e in evidence if e["members"][0]["item_id"] in part]
    return LiveCluster(cluster_id, row.updated_at, chosen, linked)


def _connected_parts(evidence: list[dict]) -> list[set[int]]:
    neighbours: dict[int, set[int]] = defaultdict(set)
    for piece in evidence:
        ids = [m["item_id"] for m in piece["members"]]
        for x in ids:
            neighbours[x].update(ids)
    parts, seen = [], set()
    for start in neighbours:
        if start in seen:
            continue
        part, stack = set(), [start]
        while stack:
            x = stack.pop()
            if x in part:
                continue
            part.add(x)
            stack.extend(neighbours[x] - part)
        seen |= part
        parts.append(part)
    return parts


def role_limit(settings: ClusterSettings, user: Principal) -> tuple[bool, int | None]:
    limit = settings.limit_for(user.role)
    return limit.may_decide, limit.max_size


def summary(live: LiveCluster, settings: ClusterSettings, user: Principal) -> ClusterSummary:
    may, max_size = role_limit(settings, user)
    kinds = Counter(e["kind"] for e in live.evidence)
    return ClusterSummary(
        cluster_id=live.cluster_id,
        listings=live.listings,
        sellers=live.sellers,
        items=len(live.members),
        evidence=[EvidenceCount(kind=k, count=n) for k, n in sorted(kinds.items())],
        may_decide=may and (max_size is None or live.listings <= max_size),
        max_size=max_size,
        built_at=live.built_at,
    )


def view(
    conn: Connection,
    live: LiveCluster,
    anchor: int | None,
    settings: ClusterSettings,
    user: Principal,
    now: datetime,
) -> ClusterView:
    """The cluster view: every open member with its listing and photos, and the evidence."""
    may, max_size = role_limit(settings, user)
    members = _member_details(conn, live.members, user, now)
    return ClusterView(
        cluster_id=live.cluster_id,
        anchor_item_id=anchor,
        listings=live.listings,
        sellers=live.sellers,
        members=members,
        evidence=[ClusterEvidence.model_validate(e) for e in live.evidence],
        may_decide=may and (max_size is None or live.listings <= max_size),
        max_size=max_size,
        built_at=live.built_at,
    )


def _member_details(
    conn: Connection, members: list[OpenMember], user: Principal, now: datetime
) -> list[ClusterMember]:
    v, l_, s = t.listing_versions, t.listings, t.sellers
    ids = [m.item_id for m in members]
    rows = conn.execute(
        select(
            i,
            v.c.title,
            v.c.price,
            v.c.currency,
            v.c.category,
            v.c.country,
            l_.c.created_at.label("listing_created_at"),
            l_.c.seller_id,
            s.c.display_name.label("seller_name"),
        )
        .join(v, and_(v.c.listing_id == i.c.listing_id, v.c.version == i.c.listing_version))
        .join(l_, l_.c.id == i.c.listing_id)
        .join(s, s.c.id == l_.c.seller_id)
        .where(i.c.id.in_(ids))
        .order_by(i.c.id)
    ).all()
    li = t.listing_images
    images: dict[tuple[str, int], list[ImageRef]] = defaultdict(list)
    versions = {(r.listing_id, r.listing_version) for r in rows}
    for img in conn.execute(
        select(li.c.listing_id, li.c.version, t.images)
        .join(t.images, t.images.c.id == li.c.image_id)
        .where(li.c.listing_id.in_({lid for lid, _ in versions}))
        .order_by(li.c.listing_id, li.c.version, li.c.position)
    ):
        if (img.listing_id, img.version) in versions:
            images[(img.listing_id, img.version)].append(
                ImageRef(
                    id=img.id,
                    url=media_url(img.media_key),
                    sha256=img.sha256,
                    width=img.width,
                    height=img.height,
                    phash=img.phash,
                )
            )
    out = []
    for r in rows:
        live_lease = r.lease_expires_at is not None and r.lease_expires_at > now and r.lease_owner is not None
        mine = live_lease and r.lease_owner == user.id
        out.append(
            ClusterMember(
                item_id=r.id,
                queue_id=r.queue_id,
                listing_id=r.listing_id,
                listing_version=r.listing_version,
                seller_id=r.seller_id,
                seller_name=r.seller_name,
                title=r.title,
                price=r.price,
                currency=r.currency,
                category=r.category,
                country=r.country,
                created_at=r.listing_created_at,
                images=images[(r.listing_id, r.listing_version)],
                lease=lease_from_row(r) if mine else None,
                leased_to_other=live_lease and not mine,
            )
        )
    return out


def item_summary(conn: Connection, item_id: int, user: Principal) -> ClusterSummary | None:
    """The summary the item detail carries: the item's cluster as it stands, or None."""
    cluster_id = cluster_of_item(conn, item_id)
    if cluster_id is None:
        return None
    settings = load_settings(conn)
    live = live_cluster(conn, cluster_id, item_id, settings)
    return summary(live, settings, user) if live is not None else None
