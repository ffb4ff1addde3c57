"""The 64-bit perceptual hash (pHash) of a photo, as 16 hex digits: numpy only.

The same algorithm as ImageHash's ``phash`` (the hackerfactor.com "Looks Like It" method): a
32x32 grey copy (Lanczos), a 2-D DCT-II, the 8x8 lowest frequencies compared with their median,
bits read row by row. The DCT is one matrix product each way instead of SciPy's FFT, which keeps
SciPy (34 MB, a second of import) out of the app. Coefficients are rounded to 1e-6 before the
comparison, so that a flat image, whose AC coefficients are zero up to float noise, always gets
the same hash rather than one that depends on the order of floating-point operations.

A hash means something only where the photo has structure: every blank, uniform or smoothly
graded photo gets (nearly) the same bits, so each would "match" all the others. `hash_quality`
scores that structure the way PDQ's quality metric does (0-100), and photos under
`MIN_HASH_QUALITY` take no part in duplicate matching: not on the desk (screening.image), not in
the server's similar-photo search. This module is the one owner of that rule.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

HASH_SIZE = 8
SAMPLE_SIZE = HASH_SIZE * 4
# PDQ's convention: below 50 a hash is too weak to match on.
MIN_HASH_QUALITY = 50
QUALITY_SIDE = 64


def _dct_matrix(n: int) -> np.ndarray:
    """The unnormalised DCT-II as a matrix: y[k] = 2 * sum_i x[i] * cos(pi * k * (2i + 1) / (2n))."""
    k = np.arange(n)[:, None]
    i = np.arange(n)[None, :]
    return 2.0 * np.cos(np.pi * k * (2 * i + 1) / (2 * n))


_DCT = _dct_matrix(SAMPLE_SIZE)


def phash_hex(image: Image.Image) -> str:
    """The pHash of any PIL image (converted to grey with the ITU-R 601 weights, like ImageHash)."""
    grey = image.convert("L").resize((SAMPLE_SIZE, SAMPLE_SIZE), Image.Resampling.LANCZOS)
    pixels = np.asarray(grey, dtype=np.float64)
    coefficients = np.round(_DCT @ pixels @ _DCT.T, 6)[:HASH_SIZE, :HASH_SIZE]
    bits = (coefficients > np.median(coefficients)).flatten()
    return f"{int(''.join('1' if b else '0' for b in bits), 2):016x}"


def quality_of_grey(grey: np.ndarray) -> int:
    """0-100: how much structure a hash of this 64x64 grey copy can rely on (PDQ's image-domain
    quality metric: the sum of neighbour differences in percent, over 90). Blank, uniform and
    smoothly graded photos score near 0, real photos 100."""
    g = grey.astype(np.float32)
    vertical = np.trunc(np.abs(g[1:, :] - g[:-1, :]) * 100 / 255).sum()
    horizontal = np.trunc(np.abs(g[:, 1:] - g[:, :-1]) * 100 / 255).sum()
    return min(100, int((vertical + horizontal) // 90))


def hash_quality(image: Image.Image) -> int:
    """:func:`quality_of_grey` of any PIL image (grey, area-averaged to 64x64)."""
    grey = image.convert("L").resize((QUALITY_SIDE, QUALITY_SIDE), Image.Resampling.BOX)
    return quality_of_grey(np.asarray(grey))


def matchable(quality: int) -> bool:
    """Whether a photo of this hash quality may be matched with other photos by its hash."""
    return quality >= MIN_HASH_QUALITY
