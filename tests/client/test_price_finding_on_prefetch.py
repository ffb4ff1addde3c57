"""A listing priced far below comparable listings reaches the moderator with a ``price`` finding
that shows the usual range, and keeps it when the policy is refreshed."""

from __future__ import annotations

import httpx
from client_dataset import QUEUE

from moderator_app.core.schema import API_PREFIX


def _post_bait(server_url: str) -> None:
    token = httpx.post(
        f"{server_url}{API_PREFIX}/auth/token", json={"username": "admin1", "password": "demo"}
    )
    token.raise_for_status()
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    bait = {
        "id": "L-BAIT",
        "seller_id": "seller-1",
        "title": "Vélo de ville comme neuf",
        "description": "Très bon état, cause départ.",
        "price": 20.0,
        "currency": "EUR",
        "category": "home",
        "location": "Lyon",
        "country": "FR",
        "queue_id": QUEUE,
        "priority": 100,
    }
    httpx.post(f"{server_url}{API_PREFIX}/admin/listings", json=bait, headers=headers).raise_for_status()


def test_a_bait_price_arrives_as_a_price_finding(server, make_workstation):
    _post_bait(server.url)
    ws, events = make_workstation(server.url, screen_text=True)
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    bait = events.wait_for(
        lambda: next((i for i in ws.review_items() if i.listing.id == "L-BAIT"), None), what="L-BAIT ready"
    )
    [price] = [f for f in bait.text_findings if f.kind == "price"]
    assert (price.field, price.text, price.normalized) == ("price", "20", "20 EUR")
    assert price.details["basis"] == "similar" and price.details["listings"] >= 20
    assert price.details["low"] > 100 and "listings" in price.explanation
    others = events.wait_for(
        lambda: [i for i in ws.review_items() if i.listing.id != "L-BAIT"] or None, what="fairly priced items"
    )
    assert not any(f.kind == "price" for i in others for f in i.text_findings)
