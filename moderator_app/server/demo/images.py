"""Product-like demo pictures drawn with Pillow.

Every function here is a pure function of its arguments (no global RNG), so the same arguments
give byte-identical JPEG/PNG output. Drawing is kept to flat shapes on a cheap gradient: the whole
demo (several hundred pictures) must build in about a second.
"""

from __future__ import annotations

import io
import logging
import random
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from .drawings import DRAWERS, shade

log = logging.getLogger(__name__)

# Mostly landscape phone photos in a few resolutions; some portrait, a few larger. Encoding cost
# grows with the pixel count and dominates the build, hence no bigger pictures.
SIZES = ((480, 360), (480, 360), (400, 300), (400, 300), (360, 480), (640, 480))
LOGO_SIZE = (320, 240)
BACKDROPS = 12


@lru_cache(maxsize=8)
def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's bundled scalable font: present in every Pillow wheel, unlike system fonts."""
    return ImageFont.load_default(size=size)


@lru_cache(maxsize=BACKDROPS * (len(set(SIZES)) + 1))
def _background(size: tuple[int, int], variant: int) -> Image.Image:
    """A studio-like backdrop: a vertical gradient wall over a textured surface (wood grain or
    fabric stripes). Built from a 64-row column scaled with NEAREST and a few dozen lines, because
    full-frame blends and filters cost several times more than the whole rest of the picture.
    There are ``BACKDROPS`` variants per size, cached: sellers reuse the same table and wall too."""
    rng = random.Random(f"backdrop:{size}:{variant}")
    w, h = size
    top = (rng.randint(150, 250), rng.randint(150, 250), rng.randint(150, 250))
    bottom = shade(top, rng.uniform(0.55, 0.85))
    column = Image.new("RGB", (1, 64))
    column.putdata(
        [tuple(t + (b - t) * k // 63 for t, b in zip(top, bottom, strict=True)) for k in range(64)]
    )
    image = column.resize(size, Image.Resampling.NEAREST)
    draw = ImageDraw.Draw(image)
    horizon = int(h * rng.uniform(0.62, 0.8))
    surface = shade(
        rng.choice(((170, 120, 75), (205, 190, 165), (120, 120, 125), (225, 225, 220))),
        rng.uniform(0.85, 1.1),
    )
    draw.rectangle((0, horizon, w, h), fill=surface)
    grain = shade(surface, 0.88)
    for _ in range(rng.randint(14, 26)):
        y = rng.randint(horizon + 2, h)
        draw.line((0, y, w, y + rng.randint(-6, 6)), fill=grain, width=rng.randint(1, 2))
    # Dust and wall texture: one point-list call, far cheaper than many small ellipses.
    specks = [(rng.randrange(w), rng.randrange(horizon)) for _ in range(rng.randint(60, 120))]
    draw.point(specks, fill=shade(top, 0.9))
    return image


def _encode(image: Image.Image, mime: str, quality: int = 80) -> bytes:
    buffer = io.BytesIO()
    if mime == "image/png":
        image.save(buffer, "PNG", compress_level=1)
    else:
        image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def _render(
    shape: str, key: str, overlay_text: str | None = None, size: tuple[int, int] | None = None
) -> Image.Image:
    rng = random.Random(f"img:{shape}:{key}")
    chosen = LOGO_SIZE if shape == "logo" else rng.choice(SIZES)
    size = size or chosen
    image = _background(size, rng.randrange(BACKDROPS)).copy()
    draw = ImageDraw.Draw(image)
    _draw_room(draw, rng, size)
    DRAWERS[shape](draw, rng, *size)
    image = _reframe(image, rng)
    draw = ImageDraw.Draw(image)
    if overlay_text:
        _draw_overlay(draw, rng, size, overlay_text)
    return image


def _draw_room(draw: ImageDraw.ImageDraw, rng: random.Random, size: tuple[int, int]) -> None:
    """What else is in the room: a window, a door or a shelf, in large light or dark blocks. They
    are what a perceptual hash sees first, so each photo gets its own."""
    w, h = size
    for _ in range(rng.randint(1, 3)):
        x0, y0 = rng.randint(-w // 4, w - w // 5), rng.randint(-h // 4, h // 2)
        x1, y1 = x0 + rng.randint(w // 6, w // 2), y0 + rng.randint(h // 5, h * 3 // 4)
        tone = rng.choice((40, 70, 215, 240))
        fill = (tone + rng.randint(-15, 15), tone + rng.randint(-15, 15), tone + rng.randint(-15, 15))
        draw.rectangle((x0, y0, x1, y1), fill=fill)


def _reframe(image: Image.Image, rng: random.Random) -> Image.Image:
    """Frame each shot differently (zoom, pan, mirror), as two sellers' photos of the same kind of
    product would be. Without it, drawings of one shape are a few pHash bits apart and every lamp
    would look like a reused photo of every other lamp."""
    w, h = image.size
    scale = rng.uniform(0.6, 0.92)
    cw, ch = int(w * scale), int(h * scale)
    x, y = rng.randint(0, w - cw), rng.randint(0, h - ch)
    # NEAREST: a 1.1-1.7x zoom of flat drawings barely shows it, and it is ~30x cheaper than a
    # filtered resize, which would double the time to build the whole dataset.
    framed = image.transform((w, h), Image.Transform.EXTENT, (x, y, x + cw, y + ch), Image.Resampling.NEAREST)
    return framed.transpose(Image.Transpose.FLIP_LEFT_RIGHT) if rng.random() < 0.5 else framed


def clear_caches() -> None:
    """Drop the cached backdrops (a few MB of pixels) once the dataset is built."""
    _background.cache_clear()


def product_image(
    shape: str,
    key: str,
    overlay_text: str | None = None,
    mime: str = "image/jpeg",
    size: tuple[int, int] | None = None,
) -> bytes:
    """A product-like picture of ``shape`` (see ``DRAWERS``), fully determined by the arguments.

    ``overlay_text`` (e.g. "WhatsApp 06 39 98 12 34") is written across the photo in a large, clear
    font, the way sellers dodge text filters. ``size`` overrides the size picked from ``key``.
    """
    return _encode(_render(shape, key, overlay_text, size), mime)


def _draw_overlay(draw: ImageDraw.ImageDraw, rng: random.Random, size: tuple[int, int], text: str) -> None:
    w, h = size
    # As large as fits: sellers want the number read at a glance (and OCR reads it too).
    points = max(w, h) // 12
    while True:
        f = font(points)
        left, top, right, bottom = draw.textbbox((0, 0), text, font=f)
        tw, th = right - left, bottom - top
        if tw <= w - 24 or points <= 14:
            break
        points -= 2
    x = max(6, (w - tw) // 2)
    y = rng.choice((int(h * 0.06), h - th - int(h * 0.1)))
    pad = 10
    banner = rng.choice(((255, 255, 255), (255, 230, 0), (20, 20, 20)))
    ink = (0, 0, 0) if banner != (20, 20, 20) else (255, 255, 255)
    draw.rectangle((x - pad, y - pad, x + tw + pad, y + th + pad + 4), fill=banner)
    draw.text((x - left, y - top), text, font=f, fill=ink)


def near_duplicate(shape: str, key: str, variant: int) -> bytes:
    """A near duplicate of ``product_image(shape, key)``: the same photo re-uploaded after the usual
    edits (resized, recompressed, slightly cropped or brightened). ``variant`` picks the edit."""
    original = _render(shape, key)
    w, h = original.size
    edit = variant % 4
    if edit == 0:
        return _encode(
            original.resize((w * 3 // 4, h * 3 // 4), Image.Resampling.BILINEAR), "image/jpeg", quality=85
        )
    if edit == 1:
        return _encode(original, "image/jpeg", quality=55)
    if edit == 2:
        dx, dy = w // 60, h // 60
        return _encode(original.crop((dx, dy, w - dx, h - dy)), "image/jpeg")
    return _encode(original.point(lambda v: min(255, v + 18)), "image/jpeg", quality=78)


POOR_KINDS = ("tiny", "blurry", "blank")


def poor_image(shape: str, key: str, kind: str) -> bytes:
    """An unusable photo: ``kind`` is "tiny", "blurry" or "blank" (nearly uniform)."""
    if kind == "tiny":
        # A thumbnail uploaded instead of the photo.
        return _encode(_render(shape, key).resize((64, 48), Image.Resampling.BOX), "image/jpeg", quality=70)
    if kind == "blurry":
        # Downscale then upscale: a strong blur at a fraction of GaussianBlur's cost.
        original = _render(shape, key)
        w, h = original.size
        small = original.resize((max(1, w // 40), max(1, h // 40)), Image.Resampling.BOX)
        return _encode(small.resize((w, h), Image.Resampling.BILINEAR), "image/jpeg")
    if kind == "blank":
        grey = random.Random(f"poor:{shape}:{key}").randint(200, 245)
        return _encode(Image.new("RGB", (480, 360), (grey, grey, grey - 4)), "image/png")
    raise ValueError(f"unknown poor image kind {kind!r}")
