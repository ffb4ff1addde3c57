"""Qt item model over a `qa_tables.Table`: formatted display, raw values for numeric sorting.

`SORT_ROLE` returns a key that orders numbers as numbers and puts missing values ("n/a")
first; `DRILL_ROLE` returns the drill-down filters of a cell (None when it has none).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from moderator_app.sync import qa_tables
from moderator_app.views import theme as themes

_Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DRILL_ROLE = Qt.ItemDataRole.UserRole + 2
RAW_ROLE = Qt.ItemDataRole.UserRole + 3

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def display_text(value: Any, kind: str) -> str:
    """A cell as shown: `qa_tables.format_value`, with "n/a", LABEL values and the action of a
    DECISION translated (reason codes are codes and stay as they are)."""
    text = qa_tables.format_value(value, kind)
    if value is None and kind in qa_tables.NUMERIC_KINDS:
        return QCoreApplication.translate(qa_tables.CONTEXT, qa_tables.NOT_AVAILABLE)
    if kind == qa_tables.LABEL and text:
        return QCoreApplication.translate(qa_tables.CONTEXT, text)
    if kind == qa_tables.DECISION and text:
        action, sep, reasons = text.partition(" (")
        return QCoreApplication.translate(qa_tables.CONTEXT, action) + sep + reasons
    return text


class RecordTableModel(QAbstractTableModel):
    """A read-only table of typed rows (see the module docstring)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._table = qa_tables.Table([])
        self._underline = QFont()
        self._underline.setUnderline(True)

    def set_table(self, table: qa_tables.Table) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def table(self) -> qa_tables.Table:
        return self._table

    def payload(self, row: int) -> Any:
        return self._table.payload[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._table.columns)

    def header_texts(self) -> list[str]:
        """The translated headers (what the table and the exports show)."""
        return [self._header(c) for c in self._table.columns]

    @staticmethod
    def _header(column: qa_tables.Column) -> str:
        if column.key.startswith("reviewer:"):
            return column.header  # a username, not a translatable text
        return QCoreApplication.translate(qa_tables.CONTEXT, column.header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._table.columns):
            return None
        column = self._table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in qa_tables.NUMERIC_KINDS:
            return _RIGHT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        value = self._table.rows[row][col]
        kind = self._table.columns[col].kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = display_text(value, kind)
            if role == Qt.ItemDataRole.ToolTipRole:
                drill = self._table.drill[row][col]
                if drill is not None:
                    return QCoreApplication.translate("QaTable", "Double-click or Enter: the decisions behind this number")
                return text if len(text) > 40 else None
            return text
        if role == SORT_ROLE:
            return qa_tables.sort_key(value)
        if role == RAW_ROLE:
            return value
        if role == DRILL_ROLE:
            return self._table.drill[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in qa_tables.NUMERIC_KINDS:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if value is None and kind in qa_tables.NUMERIC_KINDS:
                return QColor(themes.current().muted)
            if self._table.drill[row][col] is not None:
                return QColor(themes.current().accent)
        return None


class NumericSortProxy(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE` keys (tuples), which QVariant comparison cannot order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:  # a number against text in one column: compare as text
            return str(a) < str(b)
