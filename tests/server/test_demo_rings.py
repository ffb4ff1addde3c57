"""The demo's three rings are found as clusters, and its exposure history fills the leads' view."""

from __future__ import annotations

import json

from sqlalchemy import select

from moderator_app.server import tables as t
from moderator_app.server.context import ServerContext
from moderator_app.server.db import Database
from moderator_app.server.migrate import upgrade
from moderator_app.server.wellness.exposure import status


def test_the_demo_rings_are_clusters_and_leads_see_exposure(tmp_path):
    from moderator_app.server.auth import Principal
    from moderator_app.server.demo.seeding import seed_demo

    db = Database(str(tmp_path / "demo.sqlite3"))
    upgrade(db)
    seed_demo(db)
    with db.read() as conn:
        sellers = dict(conn.execute(select(t.listings.c.id, t.listings.c.seller_id)).all())
        members = {}
        for cluster_id, listing_id in conn.execute(
            select(t.cluster_members.c.cluster_id, t.items.c.listing_id).join(
                t.items, t.items.c.id == t.cluster_members.c.item_id
            )
        ):
            members.setdefault(cluster_id, set()).add(sellers[listing_id])
        evidence = {r.id: {e["kind"] for e in json.loads(r.evidence)} for r in conn.execute(select(t.clusters))}
        users = dict(conn.execute(select(t.users.c.username, t.users.c.id)).all())
        ctx = ServerContext(db=db)
        routed = status(conn, Principal(users["moderator5"], "moderator5", "M5", "moderator"), ctx.now())
        reminded = status(conn, Principal(users["moderator3"], "moderator3", "M3", "moderator"), ctx.now())
        events = conn.execute(select(t.exposure_events.c.id)).all()
    rings = {
        "photo": {f"ring-photo-{k}" for k in range(1, 5)},
        "phone": {f"ring-phone-{k}" for k in range(1, 4)},
        "text": {f"ring-text-{k}" for k in range(1, 5)},
    }
    for kind, accounts in rings.items():
        found = [cid for cid, who in members.items() if accounts <= who]
        assert found, f"the {kind} ring is not a cluster"
        assert kind in evidence[found[0]]
    assert routed.routed and routed.level == "reached"
    assert reminded.level == "reminder" and not reminded.routed
    assert len(events) > 500
    db.dispose()
