"""Blank and flat photos share one perceptual hash: they are kept out of duplicate matching, and
their quality flag says so. Real reused photos still match. Also: ``screen-images`` without a
country reads the phone number in a photo in the policy's markets."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from moderator_app.screening.image import ImagePrescreener
from moderator_app.screening.image.decoding import decode_image
from moderator_app.screening.image.similarity import (
    MAX_DISTANCE,
    MIN_HASH_QUALITY,
    hamming,
    hash_quality,
    phash_hex,
)
from moderator_app.screening.image_cli import _analyse_files, _run_matches
from tests.screening.conftest_image import (  # noqa: F401 (fixtures)
    encode,
    image_screener_fixture,
    real_photo,
    real_photo_names,
    screener_without_ocr_fixture,
    text_image,
)


def flat_images() -> dict[str, bytes]:
    """Odd uploads a desk sees every day: blank, uniform, dark, graded, almost empty."""
    rng = np.random.default_rng(7)
    images: dict[str, Image.Image] = {
        "white.png": Image.new("RGB", (640, 480), (255, 255, 255)),
        "black.jpg": Image.new("RGB", (800, 600), (0, 0, 0)),
        "beige.png": Image.new("RGB", (500, 500), (232, 220, 200)),
        "sky.jpg": Image.fromarray(
            np.tile(np.linspace(40, 90, 480, dtype=np.uint8)[:, None, None], (1, 640, 3))
        ),
        "scan-noise.jpg": Image.fromarray(
            np.clip(242 + rng.normal(0, 4, (600, 800, 3)), 0, 255).astype(np.uint8)
        ),
    }
    logo = Image.new("RGB", (600, 600), (250, 250, 250))
    ImageDraw.Draw(logo).ellipse((280, 280, 320, 320), fill=(30, 30, 120))
    images["small-logo.png"] = logo
    return {name: encode(image, "PNG" if name.endswith(".png") else "JPEG") for name, image in images.items()}


def test_flat_photos_would_all_match_each_other_without_the_exclusion() -> None:
    """The reason for the rule: their hashes are within the match distance of one another."""
    hashes = {name: phash_hex(decode_image(data)) for name, data in flat_images().items()}
    close = [
        (a, b) for a, b in itertools.combinations(hashes, 2) if hamming(hashes[a], hashes[b]) <= MAX_DISTANCE
    ]
    print(
        f"\n  flat photos: {len(close)} of {len(hashes) * (len(hashes) - 1) // 2} pairs within the match distance"
    )
    assert close


def test_flat_photos_score_under_the_threshold_and_real_photos_above() -> None:
    flat = {name: hash_quality(decode_image(data)) for name, data in flat_images().items()}
    real = {name: hash_quality(decode_image(encode(real_photo(name), "PNG"))) for name in real_photo_names()}
    print(f"\n  hash quality, flat: {flat}\n  hash quality, real: {real}")
    assert all(q < MIN_HASH_QUALITY for q in flat.values())
    assert all(q >= MIN_HASH_QUALITY for q in real.values())


def test_a_run_of_flat_photos_has_no_duplicates_and_says_why(screener_without_ocr, tmp_path: Path) -> None:
    files = []
    for name, data in flat_images().items():
        (tmp_path / name).write_bytes(data)
        files.append(str(tmp_path / name))
    astronaut = Image.fromarray(real_photo("astronaut"))
    for name, image in (("photo.png", astronaut), ("copy.jpg", astronaut.resize((300, 300)))):
        image.save(tmp_path / name)
        files.append(str(tmp_path / name))
    results = _analyse_files(screener_without_ocr, files)
    matches = _run_matches(results, screener_without_ocr.settings.duplicate_max_distance)
    for result, rows in zip(results, matches, strict=True):
        screener_without_ocr.contextual(result, None, match_rows=rows or None)
    by_name = {Path(r.path).name: r for r in results}
    false_matches = [name for name in flat_images() if by_name[name].flags_of("duplicate")]
    print(f"\n  false duplicate matches among {len(flat_images())} flat photos: {len(false_matches)}")
    assert false_matches == []
    for name in flat_images():
        [flag] = [
            f for f in by_name[name].flags_of("quality") if f.details.get("duplicate_matching") is False
        ]
        assert flag.details["hash_quality"] < MIN_HASH_QUALITY
        assert "not compared with other photos" in flag.details["duplicate_matching_reason"]
        assert by_name[name].phash  # the hash is still reported
    assert [m["path"] for m in by_name["photo.png"].flags_of("duplicate")[0].details["matches"]] == [
        str(tmp_path / "copy.jpg")
    ]


def test_the_desk_cache_neither_indexes_nor_matches_flat_photos(tmp_path: Path) -> None:
    from moderator_app.screening.image.screener import ScreenerSettings

    blank_a, blank_b = flat_images()["white.png"], flat_images()["beige.png"]
    with ImagePrescreener(tmp_path / "cache.sqlite3", ScreenerSettings(ocr=False)) as prescreener:
        first = prescreener.screen_bytes(blank_a, image_id="a", listing_id="L1")
        second = prescreener.screen_bytes(blank_b, image_id="b", listing_id="L2")
        assert not first.matchable and not second.matchable
        assert second.flags_of("duplicate") == []
        assert prescreener.cache.similar(second.phash, 64) == []


def test_screen_images_without_a_country_reads_phones_in_the_markets(image_screener) -> None:
    data = encode(text_image(["Appelez 06 12 34 56 78"], size=44), "PNG")
    result = image_screener.screen_bytes(data, country=None)
    phones = [f for f in result.findings if f["kind"] == "phone"]
    assert [p["normalized"] for p in phones] == ["+33612345678"]
    assert "market FR" in phones[0]["explanation"]
