"""Settings (keymap conflicts), shortcut sheet, status bar, queue model, translations, themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from sample_items import QUEUE

from moderator_app.core.keymap import ActionId, Keymap
from moderator_app.core.settings_schema import MemoryBackend, Settings
from moderator_app.sync.status import Problem, ProblemKind, SyncStatus
from moderator_app.views import i18n
from moderator_app.views import theme as themes
from moderator_app.views.queue_model import COL_STATUS, QueueTableModel
from moderator_app.views.settings_dialog import SettingsDialog
from moderator_app.views.shortcut_sheet import sheet_rows
from moderator_app.views.status_bar import SyncStatusBar


def key_row(dialog: SettingsDialog, action: ActionId) -> int:
    return dialog._action_ids.index(action)


def test_settings_refuses_a_key_used_twice_and_names_the_conflict(qtbot):
    settings = Settings(MemoryBackend())
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.key_table.item(key_row(dialog, ActionId.SKIP), 1).setText("A")
    dialog.save()
    assert "A" in dialog.key_error.text()
    assert settings.keymap() == Keymap()  # nothing saved


def test_settings_saves_a_remapped_key_and_photo_options(qtbot):
    settings = Settings(MemoryBackend())
    changes = []
    settings.subscribe(lambda key, value: changes.append(key))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.key_table.item(key_row(dialog, ActionId.APPROVE), 1).setText("Y")
    dialog.blur_combo.setCurrentIndex(dialog.blur_combo.findData("both"))
    dialog.always_blur.setChecked(True)
    dialog.save()
    assert dialog.key_error.text() == ""
    assert settings.keymap().keys_for(ActionId.APPROVE) == ("Y",)
    assert settings.get("blur_mode") == "both" and settings.get("always_blur") is True
    assert {"keymap", "blur_mode", "always_blur"} <= set(changes)


def test_shortcut_sheet_lists_the_exact_default_keys():
    rows = dict((label, keys) for keys, label in sheet_rows(Keymap()))
    assert rows["Approve"] == "A"
    assert rows["Next listing"] == "N / →"
    assert rows["Previous listing"] == "P / ←"
    assert rows["Undo the last decision (within 5 s, while unsent)"] == "Z"
    assert "1 – 9" in [keys for keys, _ in sheet_rows(Keymap())]


def test_status_bar_shows_state_outbox_runway_and_lease(qtbot, qapp):
    i18n.install(qapp, "en")  # English plurals come from the English translation file
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    problem = Problem(ProblemKind.FOREIGN_ANSWER, 403, "text/html")
    bar.show_status(SyncStatus("offline", 3, 4, 9, 125, problem, next_retry_in=8, active_queue="new-fr"))
    bar.set_lease(125)
    assert "Offline" in bar.state_label.text()
    assert "A proxy or gateway answered HTTP 403" in bar.state_label.text()
    assert "Retrying in 8 s" in bar.state_label.text()
    assert bar.outbox_label.text() == "Outbox: 3 unsent"
    assert bar.runway_label.text() == "4 listings ready offline"
    assert bar.lease_label.text() == "Leases: 2:05 left"
    bar.set_conflicts(2)
    assert bar.conflicts_button.text() == "Conflicts: 2"


def test_a_message_has_its_own_place_and_goes_with_its_listing(qtbot):
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.show_status(SyncStatus("online", 0, 5, 5, 600, active_queue="new-fr"))
    bar.show_message("About listing 7", about=7)
    assert bar.state_label.isVisible() and bar.outbox_label.isVisible() and bar.lease_label.isVisible()
    bar.listing_changed(7)
    assert bar.message() == "About listing 7"
    bar.listing_changed(8)
    assert bar.message() == ""
    bar.show_message("About the desk")
    bar.listing_changed(9)
    assert bar.message() == "About the desk"
    bar.show_status(SyncStatus("online", 0, 5, 5, 600, storage_problem=Problem(ProblemKind.DISK_FULL)))
    assert bar.storage_label.isVisibleTo(bar) and "Disk full" in bar.storage_label.text()


def test_queue_model_colours_sla_risk(qapp):
    model = QueueTableModel()
    breached = QUEUE.model_copy(update={"oldest_age_seconds": 9000, "sla_seconds": 7200})
    fine = QUEUE.model_copy(update={"oldest_age_seconds": 600})
    model.set_queues([breached, fine])
    status = model.index(0, COL_STATUS)
    assert model.data(status) == "Breached"
    assert model.data(status, Qt.ItemDataRole.ForegroundRole) == QColor(themes.LIGHT.reject)
    assert model.data(model.index(1, COL_STATUS)) == "On track"


@pytest.mark.parametrize(("language", "approve"), [("fr", "Valider"), ("es", "Aprobar"), ("en", "Approve")])
def test_translations_load_from_resources(qapp, language, approve):
    try:
        assert i18n.install(qapp, language) == language
        assert QCoreApplication.translate("DecisionBar", "Approve") == approve
    finally:
        i18n.install(qapp, "en")


def test_dark_theme_changes_the_palette(qapp):
    try:
        theme = themes.apply(qapp, "dark")
        assert theme.is_dark()
        assert qapp.palette().window().color() == QColor(themes.DARK.window)
        assert "@base" not in qapp.styleSheet() and "@accent" not in qapp.styleSheet()
    finally:
        themes.apply(qapp, "light")
