"""Images: uploaded, hashed, and served only to users with a right to an item that shows them,
under URLs that cannot be guessed or enumerated."""

from __future__ import annotations

import hashlib
import io

import httpx
from api_helpers import assert_problem, claim, decision_body
from PIL import Image
from qa_helpers import set_rule


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
        again = admin.post(
            "/v1/admin/images", params={"id": "photo-1"}, content=data, headers={"content-type": "image/jpeg"}
        ).json()
    assert again == ref, "uploading the same bytes again is a no-op with the same URL"
    assert ref["sha256"] == hashlib.sha256(data).hexdigest()
    assert (ref["width"], ref["height"]) == (64, 48) and len(ref["phash"]) == 16
    assert "photo-1" not in ref["url"], "the marketplace's id never appears in a media URL"

    with live_server.client("lead1") as client:
        response = client.get(ref["url"])
        assert response.status_code == 200 and response.content == data
        assert response.headers["content-type"] == "image/jpeg"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["etag"] == f'"{ref["sha256"]}"'
        assert response.headers["cache-control"].startswith("private")
        cached = client.get(ref["url"], headers={"If-None-Match": response.headers["etag"]})
        assert cached.status_code == 304
        similar = client.get("/v1/images/similar", params={"phash": ref["phash"], "max_distance": 0}).json()
    assert similar == [], "an image on no listing is not a match"
    assert_problem(httpx.get(f"{live_server.url}{ref['url']}"), 401)


def _photo_urls(server, item_id: int) -> list[str]:
    with server.client("lead1") as lead:
        return [image["url"] for image in lead.get(f"/v1/items/{item_id}").json()["listing"]["images"]]


def test_a_photo_goes_only_to_the_holder_of_a_lease_on_its_item(any_server):
    with any_server.client("moderator1") as one, any_server.client("moderator2") as two:
        lease = claim(one)[0]
        urls = _photo_urls(any_server, lease["item_id"])
        assert urls
        for url in urls:
            assert one.get(url).status_code == 200
            # Another moderator gets what a missing photo gets: the answer does not even confirm it.
            assert_problem(two.get(url), 404, "not_found")
        # Deciding ends the lease, and with it the right to the photos.
        assert one.post("/v1/decisions", json=decision_body(lease)).status_code == 200
        assert_problem(one.get(urls[0]), 404)
    with any_server.client("qa1") as qa:
        assert_problem(qa.get(urls[0]), 404)


def test_media_urls_cannot_be_enumerated(live_server):
    """The old scheme served /v1/media/<image id>; ids are the marketplace's, often sequential."""
    with live_server.client("moderator1") as mod, live_server.client("lead1") as lead:
        lease = claim(mod, count=12)
        ids = {image["id"] for image in lead.get(f"/v1/items/{lease[0]['item_id']}").json()["listing"]["images"]}
        probes = [*ids, "img-red", "img-blue", *(f"img-{n:04d}" for n in range(120)), *(str(n) for n in range(120))]
        statuses = {lead.get(f"/v1/media/{probe}").status_code for probe in probes}
    assert statuses == {404}
    key = _photo_urls(live_server, lease[0]["item_id"])[0].rsplit("/", 1)[1]
    assert len(key) >= 24 and key not in ids


def test_an_auditor_sees_the_photos_of_the_sample_they_hold(live_server):
    with (
        live_server.client("lead1") as lead,
        live_server.client("moderator1") as mod,
        live_server.client("qa1") as qa,
    ):
        set_rule(lead, base_rate=1.0)
        lease = claim(mod)[0]
        urls = _photo_urls(live_server, lease["item_id"])
        mod.post("/v1/decisions", json=decision_body(lease))
        assert_problem(qa.get(urls[0]), 404)  # sampled, not yet claimed by this auditor
        task = qa.post("/v1/qa/audits/claim", json={}).json()
        assert [image["url"] for image in task["listing"]["images"]] == urls
        assert qa.get(urls[0]).status_code == 200
        assert qa.post(f"/v1/qa/audits/{task['sample_id']}/release").status_code == 204
        assert_problem(qa.get(urls[0]), 404)  # given back: no longer theirs


def test_calibration_reviewers_see_the_photos_of_their_set(live_server):
    with live_server.client("lead1") as lead, live_server.client("qa1") as qa:
        urls = _photo_urls(live_server, 2)
        listing = lead.get("/v1/items/2").json()["listing"]["id"]
        assert_problem(qa.get(urls[0]), 404)
        created = lead.post(
            "/v1/calibrations",
            json={"name": "Photos", "items": [{"listing_id": listing}], "reviewers": ["qa1", "moderator1"]},
        )
        assert created.status_code == 201, created.text
        assert qa.get(urls[0]).status_code == 200


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
    assert response.headers["x-frame-options"] == "DENY"
