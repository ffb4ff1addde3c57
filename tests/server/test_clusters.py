"""Clusters over the real server: each kind of evidence groups its ring, the listings that must not
be grouped stay alone, clusters follow decisions and arrivals, and the settings shape them."""

from __future__ import annotations

import pytest
from api_helpers import assert_problem
from cluster_helpers import ALONE, RINGS, item_ids, ring_dataset

from moderator_app.server import tables as t


@pytest.fixture
def rings(request, server_factory, make_test_dataset):
    """A live server (SQLite, then PostgreSQL) holding the rings, with its clusters built."""
    dataset = ring_dataset(make_test_dataset())
    if request.param == "postgres":
        server = server_factory(dataset, database_url=request.getfixturevalue("pg_url"))
    else:
        server = server_factory(dataset)
    with server.client("lead1") as lead:
        report = lead.post("/v1/cluster-builds")
        assert report.status_code == 200, report.text
    return server


pytestmark = pytest.mark.parametrize(
    "rings", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)


def _clusters(server) -> list[dict]:
    with server.client("lead1") as lead:
        page = lead.get("/v1/clusters").json()
        views = [lead.get(f"/v1/clusters/{c['cluster_id']}").json() for c in page["clusters"]]
    return views


def _listings(view: dict) -> set[str]:
    return {m["listing_id"] for m in view["members"]}


def test_each_kind_of_evidence_groups_its_ring(rings):
    views = {frozenset(_listings(v)): v for v in _clusters(rings)}
    for kind, ring in RINGS.items():
        assert frozenset(ring) in views, f"the {kind} ring was not found: {list(views)}"
        evidence = views[frozenset(ring)]["evidence"]
        assert kind in {e["kind"] for e in evidence}, evidence
    photo = next(e for e in views[frozenset(RINGS["photo"])]["evidence"] if e["kind"] == "photo")
    assert {m["image_id"] for m in photo["members"]} == {"img-ring", "img-ring-copy"}
    assert max(m["distance"] for m in photo["members"]) <= 6
    phone = next(e for e in views[frozenset(RINGS["phone"])]["evidence"] if e["kind"] == "phone")
    assert phone["value"] == "+33611223344"
    assert {m["source"] for m in phone["members"]} == {"text", "account"}
    text = next(e for e in views[frozenset(RINGS["text"])]["evidence"] if e["kind"] == "text")
    assert 0.65 <= text["similarity"] <= 1


def test_listings_that_must_not_be_grouped_stay_alone(rings):
    clustered = set().union(*(_listings(v) for v in _clusters(rings)))
    assert not clustered & ALONE, f"grouped though they must not be: {sorted(clustered & ALONE)}"
    assert len(_clusters(rings)) == 3


def test_the_review_screen_summary_counts_listings_and_sellers(rings):
    ids = item_ids(rings)
    with rings.client("moderator1") as desk:
        leases = desk.post("/v1/queues/new-fr/claim", json={"count": 50}).json()["leases"]
        held = {lease["listing_id"]: lease["item_id"] for lease in leases}
        detail = desk.get(f"/v1/items/{held['PH1']}").json()
        alone = desk.get(f"/v1/items/{held['SH0']}").json()
    summary = detail["cluster"]
    assert (summary["listings"], summary["sellers"], summary["items"]) == (3, 3, 3)
    assert summary["evidence"] == [{"kind": "phone", "count": 1}]
    assert summary["may_decide"] is True and summary["max_size"] == 20
    assert alone["cluster"] is None
    assert ids["PH1"] == held["PH1"]


def test_a_decided_member_leaves_at_once_and_a_cluster_without_two_sellers_dissolves(rings):
    ids = item_ids(rings)
    with rings.client("lead1") as lead:
        cluster_id = lead.get(f"/v1/items/{ids['PR1']}").json()["cluster"]["cluster_id"]
        for listing in ("PR1", "PR2"):
            claimed = lead.post(
                f"/v1/clusters/{cluster_id}/claim", json={"item_id": ids["PR3"], "item_ids": [ids[listing]]}
            )
            lease = claimed.json()["leases"][0]
            body = {
                "idempotency_key": __import__("uuid").uuid4().hex,
                "item_id": lease["item_id"],
                "lease_token": lease["lease_token"],
                "action": "approve",
                "time_spent_ms": 1000,
                "listing_version": lease["listing_version"],
            }
            assert lead.post("/v1/decisions", json=body).status_code == 200
            remaining = lead.get(f"/v1/items/{ids['PR3']}").json()["cluster"]
            if listing == "PR1":
                assert remaining["listings"] == 2
        assert remaining is None  # PR3 alone: nothing links it any more


