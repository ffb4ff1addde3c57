"""The global excepthook and its crash dialog with copyable details (Vorta's habit)."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app import __version__
from moderator_app.views.listing_panel import plain_label

log = logging.getLogger(__name__)


def crash_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """Versions and the traceback: what a bug report needs, and no listing text or secrets."""
    lines = [
        f"moderator-app {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.resize(640, 420)
        title = plain_label("DialogTitle")
        title.setText(self.tr("Something went wrong"))
        intro = plain_label("MutedLabel")
        intro.setWordWrap(True)
        intro.setText(self.tr("Decisions the screen showed as recorded are kept in the local outbox and will be "
                              "sent. A decision you were making at this moment may not have been saved: check that "
                              "listing before moving on. The details below are also in the log file; copy them into "
                              "a bug report."))
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText(details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)


_showing = False


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log an uncaught exception and show the crash dialog (once at a time)."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        CrashDialog(crash_details(exc_type, exc, tb)).exec()
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = excepthook
