"""The settings dialog: appearance, photo hiding, keyboard remapping and cache, from SPECS."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moderator_app.core.keymap import Keymap, KeymapError
from moderator_app.core.settings_schema import SettingsError
from moderator_app.views.listing_panel import plain_label


def _label(settings: Any, key: str) -> str:
    return QCoreApplication.translate("Settings", settings.spec(key).label)


class SettingsDialog(QDialog):
    """Edits a core Settings object; values are validated and saved on OK."""

    def __init__(self, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(560, 520)
        self.settings = settings
        tabs = QTabWidget(self)

        general = QWidget()
        form = QFormLayout(general)
        self.theme_combo = self._choice_combo("theme")
        self.language_combo = self._choice_combo("language")
        self.cache_spin = self._spin("cache_days")
        self.runway_spin = self._spin("offline_runway")
        self.runway_spin.setToolTip(
            self.tr("How many listings the desk keeps leased and downloaded: the work left when the network drops. "
                    "Takes effect at the next start.")
        )
        form.addRow(_label(settings, "theme"), self.theme_combo)
        form.addRow(_label(settings, "language"), self.language_combo)
        form.addRow(_label(settings, "cache_days"), self.cache_spin)
        form.addRow(_label(settings, "offline_runway"), self.runway_spin)
        tabs.addTab(general, self.tr("General"))

        photos = QWidget()
        pform = QFormLayout(photos)
        self.blur_combo = self._choice_combo("blur_mode")
        self.always_blur = QCheckBox(_label(settings, "always_blur"))
        self.always_blur.setChecked(bool(settings.get("always_blur")))
        pform.addRow(_label(settings, "blur_mode"), self.blur_combo)
        pform.addRow("", self.always_blur)
        tabs.addTab(photos, self.tr("Photos"))

        keys = QWidget()
        kl = QVBoxLayout(keys)
        hint = plain_label("MutedLabel")
        hint.setWordWrap(True)
        hint.setText(self.tr("Double-click a key cell to change it. Separate several keys with a comma; leave empty to unbind."))
        self.key_table = QTableWidget(0, 2)
        self.key_table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.key_table.verticalHeader().setVisible(False)
        self.key_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.key_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.key_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        keymap = settings.keymap()
        self._action_ids = [a.id for a in keymap.actions]
        self.key_table.setRowCount(len(self._action_ids))
        for row, action in enumerate(keymap.actions):
            name = QTableWidgetItem(QCoreApplication.translate("Keymap", action.label))
            name.setFlags(name.flags() & ~name.flags().ItemIsEditable)
            self.key_table.setItem(row, 0, name)
            self.key_table.setItem(row, 1, QTableWidgetItem(", ".join(keymap.keys_for(action.id))))
        self.key_error = plain_label("ErrorLabel")
        self.key_error.setWordWrap(True)
        kl.addWidget(hint)
        kl.addWidget(self.key_table, 1)
        kl.addWidget(self.key_error)
        tabs.addTab(keys, self.tr("Keyboard"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def _spin(self, key: str) -> QSpinBox:
        spin = QSpinBox()
        spec = self.settings.spec(key)
        spin.setRange(spec.minimum or 0, spec.maximum or 999)
        spin.setValue(self.settings.get(key))
        return spin

    def _choice_combo(self, key: str) -> QComboBox:
        combo = QComboBox()
        spec = self.settings.spec(key)
        for value, label in spec.choices:
            combo.addItem(QCoreApplication.translate("Settings", label), value)
        combo.setCurrentIndex(max(0, combo.findData(self.settings.get(key))))
        return combo

    def edited_keymap(self) -> Keymap:
        """The keymap in the table; raises KeymapError (with the conflicting keys) if invalid."""
        keymap = Keymap()
        for row, action_id in enumerate(self._action_ids):
            text = self.key_table.item(row, 1).text()
            keys = [k.strip() for k in text.split(",") if k.strip()] if text.strip() != "," else [","]
            if tuple(keys) != keymap.keys_for(action_id):
                overrides = {**keymap.to_dict(), str(action_id): keys}
                keymap = Keymap(overrides)
        return keymap

    def save(self) -> None:
        try:
            keymap = self.edited_keymap()
        except KeymapError as exc:
            self.key_error.setText(str(exc))
            return
        try:
            self.settings.set("theme", self.theme_combo.currentData())
            self.settings.set("language", self.language_combo.currentData())
            self.settings.set("cache_days", self.cache_spin.value())
            self.settings.set("offline_runway", self.runway_spin.value())
            self.settings.set("blur_mode", self.blur_combo.currentData())
            self.settings.set("always_blur", self.always_blur.isChecked())
            self.settings.set("keymap", keymap.to_dict())
        except (SettingsError, OSError) as exc:
            self.key_error.setText(str(exc))
            return
        self.accept()
