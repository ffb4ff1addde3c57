"""An edit creates a new listing version; decisions name the version they saw."""

from __future__ import annotations

from api_helpers import assert_problem, claim, decision_body


def _listing(title: str, **extra) -> dict:
    return {
        "id": "EDIT-1",
        "seller_id": "S1",
        "title": title,
        "description": "Bon état",
        "price": 50.0,
        "currency": "EUR",
        "category": "home",
        "location": "Lyon",
        "country": "FR",
        "queue_id": "reported",
        **extra,
    }


def test_edit_creates_a_version_and_supersedes_the_waiting_item(any_server):
    with any_server.client("admin1") as admin:
        v1 = admin.post("/v1/admin/listings", json=_listing("Chaise")).json()
    with any_server.client("moderator1") as client:
        old_lease = claim(client, "reported")[0]
        assert (old_lease["listing_version"], v1["version"]) == (1, 1)
        with any_server.client("admin1") as admin:
            v2 = admin.post("/v1/admin/listings", json=_listing("Chaise — appelez le 06 12 34 56 78")).json()
        assert v2["version"] == 2 and v2["superseded_items"] == [old_lease["item_id"]]

        assert_problem(client.post("/v1/decisions", json=decision_body(old_lease)), 409, "item_superseded")
        new_lease = claim(client, "reported")[0]
        assert new_lease["listing_version"] == 2
        assert_problem(
            client.post("/v1/decisions", json=decision_body(new_lease, listing_version=1)),
            409,
            "version_mismatch",
        )
        result = client.post("/v1/decisions", json=decision_body(new_lease, "reject")).json()
        assert result["listing_version"] == 2

    with any_server.client("qa1") as qa:
        seen = qa.get("/v1/listings/EDIT-1/versions/1").json()
        assert seen["title"] == "Chaise"
        assert qa.get("/v1/listings/EDIT-1/versions/2").json()["title"].endswith("78")
    # A lead reads the outcome: to a QA auditor the history stays blind (pending) whenever the
    # sampling picked this decision for audit, which it does at random.
    with any_server.client("lead1") as lead:
        history = lead.get("/v1/sellers/S1/history").json()
    past = {p["listing_id"]: p for p in history["past_listings"]}
    assert past["EDIT-1"]["outcome"] == "rejected" and past["EDIT-1"]["reasons"] == ["contact_details"]


def test_listing_with_unknown_seller_or_image_is_422(any_server):
    with any_server.client("admin1") as admin:
        bad_seller = admin.post("/v1/admin/listings", json=_listing("x", seller_id="nobody"))
        bad_image = admin.post("/v1/admin/listings", json=_listing("x", image_ids=["img-missing"]))
    assert assert_problem(bad_seller, 422)["errors"][0]["loc"] == "body.seller_id"
    assert assert_problem(bad_image, 422)["errors"][0]["loc"] == "body.image_ids"
