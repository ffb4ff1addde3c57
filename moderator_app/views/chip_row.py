"""A row of coloured chips painted directly (no per-chip widgets or style sheets).

Used for photo flags and the seller's risk factors: repainting a chip row is a single
paint call, which keeps the switch to the next listing within one frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from moderator_app.views.finding_labels import inert_tooltip
from moderator_app.views.text_cache import shaped


@dataclass(frozen=True)
class Chip:
    text: str
    colour: QColor
    tooltip: str = ""
    payload: Any = None  # clickable when not None


class ChipRow(QWidget):
    """Paints chips left to right, wrapping onto more lines when needed.

    Signals:
        chip_clicked(object): the payload of a clickable chip.
    """

    chip_clicked = Signal(object)
    _H_PAD, _GAP, _V_GAP = 8, 6, 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._chips: list[Chip] = []
        self._rects: list[QRectF] = []
        self._placeholder = ""
        self._lines = 1

    def set_chips(self, chips: Sequence[Chip], placeholder: str = "") -> None:
        self._chips = list(chips)
        self._placeholder = placeholder
        self._layout_chips()
        self.update()

    def chips(self) -> list[Chip]:
        return list(self._chips)

    def _chip_height(self) -> int:
        return self.fontMetrics().height() + 6

    def _layout_chips(self) -> None:
        fm = self.fontMetrics()
        h = self._chip_height()
        width = max(self.width(), 50)
        x = y = 0.0
        rects = []
        for chip in self._chips:
            w = fm.horizontalAdvance(chip.text) + 2 * self._H_PAD + 2  # +2: elision rounds down
            if x > 0 and x + w > width:
                x = 0.0
                y += h + self._V_GAP
            rects.append(QRectF(x, y, min(w, width), h))
            x += w + self._GAP
        self._rects = rects
        lines = int(y // (h + self._V_GAP)) + 1
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        h = self._chip_height()
        return QSize(200, self._lines * h + (self._lines - 1) * self._V_GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(50, self.sizeHint().height())

    def resizeEvent(self, event) -> None:
        self._layout_chips()
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: ARG002 - Qt signature
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._chips and self._placeholder:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._placeholder)
            return
        plain = QFont(p.font())
        link = QFont(plain)
        link.setUnderline(True)
        fm = QFontMetrics(plain)
        text_colour = self.palette().text().color()
        for chip, rect in zip(self._chips, self._rects, strict=True):
            bg = QColor(chip.colour)
            bg.setAlpha(38)
            p.setBrush(bg)
            p.setPen(chip.colour)
            radius = rect.height() / 2
            p.drawRoundedRect(rect, radius, radius)
            room = int(rect.width()) - 2 * self._H_PAD
            p.setPen(text_colour)
            if chip.payload is not None:
                # Links are underlined, which static text does not draw; they are few (duplicate photos).
                p.setFont(link)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, fm.elidedText(chip.text, Qt.TextElideMode.ElideRight, room))
                continue
            text = shaped(chip.text, plain)
            if text.size().width() > room:
                text = shaped(fm.elidedText(chip.text, Qt.TextElideMode.ElideRight, room), plain)
            size = text.size()
            p.setFont(plain)
            p.drawStaticText(QPointF(rect.center().x() - size.width() / 2, rect.center().y() - size.height() / 2), text)

    def _chip_at(self, pos: QPoint) -> Chip | None:
        for chip, rect in zip(self._chips, self._rects, strict=True):
            if rect.contains(pos.toPointF()):
                return chip
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        chip = self._chip_at(event.position().toPoint())
        clickable = chip is not None and chip.payload is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        chip = self._chip_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and chip is not None and chip.payload is not None:
            self.chip_clicked.emit(chip.payload)
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            chip = self._chip_at(event.pos())
            if chip is not None and chip.tooltip:
                QToolTip.showText(event.globalPos(), inert_tooltip(chip.tooltip), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
