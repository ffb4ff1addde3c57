"""The status bar: permanent widgets for the connection, the outbox, the leases and the runway, the
moderator's own exposure and break status, and a separate area for transient messages that expire
and never cover them.

QStatusBar's own message (showMessage) hides the normal widgets while it shows; it is not used:
a message has its own label, cleared by its timer, and a message about one listing also goes as
soon as another listing is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStatusBar, QWidget

from moderator_app.core.exposure_summary import ExposureSummary, reminders
from moderator_app.sync.status import Problem, ProblemKind, SyncStatus
from moderator_app.views.exposure_indicator import ElidedLabel, ExposureIndicator
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.time_format import countdown

MESSAGE_MS = 6000
REMINDER_MS = 30000  # a wellness reminder stays longer than a routine message


class SyncStatusBar(QStatusBar):
    """Signals:
    conflicts_requested(): the moderator opened the conflicts list.
    """

    conflicts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.state_label = plain_label("SyncState")
        # A long message is elided (its full text in the tooltip) rather than squeeze the
        # permanent widgets: it is transient, they are not.
        self.message_label = ElidedLabel(self)
        self.message_label.setObjectName("StatusMessage")
        # It takes the room the others leave (its size hint ignored), so it yields first.
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.storage_label = plain_label("ErrorLabel")
        self.runway_label = plain_label()
        self.outbox_label = plain_label()
        self.lease_label = plain_label()
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setObjectName("ConflictsButton")
        self.conflicts_button.setFlat(True)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.exposure = ExposureIndicator(self)
        self.addWidget(self.state_label)
        self.addWidget(self.message_label, 1)
        for widget in (
            self.exposure,  # first of the permanent widgets, and the one that yields room
            self.storage_label,
            self.runway_label,
            self.outbox_label,
            self.lease_label,
            self.conflicts_button,
        ):
            self.addPermanentWidget(widget)
        self.storage_label.hide()
        self._message_about: int | None = None
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.clear_message)
        self.set_conflicts(0)

    # --- permanent state ---------------------------------------------------------------------

    def show_status(self, status: SyncStatus) -> None:
        """Render a sync.status.SyncStatus (the lease time comes from set_lease)."""
        names = {
            "online": self.tr("● Online"),
            "syncing": self.tr("● Syncing"),
            "offline": self.tr("● Offline — working from the local cache"),
            "signed_out": self.tr("● Signed out"),
        }
        text = names.get(status.state, status.state)
        if status.problem is not None:
            text += " — " + self.problem_text(status.problem)
            if status.next_retry_in:
                text += " " + self.tr("Retrying in %1 s.").replace(
                    "%1", str(int(status.next_retry_in + 0.99))
                )
        self.state_label.setText(text)
        if self.state_label.property("state") != status.state:
            self.state_label.setProperty("state", status.state)
            self.state_label.style().unpolish(self.state_label)
            self.state_label.style().polish(self.state_label)
        self.outbox_label.setText(self.tr("Outbox: %n unsent", "", status.outbox_count))
        if status.active_queue is None:
            self.runway_label.hide()
        else:
            text = (
                self.tr("%n listing(s) ready", "", status.ready_count)
                if status.online
                else self.tr("%n listing(s) ready offline", "", status.ready_count)
            )
            self.runway_label.setText(text)
            self.runway_label.show()
        if status.storage_problem is None:
            self.storage_label.hide()
        else:
            self.storage_label.setText(self.problem_text(status.storage_problem))
            self.storage_label.show()

    def show_exposure(self, summary: ExposureSummary) -> list[str]:
        """Show the moderator's exposure; a reminder whose condition just started goes to the
        message area. Returns the reminder texts shown."""
        before = self.exposure.summary
        self.exposure.show_summary(summary)
        texts = [self.exposure.reminder_text(r) for r in reminders(before, summary)]
        if texts:
            self.show_message(" ".join(texts), timeout_ms=REMINDER_MS)
        return texts

    def set_lease(self, seconds_left: float | None) -> None:
        """The lease time: of the listing on screen while reviewing, else of the earliest lease."""
        self.lease_label.setText(self.tr("Leases: %1 left").replace("%1", countdown(seconds_left)))

    def set_conflicts(self, count: int) -> None:
        self.conflicts_button.setText(self.tr("Conflicts: %1").replace("%1", str(count)))
        state = "nonzero" if count else "zero"
        # Re-polishing restyles the button through the whole style sheet: only when the state flips.
        if self.conflicts_button.property("count") != state:
            self.conflicts_button.setProperty("count", state)
            self.conflicts_button.style().unpolish(self.conflicts_button)
            self.conflicts_button.style().polish(self.conflicts_button)

    def problem_text(self, problem: Problem) -> str:
        status = str(problem.status or "")
        texts = {
            ProblemKind.UNREACHABLE: self.tr("The server cannot be reached."),
            ProblemKind.FOREIGN_ANSWER: self.tr(
                "A proxy or gateway answered HTTP %1 instead of the server; it is not the server's answer."
            ).replace("%1", status),
            ProblemKind.SERVER_FAILED: self.tr("The server failed (HTTP %1).").replace("%1", status),
            ProblemKind.MALFORMED: self.tr("The server sent an answer this desk cannot read."),
            ProblemKind.SESSION_EXPIRED: self.tr(
                "Your session has expired; sign in again. Your decisions are kept."
            ),
            ProblemKind.REFUSED: self.tr("The server refused a request (HTTP %1).").replace("%1", status),
            ProblemKind.UNKNOWN_REFUSAL: self.tr(
                "The server refused a decision for a reason this desk does not know (%1); it is sent again."
            ).replace("%1", problem.detail),
            ProblemKind.DISK_FULL: self.tr("Disk full: decisions cannot be saved until some space is freed."),
            ProblemKind.DISK_FAILED: self.tr("The disk cannot be written: decisions cannot be saved."),
            ProblemKind.INTERNAL: self.tr("Sync hit an internal error; it will try again."),
        }
        return texts[problem.kind]

    # --- transient messages ----------------------------------------------------------------------

    def show_message(self, text: str, about: int | None = None, timeout_ms: int = MESSAGE_MS) -> None:
        """Show a message for a while; ``about`` is the listing it concerns (it goes with it)."""
        self.message_label.setText(text)
        self.message_label.setToolTip(text)
        self._message_about = about
        self._message_timer.start(timeout_ms)

    def listing_changed(self, item_id: int | None) -> None:
        """Another listing is on screen: a message about the previous one no longer applies."""
        if self._message_about is not None and self._message_about != item_id:
            self.clear_message()

    def clear_message(self) -> None:
        self.message_label.setText("")
        self.message_label.setToolTip("")
        self._message_about = None
        self._message_timer.stop()

    def message(self) -> str:
        return self.message_label.text()
