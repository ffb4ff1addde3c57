"""Building the clusters of the open queue items, and keeping them current.

How they stay current (docs/clusters-and-wellness.md): the expensive part, reading each listing
version's contacts and text signature, is done once per version and stored
(``server.clusters.features``); the grouping is then **rebuilt** from the stored features of all
open items in one pass, never patched, because removing a member can split a cluster, which a
patched union cannot undo. A rebuild runs when something a cluster depends on changed: a new
queue item (a listing arrived, was edited, escalated or reported), a contact read in a photo, or
the cluster settings. Removals need no rebuild: every read keeps only the open members and the
evidence that still links them (``server.clusters.reading``), so a decided or superseded
listing leaves its cluster at once.

Each server process checks every ``ServerSettings.cluster_refresh_seconds`` whether a rebuild is
due; one process at a time builds (a lock row in ``server_settings``), and a process waits at
least twenty times its last build's duration between builds, so building never takes more than
about 5% of a core. Cluster ids are kept across rebuilds: a new cluster takes the id of the old
cluster most of its members were in, and an unchanged cluster is not rewritten.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter, defaultdict
from datetime import datetime, timedelta

from sqlalchemy import Connection, and_, delete, func, insert, select, update

from moderator_app.core.cluster_schema import ClusterBuildReport, ClusterSettings
from moderator_app.core.phash import MIN_HASH_QUALITY
from moderator_app.server import tables as t
from moderator_app.server.clusters import features
from moderator_app.server.clusters.grouping import Node, build_clusters, cluster_digest, group_json
from moderator_app.server.clusters.settings import load_settings, settings_digest
from moderator_app.server.clusters.text_signature import from_bytes
from moderator_app.server.context import ServerContext
from moderator_app.server.db import Database
from moderator_app.server.settings_store import drop_value, get_value, put_value

log = logging.getLogger(__name__)

STATE_KEY = "clusters.state"
LOCK_KEY = "clusters.lock"
LOCK_SECONDS = 600
DUTY_FACTOR = 20  # wait at least this many times the last build's duration before the next

i = t.items
li = t.listing_images


def _watermarks(conn: Connection, settings: ClusterSettings) -> dict:
    """What a build depends on, cheaply: any change means a rebuild is due."""
    return {
        "max_item_id": conn.execute(select(func.max(i.c.id))).scalar() or 0,
        "max_photo_contact_id": conn.execute(select(func.max(t.photo_contacts.c.id))).scalar() or 0,
        "settings": settings_digest(settings),
    }


def last_report(conn: Connection) -> ClusterBuildReport | None:
    raw = get_value(conn, STATE_KEY)
    return ClusterBuildReport.model_validate(json.loads(raw)["report"]) if raw else None


def build_due(conn: Connection) -> bool:
    raw = get_value(conn, STATE_KEY)
    if raw is None:
        return True
    return json.loads(raw)["watermarks"] != _watermarks(conn, load_settings(conn))


def _take_lock(db: Database, now: datetime) -> bool:
    with db.write() as conn:
        held = get_value(conn, LOCK_KEY)
        if held is not None and datetime.fromisoformat(held) > now:
            return False
        put_value(conn, LOCK_KEY, (now + timedelta(seconds=LOCK_SECONDS)).isoformat())
    return True


def _drop_lock(db: Database) -> None:
    with db.write() as conn:
        drop_value(conn, LOCK_KEY)


def build(ctx: ServerContext) -> ClusterBuildReport | None:
    """Rebuild the clusters now (None when another process is building)."""
    if not _take_lock(ctx.db, ctx.now()):
        return None
    try:
        return _build(ctx)
    finally:
        _drop_lock(ctx.db)


def _build(ctx: ServerContext) -> ClusterBuildReport:
    started = time.perf_counter()
    now = ctx.now()
    with ctx.db.read() as conn:
        settings = load_settings(conn)
        marks = _watermarks(conn, settings)
        open_versions = (
            conn.execute(select(i.c.listing_id, i.c.listing_version).where(i.c.state == "open").distinct())
            .all()
        )
        missing = features.missing_versions(conn, open_versions)
    extracted = features.extract(ctx.db, missing, now)
    with ctx.db.read() as conn:
        nodes = load_nodes(conn)
    built, stats = build_clusters(nodes, settings)
    with ctx.db.write() as conn:
        generation = _write(conn, nodes, built, now)
        report = ClusterBuildReport(
            generation=generation,
            built_at=now,
            duration_ms=round((time.perf_counter() - started) * 1000, 1),
            open_items=len(nodes),
            features_extracted=extracted,
            clusters=len(built),
            clustered_items=sum(len(c.nodes) for c in built),
            common_keys_ignored=stats.common_ignored,
        )
        put_value(
            conn,
            STATE_KEY,
            json.dumps({"report": report.model_dump(mode="json"), "watermarks": marks}),
        )
    log.info(
        "clusters rebuilt: %d open items, %d clusters, %d features extracted, %.0f ms",
        report.open_items,
        report.clusters,
        extracted,
        report.duration_ms,
    )
    return report


def load_nodes(conn: Connection) -> list[Node]:
    """Every open item with its stored features, photos, and the contacts it shows."""
    rows = conn.execute(
        select(
            i.c.id,
            i.c.listing_id,
            i.c.listing_version,
            t.listings.c.seller_id,
            t.sellers.c.phone,
            t.sellers.c.email,
        )
        .join(t.listings, t.listings.c.id == i.c.listing_id)
        .join(t.sellers, t.sellers.c.id == t.listings.c.seller_id)
        .where(i.c.state == "open")
        .order_by(i.c.id)
    ).all()
    nodes: list[Node] = []
    by_version: dict[tuple[str, int], list[Node]] = defaultdict(list)
    for row in rows:
        node = Node(row.id, row.listing_id, row.listing_version, row.seller_id)
        node.contacts = [
            (kind, value, "account", None) for kind, value in features.account_keys(row.phone, row.email)
        ]
        nodes.append(node)
        by_version[(row.listing_id, row.listing_version)].append(node)
    f, c = t.listing_features, t.listing_contacts
    open_join = and_(
        i.c.listing_id == f.c.listing_id, i.c.listing_version == f.c.version, i.c.state == "open"
    )
    for row in conn.execute(
        select(f.c.listing_id, f.c.version, f.c.text_signature)
        .where(f.c.text_signature.is_not(None), f.c.extractor == features.EXTRACTOR)
        .where(select(i.c.id).where(open_join).exists())
    ):
        values = from_bytes(bytes(row.text_signature))
        for node in by_version.get((row.listing_id, row.version), ()):
            node.signature = values
    open_contacts = and_(
        i.c.listing_id == c.c.listing_id, i.c.listing_version == c.c.version, i.c.state == "open"
    )
    for row in conn.execute(
        select(c.c.listing_id, c.c.version, c.c.kind, c.c.value).where(
            select(i.c.id).where(open_contacts).exists()
        )
    ):
        for node in by_version.get((row.listing_id, row.version), ()):
            node.contacts.append((row.kind, row.value, "text", None))
    shown = and_(i.c.listing_id == li.c.listing_id, i.c.listing_version == li.c.version, i.c.state == "open")
    for row in conn.execute(
        select(li.c.listing_id, li.c.version, t.images.c.id, t.images.c.phash)
        .join(t.images, t.images.c.id == li.c.image_id)
        .where(t.images.c.hash_quality >= MIN_HASH_QUALITY, select(i.c.id).where(shown).exists())
    ):
        for node in by_version.get((row.listing_id, row.version), ()):
            node.photos.append((row.id, int(row.phash, 16)))
    p = t.photo_contacts
    for row in conn.execute(
        select(li.c.listing_id, li.c.version, p.c.image_id, p.c.kind, p.c.value)
        .join(p, p.c.image_id == li.c.image_id)
        .where(select(i.c.id).where(shown).exists())
    ):
        for node in by_version.get((row.listing_id, row.version), ()):
            node.contacts.append((row.kind, row.value, "photo", row.image_id))
    return nodes


def _write(conn: Connection, nodes: list[Node], built, now: datetime) -> int:
    """Store the new clusters, keeping ids and leaving unchanged clusters alone; returns the generation."""
    generation = (conn.execute(select(func.max(t.clusters.c.generation))).scalar() or 0) + 1
    old_member = dict(conn.execute(select(t.cluster_members.c.item_id, t.cluster_members.c.cluster_id)).all())
    old_digest = dict(conn.execute(select(t.clusters.c.id, t.clusters.c.digest)).all())
    taken: set[int] = set()
    changed: list[tuple[int | None, list[int], list[dict], str]] = []
    for cluster in sorted(built, key=lambda c: -len(c.nodes)):
        item_ids = [nodes[n].item_id for n in cluster.nodes]
        evidence = sorted(
            (group_json(g, nodes) for g in cluster.groups),
            key=lambda e: (e["kind"], e["value"] or "", e["members"][0]["item_id"]),
        )
        digest = cluster_digest(item_ids, evidence)
        votes = Counter(old_member[x] for x in item_ids if x in old_member and old_member[x] not in taken)
        cluster_id = votes.most_common(1)[0][0] if votes else None
        if cluster_id is not None:
            taken.add(cluster_id)
            if old_digest.get(cluster_id) == digest:
                continue
        changed.append((cluster_id, item_ids, evidence, digest))
    gone = [cid for cid in old_digest if cid not in taken]
    rewritten = [cid for cid, *_ in changed if cid is not None]
    if gone or rewritten:
        conn.execute(delete(t.cluster_members).where(t.cluster_members.c.cluster_id.in_(gone + rewritten)))
    if gone:
        conn.execute(delete(t.clusters).where(t.clusters.c.id.in_(gone)))
    members = []
    for cluster_id, item_ids, evidence, digest in changed:
        values = {
            "generation": generation,
            "updated_at": now,
            "item_count": len(item_ids),
            "digest": digest,
            "evidence": json.dumps(evidence, separators=(",", ":")),
        }
        if cluster_id is None:
            cluster_id = conn.execute(
                insert(t.clusters).values(created_at=now, **values).returning(t.clusters.c.id)
            ).scalar_one()
        else:
            conn.execute(update(t.clusters).where(t.clusters.c.id == cluster_id).values(**values))
        members.extend({"item_id": x, "cluster_id": cluster_id} for x in item_ids)
    # Every old membership of these items was in a cluster rewritten or gone (deleted above): an
    # unchanged cluster keeps exactly its old members.
    if members:
        conn.execute(insert(t.cluster_members), members)
    # Cluster leases of items no longer open (decided one by one, superseded) are dead: drop them.
    cl = t.cluster_leases
    conn.execute(delete(cl).where(~select(i.c.id).where(i.c.id == cl.c.item_id, i.c.state == "open").exists()))
    return generation


def maybe_build(ctx: ServerContext) -> ClusterBuildReport | None:
    """Rebuild if due and this process's duty cycle allows (the background loop calls this)."""
    tick = time.monotonic()
    if tick < ctx.cluster_next_build:
        return None
    with ctx.db.read() as conn:
        due = build_due(conn)
    if not due:
        return None
    report = build(ctx)
    if report is not None:
        ctx.cluster_next_build = time.monotonic() + DUTY_FACTOR * report.duration_ms / 1000
    return report
