"""The large photo view: fit-to-view with zoom, flag boxes drawn over the photo, and the veil.

A sensitive photo is painted from its veiled (blurred/greyscaled) copy until the
moderator reveals it with a click or the reveal key. Boxes are given in the original
photo's pixel coordinates (or as 0..1 fractions) and follow zoom and pan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from moderator_app.views import theme as themes
from moderator_app.views.photo_decode import DecodedPhoto, DisplayFit, fit_size, scaled_to

MIN_ZOOM = 1.0
MAX_ZOOM = 8.0
ZOOM_STEP = 1.25
MARGIN = 8


@dataclass(frozen=True)
class FlagBox:
    """One flag to outline: kind picks the colour, label is drawn on the box's corner."""

    kind: str
    label: str
    box: tuple[float, float, float, float]


class PhotoView(QWidget):
    """Paints one decoded photo with its flag boxes.

    Signals:
        reveal_requested(): the moderator clicked a veiled photo.
        zoom_changed(float): the zoom factor changed (1.0 = fit).
    """

    reveal_requested = Signal()
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhotoView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._photo: DecodedPhoto | None = None
        self._boxes: list[FlagBox] = []
        self._veiled = False
        self._zoom = 1.0
        self._center = QPointF(0.5, 0.5)  # view centre as a fraction of the photo
        self._drag_from: QPointF | None = None
        self._message = ""
        # The photo on display scaled for the current box: (source cacheKey, size, image).
        self._scaled: tuple[int, QSize, QImage] | None = None

    # --- state ---------------------------------------------------------------------------

    def set_photo(self, photo: DecodedPhoto | None, boxes: Sequence[FlagBox] = (), veiled: bool = False) -> None:
        """Show `photo` at fit zoom; `veiled` paints its veiled copy until `reveal()`."""
        self._photo = photo
        self._boxes = list(boxes)
        self._veiled = bool(veiled and photo is not None and photo.veiled is not None)
        self._zoom = 1.0
        self._center = QPointF(0.5, 0.5)
        self._message = ""
        self.update()

    def set_message(self, text: str) -> None:
        """Show a plain message instead of a photo (no photos, still loading)."""
        self._photo = None
        self._boxes = []
        self._message = text
        self.update()

    def photo(self) -> DecodedPhoto | None:
        return self._photo

    def is_veiled(self) -> bool:
        return self._veiled

    def reveal(self) -> None:
        if self._veiled:
            self._veiled = False
            self.update()

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        if zoom != self._zoom:
            self._zoom = zoom
            if zoom == MIN_ZOOM:
                self._center = QPointF(0.5, 0.5)
            self.update()
            self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    # --- geometry --------------------------------------------------------------------------

    def display_fit(self) -> DisplayFit:
        """The box a photo fills at fit zoom, in device pixels, for decoding photos ahead of time."""
        dpr = self.devicePixelRatioF()
        return DisplayFit(
            QSize(round(max(1, self.width() - 2 * MARGIN) * dpr), round(max(1, self.height() - 2 * MARGIN) * dpr)),
            dpr,
        )

    def _fit_device_size(self) -> QSize:
        """Device-pixel size of the displayed image at fit zoom (the same rule as the decoder's)."""
        assert self._photo is not None and self._photo.image is not None
        return fit_size(self._photo.image.size(), self.display_fit().box)

    def image_rect(self) -> QRectF:
        """Where the displayed image lands in widget coordinates at the current zoom and pan.

        At fit zoom the rectangle sits on whole pixels, so a pre-scaled image is copied as is.
        """
        if self._photo is None or self._photo.image is None:
            return QRectF()
        fitted = self._fit_device_size()
        dpr = self.devicePixelRatioF()
        w, h = fitted.width() / dpr * self._zoom, fitted.height() / dpr * self._zoom
        if self._zoom == MIN_ZOOM:
            return QRectF(round((self.width() - w) / 2), round((self.height() - h) / 2), w, h)
        cx = self.width() / 2 - (self._center.x() - 0.5) * w
        cy = self.height() / 2 - (self._center.y() - 0.5) * h
        return QRectF(cx - w / 2, cy - h / 2, w, h)

    def box_rect(self, box: tuple[float, float, float, float]) -> QRectF:
        """Widget rectangle of a flag box given in original pixels (or 0..1 fractions)."""
        target = self.image_rect()
        if target.isEmpty() or self._photo is None:
            return QRectF()
        x0, y0, x1, y1 = box
        if max(x0, y0, x1, y1) <= 1.0:
            sx, sy = target.width(), target.height()
        else:
            size = self._photo.original_size
            ow = size.width() if size.isValid() else self._photo.image.width()
            oh = size.height() if size.isValid() else self._photo.image.height()
            sx, sy = target.width() / ow, target.height() / oh
        return QRectF(target.left() + x0 * sx, target.top() + y0 * sy, (x1 - x0) * sx, (y1 - y0) * sy)

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: ARG002 - Qt signature
        theme = themes.current()
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#101216" if theme.is_dark() else "#e9ebef"))
        photo = self._photo
        if photo is None or photo.image is None:
            text = self._message if photo is None else (photo.error or "")
            p.setPen(QColor(theme.muted))
            p.drawText(self.rect().adjusted(16, 16, -16, -16), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
            return
        target = self.image_rect()
        veiled = self._veiled and photo.veiled is not None
        image = photo.veiled if veiled else photo.image
        if self._zoom == MIN_ZOOM:
            # A plain copy of an image scaled ahead of time: scaling while painting costs a frame.
            p.drawImage(target.topLeft(), self._fit_image(image, photo.fitted_veiled if veiled else photo.fitted))
        else:
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            p.drawImage(target, image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        label_font = QFont(self.font())
        label_font.setPointSizeF(max(7.0, label_font.pointSizeF() * 0.85))
        label_font.setWeight(QFont.Weight.DemiBold)
        p.setFont(label_font)
        fm = p.fontMetrics()
        for flag in self._boxes:
            rect = self.box_rect(flag.box)
            if rect.isEmpty():
                continue
            colour = themes.flag_colour(flag.kind)
            p.setPen(QPen(colour, 2.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
            tag_w = fm.horizontalAdvance(flag.label) + 10
            tag = QRectF(rect.left() - 1, rect.top() - fm.height() - 4, tag_w, fm.height() + 4)
            if tag.top() < target.top():
                tag.moveTop(rect.top())
            path = QPainterPath()
            path.addRoundedRect(tag, 3, 3)
            p.fillPath(path, colour)
            p.setPen(QColor("#ffffff"))
            p.drawText(tag, Qt.AlignmentFlag.AlignCenter, flag.label)
        if self._veiled:
            self._paint_veil_notice(p, target)

    def _fit_image(self, image: QImage, prepared: QImage | None) -> QImage:
        """`image` at fit zoom: the decoder's copy when it matches the current box, else scaled once here."""
        size = self._fit_device_size()
        if prepared is not None and prepared.size() == size and prepared.devicePixelRatio() == self.devicePixelRatioF():
            return prepared
        if self._scaled is None or self._scaled[0] != image.cacheKey() or self._scaled[1] != size:
            self._scaled = (image.cacheKey(), size, scaled_to(image, size, self.devicePixelRatioF()))
        return self._scaled[2]

    def _paint_veil_notice(self, p: QPainter, target: QRectF) -> None:
        text = self.tr("Sensitive photo hidden — click or press V to reveal")
        fm = p.fontMetrics()
        w = fm.horizontalAdvance(text) + 28
        h = fm.height() + 16
        box = QRectF(self.width() / 2 - w / 2, self.height() / 2 - h / 2, w, h)
        path = QPainterPath()
        path.addRoundedRect(box, h / 2, h / 2)
        p.fillPath(path, QColor(0, 0, 0, 170))
        p.setPen(QColor("#ffffff"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # --- input -------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._photo is None or self._photo.image is None:
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self._zoom * (ZOOM_STEP**steps))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            if self._veiled:
                self.reveal_requested.emit()
            elif self._zoom > 1.0:
                self._drag_from = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            target = self.image_rect()
            delta = event.position() - self._drag_from
            self._drag_from = event.position()
            if target.width() > 0 and target.height() > 0:
                self._center = QPointF(
                    min(1.0, max(0.0, self._center.x() - delta.x() / target.width())),
                    min(1.0, max(0.0, self._center.y() - delta.y() / target.height())),
                )
                self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.set_zoom(1.0 if self._zoom > 1.0 else 2.0)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.reset_zoom()
        else:
            super().keyPressEvent(event)
