"""Images for the image-screening tests: real photos and generated ones (imported explicitly).

Real photos come from scikit-image's bundled data (no download) and scikit-learn's two sample
JPEGs. Generated images are drawn with Pillow: text in Pillow's bundled font and DejaVu (when
installed), at several sizes, colours and angles.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
SKLEARN_PHOTOS = ("china.jpg", "flower.jpg")
# Bundled with scikit-image (the others would be fetched from the network).
SKIMAGE_PHOTOS = (
    "astronaut",
    "chelsea",
    "coffee",
    "rocket",
    "camera",
    "hubble_deep_field",
    "retina",
    "immunohistochemistry",
)


def _as_rgb(array: np.ndarray) -> np.ndarray:
    if array.dtype == bool:
        array = array.astype(np.uint8) * 255
    if array.dtype != np.uint8:
        array = (np.clip(array, 0, 1) * 255).astype(np.uint8) if array.max() <= 1 else array.astype(np.uint8)
    if array.ndim == 2:
        array = np.stack([array] * 3, axis=-1)
    return np.ascontiguousarray(array[:, :, :3])


def real_photo(name: str) -> np.ndarray:
    """A real photo as an RGB uint8 array, from scikit-image or scikit-learn's bundled files."""
    if name.endswith(".jpg"):
        import sklearn

        path = Path(sklearn.__file__).parent / "datasets" / "images" / name
        return np.asarray(Image.open(path).convert("RGB"))
    from skimage import data

    return _as_rgb(getattr(data, name)())


def real_photo_names() -> list[str]:
    return [*SKIMAGE_PHOTOS, *SKLEARN_PHOTOS]


def encode(image: Image.Image | np.ndarray, fmt: str = "PNG", **params: object) -> bytes:
    """Encode an image (PIL or RGB array) to bytes in ``fmt``."""
    if isinstance(image, np.ndarray):
        image = Image.fromarray(image)
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def font(kind: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """``"default"``: Pillow's bundled font at ``size``; ``"dejavu"``/``"dejavu-bold"``: DejaVu Sans
    (the test is skipped where DejaVu is not installed)."""
    if kind == "default":
        return ImageFont.load_default(size=size)
    name = {
        "dejavu": "DejaVuSans.ttf",
        "dejavu-bold": "DejaVuSans-Bold.ttf",
        "dejavu-serif": "DejaVuSerif.ttf",
    }[kind]
    path = DEJAVU_DIR / name
    if not path.exists():
        pytest.skip(f"{path} is not installed")
    return ImageFont.truetype(str(path), size)


def text_image(
    lines: list[str],
    *,
    font_kind: str = "default",
    size: int = 40,
    colour: tuple[int, int, int] = (20, 20, 20),
    background: tuple[int, int, int] | np.ndarray = (235, 230, 220),
    angle: float = 0.0,
    canvas: tuple[int, int] = (800, 600),
    origin: tuple[int, int] = (60, 120),
) -> Image.Image:
    """Lines of text drawn on a plain colour or on a photo, optionally rotated by ``angle`` degrees."""
    if isinstance(background, np.ndarray):
        image = Image.fromarray(background).resize(canvas)
    else:
        image = Image.new("RGB", canvas, background)
    layer = Image.new("RGBA", canvas, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    chosen = font(font_kind, size)
    x, y = origin
    for line in lines:
        draw.text((x, y), line, fill=(*colour, 255), font=chosen)
        y += int(size * 1.6)
    if angle:
        layer = layer.rotate(angle, resample=Image.Resampling.BICUBIC, center=(canvas[0] / 2, canvas[1] / 2))
    image = image.convert("RGBA")
    image.alpha_composite(layer)
    return image.convert("RGB")


@pytest.fixture(scope="session", name="image_screener")
def image_screener_fixture():
    """One screener per test session: models load once, as in the app."""
    from moderator_app.screening.image.screener import ImageScreener

    return ImageScreener()


@pytest.fixture(scope="session", name="screener_without_ocr")
def screener_without_ocr_fixture():
    from moderator_app.screening.image.screener import ImageScreener, ScreenerSettings

    return ImageScreener(ScreenerSettings(ocr=False))
