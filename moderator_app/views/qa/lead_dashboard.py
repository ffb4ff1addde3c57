"""The lead dashboard: date range and period, trend and per-moderator charts, the tables, drill-down.

Everything it shows comes from one `QaDesk.dashboard()` call made in the background (the
"Error rates" tab reloads alone when its grouping changes); each number with drill-down
filters opens the decisions behind it. Leads (and admins) also get the
sampling rules, golden items, disputes, calibration and exposure tabs (the exposure tab opens the
wellness settings); QA auditors see the figures only.
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moderator_app.sync import qa_desk, qa_tables
from moderator_app.sync.qa_desk import Dashboard, DashboardQuery, ErrorRates, QaDesk
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.qa.appeals_panel import AppealsPanel
from moderator_app.views.qa.auditors_panel import AuditorsPanel
from moderator_app.views.qa.calibration_panel import CalibrationPanel
from moderator_app.views.qa.charts import TrendChart, WhiskerChart
from moderator_app.views.qa.disputes_panel import DisputesPanel
from moderator_app.views.qa.drilldown_dialog import DrillDownDialog
from moderator_app.views.qa.exposure_panel import ExposurePanel
from moderator_app.views.qa.golden_panel import GoldenPanel
from moderator_app.views.qa.panel_base import QaPanel, error_text, note_label
from moderator_app.views.qa.rules_panel import RulesPanel
from moderator_app.views.qa.table_panel import TablePanel, add_group_selector
from moderator_app.views.task_runner import TaskRunner

log = logging.getLogger(__name__)

LEAD_ROLES = ("lead", "admin")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _with_note(table: QWidget, note: QWidget) -> QWidget:
    """A table with its explanation under it, as one tab page."""
    page = QWidget(table.parentWidget())
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table, 1)
    layout.addWidget(note)
    return page


class LeadDashboard(QaPanel):
    """Signals:
    loaded(object): a sync.qa_desk.Dashboard is on screen.
    error_rates_loaded(object): a sync.qa_desk.ErrorRates is on screen (with the dashboard or alone).
    drill_opened(object): a DrillDownDialog was opened (for tests and the status bar).
    """

    loaded = Signal(object)
    error_rates_loaded = Signal(object)
    drill_opened = Signal(object)

    def __init__(self, desk: QaDesk, runner: TaskRunner, role: str, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.setObjectName("LeadDashboard")
        self.role = role
        self.data: Dashboard | None = None
        self.error_rates_data: ErrorRates | None = None
        start, end = qa_desk.default_range(today)

        title = plain_label("ScreenTitle")
        title.setText(self.tr("Team quality"))
        self.from_edit = QDateEdit(_qdate(start), self)
        self.to_edit = QDateEdit(_qdate(end), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.period_combo = QComboBox(self)
        self.period_combo.addItem(self.tr("By week"), "week")
        self.period_combo.addItem(self.tr("By day"), "day")
        self.moderator_edit = QLineEdit(self)
        self.moderator_edit.setPlaceholderText(self.tr("Moderator (all)"))
        self.moderator_edit.setClearButtonEnabled(True)
        self.moderator_edit.setMaximumWidth(170)
        self.queue_edit = QLineEdit(self)
        self.queue_edit.setPlaceholderText(self.tr("Queue id (all)"))
        self.queue_edit.setClearButtonEnabled(True)
        self.queue_edit.setMaximumWidth(150)
        for edit in (self.moderator_edit, self.queue_edit):
            # never narrower than the hint ("Modérateur (tous)" is longer than "Moderator (all)")
            hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 40  # frame, clear-button room
            edit.setMinimumWidth(min(hint, edit.maximumWidth()))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("PrimaryButton")
        self.refresh_button.clicked.connect(self.refresh)
        self.moderator_edit.returnPressed.connect(self.refresh)
        self.queue_edit.returnPressed.connect(self.refresh)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.state_label = plain_label("MutedLabel")
        self.state_label.setWordWrap(True)  # in a narrow window it takes two lines, not the hints' room
        refresh_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)

        controls = QHBoxLayout()
        controls.setSpacing(8)
        controls.addWidget(title)
        controls.addSpacing(16)
        from_label = plain_label("MutedLabel")
        from_label.setText(self.tr("From"))
        to_label = plain_label("MutedLabel")
        to_label.setText(self.tr("to"))
        controls.addWidget(from_label)
        controls.addWidget(self.from_edit)
        controls.addWidget(to_label)
        controls.addWidget(self.to_edit)
        controls.addWidget(self.period_combo)
        controls.addWidget(self.moderator_edit)
        controls.addWidget(self.queue_edit)
        controls.addWidget(self.refresh_button)
        # the state line takes the free room (right-aligned) and wraps only when there is none
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        controls.addWidget(self.state_label, 1)

        # overview: charts over the per-moderator table
        self.trend_chart = TrendChart(self)
        self.whisker_chart = WhiskerChart(self)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.trend_chart)
        charts.addWidget(self.whisker_chart)
        charts.setChildrenCollapsible(False)
        self.moderators = TablePanel(self.tr("Moderators"), self, export_name="moderators")
        overview = QSplitter(Qt.Orientation.Vertical, self)
        overview.addWidget(charts)
        overview.addWidget(self.moderators)
        overview.setStretchFactor(0, 5)
        overview.setStretchFactor(1, 4)
        overview.setChildrenCollapsible(False)

        self.sla = TablePanel(self.tr("Queues: SLA compliance and backlog by age"), self, export_name="sla")
        self.periods = TablePanel(self.tr("Periods: audit coverage and samples still waiting"), self,
                                  export_name="periods")
        periods_note = note_label(self.tr(
            "Audits come days after the decisions: a period with low coverage or samples still waiting will "
            "look better than it ends up. Partial periods (cut by the range, or not over yet) are marked * on the "
            "chart. Decisions count in the day and week the server received them."))
        periods_page = _with_note(self.periods, periods_note)
        self.breakdown = TablePanel(self.tr("Errors by the policy missed and severity"), self,
                                    export_name="error-breakdown")
        self.breakdown_combo = QComboBox(self)
        for key, label in qa_tables.BREAKDOWN_BASES:
            self.breakdown_combo.addItem(QCoreApplication.translate(qa_tables.CONTEXT, label), key)
        self.breakdown.head.insertWidget(1, self.breakdown_combo)
        self.breakdown_combo.currentIndexChanged.connect(lambda _i: self.refresh_figures())
        self.flags = TablePanel(self.tr("AI flags against what they predict"), self, export_name="flag-agreement")
        flags_note = note_label(self.tr(
            "Each flag is scored against the reasons the policy maps it to (Measured against), on final "
            "decisions: the auditor's where an audit found an error. Flags the policy does not map show counts "
            "only."))
        flags_page = _with_note(self.flags, flags_note)
        errors = QSplitter(Qt.Orientation.Horizontal, self)
        errors.addWidget(self.breakdown)
        errors.addWidget(flags_page)
        errors.setChildrenCollapsible(False)

        # error rates per moderator, queue, reason code or category; the grouping sits in the heading
        self.error_rates = TablePanel(self.tr("Error rate with its 95% interval"), self, export_name="error-rates")
        self.group_combo = add_group_selector(self.error_rates, self.tr("Group by"))
        self.group_combo.currentIndexChanged.connect(lambda _i: self.reload_error_rates())

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(overview, self.tr("Overview"))
        self.tabs.addTab(periods_page, self.tr("Periods"))
        self.tabs.addTab(self.sla, self.tr("SLA and backlog"))
        self.tabs.addTab(errors, self.tr("Errors and AI flags"))
        self.tabs.addTab(self.error_rates, self.tr("Error rates"))
        self.appeals = AppealsPanel(desk, runner, lambda: self.data.query if self.data else self.query(),
                                    role in LEAD_ROLES, self)
        self.tabs.addTab(self.appeals, self.tr("Appeals"))
        self.appeals.message.connect(self.message)
        # A reversal counted as an error (or no longer) moves the error rates.
        self.appeals.changed.connect(self.refresh_figures)
        self.rules: RulesPanel | None = None
        self.golden: GoldenPanel | None = None
        self.disputes: DisputesPanel | None = None
        self.calibration: CalibrationPanel | None = None
        self.auditors: AuditorsPanel | None = None
        self.exposure: ExposurePanel | None = None
        if role in LEAD_ROLES:
            self.rules = RulesPanel(desk, runner, self)
            self.golden = GoldenPanel(desk, runner, self)
            self.disputes = DisputesPanel(desk, runner, self)
            self.calibration = CalibrationPanel(desk, runner, self)
            self.auditors = AuditorsPanel(desk, runner, lambda: self.data.query if self.data else self.query(), self)
            self.tabs.addTab(self.auditors, self.tr("Auditors"))
            self.tabs.addTab(self.rules, self.tr("Sampling rules"))
            self.tabs.addTab(self.golden, self.tr("Golden items"))
            self.tabs.addTab(self.disputes, self.tr("Disputes"))
            self.tabs.addTab(self.calibration, self.tr("Calibration"))
            self.exposure = ExposurePanel(desk, runner, self)
            self.tabs.addTab(self.exposure, self.tr("Exposure"))
            for panel in (self.auditors, self.rules, self.golden, self.disputes, self.calibration):
                panel.message.connect(self.message)
                # What a lead changes (a rule, a golden item, a settled dispute) moves the figures.
                panel.changed.connect(self.refresh_figures)
        if self.exposure is not None:
            self.exposure.message.connect(self.message)
        self.tabs.currentChanged.connect(self._on_tab)

        for panel in (self.moderators, self.sla, self.breakdown, self.flags, self.periods):
            panel.drill_requested.connect(self.open_drill_down)
            panel.message.connect(self.message)
        self.error_rates.drill_requested.connect(self._open_error_rate_drill)
        self.error_rates.message.connect(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(controls)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        self.trend_chart.set_title(self.tr("Decisions and error rate per period (* partial)"),
                                   self.tr("No decisions in this range"))
        self.whisker_chart.set_title(self.tr("Error rate per moderator (95% interval)"), self.tr("No audits in this range"))
        self.busy_changed.connect(self._on_busy)
        self.setFocusProxy(self.moderators.view)  # arrows and Enter work as soon as the page opens

    # --- data ------------------------------------------------------------------------------------

    def query(self) -> DashboardQuery:
        filters: dict[str, Any] = {
            "moderator": self.moderator_edit.text().strip() or None,
            "queue": self.queue_edit.text().strip() or None,
        }
        return DashboardQuery(_pydate(self.from_edit.date()), _pydate(self.to_edit.date()),
                              self.period_combo.currentData() or "week", filters, self.group_by(),
                              self.breakdown_combo.currentData() or "correct_reason")

    def group_by(self) -> str:
        """The error-rate table's grouping chosen in its selector."""
        return self.group_combo.currentData() or "moderator"

    def set_group_by(self, group_by: str) -> None:
        """Choose the error-rate grouping (reloads the error rates when it changes)."""
        index = self.group_combo.findData(group_by)
        if index < 0:
            raise ValueError(f"unknown error-rate grouping: {group_by!r}")
        self.group_combo.setCurrentIndex(index)

    def set_range(self, date_from: date, date_to: date) -> None:
        self.from_edit.setDate(_qdate(date_from))
        self.to_edit.setDate(_qdate(date_to))

    def refresh(self) -> None:
        """Fetch every figure for the chosen range, and the open tab's own list, in the background."""
        if not self.refresh_figures():
            return
        current = self.tabs.currentWidget()
        if current is not None and hasattr(current, "refresh") and current is not self:
            current.refresh()

    def refresh_figures(self) -> bool:
        """Fetch the figures (charts and tables) again; False when the range is invalid."""
        query = self.query()
        if query.date_from > query.date_to:
            self.show_error(self.tr("The start date is after the end date."))
            return False
        self.state_label.setText(self.tr("Loading…"))
        self.call(lambda: self.desk.dashboard(query), self.show_dashboard, self._on_failed)
        return True

    def _on_failed(self, exc: BaseException) -> None:
        self.state_label.setText(self.tr("Not updated"))
        self.show_error(self.tr("The figures could not be loaded: %1").replace("%1", error_text(exc)))

    def show_dashboard(self, data: Dashboard) -> None:
        self.data = data
        self.trend_chart.set_series(qa_desk.trend_series(data.trends))
        self.whisker_chart.set_series(qa_desk.whisker_series(data.moderators), qa_desk.team_rate(data.moderators))
        self.moderators.set_table(qa_tables.moderator_table(data.moderators), self.tr("No decisions in this range."))
        self.sla.set_table(qa_tables.sla_table(data.sla), self.tr("No queues."))
        self.breakdown.set_table(qa_tables.breakdown_table(data.breakdown, data.query.breakdown_by),
                                 self.tr("No errors found in this range."))
        self.periods.set_table(qa_tables.periods_table(data.trends), self.tr("No periods in this range."))
        self.flags.set_table(qa_tables.flag_table(data.flags), self.tr("No AI flags were shown in this range."))
        if data.error_rates is not None and data.error_rates.group_by == self.group_by():
            self.show_error_rates(data.error_rates)
        else:  # the grouping changed while these figures were loading: fetch it for this range
            self.reload_error_rates()
        self.state_label.setText(
            self.tr("Updated %1 UTC").replace("%1", data.fetched_at.strftime("%H:%M:%S"))
        )
        self.loaded.emit(data)

    def reload_error_rates(self) -> None:
        """Fetch the error rates again, in the background, for the chosen grouping (same range and
        filters as the figures on screen, or as the controls before the first load)."""
        base = self.data.query if self.data is not None else self.query()
        if base.date_from > base.date_to:
            self.show_error(self.tr("The start date is after the end date."))
            return
        query = dataclasses.replace(base, group_by=self.group_by())
        self.call(lambda: self.desk.error_rates(query), self.show_error_rates, self._on_error_rates_failed)

    def _on_error_rates_failed(self, exc: BaseException) -> None:
        self.show_error(self.tr("The error rates could not be loaded: %1").replace("%1", error_text(exc)))

    def show_error_rates(self, result: ErrorRates) -> None:
        """Show error rates unless they are stale: another grouping than the selector's, or another
        range or filters than the figures on screen (the up-to-date answer is on its way)."""
        if result.group_by != self.group_by():
            return
        if self.data is not None and result.query != dataclasses.replace(self.data.query, group_by=result.group_by):
            return
        self.error_rates_data = result
        self.error_rates.export_name = f"error-rates-{result.group_by}"
        self.error_rates.set_table(qa_tables.error_rate_table(result.rows, result.group_by),
                                   self.tr("No decisions in this range."))
        self.error_rates_loaded.emit(result)

    def _on_busy(self, busy: bool) -> None:
        self.refresh_button.setEnabled(not busy)

    def _on_tab(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, QaPanel) and not current.busy() and getattr(current, "loaded_once", True) is False:
            current.refresh()

    def open_exposure(self) -> ExposurePanel:
        """Show the exposure tab (leads and admins)."""
        if self.exposure is None:
            raise PermissionError(f"role {self.role} has no exposure view")
        self.tabs.setCurrentWidget(self.exposure)
        if not self.exposure.loaded_once and not self.exposure.busy():
            self.exposure.refresh()
        return self.exposure

    # --- drill-down -----------------------------------------------------------------------------

    def open_drill_down(self, filters: dict[str, Any], query: DashboardQuery | None = None) -> DrillDownDialog:
        """Open the decisions behind a number (this range and filters plus the cell's)."""
        if query is None:
            query = self.data.query if self.data is not None else self.query()
        dialog = DrillDownDialog(self.desk, self.runner, query, filters, self)
        dialog.panel.message.connect(self.message)
        dialog.show()
        self.drill_opened.emit(dialog)
        return dialog

    def _open_error_rate_drill(self, filters: dict[str, Any]) -> None:
        # the range and filters the error rates on screen were computed for
        query = self.error_rates_data.query if self.error_rates_data is not None else None
        self.open_drill_down(filters, query)
