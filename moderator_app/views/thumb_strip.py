"""A strip of photo thumbnails, painted from decoded QImages, with the current one outlined."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from moderator_app.views import theme as themes
from moderator_app.views.photo_decode import THUMB_SIDE


@dataclass(frozen=True)
class Thumb:
    image: QImage | None  # None: not decoded yet, or unreadable
    flagged: bool
    error: bool = False
    marked: bool = False  # outlined like the current one (a cluster's shared photo)


class ThumbStrip(QWidget):
    """Signals:
    selected(int): a thumbnail was clicked.
    """

    selected = Signal(int)
    _GAP = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(THUMB_SIDE + 8)
        self._thumbs: list[Thumb] = []
        self._current = 0

    def set_thumbs(self, thumbs: Sequence[Thumb], current: int = 0) -> None:
        self._thumbs = list(thumbs)
        self._current = current
        self.update()

    def set_current(self, index: int) -> None:
        self._current = index
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, THUMB_SIDE + 8)

    def _rect(self, i: int) -> QRectF:
        return QRectF(4 + i * (THUMB_SIDE + self._GAP), 4, THUMB_SIDE, THUMB_SIDE)

    def paintEvent(self, event) -> None:  # noqa: ARG002 - Qt signature
        theme = themes.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        dpr = self.devicePixelRatioF()
        for i, thumb in enumerate(self._thumbs):
            r = self._rect(i)
            if r.left() > self.width():
                break
            p.fillRect(r, QColor(theme.alt_base))
            if thumb.image is not None:
                img = thumb.image
                size = img.deviceIndependentSize()
                if img.devicePixelRatio() == dpr and size.width() <= r.width() and size.height() <= r.height():
                    # Decoded for this screen's pixel ratio: copied, not scaled, on every paint.
                    p.drawImage(QPointF(round(r.center().x() - size.width() / 2),
                                        round(r.center().y() - size.height() / 2)), img)
                else:
                    s = min(r.width() / img.width(), r.height() / img.height())
                    w, h = img.width() * s, img.height() * s
                    p.drawImage(QRectF(r.center().x() - w / 2, r.center().y() - h / 2, w, h), img)
            else:
                p.setPen(QColor(theme.reject if thumb.error else theme.muted))
                p.drawText(r, Qt.AlignmentFlag.AlignCenter, "!" if thumb.error else "…")
            if thumb.flagged:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(theme.reject))
                p.drawEllipse(QRectF(r.right() - 12, r.top() + 4, 8, 8))
            strong = i == self._current or thumb.marked
            pen = QPen(QColor(theme.accent if strong else theme.border), 2.5 if strong else 1)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 4, 4)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        for i in range(len(self._thumbs)):
            if self._rect(i).contains(event.position()):
                self.selected.emit(i)
                break
        super().mouseReleaseEvent(event)
