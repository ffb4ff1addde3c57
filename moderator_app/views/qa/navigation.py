"""The QA entries of the main window, by role: a "Quality" menu with shortcuts, pages built on demand.

Moderators get "My feedback" only; QA auditors also the audit screen and the dashboard (read
only); leads and admins everything, including the dashboard's rules, golden items, disputes
and calibration tabs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QStackedWidget, QWidget

from moderator_app.core.i18n import translate_noop
from moderator_app.core.keymap import Keymap
from moderator_app.views.task_runner import TaskRunner

if TYPE_CHECKING:  # the pages are imported when first opened: most sessions never open one
    from moderator_app.sync.qa_desk import QaDesk
    from moderator_app.views.appeal_screen import AppealScreen
    from moderator_app.views.qa.audit_screen import AuditScreen
    from moderator_app.views.qa.exposure_panel import ExposurePanel
    from moderator_app.views.qa.panel_base import QaPanel

log = logging.getLogger(__name__)

CONTEXT = "QaNavigation"
DASHBOARD, AUDIT, FEEDBACK, APPEALS = "dashboard", "audit", "feedback", "appeals"
WELLNESS_ROLES = frozenset({"lead", "admin"})  # the team exposure view and the wellness settings
EXPOSURE_KEY, SETTINGS_KEY = "Ctrl+Shift+E", "Ctrl+Shift+W"


@dataclass(frozen=True)
class Entry:
    page: str
    label: str  # English source in context CONTEXT
    shortcut: str
    roles: frozenset[str]


ENTRIES = (
    Entry(DASHBOARD, translate_noop(CONTEXT, "Team dashboard"), "Ctrl+Shift+D", frozenset({"lead", "qa", "admin"})),
    Entry(AUDIT, translate_noop(CONTEXT, "QA audit"), "Ctrl+Shift+A", frozenset({"qa", "lead", "admin"})),
    Entry(FEEDBACK, translate_noop(CONTEXT, "My feedback"), "Ctrl+Shift+F",
          frozenset({"moderator", "lead", "qa", "admin"})),
    # The Appeals queue's own screen (DSA complaints), for those who work queues.
    Entry(APPEALS, translate_noop(CONTEXT, "Appeals"), "Ctrl+Shift+P", frozenset({"moderator", "lead", "admin"})),
)


def entries_for(role: str) -> list[Entry]:
    """The QA entries a role may open, in menu order."""
    return [e for e in ENTRIES if role in e.roles]


class QaPages(QObject):
    """Owns the QA pages of one main window.

    Signals:
        message(str): a status message from any QA page.
        page_opened(object): a QA page became the current page.
        shortcut_sheet_requested(): the audit screen asked for its shortcut sheet.
    """

    message = Signal(str)
    page_opened = Signal(object)
    shortcut_sheet_requested = Signal()

    def __init__(self, stack: QStackedWidget, desk: Callable[[], QaDesk], runner: TaskRunner, role: str,
                 keymap: Callable[[], Keymap]) -> None:
        """`desk` builds the QA screens' API facade; it is called when the first page opens."""
        super().__init__(stack)
        self.stack = stack
        self._desk_factory = desk
        self._desk: QaDesk | None = None
        self.runner = runner
        self.role = role
        self._keymap = keymap
        self.pages: dict[str, QaPanel] = {}
        self.actions: dict[str, QAction] = {}

    def build_menu(self, menu_bar: QMenuBar) -> None:
        """Add the "Quality" menu with the entries of this role."""
        # A literal context (= CONTEXT) so that lupdate finds this string.
        menu = menu_bar.addMenu(QCoreApplication.translate("QaNavigation", "&Quality"))
        for entry in entries_for(self.role):
            action = QAction(QCoreApplication.translate(CONTEXT, entry.label), menu)
            action.setShortcut(QKeySequence(entry.shortcut, QKeySequence.SequenceFormat.PortableText))
            action.triggered.connect(lambda _=False, p=entry.page: self.open(p))
            menu.addAction(action)
            self.actions[entry.page] = action
        if self.role in WELLNESS_ROLES:
            menu.addSeparator()
            exposure = QAction(QCoreApplication.translate("QaNavigation", "Team exposure"), menu)
            exposure.setShortcut(QKeySequence(EXPOSURE_KEY, QKeySequence.SequenceFormat.PortableText))
            exposure.triggered.connect(self.open_exposure)
            settings = QAction(QCoreApplication.translate("QaNavigation", "Wellness settings…"), menu)
            settings.setShortcut(QKeySequence(SETTINGS_KEY, QKeySequence.SequenceFormat.PortableText))
            settings.triggered.connect(lambda: self.open_exposure().open_settings())
            menu.addAction(exposure)
            menu.addAction(settings)
            self.actions["exposure"] = exposure
            self.actions["wellness_settings"] = settings
        self.menu = menu

    def open_exposure(self) -> ExposurePanel:
        """The dashboard's exposure tab (leads and admins)."""
        dashboard = self.open(DASHBOARD)
        return dashboard.open_exposure()  # type: ignore[attr-defined, no-any-return]

    def navigation_rows(self) -> list[tuple[str, str]]:
        return [(e.shortcut, QCoreApplication.translate(CONTEXT, e.label)) for e in entries_for(self.role)]

    @property
    def desk(self) -> QaDesk:
        if self._desk is None:
            self._desk = self._desk_factory()
        return self._desk

    def page(self, name: str) -> QaPanel:
        """The page, built on first use."""
        from moderator_app.views.appeal_screen import AppealScreen
        from moderator_app.views.qa.audit_screen import AuditScreen
        from moderator_app.views.qa.feedback_view import FeedbackView
        from moderator_app.views.qa.lead_dashboard import LeadDashboard

        if name not in self.pages:
            if name not in {e.page for e in entries_for(self.role)}:
                raise PermissionError(f"role {self.role} has no {name} page")
            parent: QWidget = self.stack
            if name == DASHBOARD:
                page: QaPanel = LeadDashboard(self.desk, self.runner, self.role, parent)
            elif name == AUDIT:
                page = AuditScreen(self.desk, self.runner, parent)
                page.apply_keymap(self._keymap())
                page.shortcut_sheet_requested.connect(self.shortcut_sheet_requested)
            elif name == APPEALS:
                page = AppealScreen(self.desk, self.runner, parent)
            else:
                page = FeedbackView(self.desk, self.runner, parent)
            page.message.connect(self.message)
            self.stack.addWidget(page)
            self.pages[name] = page
            self._first_load(name, page)
        return self.pages[name]

    def _first_load(self, name: str, page: QaPanel) -> None:
        if name == DASHBOARD:
            page.refresh()
        elif name == AUDIT:
            page.load_calibration_sets()
            page.start()
        else:
            page.refresh()

    def open(self, name: str) -> QaPanel:
        """Show a QA page (built and loaded on first use; refreshed when reopened)."""
        fresh = name not in self.pages
        page = self.page(name)
        self.stack.setCurrentWidget(page)
        page.setFocus()
        if not fresh and name in (DASHBOARD, FEEDBACK, APPEALS):
            page.refresh()
        self.page_opened.emit(page)
        return page

    def current_audit(self) -> AuditScreen | None:
        page = self.pages.get(AUDIT)  # an AuditScreen whenever it exists
        return page if page is not None and self.stack.currentWidget() is page else None

    def current_appeals(self) -> AppealScreen | None:
        page = self.pages.get(APPEALS)
        return page if page is not None and self.stack.currentWidget() is page else None  # type: ignore[return-value]

    def leave_appeals(self) -> None:
        """Give back the appeal on screen (the reviewer left the Appeals page)."""
        page = self.pages.get(APPEALS)
        if page is not None:
            page.leave()  # type: ignore[attr-defined]

    def apply_keymap(self, keymap: Keymap) -> None:
        audit = self.pages.get(AUDIT)
        if audit is not None:
            audit.apply_keymap(keymap)

    def show_audit_sheet(self, parent: QWidget) -> None:
        from moderator_app.views.qa.audit_sheet import AuditShortcutSheet

        AuditShortcutSheet(self._keymap(), self.navigation_rows(), parent).exec()
