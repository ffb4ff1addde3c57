"""Sampling rules per queue (leads): which share of decisions goes to QA, and for whom more."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moderator_app.core import qa_schema as qa
from moderator_app.sync import qa_tables
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.qa.panel_base import QaPanel
from moderator_app.views.qa.table_panel import TablePanel
from moderator_app.views.task_runner import TaskRunner


def _percent_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, 100.0)
    box.setDecimals(1)
    box.setSuffix(" %")
    box.setSingleStep(1.0)
    return box


def _factor_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, 20.0)
    box.setDecimals(2)
    box.setSingleStep(0.25)
    box.setPrefix("× ")
    return box


class RulesPanel(QaPanel):
    def __init__(self, desk: QaDesk, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.loaded_once = False
        self.rules: list[qa.SamplingRule] = []
        self.table = TablePanel(self.tr("Sampling rules per queue"), self, export_name="sampling-rules")
        self.table.message.connect(self.message)
        self.table.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._load_row(cur.row()))
        self.queue_label = plain_label("SectionHeader")
        self.base_rate = _percent_box()
        self.new_rate = _percent_box()
        self.new_days = QSpinBox()
        self.new_days.setRange(0, 3650)
        self.new_days.setSuffix(self.tr(" days"))
        self.threshold = _percent_box()
        self.high_rate = _percent_box()
        self.approve_factor = _factor_box()
        self.reject_factor = _factor_box()
        self.escalate_factor = _factor_box()
        self.save_button = QPushButton(self.tr("Save rule"))
        self.save_button.setObjectName("PrimaryButton")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)

        left = QFormLayout()
        left.addRow(self.tr("Base rate"), self.base_rate)
        left.addRow(self.tr("New moderators"), self.new_rate)
        left.addRow(self.tr("…who joined within"), self.new_days)
        mid = QFormLayout()
        mid.addRow(self.tr("Error threshold (30 days)"), self.threshold)
        mid.addRow(self.tr("Rate above the threshold"), self.high_rate)
        right = QFormLayout()
        right.addRow(self.tr("Approved"), self.approve_factor)
        right.addRow(self.tr("Rejected"), self.reject_factor)
        right.addRow(self.tr("Escalated"), self.escalate_factor)
        for column in (left, mid, right):
            column.setHorizontalSpacing(12)  # long (French, Spanish) labels must not touch their box
        form = QGridLayout()
        form.setHorizontalSpacing(24)
        form.addLayout(left, 0, 0)
        form.addLayout(mid, 0, 1)
        form.addLayout(right, 0, 2)
        hint = plain_label("MutedLabel")
        hint.setWordWrap(True)
        hint.setText(self.tr("A decision is sampled at the highest rate that applies, times its outcome's "
                             "factor. Moderators cannot tell which decisions are audited."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.queue_label)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(hint)

    def refresh(self) -> None:
        self.call(self.desk.rules, self._on_rules)

    def _on_rules(self, rules: list[qa.SamplingRule]) -> None:
        self.loaded_once = True
        self.rules = list(rules)
        self.table.set_table(qa_tables.rules_table(rules), self.tr("No queues."))
        if rules:
            self.table.view.selectRow(0)
            self.table.view.setCurrentIndex(self.table.proxy.index(0, 0))
            self._load_row(0)

    def _load_row(self, proxy_row: int) -> None:
        if proxy_row < 0 or proxy_row >= self.table.proxy.rowCount():
            return
        rule: qa.SamplingRule = self.table.model.payload(self.table.source_row(proxy_row))
        self.current = rule
        self.queue_label.setText(rule.queue_id)
        self.base_rate.setValue(rule.base_rate * 100)
        self.new_rate.setValue(rule.new_moderator_rate * 100)
        self.new_days.setValue(rule.new_moderator_days)
        self.threshold.setValue(rule.error_threshold * 100)
        self.high_rate.setValue(rule.high_error_rate * 100)
        self.approve_factor.setValue(rule.approve_factor)
        self.reject_factor.setValue(rule.reject_factor)
        self.escalate_factor.setValue(rule.escalate_factor)
        self.save_button.setEnabled(True)

    def update_request(self) -> qa.SamplingRuleUpdate:
        return qa.SamplingRuleUpdate(
            base_rate=round(self.base_rate.value() / 100, 4),
            new_moderator_rate=round(self.new_rate.value() / 100, 4),
            new_moderator_days=self.new_days.value(),
            error_threshold=round(self.threshold.value() / 100, 4),
            high_error_rate=round(self.high_rate.value() / 100, 4),
            approve_factor=self.approve_factor.value(),
            reject_factor=self.reject_factor.value(),
            escalate_factor=self.escalate_factor.value(),
        )

    def save(self) -> None:
        rule = getattr(self, "current", None)
        if rule is None:
            return
        update = self.update_request()
        self.save_button.setEnabled(False)

        def saved(_rule: qa.SamplingRule) -> None:
            self.save_button.setEnabled(True)
            self.message.emit(self.tr("Sampling rule of %1 saved.").replace("%1", rule.queue_id))
            self.changed.emit()
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.show_error(str(exc))

        self.call(lambda: self.desk.save_rule(rule.queue_id, update), saved, failed)
