"""Unusable photos: tiny, very blurry, nearly uniform, too flat to compare, or mostly text.

Thresholds were calibrated on scikit-image's and scikit-learn's bundled photos: sharp photos give
a Laplacian variance of 24 to 5,000 on the 512 px grey copy, Gaussian blur of radius 4 brings
every one of them under 7, so 8 separates "very blurry" with a margin. Nearly uniform means a
grey standard deviation under 6 (the darkest real photo there, the moon, has 13).

A photo whose hash quality (`similarity.hash_quality`) is under `min_hash_quality` is kept out
of duplicate matching, and its quality flag says so: ``details.duplicate_matching`` is False.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from moderator_app.screening.image.decoding import DecodedImage
from moderator_app.screening.image.result import ImageFlag, OcrLine
from moderator_app.screening.image.similarity import MIN_HASH_QUALITY, hash_quality

FLAT_REASON = "too flat for its perceptual hash to mean anything: not compared with other photos"


@dataclass(frozen=True)
class QualitySettings:
    """``min_side``: shorter side in original pixels below which a photo is tiny; ``blur_side``:
    longest side of the grey copy the Laplacian is measured on (so the figure does not depend on
    the upload's size); ``text_cover``: fraction of the photo inside OCR boxes that makes it
    "heavily covered in text"."""

    min_side: int = 200
    blur_side: int = 512
    blur_max_variance: float = 8.0
    uniform_max_std: float = 6.0
    text_cover: float = 0.3
    min_hash_quality: int = MIN_HASH_QUALITY


def laplacian_variance(grey: np.ndarray) -> float:
    """Variance of the 4-neighbour Laplacian: low when there are no sharp edges anywhere."""
    if grey.shape[0] < 3 or grey.shape[1] < 3:
        return 0.0
    g = grey.astype(np.float32)
    lap = g[1:-1, :-2] + g[1:-1, 2:] + g[:-2, 1:-1] + g[2:, 1:-1] - 4.0 * g[1:-1, 1:-1]
    return float(lap.var())


def text_coverage(lines: list[OcrLine], width: int, height: int) -> float:
    """Fraction of the image inside the union of OCR boxes (rasterised on a coarse grid)."""
    if not lines or width <= 0 or height <= 0:
        return 0.0
    grid = 256
    sx, sy = grid / width, grid / height
    mask = np.zeros((grid, grid), dtype=bool)
    for line in lines:
        x0, y0, x1, y1 = line.box
        mask[
            int(y0 * sy) : max(int(y0 * sy) + 1, int(np.ceil(y1 * sy))),
            int(x0 * sx) : max(int(x0 * sx) + 1, int(np.ceil(x1 * sx))),
        ] = True
    return float(mask.mean())


def quality_flags(
    image: DecodedImage, settings: QualitySettings, ocr_lines: list[OcrLine] | None = None
) -> list[ImageFlag]:
    """Quality flags for ``image``; ``ocr_lines`` (if OCR ran) feed the text-coverage check."""
    flags: list[ImageFlag] = []
    if min(image.width, image.height) < settings.min_side:
        flags.append(
            ImageFlag(
                "quality",
                "tiny resolution",
                1.0,
                None,
                {
                    "check": "tiny",
                    "width": image.width,
                    "height": image.height,
                    "min_side": settings.min_side,
                },
            )
        )
    grey = image.grey(settings.blur_side)
    std = float(grey.std())
    if std < settings.uniform_max_std:
        flags.append(
            ImageFlag(
                "quality",
                "nearly uniform",
                round(1.0 - std / settings.uniform_max_std, 4),
                None,
                {"check": "uniform", "grey_std": round(std, 2), "max_std": settings.uniform_max_std},
            )
        )
    hashable = hash_quality(image)
    if hashable < settings.min_hash_quality:
        unmatched = {"hash_quality": hashable, "min_hash_quality": settings.min_hash_quality}
        unmatched |= {"duplicate_matching": False, "duplicate_matching_reason": FLAT_REASON}
        if flags and flags[-1].details.get("check") == "uniform":
            flags[-1].details.update(unmatched)
        else:
            flags.append(
                ImageFlag(
                    "quality",
                    "too flat to compare with other photos",
                    round(1.0 - hashable / settings.min_hash_quality, 4),
                    None,
                    {"check": "flat", **unmatched},
                )
            )
    if std >= settings.uniform_max_std:
        variance = laplacian_variance(grey)
        if variance < settings.blur_max_variance:
            flags.append(
                ImageFlag(
                    "quality",
                    "very blurry",
                    round(1.0 - variance / settings.blur_max_variance, 4),
                    None,
                    {
                        "check": "blur",
                        "laplacian_variance": round(variance, 2),
                        "max_variance": settings.blur_max_variance,
                    },
                )
            )
    if ocr_lines:
        cover = text_coverage(ocr_lines, image.width, image.height)
        if cover >= settings.text_cover:
            flags.append(
                ImageFlag(
                    "quality",
                    "heavily covered in text",
                    round(min(1.0, cover), 4),
                    None,
                    {
                        "check": "text_cover",
                        "text_fraction": round(cover, 3),
                        "min_fraction": settings.text_cover,
                    },
                )
            )
    return flags
