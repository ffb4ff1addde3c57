"""Turn untrusted image bytes into an RGB array, or a clear reason why not.

Images are hostile input: decompression bombs, truncated and corrupt files, non-images,
animations with thousands of frames, CMYK, 16-bit, palette/transparency and EXIF rotation
all arrive from listings. Nothing here changes process-wide Pillow settings.
"""

from __future__ import annotations

import io
import logging
import threading
import warnings
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

log = logging.getLogger(__name__)

DEFAULT_MAX_PIXELS = 50_000_000
# Working copies never need more than this on their longest side: the detector sees 320 px and
# OCR detects at 640 px. JPEG draft mode decodes big photos at 1/2, 1/4 or 1/8 scale directly
# (never below this size), which is most of the decode time saved on phone photos.
WORKING_MAX_SIDE = 1280

# warnings.catch_warnings() swaps process-global state; serialise our short use of it.
_open_lock = threading.Lock()


class UnreadableImage(Exception):
    """The bytes cannot be analysed; ``str(exc)`` is the reason shown to the moderator."""


@dataclass
class DecodedImage:
    """An RGB uint8 working copy plus the oriented original's size.

    ``rgb`` may be smaller than the original (``scale`` = working / original); boxes computed on
    it are divided by ``scale`` to give original pixel coordinates.
    """

    rgb: np.ndarray
    width: int
    height: int
    scale: float
    notes: dict[str, object] = field(default_factory=dict)
    _greys: dict[int, np.ndarray] = field(default_factory=dict, repr=False)

    def grey(self, longest_side: int) -> np.ndarray:
        """A grey uint8 copy no larger than ``longest_side`` (area-averaged, never upscaled),
        computed once per size: the hash and the quality checks share it."""
        grey = self._greys.get(longest_side)
        if grey is None:
            full = self._greys.get(0)
            if full is None:
                full = self._greys[0] = cv2.cvtColor(self.rgb, cv2.COLOR_RGB2GRAY)
            height, width = full.shape
            ratio = longest_side / max(height, width)
            grey = full
            if ratio < 1:
                # Downscale from the smallest larger copy already made.
                larger = [side for side in self._greys if side > longest_side]
                source = self._greys[min(larger)] if larger else full
                size = (max(1, round(width * ratio)), max(1, round(height * ratio)))
                grey = cv2.resize(source, size, interpolation=cv2.INTER_AREA)
            self._greys[longest_side] = grey
        return grey


def _open(data: bytes, max_pixels: int) -> Image.Image:
    with _open_lock, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except Image.DecompressionBombError as exc:
            raise UnreadableImage(f"too many pixels (decompression bomb): {exc}") from exc
        except UnidentifiedImageError as exc:
            raise UnreadableImage("not an image or an unsupported format") from exc
        except (OSError, ValueError, SyntaxError) as exc:
            raise UnreadableImage(f"corrupt image header: {exc}") from exc
    if any(issubclass(w.category, Image.DecompressionBombWarning) for w in caught):
        raise UnreadableImage(f"too many pixels: {image.width}x{image.height} (decompression bomb)")
    if image.width <= 0 or image.height <= 0:
        raise UnreadableImage("image has no pixels")
    if image.width * image.height > max_pixels:
        raise UnreadableImage(
            f"too many pixels: {image.width}x{image.height} exceeds the {max_pixels} pixel limit"
        )
    return image


def _to_rgb_array(image: Image.Image) -> np.ndarray:
    """8-bit RGB whatever the mode: 16-bit and float scaled, transparency flattened on white."""
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        values = np.asarray(image, dtype=np.float32)
        top = 65535.0 if mode.startswith("I;16") or values.max(initial=0) > 255 else 255.0
        if mode == "F":
            top = max(float(values.max(initial=1.0)), 1e-6)
        grey = np.clip(values * (255.0 / top), 0, 255).astype(np.uint8)
        return np.repeat(grey[:, :, None], 3, axis=2)
    has_alpha = mode in ("RGBA", "LA", "PA", "RGBa", "La") or (mode == "P" and "transparency" in image.info)
    if has_alpha or (mode in ("L", "RGB") and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return np.asarray(Image.alpha_composite(background, rgba).convert("RGB"))
    if mode != "RGB":
        image = image.convert("RGB")
    return np.asarray(image)


def decode_image(data: bytes, max_pixels: int = DEFAULT_MAX_PIXELS) -> DecodedImage:
    """Decode ``data`` into a :class:`DecodedImage`; raise :class:`UnreadableImage` with a reason.

    Only the first frame of an animation is decoded (``notes["animated"]`` says so). The
    orientation follows EXIF, so width, height and boxes are in the displayed orientation.
    """
    if not data:
        raise UnreadableImage("empty file")
    image = _open(data, max_pixels)
    notes: dict[str, object] = {}
    try:
        # is_animated only seeks to frame 1, unlike n_frames, which walks thousands of frames.
        if getattr(image, "is_animated", False):
            notes["animated"] = True
            image.seek(0)
        oriented_size = image.size
        orientation = image.getexif().get(0x0112, 1)
        if orientation in (5, 6, 7, 8):
            oriented_size = (image.height, image.width)
        longest = max(image.size)
        if image.format == "JPEG" and longest > WORKING_MAX_SIDE:
            wanted = (
                max(1, round(image.width * WORKING_MAX_SIDE / longest)),
                max(1, round(image.height * WORKING_MAX_SIDE / longest)),
            )
            image.draft("RGB", wanted)
        image.load()
        image = ImageOps.exif_transpose(image)
        if max(image.size) > WORKING_MAX_SIDE:
            ratio = WORKING_MAX_SIDE / max(image.size)
            image = image.resize(
                (max(1, round(image.width * ratio)), max(1, round(image.height * ratio))),
                Image.Resampling.BILINEAR,
                reducing_gap=2.0,
            )
        rgb = _to_rgb_array(image)
    except UnreadableImage:
        raise
    except Image.DecompressionBombError as exc:
        raise UnreadableImage(f"too many pixels (decompression bomb): {exc}") from exc
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, MemoryError) as exc:
        reason = str(exc) or type(exc).__name__
        if "truncated" in reason:
            reason = f"truncated file ({reason})"
        raise UnreadableImage(reason) from exc
    finally:
        image.close()
    width, height = oriented_size
    if not rgb.flags.c_contiguous:
        rgb = np.ascontiguousarray(rgb)
    return DecodedImage(rgb=rgb, width=width, height=height, scale=rgb.shape[1] / width, notes=notes)
