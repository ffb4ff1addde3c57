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

from moderator_app.views.finding_labels import action_label, refusal_reason
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
                              "moderator decided the item first. A listing that is still yours came back to your "
                              "queue with a note; the others need nothing more. They are kept here for your record."))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Listing"), self.tr("Action"), self.tr("Reason")])
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
        self.table.setRowCount(len(conflicts))
        locale = QLocale()
        for row, c in enumerate(conflicts):
            when = locale.toString(datetime.fromtimestamp(c.at), QLocale.FormatType.ShortFormat)
            listing = c.listing_id or str(c.item_id)
            if c.title:
                listing = f"{listing} · {c.title}"
            # QTableWidgetItem shows plain text: the listing title stays inert.
            reason = refusal_reason(c.code)
            for col, text in enumerate((when, listing, action_label(c.action), reason[:1].upper() + reason[1:])):
                cell = QTableWidgetItem(text)
                cell.setToolTip(c.detail)  # the server's own words, for support
                self.table.setItem(row, col, cell)
