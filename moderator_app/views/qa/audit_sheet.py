"""The audit screen's shortcut sheet: the audit keys (from sync.audit_flow) and the QA navigation keys."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator_app.core.keymap import Keymap
from moderator_app.sync import audit_flow
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.shortcut_sheet import key_text


def audit_sheet_rows(keymap: Keymap, navigation: Sequence[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """(keys, action) rows of the audit screen, then the navigation shortcuts given."""
    rows = [
        (" / ".join(key_text(k) for k in row.keys) or "—", QCoreApplication.translate(audit_flow.CONTEXT, row.label))
        for row in audit_flow.sheet_rows(keymap)
    ]
    return rows + list(navigation)


class AuditShortcutSheet(QDialog):
    def __init__(self, keymap: Keymap, navigation: Sequence[tuple[str, str]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit shortcuts"))
        self.resize(560, 520)
        title = plain_label("DialogTitle")
        title.setText(self.tr("Audit shortcuts"))
        hint = plain_label("MutedLabel")
        hint.setText(self.tr("Same keys as the review screen where the meaning is the same. V reveals a blurred photo."))
        hint.setWordWrap(True)
        rows = audit_sheet_rows(keymap, navigation)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, label) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(label))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
