"""The crash dialog's details, the excepthook's log entry, the rotating log file, the conflicts list."""

from __future__ import annotations

import logging
import logging.handlers

from moderator_app.logging_setup import LOG_FILENAME, setup_logging
from moderator_app.store.outbox import ConflictRecord
from moderator_app.views.conflicts_dialog import ConflictsDialog
from moderator_app.views.crash_dialog import CrashDialog, crash_details


def _raise_and_capture():
    try:
        raise RuntimeError("boom in the review screen")
    except RuntimeError as exc:
        return type(exc), exc, exc.__traceback__


def test_crash_details_carry_versions_and_the_traceback(qtbot):
    details = crash_details(*_raise_and_capture())
    assert details.startswith("moderator-app ")
    assert "RuntimeError: boom in the review screen" in details
    assert "_raise_and_capture" in details
    dialog = CrashDialog(details)
    qtbot.addWidget(dialog)
    assert dialog.details.toPlainText() == details
    assert dialog.details.isReadOnly()


def test_log_file_rotates_in_the_given_directory(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = setup_logging(log_dir=tmp_path)
        assert path == tmp_path / LOG_FILENAME
        handler = next(h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler))
        assert handler.maxBytes > 0 and handler.backupCount >= 1
        logging.getLogger("moderator_app.test").warning("a line for the log")
        handler.flush()
        assert "a line for the log" in path.read_text(encoding="utf-8")
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_conflicts_list_shows_titles_as_plain_text(qtbot):
    dialog = ConflictsDialog()
    qtbot.addWidget(dialog)
    title = "<b>iPhone</b> <img src=x>"
    dialog.set_conflicts([ConflictRecord("k1", 7, "L0007", title, "approve", "lease_expired",
                                         "The lease expired.", 1_790_000_000.0)])
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == f"L0007 · {title}"
    assert dialog.table.item(0, 3).text() == "The lease had expired"
