"""Disputes (leads): the moderator's reason beside the audit and its auditor, settled as upheld or
overturned; the settled ones stay listed as the history (who settled, when, and their comment)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from moderator_app.core import qa_schema as qa
from moderator_app.sync import qa_tables
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.qa.panel_base import QaPanel, error_text
from moderator_app.views.qa.table_panel import TablePanel
from moderator_app.views.task_runner import TaskRunner

VIEWS = (
    (qa.DisputeView.open, QT_TRANSLATE_NOOP("DisputesPanel", "Open: to settle")),
    (qa.DisputeView.settled, QT_TRANSLATE_NOOP("DisputesPanel", "Settled: the history")),
    (qa.DisputeView.all, QT_TRANSLATE_NOOP("DisputesPanel", "All disputes")),
)


class DisputesPanel(QaPanel):
    def __init__(self, desk: QaDesk, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.loaded_once = False
        self.table = TablePanel(self.tr("Disputes"), self, export_name="disputes")
        self.table.message.connect(self.message)
        self.view_combo = QComboBox(self)
        for view, label in VIEWS:
            self.view_combo.addItem(QCoreApplication.translate("DisputesPanel", label), view.value)
        self.view_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.head.insertWidget(1, self.view_combo)
        self.table.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setMaxLength(qa.MAX_COMMENT_CHARS)
        self.comment_edit.setPlaceholderText(self.tr("Comment for the moderator (optional)"))
        self.uphold_button = QPushButton(self.tr("Uphold the audit"))
        self.overturn_button = QPushButton(self.tr("Overturn: the moderator was right"))
        self.overturn_button.setObjectName("PrimaryButton")
        self.uphold_button.clicked.connect(lambda: self.settle(qa.DisputeState.upheld))
        self.overturn_button.clicked.connect(lambda: self.settle(qa.DisputeState.overturned))
        hint = plain_label("MutedLabel")
        hint.setText(self.tr("Overturned audits no longer count as errors."))
        actions = QHBoxLayout()
        actions.addWidget(self.comment_edit, 1)
        actions.addWidget(self.uphold_button)
        actions.addWidget(self.overturn_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(hint)

    def view(self) -> qa.DisputeView:
        return qa.DisputeView(self.view_combo.currentData() or qa.DisputeView.open.value)

    def set_view(self, view: qa.DisputeView) -> None:
        self.view_combo.setCurrentIndex(self.view_combo.findData(view.value))

    def refresh(self) -> None:
        view = self.view()
        self.call(lambda: self.desk.disputes(view), self._on_disputes)

    def _on_disputes(self, disputes: list[qa.Dispute]) -> None:
        self.loaded_once = True
        empty = self.tr("No open disputes.") if self.view() == qa.DisputeView.open else self.tr("No disputes.")
        self.table.set_table(qa_tables.dispute_table(disputes), empty)
        if disputes:
            self.table.view.setCurrentIndex(self.table.proxy.index(0, 0))
        self._update_actions()

    def _update_actions(self) -> None:
        dispute = self.table.selected_payload()
        open_one = dispute is not None and dispute.state == qa.DisputeState.open
        self.uphold_button.setEnabled(open_one)
        self.overturn_button.setEnabled(open_one)

    def settle(self, outcome: qa.DisputeState) -> None:
        dispute = self.table.selected_payload()
        if dispute is None or dispute.state != qa.DisputeState.open:
            self.show_error(self.tr("Select an open dispute first."))
            return
        comment = self.comment_edit.text().strip()

        def settled(result: qa.Dispute) -> None:
            self.comment_edit.clear()
            state = QCoreApplication.translate(qa_tables.CONTEXT, result.state.value)
            self.message.emit(self.tr("Dispute settled: %1.").replace("%1", state))
            self.changed.emit()
            self.refresh()

        self.call(lambda: self.desk.settle(dispute.dispute_id, outcome, comment), settled,
                  lambda exc: self.show_error(error_text(exc)))
