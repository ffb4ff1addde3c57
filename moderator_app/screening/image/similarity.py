"""Perceptual hashes and Hamming-distance search for photos reused across listings.

pHash (core.phash, 64 bits, hex; the same bits as ImageHash's) of a 256 px copy. Measured on scikit-image's and scikit-learn's
bundled photos: resized and JPEG-recompressed (quality 40) copies stay within 0-4 bits, a 3%
crop on every side within 4-12 (one repetitive brick texture: 24), a 5% crop of one side within
2-14; the closest pair of *different* photos is 20 bits apart, the median 32. The default
``MAX_DISTANCE`` of 12 keeps the slight crops and leaves 8 bits of margin to unrelated photos.
PDQ would be more crop-tolerant but has no wheels for all three desktop platforms.

A hash means something only where the photo has structure: every blank, uniform or smoothly
graded photo gets (nearly) the same bits, so each would "match" all the others. `hash_quality`
scores that structure the way PDQ's quality metric does (the gradient sum of a 64x64 grey copy,
0-100); photos under `MIN_HASH_QUALITY` are kept out of duplicate matching. Real photos (the
bundled scikit-image and scikit-learn ones) score 100; blank, uniform and dark-gradient images
0, a horizontal gradient 44, a small logo on white 31, a line of text on white 85.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from moderator_app.core import phash
from moderator_app.screening.image.decoding import DecodedImage

MAX_DISTANCE = 12
HASH_SIDE = 256
MIN_HASH_QUALITY = phash.MIN_HASH_QUALITY  # below it a hash is too weak to match on


@dataclass(frozen=True)
class HashCandidate:
    """A known photo: ``ref`` names it for the moderator (a path, an image id, a server URL)."""

    ref: str
    phash: str
    listing_id: str | None = None
    source: str = "local"


@dataclass(frozen=True)
class HashMatch:
    ref: str
    distance: int
    listing_id: str | None = None
    source: str = "local"

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"ref": self.ref, "distance": self.distance, "source": self.source}
        if self.listing_id is not None:
            data["listing_id"] = self.listing_id
        return data


def phash_hex(image: DecodedImage) -> str:
    """The 16-hex-digit pHash of the image, computed on its 256 px grey copy (core.phash turns
    any image grey with the same ITU-R 601 luma weights first)."""
    return phash.phash_hex(Image.fromarray(image.grey(HASH_SIDE)))


def hash_quality(image: DecodedImage) -> int:
    """0-100: how much structure the hash can rely on (PDQ's image-domain quality metric on a
    64x64 area-averaged grey copy: the sum of neighbour differences in percent, over 90)."""
    side = phash.QUALITY_SIDE
    return phash.quality_of_grey(cv2.resize(image.grey(HASH_SIDE), (side, side), interpolation=cv2.INTER_AREA))


def hamming(a: str, b: str) -> int:
    """Bits that differ between two hex hashes of the same length."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


def hashes_to_array(hashes: Iterable[str]) -> np.ndarray:
    return np.fromiter((int(h, 16) for h in hashes), dtype=np.uint64)


def distances(phash: str, table: np.ndarray) -> np.ndarray:
    """Hamming distance from ``phash`` to every 64-bit hash in ``table`` (vectorised)."""
    return np.bitwise_count(table ^ np.uint64(int(phash, 16))).astype(np.int64)


def find_matches(
    phash: str, candidates: Iterable[HashCandidate], max_distance: int = MAX_DISTANCE
) -> list[HashMatch]:
    """Candidates within ``max_distance`` bits of ``phash``, nearest first.

    The caller supplies the candidates: the local cache's index, the other files of a run, or
    the server's answer to ``GET /v1/images/similar`` (this module does no network I/O).
    Candidates with malformed hashes are ignored.
    """
    matches = []
    for candidate in candidates:
        try:
            distance = hamming(phash, candidate.phash)
        except (ValueError, TypeError):
            continue
        if distance <= max_distance:
            matches.append(HashMatch(candidate.ref, distance, candidate.listing_id, candidate.source))
    matches.sort(key=lambda m: (m.distance, m.ref))
    return matches
