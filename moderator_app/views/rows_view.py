"""A compact, painted list of rows (dot, text, muted detail, right-aligned value).

The seller panel shows several short lists (risk factors, past outcomes, linked
accounts); painting them avoids creating and laying out widgets on every listing. A line too
long for the width is elided; hovering the row shows it whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from moderator_app.views import theme as themes
from moderator_app.views.finding_labels import inert_tooltip
from moderator_app.views.text_cache import shaped


@dataclass(frozen=True)
class Row:
    text: str
    detail: str = ""
    value: str = ""
    colour: QColor | None = None  # the dot; None draws no dot


class RowsView(QWidget):
    """Paints rows of two lines each (text, then detail) with an optional dot and value."""

    _PAD = 4

    def __init__(self, parent: QWidget | None = None, max_rows: int = 8) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._rows: list[Row] = []
        self._empty = ""
        self._max_rows = max_rows
        self._shown = 1

    def set_rows(self, rows: Sequence[Row], empty_text: str = "") -> None:
        self._rows = list(rows)
        self._empty = empty_text
        shown = max(1, min(len(self._rows), self._max_rows) + (1 if len(self._rows) > self._max_rows else 0))
        if shown != self._shown:
            self._shown = shown
            self.updateGeometry()
        self.update()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def _row_height(self) -> int:
        return self.fontMetrics().height() * 2 + self._PAD * 2

    def row_at(self, y: int) -> Row | None:
        """The row painted at height ``y``, if any."""
        index = y // self._row_height()
        return self._rows[index] if 0 <= index < min(len(self._rows), self._max_rows) else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row is None:
                QToolTip.hideText()
            else:
                text = "\n".join(part for part in (row.text, row.detail) if part)
                QToolTip.showText(event.globalPos(), inert_tooltip(text), self)
            return True
        return super().event(event)

    def sizeHint(self) -> QSize:
        return QSize(240, self._shown * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def _line(self, p: QPainter, text: str, font: QFont, x: float, top: float, width: float) -> None:
        """Draw one line of `text` at (x, top), elided to `width`."""
        static = shaped(text, font)
        if static.size().width() > width:
            static = shaped(QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(width)), font)
        p.drawStaticText(QPointF(x, top), static)

    def paintEvent(self, event) -> None:  # noqa: ARG002 - Qt signature
        theme = themes.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        normal = QFont(p.font())
        bold = QFont(normal)
        bold.setWeight(QFont.Weight.DemiBold)
        fm = p.fontMetrics()
        line_h = fm.height()
        row_h = self._row_height()
        width = self.width()
        text_colour, muted = QColor(theme.text), QColor(theme.muted)
        if not self._rows:
            p.setPen(muted)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._empty)
            return
        for i, row in enumerate(self._rows[: self._max_rows]):
            top = i * row_h + self._PAD
            x = 0
            if row.colour is not None:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(row.colour)
                p.drawEllipse(QRectF(2, top + line_h / 2 - 4, 8, 8))
                x = 16
            value_w = fm.horizontalAdvance(row.value) + 4 if row.value else 0
            p.setPen(text_colour)
            self._line(p, row.text, normal, x, top, width - x - value_w)
            if row.value:
                p.setFont(bold)
                value = shaped(row.value, bold)
                p.drawStaticText(QPointF(width - value.size().width(), top), value)
                p.setFont(normal)
            if row.detail:
                p.setPen(muted)
                self._line(p, row.detail, normal, x, top + line_h, width - x)
        hidden = len(self._rows) - self._max_rows
        if hidden > 0:
            p.setPen(muted)
            top = self._max_rows * row_h + self._PAD
            p.drawText(QRectF(0, top, width, line_h), Qt.AlignmentFlag.AlignLeft, self.tr("and %n more", "", hidden))
