"""Decodes listing photos off the UI thread, within limits, into display-ready QImages.

Photos are hostile input. Decoding runs on a worker (QImage is safe outside the GUI
thread), checks the declared size before allocating, and returns a reason instead of
an image when a file cannot be shown, so the gallery shows a placeholder and goes on.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

log = logging.getLogger(__name__)

MAX_PIXELS = 50_000_000  # refuse decompression bombs before decoding
ALLOCATION_LIMIT_MB = 256
DISPLAY_MAX_SIDE = 1600
# Opening a reader picks and may load an image-format plugin. Two decoder threads doing that at
# once crashed (a segfault seen once in CI in QImageReader's header probe), so opening and
# probing are serialised; the decoding itself, the expensive part, still runs in parallel.
_PROBE_LOCK = threading.Lock()
THUMB_SIDE = 88
VEIL_MODES = ("blur", "grayscale", "both")


def install_limits() -> None:
    """Cap every QImageReader allocation (call once at start-up)."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)


@dataclass(frozen=True)
class DisplayFit:
    """Where a photo will be painted: the large view's box at fit zoom, in device pixels, and the
    screen's device pixel ratio. Scaling to it on the worker lets the view blit without scaling."""

    box: QSize
    dpr: float = 1.0


@dataclass(frozen=True)
class DecodedPhoto:
    """A photo ready to paint: display image, thumbnail and veiled variants, or an error reason.

    `fitted` / `fitted_veiled` are `image` / `veiled` already scaled for a DisplayFit (or None);
    the view uses them only while its box still matches.
    """

    image_id: str
    image: QImage | None
    thumb: QImage | None
    veiled: QImage | None
    veiled_thumb: QImage | None
    original_size: QSize
    error: str | None = None
    fitted: QImage | None = None
    fitted_veiled: QImage | None = None

    @property
    def ok(self) -> bool:
        return self.image is not None

    @classmethod
    def failed(cls, image_id: str, reason: str, original_size: QSize | None = None) -> DecodedPhoto:
        """A placeholder that says why the photo cannot be shown."""
        return cls(image_id, None, None, None, None, original_size or QSize(), reason)


def paint_format(image: QImage) -> QImage.Format:
    """The fastest format to paint `image` in: opaque photos (JPEG) are copied, not alpha-blended."""
    return QImage.Format.Format_ARGB32_Premultiplied if image.hasAlphaChannel() else QImage.Format.Format_RGB32


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
    return out.convertToFormat(paint_format(image))


def fit_size(image: QSize, box: QSize) -> QSize:
    """The size of `image` scaled to fit inside `box` (aspect kept): one rule for the decoder and the view."""
    return image.scaled(box.expandedTo(QSize(1, 1)), Qt.AspectRatioMode.KeepAspectRatio).expandedTo(QSize(1, 1))


def scaled_to(image: QImage, size: QSize, dpr: float) -> QImage:
    """`image` smoothly scaled to exactly `size` device pixels, tagged with `dpr` for painting."""
    out = image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    out.setDevicePixelRatio(dpr)
    return out


def fits(photo: DecodedPhoto, fit: DisplayFit) -> bool:
    """Whether `photo` already carries its display image scaled for `fit` (or needs none)."""
    if photo.image is None:
        return True
    return (
        photo.fitted is not None
        and photo.fitted.devicePixelRatio() == fit.dpr
        and photo.fitted.size() == fit_size(photo.image.size(), fit.box)
    )


def refit(photo: DecodedPhoto, fit: DisplayFit) -> DecodedPhoto:
    """`photo` with its display images scaled again for `fit` (after the view changed size)."""
    if photo.image is None:
        return photo
    target = fit_size(photo.image.size(), fit.box)
    fitted_veiled = scaled_to(photo.veiled, target, fit.dpr) if photo.veiled is not None else None
    return replace(photo, fitted=scaled_to(photo.image, target, fit.dpr), fitted_veiled=fitted_veiled)


def decode_photo(
    image_id: str, path: Path | None, veil_mode: str | None, fit: DisplayFit | None = None
) -> DecodedPhoto:
    """Decode `path` for display; never raises. `veil_mode` None means the photo is not sensitive.

    With `fit`, the display image (and its veiled copy) also come pre-scaled for that box and the
    thumbnails are scaled for the fit's pixel ratio, so painting them needs no scaling.
    """
    if path is None:
        return DecodedPhoto.failed(
            image_id,
            QCoreApplication.translate("PhotoDecode", "Photo not downloaded yet"),
        )
    try:
        with _PROBE_LOCK:
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
        image = image.convertToFormat(paint_format(image))
        # Without a fit, thumbnails are made for a pixel ratio of 2 (sharp on HiDPI, scaled on paint).
        thumb_dpr = fit.dpr if fit is not None else 2.0
        thumb_side = max(1, round(THUMB_SIDE * thumb_dpr))
        thumb = scaled_to(image, fit_size(image.size(), QSize(thumb_side, thumb_side)), thumb_dpr)
        veiled = veiled_thumb = None
        if veil_mode in VEIL_MODES:
            veiled = veil(image, veil_mode)
            # From the veiled photo, not by veiling the small thumbnail: the same blur as the large view.
            veiled_thumb = scaled_to(veiled, thumb.size(), thumb_dpr)
        fitted = fitted_veiled = None
        if fit is not None:
            target = fit_size(image.size(), fit.box)
            fitted = scaled_to(image, target, fit.dpr)
            if veiled is not None:
                fitted_veiled = scaled_to(veiled, target, fit.dpr)
        return DecodedPhoto(image_id, image, thumb, veiled, veiled_thumb, size, None, fitted, fitted_veiled)
    except Exception:  # a decoder bug must cost one placeholder, not the session
        log.exception("photo decode failed for image %s", image_id)
        return DecodedPhoto.failed(
            image_id,
            QCoreApplication.translate("PhotoDecode", "Cannot read this photo"),
        )
