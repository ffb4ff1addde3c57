"""Unusable photos: tiny, very blurry, nearly uniform."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageFilter

from tests.screening.conftest_image import (
    encode,
    real_photo,
    real_photo_names,
    screener_without_ocr_fixture,  # noqa: F401
)


def _quality_labels(screener, data: bytes) -> set[str]:
    return {f.label for f in screener.analyse(data).flags if f.kind == "quality"}


def test_tiny_photo(screener_without_ocr) -> None:
    tiny = Image.fromarray(real_photo("astronaut")).resize((120, 90))
    result = screener_without_ocr.analyse(encode(tiny, "JPEG"))
    flag = next(f for f in result.flags if f.label == "tiny resolution")
    assert flag.details["width"] == 120 and flag.details["height"] == 90


@pytest.mark.parametrize("name", real_photo_names())
def test_real_photos_are_not_flagged(screener_without_ocr, name) -> None:
    assert _quality_labels(screener_without_ocr, encode(real_photo(name), "JPEG", quality=90)) == set()


@pytest.mark.parametrize("name", ["astronaut", "coffee", "china.jpg", "chelsea"])
def test_heavily_blurred_photo_is_very_blurry(screener_without_ocr, name) -> None:
    blurred = Image.fromarray(real_photo(name)).filter(ImageFilter.GaussianBlur(5))
    assert "very blurry" in _quality_labels(screener_without_ocr, encode(blurred, "JPEG", quality=90))


def test_blur_is_measured_independently_of_the_upload_size(screener_without_ocr) -> None:
    """A sharp photo upscaled 3x is still not 'very blurry' (the measure runs on a 512 px copy)."""
    big = Image.fromarray(real_photo("coffee")).resize((1800, 1200), Image.Resampling.BICUBIC)
    assert "very blurry" not in _quality_labels(screener_without_ocr, encode(big, "JPEG", quality=90))


@pytest.mark.parametrize("colour", [(255, 255, 255), (0, 0, 0), (128, 90, 60)])
def test_nearly_uniform_image(screener_without_ocr, colour) -> None:
    rng = np.random.default_rng(3)
    noisy = np.clip(
        np.full((600, 800, 3), colour, dtype=np.int16) + rng.integers(-4, 5, (600, 800, 3)), 0, 255
    )
    labels = _quality_labels(screener_without_ocr, encode(noisy.astype(np.uint8), "PNG"))
    assert "nearly uniform" in labels
    assert "very blurry" not in labels  # one reason is enough
