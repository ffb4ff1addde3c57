"""Qt item model and delegate for the findings list beside the listing text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from moderator_app.views import theme as themes
from moderator_app.views.finding_labels import (
    category_label,
    field_name,
    finding_explanation,
    finding_rule,
    finding_tooltip,
    kind_name,
)
from moderator_app.views.text_view import visible_text

_Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractListModel):
    """One row per text finding, in reading order (title first)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._findings: list[Any] = []

    def set_findings(self, findings: Sequence[Any]) -> None:
        order = {"title": 0, "description": 1}
        self.beginResetModel()
        self._findings = sorted(findings, key=lambda f: (order.get(f.field, 2), f.start))
        self.endResetModel()

    def finding(self, row: int) -> Any:
        return self._findings[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{finding_rule(f)}: {visible_text(f.text)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding_tooltip(f)
        return None


class FindingDelegate(QStyledItemDelegate):
    """Paints a finding as a coloured chip (its kind), the matched text and where it is."""

    _PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * 2 + self._PAD * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # Read the row from the model itself: passing Python objects through QVariant roles
        # trips a reference-counting bug in PySide6 under heavy repainting.
        model = index.model()
        if not isinstance(model, FindingsModel) or not 0 <= index.row() < model.rowCount():
            super().paint(painter, option, index)
            return
        f = model.finding(index.row())
        theme = themes.current()
        painter.save()
        rect = option.rect.adjusted(0, 0, 0, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, option.palette.highlight().color().lighter(170 if not theme.is_dark() else 60))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(theme.alt_base))
        painter.setPen(QColor(theme.border))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        fm = QFontMetrics(option.font)
        line_h = fm.height()
        x = rect.left() + self._PAD
        y = rect.top() + self._PAD
        marker = themes.finding_marker(f.kind, getattr(f, "category", None))
        chip_text = kind_name(f.kind)
        chip_w = fm.horizontalAdvance(chip_text) + 12
        chip = QRect(x, y, chip_w, line_h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(marker)
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)

        painter.setPen(QColor(theme.text))
        text_rect = QRect(chip.right() + 8, y, rect.right() - chip.right() - 8 - self._PAD, line_h)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(
                " ".join(visible_text(str(f.text)).split()), Qt.TextElideMode.ElideRight, text_rect.width()
            ),
        )
        painter.setPen(QColor(theme.muted))
        detail = field_name(f.field)
        category = getattr(f, "category", None)
        explanation = finding_explanation(f)
        if category:
            detail += f" · {category_label(category)}"
        if explanation:
            detail += f" · {explanation}"
        detail_rect = QRect(x, y + line_h + 2, rect.width() - 2 * self._PAD, line_h)
        painter.drawText(
            detail_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(detail, Qt.TextElideMode.ElideRight, detail_rect.width()),
        )
        painter.restore()
