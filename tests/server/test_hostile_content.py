"""Hostile listing content is stored and served byte-for-byte, never interpreted."""

from __future__ import annotations

from api_helpers import claim

HTML_TITLE = '<script>alert("x")</script><img src=x onerror=alert(1)> Vélo'
RTL_TEXT = "Appelez \u202e87 65 43 21 60\u202c ou écrivez \u200bà jean\u2066@\u2069mail"
BIG_DESCRIPTION = ("Description très longue — ñ ü 漢字 \U0001f6b2 " * 30000)[:1_048_576]


def test_html_rtl_and_a_megabyte_survive_the_round_trip(any_server):
    listing = {
        "id": "HOSTILE-1",
        "seller_id": "S1",
        "title": HTML_TITLE,
        "description": BIG_DESCRIPTION,
        "price": 10.0,
        "currency": "EUR",
        "category": "home",
        "location": RTL_TEXT,
        "country": "FR",
        "queue_id": "reported",
        "priority": 9,
    }
    with any_server.client("admin1") as admin:
        created = admin.post("/v1/admin/listings", json=listing)
    assert created.status_code == 200, created.text
    with any_server.client("moderator1") as client:
        lease = claim(client, "reported")[0]
        response = client.get(f"/v1/items/{lease['item_id']}")
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    served = response.json()["listing"]
    assert served["title"] == HTML_TITLE
    assert served["location"] == RTL_TEXT
    assert len(served["description"]) == len(BIG_DESCRIPTION)
    assert served["description"] == BIG_DESCRIPTION


def test_a_script_uploaded_as_an_image_is_refused(any_server):
    with any_server.client("admin1") as admin:
        response = admin.post(
            "/v1/admin/images",
            content=b"<html><script>alert(1)</script></html>",
            headers={"content-type": "image/png"},
        )
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_image"
