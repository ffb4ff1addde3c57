"""The queue picker: which queues this moderator may work, and a way to start reviewing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator_app.views.listing_panel import plain_label
from moderator_app.views.queue_model import COL_NAME, QueueTableModel


class QueuePicker(QWidget):
    """Signals:
    queue_chosen(object): start reviewing this schema.QueueInfo.
    refresh_requested(): fetch the queues again.
    queues_changed(list): a new list of queues is shown.
    """

    queue_chosen = Signal(object)
    refresh_requested = Signal()
    queues_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QueuePicker")
        title = plain_label("DialogTitle")
        title.setText(self.tr("Choose a queue"))
        self.subtitle = plain_label("MutedLabel")
        self.subtitle.setText(self.tr("Oldest listings are served first. Enter or double-click starts reviewing."))
        self.model = QueueTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(self._choose_index)
        self.table.installEventFilter(self)
        self.empty_label = plain_label("EmptyState")
        self.start_button = QPushButton(self.tr("Start reviewing"))
        self.start_button.setObjectName("PrimaryButton")
        self.start_button.clicked.connect(self._choose_current)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_label)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(6)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_queues([])

    def set_queues(self, queues: Sequence[Any]) -> None:
        current = self.selected_queue()
        self.model.set_queues(queues)
        row = 0
        if current is not None:
            row = next((i for i, q in enumerate(queues) if q.id == current.id), 0)
        if queues:
            self.table.selectRow(row)
        self.empty_label.setText("" if queues else self.tr("No queues yet. They appear once the server answers."))
        self.start_button.setEnabled(bool(queues))
        self.queues_changed.emit(list(queues))

    def selected_queue(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.queue(rows[0].row()) if rows else None

    def _choose_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.queue_chosen.emit(self.model.queue(index.row()))

    def _choose_current(self) -> None:
        queue = self.selected_queue()
        if queue is not None:
            self.queue_chosen.emit(queue)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose_current()
                return True
        return super().eventFilter(watched, event)

    def focus_table(self) -> None:
        self.table.setFocus()
