"""The item detail carries the usual price of comparable listings, from the server's own data,
and the desk turns a price far below it into a ``price`` finding (SQLite and PostgreSQL)."""

from __future__ import annotations

import random

from api_helpers import claim

from moderator_app.core.schema import ItemDetail
from moderator_app.screening.price_check import price_finding

PHONES = ("iPhone 12 128 Go", "iPhone 12 noir", "iPhone 12 Pro", "iPhone 12 64 Go débloqué")
OTHERS = ("Câble USB-C", "Coque silicone", "Chargeur rapide", "Écouteurs filaires", "Souris sans fil")


def _listing(listing_id: str, title: str, price: float | None, queue_id: str | None = None) -> dict:
    return {
        "id": listing_id,
        "seller_id": "S1",
        "title": title,
        "description": "Bon état général",
        "price": price,
        "currency": "EUR",
        "category": "price-test-electronics",
        "location": "Lyon",
        "country": "FR",
        **({"queue_id": queue_id} if queue_id else {}),
    }


def _seed(admin, rng: random.Random) -> None:
    for i in range(14):
        title = rng.choice(PHONES)
        admin.post(
            "/v1/admin/listings", json=_listing(f"PR-PHONE-{i}", title, rng.randint(380, 620))
        ).raise_for_status()
    for i in range(20):
        title = rng.choice(OTHERS)
        admin.post(
            "/v1/admin/listings", json=_listing(f"PR-ACC-{i}", title, rng.randint(8, 30))
        ).raise_for_status()


def _detail_of(any_server, listing: dict) -> ItemDetail:
    with any_server.client("admin1") as admin:
        admin.post("/v1/admin/listings", json=listing).raise_for_status()
    with any_server.client("moderator1") as client:
        leases = claim(client, "reported", count=5)
        lease = next(lease for lease in leases if lease["listing_id"] == listing["id"])
        return ItemDetail.model_validate(client.get(f"/v1/items/{lease['item_id']}").json())


def test_an_iphone_at_80_euros_is_far_below_similar_listings(any_server) -> None:
    with any_server.client("admin1") as admin:
        _seed(admin, random.Random(3))
    detail = _detail_of(any_server, _listing("PR-BAIT", "iPhone 12 comme neuf", 80, "reported"))
    usual = detail.price_range
    assert usual is not None and usual.basis == "similar" and usual.listings == 14
    assert 380 <= usual.low <= usual.median <= usual.high <= 620
    finding = price_finding(detail.listing.price, detail.listing.currency, usual)
    assert finding is not None and finding.kind == "price" and finding.field == "price"
    assert finding.text == "80" and finding.normalized == "80 EUR"
    assert f"{int(usual.low)}" in finding.explanation and "14 listings" in finding.explanation


def test_a_fair_price_and_a_missing_price_give_no_finding(any_server) -> None:
    with any_server.client("admin1") as admin:
        _seed(admin, random.Random(4))
    fair = _detail_of(any_server, _listing("PR-FAIR", "iPhone 12 Pro", 450, "reported"))
    assert fair.price_range is not None
    assert price_finding(fair.listing.price, fair.listing.currency, fair.price_range) is None
    free = _detail_of(any_server, _listing("PR-FREE", "iPhone 12", None, "reported"))
    assert free.price_range is None


def test_without_similar_titles_the_whole_category_is_the_range(any_server) -> None:
    with any_server.client("admin1") as admin:
        _seed(admin, random.Random(5))
    detail = _detail_of(any_server, _listing("PR-ODD", "Tourne-disque vintage", 2, "reported"))
    assert detail.price_range is not None and detail.price_range.basis == "category"
    assert detail.price_range.listings == 34


def test_a_category_with_too_few_listings_has_no_range(any_server) -> None:
    listing = _listing("PR-RARE", "Orgue de barbarie", 15, "reported") | {"category": "price-test-rare"}
    assert _detail_of(any_server, listing).price_range is None
