"""Auditors (leads): grading the graders over the dashboard's range.

Each auditor's audits, speed, findings by severity, how often their correct decision differs from
their own blind one, how many findings were disputed and overturned, and how they agree with the
other reviewers of calibration sets; below, every pair of reviewers with Cohen's kappa.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from moderator_app.core import qa_schema as qa
from moderator_app.sync import qa_tables
from moderator_app.sync.qa_desk import DashboardQuery, QaDesk
from moderator_app.views.qa.panel_base import QaPanel, error_text, note_label
from moderator_app.views.qa.table_panel import TablePanel
from moderator_app.views.task_runner import TaskRunner


class AuditorsPanel(QaPanel):
    """Signals:
    loaded(object): (auditor rows, reviewer pairs) are on screen.
    """

    loaded = Signal(object)

    def __init__(self, desk: QaDesk, runner: TaskRunner, query: Callable[[], DashboardQuery],
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.loaded_once = False
        self._query = query
        self.auditors = TablePanel(self.tr("Auditors: volume, speed, findings and overturns"), self,
                                   export_name="auditors")
        self.pairs = TablePanel(self.tr("Reviewer agreement on calibration sets"), self,
                                export_name="reviewer-agreement")
        for panel in (self.auditors, self.pairs):
            panel.message.connect(self.message)
        note = note_label(self.tr(
            "Overturned: findings a lead overturned on dispute (the auditor was wrong). Changed after reveal: "
            "the correct decision differs from the auditor's own blind one. Agreement and Cohen's κ come from "
            "calibration sets answered in this range."))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.auditors)
        split.addWidget(self.pairs)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.error_label)
        layout.addWidget(split, 1)
        layout.addWidget(note)

    def refresh(self) -> None:
        query = self._query()
        self.call(lambda: self.desk.auditors(query), self._on_loaded,
                  lambda exc: self.show_error(self.tr("The auditor figures could not be loaded: %1")
                                              .replace("%1", error_text(exc))))

    def _on_loaded(self, result: tuple[list[qa.AuditorMetrics], list[qa.AuditorPair]]) -> None:
        self.loaded_once = True
        rows, pairs = result
        self.auditors.set_table(qa_tables.auditor_table(rows), self.tr("No audits in this range."))
        self.pairs.set_table(qa_tables.auditor_pairs_table(pairs), self.tr("No calibration answers in this range."))
        self.loaded.emit(result)
