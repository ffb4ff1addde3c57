"""A titled, sortable table with Export CSV / Export XLSX and drill-down on its numbers.

Double-click or Enter on a cell that carries drill-down filters emits `drill_requested`.
Exports go through core.table_export (CSV or XLSX) to a path chosen in a QFileDialog.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator_app.store import table_export
from moderator_app.sync import qa_tables
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.qa.table_model import DRILL_ROLE, NumericSortProxy, RecordTableModel

log = logging.getLogger(__name__)


def export_table(path: str | Path, model: RecordTableModel) -> None:
    """Write the model's rows (in source order, raw values in the screen's units) to CSV or XLSX by
    the file's suffix; XLSX cells carry number formats (rates as percentages)."""
    table = model.table()
    headers = qa_tables.export_headers(table, model.header_texts())
    rows = qa_tables.export_rows(table)
    if Path(path).suffix.lower() == ".xlsx":
        table_export.write_xlsx(path, headers, rows, number_formats=qa_tables.export_formats(table))
    else:
        table_export.write_csv(path, headers, rows)


def add_group_selector(panel: TablePanel, label_text: str) -> QComboBox:
    """A "Group by" selector (moderator, queue, reason code, category) in a table's heading."""
    combo = QComboBox(panel)
    for key, label in qa_tables.ERROR_RATE_GROUPS:
        combo.addItem(QCoreApplication.translate(qa_tables.CONTEXT, label), key)
    group_label = plain_label("MutedLabel")
    group_label.setText(label_text)
    group_label.setBuddy(combo)
    panel.head.insertWidget(1, group_label)
    panel.head.insertWidget(2, combo)
    panel.head.insertSpacing(3, 8)
    return combo


class TablePanel(QWidget):
    """Signals:
    drill_requested(dict): drill-down filters of the activated cell.
    row_activated(object): the payload of an activated row whose cell has no drill-down.
    message(str): a status message (export done, export failed).
    """

    drill_requested = Signal(dict)
    row_activated = Signal(object)
    message = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None, export_name: str = "table") -> None:
        super().__init__(parent)
        self.export_name = export_name
        self.title_label = plain_label("SubHeader")
        self.title_label.setText(title)
        self.model = RecordTableModel(self)
        self.proxy = NumericSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        self.view.doubleClicked.connect(self._activate)
        self.view.installEventFilter(self)
        self.empty_label = plain_label("MutedLabel")
        # The title wraps and the empty-table note has a line of its own, so that neither widens
        # the panel: side by side, two panels with French or Spanish texts in their heading row
        # would otherwise push the window past a laptop screen.
        self.title_label.setWordWrap(True)
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)
        self.csv_button = QPushButton(self.tr("Export CSV"))
        self.xlsx_button = QPushButton(self.tr("Export XLSX"))
        self.csv_button.clicked.connect(lambda: self.export_dialog("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export_dialog("xlsx"))
        for button in (self.csv_button, self.xlsx_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoDefault(False)  # Enter in a dialog's table drills down; it never exports

        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.csv_button)
        head.addWidget(self.xlsx_button)
        self.head = head
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        self._sorted_once = False

    def set_table(self, table: qa_tables.Table, empty_text: str = "") -> None:
        """Show `table`; keeps the column the user sorted by."""
        column = self.view.horizontalHeader().sortIndicatorSection()
        order = self.view.horizontalHeader().sortIndicatorOrder()
        self.model.set_table(table)
        if self._sorted_once and 0 <= column < len(table.columns):
            self.view.sortByColumn(column, order)
        else:
            self.proxy.sort(-1)  # the server's order until the user sorts
            self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.resizeColumnsToContents()
        for col in range(len(table.columns)):
            if self.view.columnWidth(col) > 320:
                self.view.setColumnWidth(col, 320)
        self.empty_label.setText(empty_text if not table.rows else "")
        self.empty_label.setVisible(bool(self.empty_label.text()))
        self.csv_button.setEnabled(bool(table.columns))
        self.xlsx_button.setEnabled(bool(table.columns))

    def sort_by(self, column_key: str, order: Qt.SortOrder = Qt.SortOrder.DescendingOrder) -> None:
        self._sorted_once = True
        self.view.sortByColumn(self.model.table().column(column_key), order)

    def source_row(self, proxy_row: int) -> int:
        return self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()

    def column_values(self, key: str) -> list:
        """The raw values of one column in the order shown (after sorting)."""
        col = self.model.table().column(key)
        return [self.model.table().rows[self.source_row(r)][col] for r in range(self.proxy.rowCount())]

    def selected_payload(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.payload(self.proxy.mapToSource(index).row())

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self._sorted_once = self._sorted_once or self.view.horizontalHeader().sortIndicatorSection() >= 0
        filters = index.data(DRILL_ROLE)
        if filters is not None:
            self.drill_requested.emit(dict(filters))
        else:
            self.row_activated.emit(self.model.payload(self.proxy.mapToSource(index).row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activate(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def export_dialog(self, fmt: str) -> None:
        """Ask where to save, then export (CSV or XLSX)."""
        name = re.sub(r"[^A-Za-z0-9_-]+", "-", self.export_name).strip("-") or "table"
        if fmt == "xlsx":
            caption, filt = self.tr("Export XLSX"), self.tr("Excel workbook (*.xlsx)")
        else:
            caption, filt = self.tr("Export CSV"), self.tr("CSV file (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, caption, f"{name}.{fmt}", filt)
        if path:
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
            self.export_to(path)

    def export_to(self, path: str | Path) -> bool:
        try:
            export_table(path, self.model)
        except (OSError, table_export.ExportError) as exc:
            log.warning("export failed: %s", type(exc).__name__)
            self.message.emit(self.tr("Export failed: %1").replace("%1", str(exc)))
            return False
        self.message.emit(self.tr("Exported %n rows to %1", "", len(self.model.table().rows)).replace("%1", str(path)))
        return True
