"""Builds the review screen's QShortcuts from the Keymap data (Anki's `_shortcutKeys` habit).

Shortcuts are recreated whenever the keymap changes; auto-repeat is off so holding a key
never fires an action twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from moderator_app.core.keymap import ActionId, Keymap


class ShortcutSet:
    """Owns the QShortcuts of one widget; `apply` replaces them all."""

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self._shortcuts: list[QShortcut] = []

    def apply(self, keymap: Keymap, handler: Callable[[ActionId], None], extra: dict[str, Callable[[], None]] | None = None) -> None:
        """Bind every key of `keymap` to `handler(action)`; `extra` binds view-only keys not in the keymap."""
        self.clear()
        for key, action in keymap.bindings().items():
            self._add(key, lambda a=action: handler(a))
        for key, callback in (extra or {}).items():
            if keymap.action_for(key) is None:
                self._add(key, callback)

    def _add(self, key: str, callback: Callable[[], None]) -> None:
        sequence = QKeySequence(key, QKeySequence.SequenceFormat.PortableText)
        if sequence.isEmpty():
            return
        shortcut = QShortcut(sequence, self._owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(callback)
        self._shortcuts.append(shortcut)

    def clear(self) -> None:
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.setParent(None)
            shortcut.deleteLater()
        self._shortcuts = []

    def keys(self) -> list[str]:
        return [s.key().toString(QKeySequence.SequenceFormat.PortableText) for s in self._shortcuts]
