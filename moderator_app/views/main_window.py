"""The main window: queue picker and review screen, menus, status bar, and the data-layer events."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from moderator_app.core import schema
from moderator_app.core.desk_events import (
    AccountChanged,
    ConflictsChanged,
    DeskEvent,
    ExposureChanged,
    ItemsChanged,
    QueuesChanged,
    SessionChanged,
    StatusChanged,
)
from moderator_app.core.dsa_schema import APPEALS_QUEUE
from moderator_app.sync.cluster_desk import ClusterOpening, ClusterUnavailable
from moderator_app.sync.facade import DeskFacade
from moderator_app.views.about_dialog import AboutDialog
from moderator_app.views.cluster_screen import ClusterScreen
from moderator_app.views.conflicts_dialog import ConflictsDialog
from moderator_app.views.qa.navigation import APPEALS, QaPages
from moderator_app.views.queue_picker import QueuePicker
from moderator_app.views.review_screen import ReviewScreen, notice_text
from moderator_app.views.shortcut_sheet import ShortcutSheet
from moderator_app.views.status_bar import SyncStatusBar
from moderator_app.views.task_runner import TaskRunner
from moderator_app.views.workstation_events import WorkstationEvents

if TYPE_CHECKING:
    from moderator_app.sync.qa_desk import QaDesk

log = logging.getLogger(__name__)


class InputWatcher(QObject):
    """Tells the workstation that the moderator pressed a key or clicked (their exposure time
    counts only while they are at the desk)."""

    INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})

    def __init__(self, note: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._note = note

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT:
            self._note()
        return False


class MainWindow(QMainWindow):
    """Signals:
    sign_out_requested(): the moderator signed out (the app shows the sign-in dialog again).
    settings_requested(): open the settings dialog.
    """

    sign_out_requested = Signal()
    settings_requested = Signal()

    def __init__(self, workstation: DeskFacade, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Moderator workstation"))
        self.resize(1440, 900)
        self.ws = workstation
        self.runner = runner
        self.picker = QueuePicker(self)
        self.review = ReviewScreen(workstation, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.picker)
        self.pages.addWidget(self.review)
        self.cluster_screen = ClusterScreen(workstation, runner, self)
        self.pages.addWidget(self.cluster_screen)
        self.setCentralWidget(self.pages)
        self.status = SyncStatusBar(self)
        self.setStatusBar(self.status)
        self.conflicts_dialog: ConflictsDialog | None = None
        user = workstation.user
        self.role = str(user.role) if user is not None else "moderator"
        self.qa = QaPages(self.pages, self._qa_desk, runner, self.role, lambda: self.review.keymap)
        self.qa.message.connect(self.show_message)
        self.qa.page_opened.connect(self._on_qa_page)
        self.qa.shortcut_sheet_requested.connect(self.show_shortcut_sheet)

        self.picker.queue_chosen.connect(self.start_queue)
        self.picker.refresh_requested.connect(self.refresh_queues)
        self.picker.queues_changed.connect(self._on_queues)
        self.review.shortcut_sheet_requested.connect(self.show_shortcut_sheet)
        self.review.message.connect(self.status.show_message)
        self.review.item_shown.connect(self.status.listing_changed)
        self.review.lease_shown.connect(self.status.set_lease)
        self.review.duplicate_activated.connect(self._on_duplicate)
        self.review.cluster_requested.connect(self.open_cluster)
        self.cluster_screen.finished.connect(self._cluster_closed)
        self.cluster_screen.message.connect(self.show_message)
        # Exposure: what is on screen, what was revealed, and that the moderator is at the desk.
        self.review.listing_on_screen.connect(self._on_listing_on_screen)
        self.review.photo_revealed.connect(workstation.note_photo_revealed)
        self.pages.currentChanged.connect(lambda _i: self._on_listing_on_screen(self.review.shown_item_id()))
        self._input_filter = InputWatcher(workstation.note_input, self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._input_filter)
        self.status.conflicts_requested.connect(self.show_conflicts)
        self._build_menus()

        self.events = WorkstationEvents(self)
        # Queued even from the UI thread: a decision's own "items" event must not re-enter the screen.
        self.events.event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        workstation.add_listener(self.events.listener)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(1000)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        self.picker.set_queues(workstation.queues())
        self.refresh_status()
        self.refresh_queues()

    def _build_menus(self) -> None:
        session = self.menuBar().addMenu(self.tr("&Session"))
        self.queues_action = QAction(self.tr("Back to queues"), self)
        self.queues_action.setShortcut(QKeySequence("Ctrl+Home"))
        self.queues_action.triggered.connect(self.show_picker)
        session.addAction(self.queues_action)
        settings = QAction(self.tr("Settings…"), self)
        settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        settings.triggered.connect(self.settings_requested)
        session.addAction(settings)
        session.addSeparator()
        sign_out = QAction(self.tr("Sign out"), self)
        sign_out.triggered.connect(self.sign_out)
        session.addAction(sign_out)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        session.addAction(quit_action)
        self.qa.build_menu(self.menuBar())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        sheet = QAction(self.tr("Keyboard shortcuts"), self)
        sheet.triggered.connect(self.show_shortcut_sheet)
        help_menu.addAction(sheet)
        conflicts = QAction(self.tr("Conflicts…"), self)
        conflicts.triggered.connect(self.show_conflicts)
        help_menu.addAction(conflicts)
        about = QAction(self.tr("About"), self)
        about.triggered.connect(lambda: AboutDialog(self).exec())
        help_menu.addAction(about)

    # --- pages -------------------------------------------------------------------------------------

    def show_picker(self) -> None:
        """Leave the queue under review (its undecided listings go back at once) for the picker."""
        self.cluster_screen.abandon()
        if self.ws.session_view().queue_id is not None:
            self.ws.leave_queue()
        self.qa.leave_appeals()
        self.pages.setCurrentWidget(self.picker)
        self.picker.focus_table()
        self.refresh_queues()

    def start_queue(self, queue: schema.QueueInfo) -> None:
        """Claim from `queue` in the background and show the review screen at once. The Appeals
        queue has its own screen: appeals are decided with an outcome, never with a decision."""
        if queue.id == APPEALS_QUEUE:
            if self.ws.session_view().queue_id is not None:
                self.ws.leave_queue()
            self.qa.open(APPEALS)
            return
        self.ws.start_queue(queue.id, queue)
        self.review.set_queue(queue)
        self.pages.setCurrentWidget(self.review)
        self.review.setFocus()

    def open_cluster(self, item_id: int) -> None:
        """Claim the cluster of the listing shown (in the background), then show the cluster view."""
        self.show_message(self.tr("Opening the cluster…"))
        self.runner.run(lambda: self.ws.open_cluster(item_id), self._show_cluster, self._cluster_failed)

    def _show_cluster(self, opening: ClusterOpening) -> None:
        if self.pages.currentWidget() is not self.review:  # the moderator left meanwhile
            self.ws.close_cluster(opening)
            return
        self.cluster_screen.apply_keymap(self.review.keymap)
        self.cluster_screen.open(opening, self.review.reason_labels(), self.review.queue_names)
        self.pages.setCurrentWidget(self.cluster_screen)
        self.cluster_screen.setFocus()
        self.show_message("")

    def _cluster_failed(self, exc: Exception) -> None:
        if isinstance(exc, ClusterUnavailable):
            self.show_message(notice_text(exc.notice))
        else:
            self.show_message(self.tr("The cluster could not be opened: %1").replace("%1", str(exc)))

    def _cluster_closed(self, text: str) -> None:
        self.pages.setCurrentWidget(self.review)
        self.review.render()
        self.review.setFocus()
        self.show_message(text)

    def refresh_queues(self) -> None:
        self.runner.run(self.ws.refresh_queues, self.picker.set_queues, lambda exc: self.show_message(str(exc)))

    # --- events ---------------------------------------------------------------------------------------

    def _on_event(self, event: DeskEvent) -> None:
        match event:
            case SessionChanged() | ItemsChanged() if self.pages.currentWidget() in (self.review, self.cluster_screen):
                self.review.render()
            case QueuesChanged():
                self.picker.set_queues(self.ws.queues())
            case ConflictsChanged():
                self.refresh_conflicts()
            case StatusChanged() | AccountChanged():
                self.refresh_status()
            case ExposureChanged():
                self.refresh_exposure()

    def refresh_exposure(self) -> None:
        """The moderator's exposure and break status (and a reminder when one starts)."""
        if self.status.show_exposure(self.ws.exposure_summary()):
            log.info("wellness reminder shown")

    def _on_qa_page(self, page: Any) -> None:
        """An auditor's reveals are exposure too (the audit screen, once)."""
        from moderator_app.views.qa.audit_screen import AuditScreen

        if isinstance(page, AuditScreen) and not page.property("exposure_wired"):
            page.photo_revealed.connect(self.ws.note_audit_reveal)
            page.setProperty("exposure_wired", True)

    def _on_listing_on_screen(self, item_id: int | None) -> None:
        on_screen = item_id if self.pages.currentWidget() is self.review else None
        self.ws.note_listing_shown(on_screen)

    def refresh_status(self) -> None:
        self.refresh_exposure()
        self.status.show_status(self.ws.status())
        if self.pages.currentWidget() is self.review:
            self.review.status_changed()
        else:
            self.status.set_lease(self.ws.lease_seconds_left())

    def refresh_conflicts(self) -> None:
        conflicts = self.ws.conflicts()
        self.status.set_conflicts(len(conflicts))
        if conflicts:
            self.show_message(self.tr("The server refused a decision. Open Conflicts to see which."))
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.set_conflicts(conflicts)

    def show_message(self, text: str) -> None:
        """Log and show a status message in one call (qutebrowser's message habit)."""
        log.info("status message shown")
        self.status.show_message(text)

    def show_shortcut_sheet(self) -> None:
        if self.qa.current_audit() is not None:
            self.qa.show_audit_sheet(self)
            return
        ShortcutSheet(self.review.keymap, self).exec()

    def _qa_desk(self) -> QaDesk:
        """The QA screens' API facade over the signed-in session's client (built on first use)."""
        from moderator_app.sync import qa_desk

        return qa_desk.QaDesk(
            self.ws.qa_client, text_screener=self.ws.text_screener, appeal_sender=self.ws.appeal_sender
        )

    def open_qa_page(self, name: str) -> Any:
        """Show a QA page: "dashboard", "audit" or "feedback" (as the Quality menu does)."""
        return self.qa.open(name)

    def show_conflicts(self) -> None:
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self)
        self.conflicts_dialog.set_conflicts(self.ws.conflicts())
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()

    def _on_queues(self, queues: list) -> None:
        self.review.queue_names = {q.id: q.name for q in queues}

    def _on_duplicate(self, link: Any) -> None:
        QGuiApplication.clipboard().setText(link.listing_id)
        self.show_message(
            self.tr("Listing %1 (seller %2) uses the same photo; its id was copied.")
            .replace("%1", link.listing_id)
            .replace("%2", link.seller_id)
        )

    def sign_out(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Sign out"),
            self.tr("Sign out and forget the saved token? Unsent decisions are kept and sent next time."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.sign_out_requested.emit()

    def detach(self) -> None:
        """Stop listening to the workstation (before it stops)."""
        self._status_timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self._input_filter)
        self.ws.remove_listener(self.events.listener)
