"""The lead's exposure view: each moderator's exposure to sensitive content, figures only.

One row per person from ``GET /v1/wellness/exposure`` (this shift and today against the team's
budgets, the break clock, whether claims are routed). Photos are never shown here: the server
sends none, and the table has no column that could hold one. The wellness settings dialog opens
from here (its button, or Quality › Wellness settings…, Ctrl+Shift+W).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from moderator_app.core import wellness_schema as wellness
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.sync.wellness_desk import WellnessDesk, exposure_table, team_summary
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.qa.navigation import SETTINGS_KEY
from moderator_app.views.qa.panel_base import QaPanel, error_text, note_label
from moderator_app.views.qa.table_panel import TablePanel
from moderator_app.views.qa.wellness_dialog import WellnessSettingsDialog
from moderator_app.views.task_runner import TaskRunner


class ExposurePanel(QaPanel):
    """Signals:
    loaded(object): a core.wellness_schema.TeamExposure is on screen.
    settings_opened(object): the wellness settings dialog was opened (for tests).
    """

    loaded = Signal(object)
    settings_opened = Signal(object)

    def __init__(self, desk: QaDesk, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.setObjectName("ExposurePanel")
        self.loaded_once = False
        self.wellness = WellnessDesk(lambda: desk.api)
        self.data: wellness.TeamExposure | None = None
        self.team_combo = QComboBox(self)
        self.team_combo.addItem(self.tr("All teams"), None)
        self.team_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.settings_button = QPushButton(self.tr("Wellness settings…"))
        self.settings_button.setObjectName("PrimaryButton")
        self.settings_button.setToolTip(SETTINGS_KEY)
        self.settings_button.clicked.connect(self.open_settings)
        self.summary_label = plain_label("MutedLabel")
        self.summary_label.setWordWrap(True)
        self.table = TablePanel(self.tr("Exposure to sensitive content, per person"), self,
                                export_name="exposure")
        self.table.message.connect(self.message)
        note = note_label(self.tr(
            "Sensitive minutes: time on listings with nudity or violence flags while the moderator was at the "
            "desk. Photos: flagged photos they revealed. Shares are of the team's budgets. No photo is ever "
            "shown here."))
        head = QHBoxLayout()
        head.setSpacing(8)
        team_label = plain_label("MutedLabel")
        team_label.setText(self.tr("Team"))
        team_label.setBuddy(self.team_combo)
        head.addWidget(team_label)
        head.addWidget(self.team_combo)
        head.addWidget(self.refresh_button)
        head.addWidget(self.summary_label, 1)
        head.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        self.setFocusProxy(self.table.view)

    def refresh(self) -> None:
        team = self.team_combo.currentData()
        self.call(lambda: (self.wellness.team_exposure(team), self.wellness.teams()), self._on_loaded,
                  self._on_failed)

    def _on_loaded(self, result: tuple[wellness.TeamExposure, list[wellness.Team]]) -> None:
        data, teams = result
        self.loaded_once = True
        self.data = data
        current = self.team_combo.currentData()
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        self.team_combo.addItem(self.tr("All teams"), None)
        for team in teams:
            self.team_combo.addItem(team.name, team.team_id)
        self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(current)))
        self.team_combo.blockSignals(False)
        self.table.set_table(exposure_table(data.rows), self.tr("Nobody has reported any work yet."))
        working, flagged, routed = team_summary(data.rows)
        self.summary_label.setText(
            self.tr("%1 in a shift · %2 reminded or at a budget · %3 routed · updated %4 UTC")
            .replace("%1", str(working)).replace("%2", str(flagged)).replace("%3", str(routed))
            .replace("%4", data.server_time.strftime("%H:%M")))
        self.loaded.emit(data)

    def _on_failed(self, exc: BaseException) -> None:
        self.show_error(self.tr("The exposure figures could not be loaded: %1").replace("%1", error_text(exc)))

    def open_settings(self) -> WellnessSettingsDialog:
        """Open the wellness settings (of the team chosen here, if one is)."""
        dialog = WellnessSettingsDialog(self.wellness, self.runner, self, self.team_combo.currentData())
        dialog.saved.connect(self._on_settings_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.load()
        dialog.open()
        self.settings_opened.emit(dialog)
        return dialog

    def _on_settings_saved(self, team: wellness.Team) -> None:
        self.message.emit(self.tr("Wellness settings saved for %1.").replace("%1", team.name))
        self.changed.emit()
        self.refresh()
