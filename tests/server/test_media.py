"""Images: uploaded, hashed, served only to signed-in users with the right headers."""

from __future__ import annotations

import hashlib
import io

import httpx
from api_helpers import assert_problem
from PIL import Image


def _jpeg(color=(10, 120, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(out, format="JPEG")
    return out.getvalue()


def test_upload_then_serve_with_etag_and_nosniff(live_server):
    data = _jpeg()
    with live_server.client("admin1") as admin:
        # The uploader's claimed content type is ignored: the bytes decide.
        ref = admin.post(
            "/v1/admin/images", params={"id": "photo-1"}, content=data, headers={"content-type": "image/png"}
        ).json()
    assert ref["sha256"] == hashlib.sha256(data).hexdigest()
    assert (ref["width"], ref["height"]) == (64, 48) and len(ref["phash"]) == 16

    with live_server.client("moderator1") as client:
        response = client.get(ref["url"])
        assert response.status_code == 200 and response.content == data
        assert response.headers["content-type"] == "image/jpeg"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["etag"] == f'"{ref["sha256"]}"'
        cached = client.get(ref["url"], headers={"If-None-Match": response.headers["etag"]})
        assert cached.status_code == 304
        similar = client.get("/v1/images/similar", params={"phash": ref["phash"], "max_distance": 0}).json()
    assert similar == [], "an image on no listing is not a match"
    assert_problem(httpx.get(f"{live_server.url}{ref['url']}"), 401)


def test_reused_photo_search_finds_other_sellers(live_server):
    with live_server.client("moderator1") as client:
        item = client.get("/v1/items/1", headers=live_server.headers("lead1")).json()
        phash = item["listing"]["images"][0]["phash"]
        matches = client.get("/v1/images/similar", params={"phash": phash, "max_distance": 4}).json()
        assert_problem(client.get("/v1/images/similar", params={"phash": "xyz"}), 422)
    assert {m["seller_id"] for m in matches} == {"S1", "S2", "S3"}
    assert all(m["distance"] == 0 for m in matches)


def test_oversized_body_is_413(live_server):
    limit = live_server.app.state.ctx.settings.max_body_bytes
    with live_server.client("admin1") as admin:
        response = admin.post(
            "/v1/admin/images", content=b"\0" * (limit + 1), headers={"content-type": "image/png"}
        )
    assert_problem(response, 413, "body_too_large")
