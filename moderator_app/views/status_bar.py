"""The status bar: online/offline/syncing, outbox count, lease time left, last error, conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QStatusBar, QWidget

from moderator_app.views.listing_panel import plain_label
from moderator_app.views.time_format import countdown


class SyncStatusBar(QStatusBar):
    """Signals:
    conflicts_requested(): the moderator opened the conflicts list.
    """

    conflicts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.state_label = plain_label("SyncState")
        self.outbox_label = plain_label()
        self.lease_label = plain_label()
        self.error_label = plain_label()
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setObjectName("ConflictsButton")
        self.conflicts_button.setFlat(True)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.addWidget(self.state_label)
        self.addWidget(self.outbox_label)
        self.addWidget(self.lease_label)
        self.addWidget(self.error_label, 1)
        self.addPermanentWidget(self.conflicts_button)
        self.set_conflicts(0)

    def show_status(self, status: Any) -> None:
        """Render a sync.status.SyncStatus."""
        names = {
            "online": self.tr("● Online"),
            "syncing": self.tr("● Syncing"),
            "offline": self.tr("● Offline — working from the local cache"),
            "signed_out": self.tr("● Signed out"),
        }
        self.state_label.setText(names.get(status.state, status.state))
        if self.state_label.property("state") != status.state:
            self.state_label.setProperty("state", status.state)
            self.state_label.style().unpolish(self.state_label)
            self.state_label.style().polish(self.state_label)
        self.outbox_label.setText(self.tr("Outbox: %n unsent", "", status.outbox_count))
        self.lease_label.setText(self.tr("Leases: %1 left").replace("%1", countdown(status.lease_seconds_left)))
        error = status.last_error or ""
        if error and status.next_retry_in:
            error = self.tr("%1 Retrying in %2 s.").replace("%1", error).replace("%2", str(int(status.next_retry_in)))
        self.error_label.setText(error)

    def set_conflicts(self, count: int) -> None:
        self.conflicts_button.setText(self.tr("Conflicts: %1").replace("%1", str(count)))
        state = "nonzero" if count else "zero"
        # Re-polishing restyles the button through the whole style sheet: only when the state flips.
        if self.conflicts_button.property("count") != state:
            self.conflicts_button.setProperty("count", state)
            self.conflicts_button.style().unpolish(self.conflicts_button)
            self.conflicts_button.style().polish(self.conflicts_button)
