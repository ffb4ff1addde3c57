"""The conflicts list: decisions the server refused (409), shown without blocking the work."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale
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

from moderator_app.views.listing_panel import plain_label


class ConflictsDialog(QDialog):
    """A non-modal window listing refused decisions with their reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts"))
        self.setModal(False)
        self.resize(760, 360)
        intro = plain_label("MutedLabel")
        intro.setWordWrap(True)
        intro.setText(self.tr("The server refused these decisions, usually because the lease expired or another "
                              "moderator decided the item first. Nothing else needs doing; they are kept here for your record."))
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Listing"), self.tr("Action"), self.tr("Reason"), self.tr("Detail")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def set_conflicts(self, conflicts: Sequence[Any]) -> None:
        reasons = {
            "lease_expired": self.tr("Lease expired"),
            "lease_foreign": self.tr("Taken by someone else"),
            "item_decided": self.tr("Already decided"),
            "invalid": self.tr("Refused as invalid"),
        }
        self.table.setRowCount(len(conflicts))
        locale = QLocale()
        for row, c in enumerate(conflicts):
            when = locale.toString(datetime.fromtimestamp(c.at), QLocale.FormatType.ShortFormat)
            listing = c.listing_id or str(c.item_id)
            if c.title:
                listing = f"{listing} · {c.title}"
            # QTableWidgetItem shows plain text: the listing title stays inert.
            for col, text in enumerate((when, listing, c.action, reasons.get(c.code or "", c.code or ""), c.detail)):
                self.table.setItem(row, col, QTableWidgetItem(text))
