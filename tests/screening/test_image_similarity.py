"""Reused photos: resized, recompressed and slightly cropped copies match; different photos do not."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PIL import Image, ImageDraw

from moderator_app.screening.image.decoding import decode_image
from moderator_app.screening.image.similarity import (
    MAX_DISTANCE,
    HashCandidate,
    distances,
    find_matches,
    hamming,
    hashes_to_array,
    phash_hex,
)
from tests.screening.conftest_image import encode, real_photo, real_photo_names


def _generated(seed: int) -> Image.Image:
    """A synthetic 'product photo': a gradient background with random shapes."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:600, 0:800]
    base = np.stack(
        [(x * rng.uniform(0.1, 0.3) + y * rng.uniform(0.05, 0.2) + rng.uniform(0, 80)) % 256] * 3, -1
    )
    image = Image.fromarray((base * rng.uniform(0.5, 1, 3)).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x0, y0 = rng.integers(0, 700), rng.integers(0, 500)
        box = (x0, y0, x0 + rng.integers(30, 300), y0 + rng.integers(30, 300))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)(box, fill=colour)
    return image


def _hash(image: Image.Image, fmt: str = "PNG", **params: object) -> str:
    return phash_hex(decode_image(encode(image, fmt, **params)))


def _copies(image: Image.Image) -> dict[str, Image.Image | tuple[Image.Image, dict]]:
    w, h = image.size
    return {
        "half-size": image.resize((w // 2, h // 2), Image.Resampling.BILINEAR),
        "double-size": image.resize((w * 2, h * 2), Image.Resampling.BICUBIC),
        "thumbnail": image.resize((max(1, w // 4), max(1, h // 4)), Image.Resampling.LANCZOS),
        "crop-3%-each-side": image.crop((int(w * 0.03), int(h * 0.03), w - int(w * 0.03), h - int(h * 0.03))),
        "crop-5%-left": image.crop((int(w * 0.05), 0, w, h)),
        "crop-4%-bottom": image.crop((0, 0, w, h - int(h * 0.04))),
    }


SOURCES = [f"generated-{i}" for i in range(6)] + [
    n for n in real_photo_names() if n not in ("retina", "immunohistochemistry")
]


def _source(name: str) -> Image.Image:
    if name.startswith("generated-"):
        return _generated(int(name.split("-")[1]))
    return Image.fromarray(real_photo(name))


@pytest.mark.parametrize("name", SOURCES)
def test_resized_recompressed_and_cropped_copies_match(name) -> None:
    original = _source(name)
    reference = _hash(original)
    for label, copy in _copies(original).items():
        distance = hamming(reference, _hash(copy, "JPEG", quality=60))
        assert distance <= MAX_DISTANCE, (name, label, distance)
    assert hamming(reference, _hash(original, "JPEG", quality=25)) <= 4
    assert hamming(reference, _hash(original, "WEBP", quality=40)) <= 4


def test_different_photos_do_not_match() -> None:
    hashes = {name: _hash(_source(name)) for name in SOURCES + [f"generated-{i}" for i in range(6, 30)]}
    close = [(a, b, hamming(hashes[a], hashes[b])) for a, b in itertools.combinations(hashes, 2)]
    assert [pair for pair in close if pair[2] <= MAX_DISTANCE] == []


def test_hash_is_64_bit_hex() -> None:
    value = _hash(_source("generated-1"))
    assert len(value) == 16 and int(value, 16) >= 0


def test_find_matches_orders_by_distance_and_skips_bad_hashes() -> None:
    query = "ffffffffffffffff"
    candidates = [
        HashCandidate("far", "0000000000000000"),
        HashCandidate("near", "fffffffffffffff0", listing_id="L2", source="server"),
        HashCandidate("exact", "ffffffffffffffff"),
        HashCandidate("broken", "not-hex"),
    ]
    matches = find_matches(query, candidates, max_distance=8)
    assert [(m.ref, m.distance) for m in matches] == [("exact", 0), ("near", 4)]
    assert matches[1].to_json() == {"ref": "near", "distance": 4, "source": "server", "listing_id": "L2"}


def test_vectorised_distances_agree_with_hamming() -> None:
    rng = np.random.default_rng(5)
    hashes = [f"{int(v):016x}" for v in rng.integers(0, 2**63, 50, dtype=np.int64)]
    table = hashes_to_array(hashes)
    assert distances(hashes[0], table).tolist() == [hamming(hashes[0], h) for h in hashes]
