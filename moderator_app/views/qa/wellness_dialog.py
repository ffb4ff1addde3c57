"""The wellness settings of a team (leads and admins): break reminders, exposure budgets, and what
happens when a budget is reached. Keyboard first: every field has a mnemonic, Enter saves, Esc
closes. The form's rules are sync.wellness_desk's; saving is ``PUT /v1/teams/{team}/wellness``.
"""

from __future__ import annotations

import logging
import zoneinfo
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moderator_app.core import wellness_schema as wellness
from moderator_app.sync.wellness_desk import FORM_CONTEXT, FormError, WellnessDesk, bounds, check_settings
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.qa.panel_base import error_text
from moderator_app.views.task_runner import TaskRunner

log = logging.getLogger(__name__)


def form_error_text(error: FormError) -> str:
    text = QCoreApplication.translate(FORM_CONTEXT, error.text)
    for index, arg in enumerate(error.args, start=1):
        text = text.replace(f"%{index}", arg)
    return text


class WellnessSettingsDialog(QDialog):
    """Signals:
    loaded(): the teams are on screen.
    saved(object): the server saved a team's settings (the core.wellness_schema.Team it answered).
    failed(str): loading or saving failed (the message shown in the dialog).
    """

    loaded = Signal()
    saved = Signal(object)
    failed = Signal(str)

    def __init__(self, desk: WellnessDesk, runner: TaskRunner, parent: QWidget | None = None,
                 team_id: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WellnessSettingsDialog")
        self.setWindowTitle(self.tr("Wellness settings"))
        self.desk = desk
        self.runner = runner
        self.teams: list[wellness.Team] = []
        self._wanted_team = team_id
        self._busy = False

        intro = plain_label("MutedLabel")
        intro.setWordWrap(True)
        intro.setText(self.tr(
            "Exposure is the time spent on listings with nudity or violence flags and the flagged photos "
            "revealed. Moderators see their own figures in the status bar; you see everyone's on the dashboard."))
        self.team_combo = QComboBox(self)
        self.team_combo.currentIndexChanged.connect(self._show_team)

        self.break_interval = self._spin("break_interval_minutes", self.tr(" min"))
        self.break_length = self._spin("break_minutes", self.tr(" min"))
        self.shift_gap = self._spin("shift_gap_minutes", self.tr(" min"))
        self.shift_minutes = self._budget_spin("shift_budget_minutes", self.tr(" min"))
        self.day_minutes = self._budget_spin("day_budget_minutes", self.tr(" min"))
        self.shift_photos = self._budget_spin("shift_budget_photos", self.tr(" photos"))
        self.day_photos = self._budget_spin("day_budget_photos", self.tr(" photos"))
        self.reminder_share = QSpinBox(self)
        self.reminder_share.setRange(10, 100)
        self.reminder_share.setSuffix(" %")
        self.on_budget = QComboBox(self)
        self.on_budget.addItem(self.tr("Remind the moderator"), wellness.OnBudget.remind.value)
        self.on_budget.addItem(self.tr("Remind, then give them listings without sensitive flags"),
                               wellness.OnBudget.route.value)
        self.only_sensitive = QComboBox(self)
        self.only_sensitive.addItem(self.tr("Serve them anyway (the queue must be worked)"), True)
        self.only_sensitive.addItem(self.tr("Hold them back from moderators at their budget"), False)
        self.timezone = QLineEdit(self)
        completer = QCompleter(sorted(zoneinfo.available_timezones()), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Team"), self.team_combo),
            (self.tr("&Break reminder every"), self.break_interval),
            (self.tr("A break &lasts at least"), self.break_length),
            (self.tr("A shift &ends after a pause of"), self.shift_gap),
            (self.tr("Sensitive time per &shift"), self.shift_minutes),
            (self.tr("Sensitive time per &day"), self.day_minutes),
            (self.tr("Flagged &photos per shift"), self.shift_photos),
            (self.tr("Flagged p&hotos per day"), self.day_photos),
            (self.tr("Re&mind at"), self.reminder_share),
            (self.tr("When a budget is &reached"), self.on_budget),
            (self.tr("When &only sensitive listings are left"), self.only_sensitive),
            (self.tr("Time &zone (days start at midnight there)"), self.timezone),
        ]
        self.labels: dict[QWidget, QLabel] = {}
        for text, widget in rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.labels[widget] = label

        self.error_label = plain_label("ErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.state_label = plain_label("MutedLabel")
        self.state_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(700)
        self._set_enabled(False)
        self.team_combo.setFocus()

    def _spin(self, field: str, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(*bounds(field))
        spin.setSuffix(suffix)
        spin.setProperty("field", field)
        return spin

    def _budget_spin(self, field: str, suffix: str) -> QSpinBox:
        """A budget: 0 is shown as "No budget" and means none."""
        spin = QSpinBox(self)
        low, high = bounds(field)
        spin.setRange(low - 1, high)
        spin.setSpecialValueText(self.tr("No budget"))
        spin.setSuffix(suffix)
        spin.setProperty("field", field)
        return spin

    # --- data -----------------------------------------------------------------------------------

    def load(self) -> None:
        """Fetch the teams in the background."""
        self.state_label.setText(self.tr("Loading…"))
        self._run(self.desk.teams, self._on_teams, self._on_load_failed)

    def _on_teams(self, teams: list[wellness.Team]) -> None:
        self.teams = list(teams)
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        for team in self.teams:
            self.team_combo.addItem(f"{team.name} ({team.team_id})", team.team_id)
        index = self.team_combo.findData(self._wanted_team) if self._wanted_team else 0
        self.team_combo.setCurrentIndex(max(0, index))
        self.team_combo.blockSignals(False)
        self._show_team(self.team_combo.currentIndex())
        self._set_enabled(bool(self.teams))
        self.state_label.setText("" if self.teams else self.tr("No teams on this server."))
        self.team_combo.setFocus()
        self.loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        self.state_label.setText("")
        self.show_error(self.tr("The teams could not be loaded: %1").replace("%1", error_text(exc)))

    def current_team(self) -> wellness.Team | None:
        team_id = self.team_combo.currentData()
        return next((t for t in self.teams if t.team_id == team_id), None)

    def _show_team(self, _index: int) -> None:
        team = self.current_team()
        if team is None:
            return
        self._wanted_team = team.team_id
        self.set_settings(team.wellness)
        who = team.updated_by or self.tr("nobody yet (defaults)")
        self.state_label.setText(self.tr("%n member(s). Last changed by %1.", "", len(team.members)).replace("%1", who))
        self.show_error("")

    def set_settings(self, s: wellness.WellnessSettings) -> None:
        self.break_interval.setValue(s.break_interval_minutes)
        self.break_length.setValue(s.break_minutes)
        self.shift_gap.setValue(s.shift_gap_minutes)
        for spin, value in ((self.shift_minutes, s.shift_budget_minutes), (self.day_minutes, s.day_budget_minutes),
                            (self.shift_photos, s.shift_budget_photos), (self.day_photos, s.day_budget_photos)):
            spin.setValue(spin.minimum() if value is None else value)
        self.reminder_share.setValue(round(s.reminder_share * 100))
        self.on_budget.setCurrentIndex(max(0, self.on_budget.findData(s.on_budget.value)))
        self.only_sensitive.setCurrentIndex(0 if s.serve_when_only_sensitive else 1)
        self.timezone.setText(s.timezone)

    def values(self) -> dict[str, Any]:
        """The form as WellnessSettings fields (a budget at its "No budget" value is None)."""
        def budget(spin: QSpinBox) -> int | None:
            return None if spin.value() == spin.minimum() else spin.value()

        return {
            "break_interval_minutes": self.break_interval.value(),
            "break_minutes": self.break_length.value(),
            "shift_gap_minutes": self.shift_gap.value(),
            "shift_budget_minutes": budget(self.shift_minutes),
            "day_budget_minutes": budget(self.day_minutes),
            "shift_budget_photos": budget(self.shift_photos),
            "day_budget_photos": budget(self.day_photos),
            "reminder_share": self.reminder_share.value() / 100,
            "on_budget": self.on_budget.currentData(),
            "serve_when_only_sensitive": bool(self.only_sensitive.currentData()),
            "timezone": self.timezone.text().strip(),
        }

    def save(self) -> None:
        """Check the form, then save it for the chosen team in the background."""
        team = self.current_team()
        if team is None or self._busy:
            return
        settings, errors = check_settings(self.values())
        if settings is None:
            self.show_error("\n".join(form_error_text(e) for e in errors))
            self._focus_field(errors[0].field if errors else None)
            return
        self.state_label.setText(self.tr("Saving…"))
        self._run(lambda: self.desk.save(team.team_id, settings), self._on_saved, self._on_save_failed)

    def _on_saved(self, team: wellness.Team) -> None:
        self.teams = [team if t.team_id == team.team_id else t for t in self.teams]
        self.show_error("")
        self.state_label.setText(self.tr("Saved for %1.").replace("%1", team.name))
        self.saved.emit(team)
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.state_label.setText("")
        self.show_error(self.tr("Not saved: %1").replace("%1", error_text(exc)))

    # --- helpers -------------------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if text:
            self.failed.emit(text)

    def _focus_field(self, field: str | None) -> None:
        for widget in self.labels:
            if widget.property("field") == field or (field == "timezone" and widget is self.timezone):
                widget.setFocus()
                return

    def _set_enabled(self, enabled: bool) -> None:
        for widget in self.labels:
            widget.setEnabled(enabled)
        self.save_button.setEnabled(enabled and not self._busy)

    def _run(self, fn: Any, ok: Any, failed: Any) -> None:
        self._busy = True
        self.save_button.setEnabled(False)

        def done() -> bool:
            if not shiboken6.isValid(self):
                return False
            self._busy = False
            self.save_button.setEnabled(bool(self.teams))
            return True

        def on_ok(value: Any) -> None:
            if done():
                ok(value)

        def on_failed(exc: BaseException) -> None:
            if done():
                log.info("wellness settings call failed: %s", type(exc).__name__)
                failed(exc)

        if self.runner.run(fn, on_ok, on_failed) is None:
            done()
