"""The decision bar: approve, reject with reason codes, escalate to a queue, skip, undo, note.

Buttons never take focus, so Enter and Space always reach the review screen's shortcuts.
Every button reports through `action_triggered(ActionId)`, the same path as the keys.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from moderator_app.core.keymap import OPTION_ACTIONS, ActionId, Keymap
from moderator_app.core.schema import MAX_NOTE_CHARS
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.opaque_panel import OpaquePanel

MODE_BROWSE = "browse"
MODE_REJECT = "reject"
MODE_ESCALATE = "escalate"


OPTION_COLUMNS = 3


def _button(text: str, object_name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAutoDefault(False)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class DecisionBar(OpaquePanel):
    """Signals:
    action_triggered(object): an ActionId from a button click.
    """

    action_triggered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, top_rule=True)
        self.setObjectName("DecisionBar")
        self._keymap = Keymap()
        self.approve_button = _button("", "ApproveButton")
        self.reject_button = _button("", "RejectButton")
        self.escalate_button = _button("", "EscalateButton")
        self.skip_button = _button("", "SkipButton")
        self.undo_button = _button("", "UndoButton")
        self.confirm_button = _button("", "ConfirmButton")
        self.cancel_button = _button("", "CancelButton")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("NoteEdit")
        self.note_edit.setMaxLength(MAX_NOTE_CHARS)
        self.note_edit.setClearButtonEnabled(True)
        self.note_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.note_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.hint_label = plain_label("HintLabel", selectable=False)
        self._option_buttons: list[QPushButton] = []

        pairs = (
            (self.approve_button, ActionId.APPROVE),
            (self.reject_button, ActionId.REJECT),
            (self.escalate_button, ActionId.ESCALATE),
            (self.skip_button, ActionId.SKIP),
            (self.undo_button, ActionId.UNDO),
            (self.confirm_button, ActionId.CONFIRM),
            (self.cancel_button, ActionId.CANCEL),
        )
        for button, action in pairs:
            button.clicked.connect(lambda _=False, a=action: self.action_triggered.emit(a))

        # A grid, not a row: nine long reason labels in one line would widen the whole window.
        self.options_row = QGridLayout()
        self.options_row.setHorizontalSpacing(6)
        self.options_row.setVerticalSpacing(4)
        options_line = QHBoxLayout()
        options_line.setSpacing(8)
        options_line.addWidget(self.hint_label)
        options_line.addLayout(self.options_row, 1)
        options_line.addWidget(self.cancel_button)
        options_line.addWidget(self.confirm_button)
        self.options_box = QWidget(self)
        self.options_box.setObjectName("OptionsBox")
        self.options_box.setLayout(options_line)
        options_line.setContentsMargins(0, 0, 0, 0)

        main_line = QHBoxLayout()
        main_line.setSpacing(8)
        for button in (self.approve_button, self.reject_button, self.escalate_button, self.skip_button):
            main_line.addWidget(button)
        main_line.addSpacing(12)
        main_line.addWidget(self.note_edit, 1)
        main_line.addSpacing(12)
        main_line.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.options_box)
        layout.addLayout(main_line)
        self._mode = MODE_BROWSE
        self._options: list[tuple[str, str]] = []
        self.set_keymap(self._keymap)
        self.set_mode(MODE_BROWSE, [])
        self.set_undo_available(False)

    def _key_hint(self, action: ActionId) -> str:
        keys = self._keymap.keys_for(action)
        return keys[0] if keys else ""

    def set_keymap(self, keymap: Keymap) -> None:
        """Show the current keys on the buttons."""
        self._keymap = keymap

        def label(text: str, action: ActionId) -> str:
            key = self._key_hint(action)
            return f"{text}   {key}" if key else text

        self.approve_button.setText(label(self.tr("Approve"), ActionId.APPROVE))
        self.reject_button.setText(label(self.tr("Reject"), ActionId.REJECT))
        self.escalate_button.setText(label(self.tr("Escalate"), ActionId.ESCALATE))
        self.skip_button.setText(label(self.tr("Skip"), ActionId.SKIP))
        self.undo_button.setText(label(self.tr("Undo"), ActionId.UNDO))
        self.confirm_button.setText(label(self.tr("Confirm"), ActionId.CONFIRM).replace("Return", "↵"))
        self.cancel_button.setText(label(self.tr("Cancel"), ActionId.CANCEL))
        note_key = self._key_hint(ActionId.NOTE)
        self.note_edit.setPlaceholderText(
            self.tr("Note for this decision (%1)").replace("%1", note_key) if note_key else self.tr("Note for this decision")
        )

    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str, options: Sequence[tuple[str, str]], selected: Sequence[int] = ()) -> None:
        """Browse, or choose reasons (reject) / a target (escalate) among `options` (code, label)."""
        self._mode = mode
        self._options = list(options)
        for button in self._option_buttons:
            self.options_row.removeWidget(button)
            button.deleteLater()
        self._option_buttons = []
        if mode == MODE_BROWSE:
            self.options_box.setVisible(False)
            return
        if mode == MODE_REJECT:
            self.hint_label.setText(self.tr("Reasons:"))
        else:
            self.hint_label.setText(self.tr("Escalate to:"))
        for i, (_code, text) in enumerate(self._options[: len(OPTION_ACTIONS)]):
            key = self._key_hint(OPTION_ACTIONS[i])
            button = _button(f"{key}  {text}" if key else text, "OptionButton")
            button.setCheckable(True)
            button.setChecked(i in selected)
            button.clicked.connect(lambda _=False, a=OPTION_ACTIONS[i]: self.action_triggered.emit(a))
            # Labels may be cut to fit the column; the tooltip keeps the whole reason.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setToolTip(text)
            self.options_row.addWidget(button, i // OPTION_COLUMNS, i % OPTION_COLUMNS)
            self._option_buttons.append(button)
        self.options_box.setVisible(True)

    def set_selected(self, selected: Sequence[int]) -> None:
        for i, button in enumerate(self._option_buttons):
            button.setChecked(i in selected)
        self.confirm_button.setEnabled(bool(selected))

    def option_buttons(self) -> list[QPushButton]:
        return list(self._option_buttons)

    def set_enabled_actions(self, enabled: frozenset[ActionId]) -> None:
        """Enable exactly the buttons whose action means something now (the session says which):
        a listing that cannot be decided never shows live decision buttons."""
        for button, action in (
            (self.approve_button, ActionId.APPROVE),
            (self.skip_button, ActionId.SKIP),
            (self.reject_button, ActionId.REJECT),
            (self.escalate_button, ActionId.ESCALATE),
        ):
            button.setEnabled(action in enabled)
        if self._mode == MODE_REJECT:
            self.reject_button.setEnabled(True)
        elif self._mode == MODE_ESCALATE:
            self.escalate_button.setEnabled(True)
        self.note_edit.setEnabled(ActionId.NOTE in enabled or ActionId.CONFIRM in enabled)

    def set_undo_available(self, available: bool, seconds_left: float | None = None) -> None:
        self.undo_button.setEnabled(available)
        base = self.tr("Undo")
        key = self._key_hint(ActionId.UNDO)
        if available and seconds_left is not None:
            base = self.tr("Undo (%1 s)").replace("%1", str(max(0, int(seconds_left + 0.99))))
        self.undo_button.setText(f"{base}   {key}" if key else base)
