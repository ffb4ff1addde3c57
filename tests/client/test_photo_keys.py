"""Photos are fetched only at the unguessable media URLs the server gives in the item detail.

The server serves a photo at ``/v1/media/<key>`` and nowhere else: a URL built from the image id
gets 404. So the desk never builds one. A photo whose detail comes without its key (an answer
spoiled on the way, or a server bug) is a clear per-photo error, named on its placeholder; the
listing's other photos and the listing itself are unaffected.
"""

from __future__ import annotations

import hashlib
import json

import httpx
import pytest
from client_dataset import QUEUE

from moderator_app.core.schema import API_PREFIX

KEYLESS = {"img-0", "img-3"}


class KeylessPhotos(httpx.BaseTransport):
    """Forwards to the real server; drops the media URL of the KEYLESS photos from item details
    (``spoiled`` is what replaces it) and records every media request and the URLs it removed."""

    def __init__(self, spoiled: str) -> None:
        self.real = httpx.HTTPTransport()
        self.spoiled = spoiled
        self.media_requests: list[tuple[str, int]] = []
        self.given_urls: dict[str, str] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.real.handle_request(request)
        path = request.url.path
        if "/v1/media/" in path:
            self.media_requests.append((path, response.status_code))
            return response
        if request.method != "GET" or "/v1/items/" not in path or response.status_code != 200:
            return response
        body = json.loads(response.read())
        response.close()
        for image in body["listing"]["images"]:
            self.given_urls[image["id"]] = image["url"]
            if image["id"] in KEYLESS:
                image["url"] = self.spoiled
        return httpx.Response(200, json=body, headers={"Content-Type": "application/json"})

    def close(self) -> None:
        self.real.close()


@pytest.mark.parametrize("spoiled", ["", "/v1/media/", "   "])
def test_a_photo_without_its_media_key_is_a_clear_error_of_that_photo_alone(server, make_workstation, spoiled):
    transport = KeylessPhotos(spoiled)
    ws, events = make_workstation(server.url, transport=transport)
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    wanted = {"L0000", "L0001", "L0003"}
    items = events.wait_for(
        lambda: (found := {i.listing.id: i for i in ws.review_items() if i.listing.id in wanted}).keys() == wanted
        and found,
        what="the listings with keyless photos",
    )
    for item in items.values():
        for image in item.listing.images:
            if image.id in KEYLESS:
                assert item.image_paths[image.id] is None
                assert item.image_errors[image.id] == "missing_media_key"
            else:
                path = item.image_paths[image.id]
                assert path is not None and hashlib.sha256(path.read_bytes()).hexdigest() == image.sha256
                assert image.id not in item.image_errors
    # Every photo was asked for at the key the server gave, never at a URL built from its id.
    given = set(transport.given_urls.values())
    asked = {path for path, _ in transport.media_requests}
    assert asked and asked <= {f"/{u.lstrip('/')}" for u in given}, (asked, given)
    assert not any(path.rstrip("/").endswith(f"/{image_id}") for path in asked for image_id in transport.given_urls)
    assert all(status == 200 for _, status in transport.media_requests)


@pytest.mark.parametrize(
    "language, expected",
    [
        ("en", "Photo unavailable: the server gave no address for it"),
        ("fr", "Photo indisponible : le serveur n'a pas donné son adresse"),
        ("es", "Foto no disponible: el servidor no dio su dirección"),
    ],
)
def test_the_placeholder_of_a_keyless_photo_says_why(server, make_workstation, qapp, language, expected):
    from moderator_app.views import i18n
    from moderator_app.views.review_prefetch import unavailable_photo

    ws, events = make_workstation(server.url, transport=KeylessPhotos(""))
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    item = events.wait_for(
        lambda: next((i for i in ws.review_items() if i.listing.id == "L0000"), None), what="L0000 ready"
    )
    i18n.install(qapp, language)
    try:
        keyless = unavailable_photo(item, "img-0")
        pending = unavailable_photo(item, "img-not-yet")
    finally:
        i18n.install(qapp, "en")
    assert not keyless.ok and keyless.error == expected
    assert pending.error != expected  # a photo still on its way is not called unavailable


def test_the_server_serves_a_photo_at_its_key_only(server):
    from moderator_app.net.api_client import ApiClient

    with ApiClient(server.url) as api:
        api.login("moderator1", "demo")
        [lease] = api.claim(QUEUE, 1)
        images = api.item(lease.item_id).listing.images
        headers = {"Authorization": f"Bearer {api.token}"}
        for image in images:
            assert hashlib.sha256(api.media(image)).hexdigest() == image.sha256
            by_id = httpx.get(f"{server.url}{API_PREFIX}/media/{image.id}", headers=headers)
            assert by_id.status_code == 404
