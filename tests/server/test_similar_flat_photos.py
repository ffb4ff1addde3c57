"""The server's similar-photo search leaves out photos too flat for their hash to mean anything.

Blank, one-colour and slightly noisy photos all get (nearly) the same perceptual hash, so a
naive search calls every one a copy of every other. The server applies the desk's rule
(core.phash: hash quality under MIN_HASH_QUALITY takes no part in matching), and real reused
photos, even resized and recompressed, still match.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from moderator_app.core.phash import MIN_HASH_QUALITY, hash_quality
from tests.screening.conftest_image import real_photo

MATCH_DISTANCE = 12  # the desk's default similar_max_distance


def _encode(image: Image.Image, fmt: str, **params) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **params)
    return out.getvalue()


def flat_photos(seed: int, count: int) -> dict[str, bytes]:
    """White, black, one colour and slight noise (fixed ones first, then random ones)."""
    rng = np.random.default_rng(seed)
    photos = {
        "white": _encode(Image.new("RGB", (640, 480), (255, 255, 255)), "PNG"),
        "black": _encode(Image.new("RGB", (800, 600), (0, 0, 0)), "JPEG"),
        "beige": _encode(Image.new("RGB", (500, 500), (232, 220, 200)), "PNG"),
        "noise": _encode(
            Image.fromarray(np.clip(242 + rng.normal(0, 4, (600, 800, 3)), 0, 255).astype(np.uint8)), "JPEG"
        ),
    }
    for n in range(count - len(photos)):
        width, height = int(rng.integers(120, 900)), int(rng.integers(120, 900))
        colour = rng.integers(0, 256, 3)
        pixels = colour + rng.normal(0, rng.uniform(0, 3), (height, width, 3))
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        fmt = ["PNG", "JPEG", "WEBP"][n % 3]
        photos[f"flat-{n}"] = _encode(image, fmt, **({"quality": int(rng.integers(30, 95))} if fmt != "PNG" else {}))
    return photos


def real_photos() -> dict[str, bytes]:
    astronaut = Image.fromarray(real_photo("astronaut"))
    return {
        "astronaut": _encode(astronaut, "PNG"),
        "astronaut-copy": _encode(astronaut.resize((300, 300)), "JPEG", quality=60),
        "coffee": _encode(Image.fromarray(real_photo("coffee")), "PNG"),
    }


def _post(admin, photos: dict[str, bytes], seller: str, suffix: str) -> dict[str, dict]:
    refs = {}
    for name, data in photos.items():
        response = admin.post("/v1/admin/images", params={"id": f"{name}-{suffix}"}, content=data)
        assert response.status_code in (200, 201), response.text
        refs[name] = response.json()
        listing = {
            "id": f"L-{name}-{suffix}",
            "seller_id": seller,
            "title": f"Photo {name}",
            "description": "Test listing",
            "category": "home",
            "country": "FR",
            "image_ids": [refs[name]["id"]],
        }
        posted = admin.post("/v1/admin/listings", json=listing)
        assert posted.status_code in (200, 201), posted.text
    return refs


def test_flat_photos_never_match_and_real_reused_photos_still_do(any_server):
    flats = flat_photos(seed=11, count=40)
    with any_server.client("admin1") as admin:
        # Every flat photo twice, on two sellers' listings: a naive search pairs them all.
        first = _post(admin, flats, "S1", "a")
        second = _post(admin, flats, "S2", "b")
        real = _post(admin, real_photos(), "S3", "r")
    flat_ids = {ref["id"] for ref in (*first.values(), *second.values())}
    with any_server.client("lead1") as lead:
        false_matches = {}
        for name, ref in first.items():
            found = lead.get("/v1/images/similar", params={"phash": ref["phash"], "max_distance": MATCH_DISTANCE})
            assert found.status_code == 200, found.text
            hits = [m["image_id"] for m in found.json() if m["image_id"] in flat_ids]
            if hits:
                false_matches[name] = hits
        print(f"\n  {len(first)} flat photos (x2) searched: {len(false_matches)} with a flat match")
        assert false_matches == {}

        found = lead.get(
            "/v1/images/similar", params={"phash": real["astronaut"]["phash"], "max_distance": MATCH_DISTANCE}
        ).json()
        ids = {m["image_id"] for m in found}
        assert {real["astronaut"]["id"], real["astronaut-copy"]["id"]} <= ids
        assert real["coffee"]["id"] not in ids and not ids & flat_ids


def test_the_flat_photos_here_are_the_ones_the_rule_excludes():
    """The test photos are flat by the shared rule (and the real ones are not): the search test
    above cannot pass by accident of its data."""
    for name, data in flat_photos(seed=11, count=40).items():
        assert hash_quality(Image.open(io.BytesIO(data))) < MIN_HASH_QUALITY, name
    for name, data in real_photos().items():
        assert hash_quality(Image.open(io.BytesIO(data))) >= MIN_HASH_QUALITY, name
