"""core.phash gives the same 64 bits as ImageHash's pHash (the independent implementation it
replaces), and stable hashes for degenerate images."""

from __future__ import annotations

from pathlib import Path

import imagehash
import numpy as np
import pytest
import skimage
from PIL import Image

from moderator_app.core.phash import phash_hex

PHOTOS = sorted(p for p in (Path(skimage.__file__).parent / "data").iterdir() if p.suffix in (".png", ".jpg"))


@pytest.mark.parametrize("path", PHOTOS, ids=lambda p: p.name)
def test_matches_imagehash_on_real_photos(path):
    with Image.open(path) as image:
        image.load()
        assert phash_hex(image) == str(imagehash.phash(image))


def test_matches_imagehash_on_noise_of_every_shape():
    rng = np.random.default_rng(7)
    for _ in range(100):
        height, width = rng.integers(8, 300, size=2)
        image = Image.fromarray(rng.integers(0, 256, (height, width, 3), dtype=np.uint8))
        assert phash_hex(image) == str(imagehash.phash(image))


def test_flat_images_hash_the_same_whatever_their_size_or_shade():
    hashes = {
        phash_hex(Image.new("RGB", size, (shade, shade, shade)))
        for size in ((1, 1), (50, 30), (640, 480))
        for shade in (1, 120, 255)
    }
    assert hashes == {"8000000000000000"}
    assert phash_hex(Image.new("L", (64, 64), 0)) == "0000000000000000"


def test_sixteen_hex_digits_for_any_mode():
    for mode in ("1", "L", "P", "RGB", "RGBA", "CMYK", "I;16"):
        digest = phash_hex(Image.new(mode, (40, 40)))
        assert len(digest) == 16 and int(digest, 16) >= 0
