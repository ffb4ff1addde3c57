"""Decodes listing photos off the UI thread, within limits, into display-ready QImages.

Photos are hostile input. Decoding runs on a worker (QImage is safe outside the GUI
thread), checks the declared size before allocating, and returns a reason instead of
an image when a file cannot be shown, so the gallery shows a placeholder and goes on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

log = logging.getLogger(__name__)

MAX_PIXELS = 50_000_000  # refuse decompression bombs before decoding
ALLOCATION_LIMIT_MB = 256
DISPLAY_MAX_SIDE = 1600
THUMB_SIDE = 88
VEIL_MODES = ("blur", "grayscale", "both")


def install_limits() -> None:
    """Cap every QImageReader allocation (call once at start-up)."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)


@dataclass(frozen=True)
class DecodedPhoto:
    """A photo ready to paint: display image, thumbnail and veiled variants, or an error reason."""

    image_id: str
    image: QImage | None
    thumb: QImage | None
    veiled: QImage | None
    veiled_thumb: QImage | None
    original_size: QSize
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.image is not None

    @classmethod
    def failed(cls, image_id: str, reason: str, original_size: QSize | None = None) -> DecodedPhoto:
        """A placeholder that says why the photo cannot be shown."""
        return cls(image_id, None, None, None, None, original_size or QSize(), reason)


def veil(image: QImage, mode: str) -> QImage:
    """A blurred and/or greyscaled copy of `image` that hides detail but keeps the composition."""
    out = image
    if mode in ("blur", "both"):
        # Down- then up-scaling smoothly is a strong, cheap blur (two passes soften the blocks).
        w, h = max(1, image.width()), max(1, image.height())
        tiny = out.scaled(
            max(1, w // 40),
            max(1, h // 40),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        mid = tiny.scaled(
            max(1, w // 8),
            max(1, h // 8),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        out = mid.scaled(
            w, h, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    if mode in ("grayscale", "both"):
        out = out.convertToFormat(QImage.Format.Format_Grayscale8)
    return out.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def decode_photo(image_id: str, path: Path | None, veil_mode: str | None) -> DecodedPhoto:
    """Decode `path` for display; never raises. `veil_mode` None means the photo is not sensitive."""
    if path is None:
        return DecodedPhoto.failed(
            image_id,
            QCoreApplication.translate("PhotoDecode", "Photo not downloaded yet"),
        )
    try:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size = reader.size()
        if not size.isValid():
            reason = reader.errorString() or QCoreApplication.translate("PhotoDecode", "unknown format")
            return DecodedPhoto.failed(
                image_id,
                QCoreApplication.translate("PhotoDecode", "Cannot read this photo: %1").replace("%1", reason),
            )
        if size.width() * size.height() > MAX_PIXELS:
            return DecodedPhoto.failed(
                image_id,
                QCoreApplication.translate("PhotoDecode", "Photo too large to show (%1 × %2 px)")
                .replace("%1", str(size.width()))
                .replace("%2", str(size.height())),
                size,
            )
        longest = max(size.width(), size.height())
        if longest > DISPLAY_MAX_SIDE:
            # Let the decoder scale while decoding (JPEG does this cheaply).
            reader.setScaledSize(
                size.scaled(DISPLAY_MAX_SIDE, DISPLAY_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
            )
        image = reader.read()
        if image.isNull():
            reason = reader.errorString() or QCoreApplication.translate("PhotoDecode", "unknown error")
            return DecodedPhoto.failed(
                image_id,
                QCoreApplication.translate("PhotoDecode", "Cannot read this photo: %1").replace("%1", reason),
                size,
            )
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        thumb = image.scaled(
            THUMB_SIDE * 2,
            THUMB_SIDE * 2,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        veiled = veiled_thumb = None
        if veil_mode in VEIL_MODES:
            veiled = veil(image, veil_mode)
            veiled_thumb = veil(thumb, veil_mode)
        return DecodedPhoto(image_id, image, thumb, veiled, veiled_thumb, size)
    except Exception:  # a decoder bug must cost one placeholder, not the session
        log.exception("photo decode failed for image %s", image_id)
        return DecodedPhoto.failed(
            image_id,
            QCoreApplication.translate("PhotoDecode", "Cannot read this photo"),
        )
