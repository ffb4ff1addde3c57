"""The shortcut sheet (the `?` key): every action and its keys, from the Keymap data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
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

from moderator_app.core.keymap import OPTION_ACTIONS, Keymap
from moderator_app.views.listing_panel import plain_label

_SYMBOLS = {
    "Right": "→",
    "Left": "←",
    "Up": "↑",
    "Down": "↓",
    "Return": "↵ Enter",
    "Enter": "⌤ Enter (keypad)",
}


def key_text(key: str) -> str:
    """A key name as people read it: arrows as arrows, the rest in the platform's native form."""
    if key in _SYMBOLS:
        return _SYMBOLS[key]
    return QKeySequence(key, QKeySequence.SequenceFormat.PortableText).toString(
        QKeySequence.SequenceFormat.NativeText
    )


def sheet_rows(keymap: Keymap) -> list[tuple[str, str]]:
    """(keys, action) rows; the nine option keys collapse into one row when they are the digits."""
    rows = []
    option_keys = [keymap.keys_for(a) for a in OPTION_ACTIONS]
    digits = option_keys == [(str(n),) for n in range(1, 10)]
    for action in keymap.actions:
        if digits and action.id in OPTION_ACTIONS:
            if action.id == OPTION_ACTIONS[0]:
                rows.append(
                    (
                        "1 – 9",
                        QCoreApplication.translate(
                            "ShortcutSheet", "Toggle a reason (reject) or pick a target (escalate)"
                        ),
                    )
                )
            continue
        keys = " / ".join(key_text(k) for k in keymap.keys_for(action.id)) or "—"
        rows.append((keys, QCoreApplication.translate("Keymap", action.label)))
    return rows


class KeySheet(QDialog):
    """A read-only dialog listing (keys, action) rows under a title and a hint."""

    def __init__(
        self, title_text: str, hint_text: str, rows: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title_text)
        self.resize(540, 560)
        title = plain_label("DialogTitle")
        title.setText(title_text)
        hint = plain_label("MutedLabel")
        hint.setText(hint_text)
        hint.setWordWrap(True)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ShortcutSheet", "Keys"), QCoreApplication.translate("ShortcutSheet", "Action")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, label) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(label))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


class ShortcutSheet(KeySheet):
    """The review screen's sheet, from the moderator's keymap."""

    def __init__(self, keymap: Keymap, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ShortcutSheet", "Keyboard shortcuts"),
            QCoreApplication.translate(
                "ShortcutSheet", "Change them in Settings › Keyboard. Photos: V reveals, + / − / 0 zoom, [ and ] switch."
            ),
            sheet_rows(keymap),
            parent,
        )
