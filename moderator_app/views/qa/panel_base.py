"""What every QA screen shares: the desk, background calls and an inline error line.

Calls run on the TaskRunner (never on the UI thread); their failure is shown where the user
looks (the panel's error line) and sent to the status bar, and a result that arrives after
the panel was closed is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.task_runner import TaskRunner

log = logging.getLogger(__name__)


def note_label(text: str) -> QLabel:
    """A muted, wrapping explanation under a table (what a figure measures)."""
    label = plain_label("MutedLabel")
    label.setWordWrap(True)
    label.setText(text)
    return label


def error_text(exc: BaseException) -> str:
    """The message of an API error as the user should read it (the client writes them for people)."""
    text = str(exc).strip()
    return text or type(exc).__name__


class QaPanel(QWidget):
    """Signals:
    message(str): a status message for the main window's status bar.
    busy_changed(bool): background work started (True) or all of it finished (False).
    changed(): the panel changed something on the server (a rule, a golden item, a settled
        dispute, a calibration set): figures shown elsewhere may be stale now.
    """

    message = Signal(str)
    busy_changed = Signal(bool)
    changed = Signal()

    def __init__(self, desk: QaDesk, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        self.error_label = plain_label("ErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self._pending = 0

    def busy(self) -> bool:
        return self._pending > 0

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if text:
            self.message.emit(text)

    def call(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `fn` in the background; `on_success(result)` or the error line on the UI thread."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def done() -> bool:
            if not shiboken6.isValid(self):
                return False
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
            return True

        def ok(value: Any) -> None:
            if done():
                self.show_error("")
                on_success(value)

        def failed(exc: BaseException) -> None:
            if done():
                log.info("QA call failed: %s", type(exc).__name__)
                if on_failure is not None:
                    on_failure(exc)
                else:
                    self.show_error(error_text(exc))

        if self.runner.run(fn, ok, failed) is None:
            done()
