"""Appeals (DSA) on the lead dashboard: appeal and reversal rates per moderator, reason, queue or
category over the dashboard's range; whether a decision reversed on appeal counts as an error in
the error rates (a lead's setting); and the notifiers flagged for manifestly unfounded notices.
QA auditors see the rates only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from moderator_app.core import dsa_schema as dsa
from moderator_app.sync import dsa_tables
from moderator_app.sync.dsa_tables import AppealFigures
from moderator_app.sync.qa_desk import DashboardQuery, QaDesk
from moderator_app.views.qa.panel_base import QaPanel, error_text, note_label
from moderator_app.views.qa.table_panel import TablePanel, add_group_selector
from moderator_app.views.task_runner import TaskRunner


class AppealsPanel(QaPanel):
    """Signals:
    loaded(object): an AppealFigures is on screen.
    """

    loaded = Signal(object)

    def __init__(self, desk: QaDesk, runner: TaskRunner, query: Callable[[], DashboardQuery], lead: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.loaded_once = False
        self.lead = lead
        self._query = query
        self.data: AppealFigures | None = None
        self.rates = TablePanel(self.tr("Appeals and reversals on appeal, with the 95% interval"), self,
                                export_name="appeal-rates")
        self.group_combo = add_group_selector(self.rates, self.tr("Group by"))
        self.group_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.reversal_check = QCheckBox(self.tr("A decision reversed on appeal counts as an error in the error rates"))
        self.reversal_check.setEnabled(False)
        self.reversal_check.clicked.connect(self._on_reversal_setting)
        self.notifiers = TablePanel(self.tr("Notifiers flagged for manifestly unfounded notices"), self,
                                    export_name="flagged-notifiers")
        self.notifiers_note = note_label("")
        # Suspending a user's notices (Art. 23(2)): for a time, with the reason the warning gave.
        self.suspend_days = QSpinBox(self)
        self.suspend_days.setRange(1, 365)
        self.suspend_days.setValue(30)
        self.suspend_days.setSuffix(self.tr(" days"))
        self.suspend_reason = QLineEdit(self)
        self.suspend_reason.setPlaceholderText(self.tr("Reason, as given in the prior warning"))
        self.suspend_reason.setMaxLength(2000)
        self.suspend_button = QPushButton(self.tr("Suspend the notices"))
        self.lift_button = QPushButton(self.tr("Lift the suspension"))
        self.suspend_button.clicked.connect(self.suspend_selected)
        self.lift_button.clicked.connect(self.lift_selected)
        self.suspend_reason.textChanged.connect(lambda _t: self._update_actions())
        self.notifiers.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        suspend_row = QHBoxLayout()
        suspend_row.addWidget(self.suspend_days)
        suspend_row.addWidget(self.suspend_reason, 1)
        suspend_row.addWidget(self.suspend_button)
        suspend_row.addWidget(self.lift_button)
        self.suspend_box = QWidget(self)
        self.suspend_box.setLayout(suspend_row)
        suspend_row.setContentsMargins(0, 0, 0, 0)
        self.suspend_box.setVisible(lead)
        for panel in (self.rates, self.notifiers):
            panel.message.connect(self.message)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.rates)
        split.addWidget(self.notifiers)
        split.setChildrenCollapsible(False)
        self.notifiers.setVisible(lead)
        note = note_label(self.tr(
            "Appeal rate: appeals filed against the group's decisions. Reversal rate: reversals among the appeals "
            "decided; with few decided appeals the interval is wide. Decisions taken on appeal are not counted."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.error_label)
        layout.addWidget(self.reversal_check)
        layout.addWidget(split, 1)
        layout.addWidget(self.suspend_box)
        layout.addWidget(self.notifiers_note)
        layout.addWidget(note)

    def group_by(self) -> str:
        return self.group_combo.currentData() or "moderator"

    def refresh(self) -> None:
        query, group_by, lead = self._query(), self.group_by(), self.lead
        self.call(lambda: dsa_tables.load_appeal_figures(self.desk, query, group_by, lead), self.show_figures,
                  lambda exc: self.show_error(self.tr("The appeal figures could not be loaded: %1")
                                              .replace("%1", error_text(exc))))

    def show_figures(self, data: AppealFigures) -> None:
        if data.group_by != self.group_by():
            return  # another grouping was chosen meanwhile: its answer is on its way
        self.loaded_once = True
        self.data = data
        self.rates.set_table(dsa_tables.appeal_rate_table(data.rates, data.group_by),
                             self.tr("No decisions in this range."))
        self._show_settings(data.settings)
        if data.notifiers is not None:
            self.notifiers.set_table(dsa_tables.notifier_table(data.notifiers),
                                     self.tr("No notifier is flagged."))
            self.notifiers_note.setText(
                self.tr("Flagged: at least %1 manifestly unfounded notices in the last %2 days. A user's notices "
                        "may be suspended for a time after a warning (Art. 23); trusted flaggers cannot be.")
                .replace("%1", str(data.settings.unfounded_flag_count))
                .replace("%2", str(data.settings.unfounded_window_days))
            )
        self.notifiers_note.setVisible(data.notifiers is not None)
        self._update_actions()
        self.loaded.emit(data)

    # --- suspensions (leads) ----------------------------------------------------------------------

    def _selected_notifier(self) -> dsa.NotifierRecord | None:
        record = self.notifiers.selected_payload()
        return record if isinstance(record, dsa.NotifierRecord) else None

    def _update_actions(self) -> None:
        record = self._selected_notifier()
        user = record is not None and record.kind == "user"  # trusted flaggers cannot be suspended here
        self.suspend_button.setEnabled(user and bool(self.suspend_reason.text().strip()))
        self.lift_button.setEnabled(record is not None and record.suspended_until is not None)

    def suspend_selected(self) -> None:
        record = self._selected_notifier()
        reason = self.suspend_reason.text().strip()
        if record is None or not reason:
            return
        days = self.suspend_days.value()
        self.call(lambda: dsa_tables.suspend_notifier(self.desk, record.notifier_id, days, reason),
                  lambda _v: self._after_suspension(self.tr("Notices suspended.")),
                  lambda exc: self.show_error(self.tr("Not suspended: %1").replace("%1", error_text(exc))))

    def lift_selected(self) -> None:
        record = self._selected_notifier()
        if record is None:
            return
        self.call(lambda: dsa_tables.lift_suspension(self.desk, record.notifier_id),
                  lambda _v: self._after_suspension(self.tr("Suspension lifted.")),
                  lambda exc: self.show_error(self.tr("Not lifted: %1").replace("%1", error_text(exc))))

    def _after_suspension(self, text: str) -> None:
        self.suspend_reason.clear()
        self.message.emit(text)
        self.refresh()

    def _show_settings(self, settings: dsa.DsaSettings) -> None:
        self.reversal_check.setChecked(settings.reversal_counts_as_error)
        self.reversal_check.setEnabled(self.lead)

    def _on_reversal_setting(self, checked: bool) -> None:
        self.reversal_check.setEnabled(False)

        def saved(settings: dsa.DsaSettings) -> None:
            self._show_settings(settings)
            self.message.emit(self.tr("Setting saved: the error rates are computed again."))
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.reversal_check.setChecked(not checked)
            self.reversal_check.setEnabled(self.lead)
            self.show_error(self.tr("The setting could not be saved: %1").replace("%1", error_text(exc)))

        self.call(lambda: dsa_tables.set_reversal_counts_as_error(self.desk, checked), saved, failed)
