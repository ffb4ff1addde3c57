"""Seller risk history: verification, past outcomes, strikes and linked accounts."""

from __future__ import annotations


def test_history_links_accounts_by_shared_phone_and_device(any_server):
    with any_server.client("moderator1") as client:
        history = client.get("/v1/sellers/S2/history").json()
    assert history["verification"] == {"email": False, "phone": False, "kyc": "none"}
    assert history["reports_received"] == 3
    assert [s["reason"] for s in history["strikes"]] == ["contact_details"]
    past = {p["listing_id"]: p for p in history["past_listings"]}
    assert past["P0001"]["outcome"] == "rejected" and past["P0001"]["reasons"] == ["contact_details"]
    linked = {a["seller_id"]: a["shared"] for a in history["linked_accounts"]}
    assert linked == {"S1": ["phone"], "S3": ["device"]}