def test_a_new_listing_joins_its_ring_at_the_next_build(rings):
    with rings.client("admin1") as admin:
        created = admin.post(
            "/v1/admin/listings",
            json={
                "id": "PH4",
                "seller_id": "K1",
                "title": "Tablette",
                "description": "Écrivez ou appelez le 0611223344.",
                "category": "electronics",
                "country": "FR",
                "queue_id": "new-fr",
            },
        )
        assert created.status_code in (200, 201), created.text
    with rings.client("lead1") as lead:
        report = lead.post("/v1/cluster-builds").json()
        assert report["features_extracted"] == 1
        item = created.json()["item_id"]
        summary = lead.get(f"/v1/items/{item}").json()["cluster"]
    assert summary["listings"] == 4 and summary["sellers"] == 4


def test_one_sellers_own_listings_group_only_when_the_settings_say_so(rings):
    ids = item_ids(rings)
    with rings.client("lead1") as lead:
        settings = lead.get("/v1/cluster-settings").json()
        assert settings["group_single_seller"] is False
        changed = lead.put("/v1/cluster-settings", json={**settings, "group_single_seller": True})
        assert changed.status_code == 200, changed.text
        lead.post("/v1/cluster-builds")
        shop = lead.get(f"/v1/items/{ids['SH0']}").json()["cluster"]
    assert shop is not None and shop["listings"] == 3 and shop["sellers"] == 1


def test_moderators_cannot_change_the_settings_and_leads_cannot_list_a_role_twice(rings):
    with rings.client("moderator1") as desk:
        assert_problem(desk.put("/v1/cluster-settings", json={}), 403)
    with rings.client("lead1") as lead:
        twice = [{"role": "moderator", "may_decide": True, "max_size": 5}] * 2
        assert_problem(lead.put("/v1/cluster-settings", json={"roles": twice}), 422, "duplicate_role")


def test_rebuilds_keep_cluster_ids_and_leave_unchanged_clusters_alone(rings):
    before = {frozenset(_listings(v)): v["cluster_id"] for v in _clusters(rings)}
    with rings.db.read() as conn:
        stamps = dict(
            conn.execute(
                t.clusters.select().with_only_columns(t.clusters.c.id, t.clusters.c.generation)
            ).all()
        )
    with rings.client("lead1") as lead:
        lead.post("/v1/cluster-builds")
    after = {frozenset(_listings(v)): v["cluster_id"] for v in _clusters(rings)}
    assert before == after
    with rings.db.read() as conn:
        again = dict(
            conn.execute(
                t.clusters.select().with_only_columns(t.clusters.c.id, t.clusters.c.generation)
            ).all()
        )
    assert again == stamps  # not rewritten


def test_a_number_a_desk_read_in_a_photo_links_the_listing_to_one_that_writes_it(rings):
    ids = item_ids(rings)
    with rings.client("lead1") as lead:
        photo = lead.get(f"/v1/items/{ids['FM2']}").json()["listing"]["images"][0]["id"]
    with rings.client("moderator1") as desk:
        refused = desk.post(f"/v1/images/{photo}/text-findings", json={"findings": [{"kind": "phone", "normalized": "+33698765432"}]})
        assert_problem(refused, 404)  # not a photo of an item this desk holds
        held = {x["listing_id"]: x for x in desk.post("/v1/queues/new-fr/claim", json={"count": 50}).json()["leases"]}
        assert "FM2" in held
        reported = desk.post(
            f"/v1/images/{photo}/text-findings",
            json={"findings": [{"kind": "phone", "normalized": "+33698765432"}, {"kind": "messaging", "normalized": "whatsapp"}]},
        )
        assert reported.json() == {"image_id": photo, "accepted": 1, "ignored": 1}
    with rings.client("lead1") as lead:
        assert lead.post("/v1/cluster-builds").status_code == 200
        cluster = lead.get(f"/v1/items/{ids['FM1']}").json()["cluster"]
        view = lead.get(f"/v1/clusters/{cluster['cluster_id']}").json()
    phone = view["evidence"][0]
    assert phone["kind"] == "phone" and phone["value"] == "+33698765432"
    assert {(m["listing_id"], m["source"]) for m in phone["members"]} == {("FM1", "text"), ("FM2", "photo")}
