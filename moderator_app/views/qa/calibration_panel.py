"""Calibration sets (leads): create one from listing ids and reviewers, then read its report.

The report lists the items with the most disagreement first, each reviewer's agreement with
the majority and mean Cohen's kappa, every pair's kappa, and Fleiss' kappa for the group.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from moderator_app.core import qa_schema as qa
from moderator_app.sync import qa_tables
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.qa.golden_panel import split_codes
from moderator_app.views.qa.panel_base import QaPanel, error_text
from moderator_app.views.qa.table_panel import TablePanel
from moderator_app.views.task_runner import TaskRunner


def _kappa(value: float | None) -> str:
    return QCoreApplication.translate("CalibrationPanel", "n/a") if value is None else f"{value:.2f}"


class CalibrationPanel(QaPanel):
    def __init__(self, desk: QaDesk, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.loaded_once = False
        self.report: qa.CalibrationReport | None = None
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Name, e.g. Counterfeits week 48"))
        self.listings_edit = QLineEdit(self)
        self.listings_edit.setPlaceholderText(self.tr("Listing ids, comma-separated"))
        self.reviewers_edit = QLineEdit(self)
        self.reviewers_edit.setPlaceholderText(self.tr("Reviewers (usernames), comma-separated"))
        self.create_button = QPushButton(self.tr("Create set"))
        self.create_button.setObjectName("PrimaryButton")
        self.create_button.clicked.connect(self.create)
        for edit in (self.name_edit, self.listings_edit, self.reviewers_edit):
            edit.setToolTip(edit.placeholderText())  # the whole hint, should a narrow window cut it
        form = QHBoxLayout()
        form.setSpacing(8)
        form.addWidget(self.name_edit, 2)
        form.addWidget(self.listings_edit, 3)
        form.addWidget(self.reviewers_edit, 3)
        form.addWidget(self.create_button)

        self.sets = TablePanel(self.tr("Calibration sets (Enter: report)"), self, export_name="calibration-sets")
        self.sets.row_activated.connect(self.open_report)
        self.summary = plain_label("SectionHeader")
        self.items = TablePanel(self.tr("Items, most disagreement first"), self, export_name="calibration-items")
        self.reviewers = TablePanel(self.tr("Reviewers"), self, export_name="calibration-reviewers")
        self.pairs = TablePanel(self.tr("Pairs (Cohen's κ)"), self, export_name="calibration-pairs")
        for panel in (self.sets, self.items, self.reviewers, self.pairs):
            panel.message.connect(self.message)
        people = QSplitter(Qt.Orientation.Vertical, self)
        people.addWidget(self.reviewers)
        people.addWidget(self.pairs)
        report = QSplitter(Qt.Orientation.Horizontal, self)
        report.addWidget(self.items)
        report.addWidget(people)
        report.setStretchFactor(0, 3)
        report.setStretchFactor(1, 2)
        report_box = QWidget(self)
        report_layout = QVBoxLayout(report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(self.summary)
        report_layout.addWidget(report, 1)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.sets)
        body.addWidget(report_box)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(body, 1)

    def refresh(self) -> None:
        self.call(self.desk.calibrations, self._on_sets)

    def _on_sets(self, sets: list[qa.CalibrationSet]) -> None:
        self.loaded_once = True
        self.sets.set_table(qa_tables.calibration_sets_table(sets), self.tr("No calibration sets yet."))

    def create(self) -> None:
        name = self.name_edit.text().strip()
        listings = split_codes(self.listings_edit.text())
        reviewers = split_codes(self.reviewers_edit.text())
        if not name or not listings or len(reviewers) < 2:
            self.show_error(self.tr("A set needs a name, at least one listing and at least two reviewers."))
            return

        def created(created_set: qa.CalibrationSet) -> None:
            self.create_button.setEnabled(True)
            for edit in (self.name_edit, self.listings_edit, self.reviewers_edit):
                edit.clear()
            self.message.emit(self.tr("Calibration set \u201c%1\u201d created.").replace("%1", created_set.name))
            self.changed.emit()
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.create_button.setEnabled(True)
            self.show_error(error_text(exc))

        self.create_button.setEnabled(False)
        self.call(lambda: self.desk.create_calibration(name, listings, reviewers), created, failed)

    def open_report(self, calibration_set: qa.CalibrationSet) -> None:
        self.call(lambda: self.desk.calibration_report(calibration_set.set_id), self.show_report)

    def show_report(self, report: qa.CalibrationReport) -> None:
        self.report = report
        agreement = self.tr("n/a") if report.percent_agreement is None else f"{report.percent_agreement * 100:.1f}%"
        self.summary.setText(
            self.tr("%1 — Fleiss' κ %2 · agreement %3")
            .replace("%1", report.name)
            .replace("%2", _kappa(report.fleiss_kappa))
            .replace("%3", agreement)
        )
        self.items.set_table(qa_tables.calibration_items_table(report), self.tr("No items."))
        self.reviewers.set_table(qa_tables.calibration_reviewers_table(report))
        self.pairs.set_table(qa_tables.calibration_pairs_table(report))
