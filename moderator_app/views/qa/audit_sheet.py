"""The audit screen's shortcut sheet: the audit keys (from sync.audit_flow) and the QA navigation keys."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from moderator_app.core.keymap import Keymap
from moderator_app.sync import audit_flow
from moderator_app.views.shortcut_sheet import KeySheet, key_text


def audit_sheet_rows(keymap: Keymap, navigation: Sequence[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """(keys, action) rows of the audit screen, then the navigation shortcuts given."""
    rows = [
        (" / ".join(key_text(k) for k in row.keys) or "—", QCoreApplication.translate(audit_flow.CONTEXT, row.label))
        for row in audit_flow.sheet_rows(keymap)
    ]
    return rows + list(navigation)


class AuditShortcutSheet(KeySheet):
    def __init__(self, keymap: Keymap, navigation: Sequence[tuple[str, str]] = (), parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("AuditShortcutSheet", "Audit shortcuts"),
            QCoreApplication.translate(
                "AuditShortcutSheet",
                "Same keys as the review screen where the meaning is the same. V reveals a blurred photo.",
            ),
            audit_sheet_rows(keymap, navigation),
            parent,
        )
