"""Golden items (leads): a listing with a known correct decision, placed in a normal queue."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from moderator_app.core import qa_schema as qa
from moderator_app.core.schema import Action
from moderator_app.sync import qa_tables
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.qa.panel_base import QaPanel, error_text
from moderator_app.views.qa.table_panel import TablePanel
from moderator_app.views.task_runner import TaskRunner


def split_codes(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class GoldenPanel(QaPanel):
    def __init__(self, desk: QaDesk, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.loaded_once = False
        self.queues: list[Any] = []
        self.table = TablePanel(self.tr("Golden items"), self, export_name="golden-items")
        self.table.message.connect(self.message)
        self.listing_edit = QLineEdit(self)
        self.listing_edit.setPlaceholderText(self.tr("Listing id"))
        self.queue_combo = QComboBox(self)
        self.queue_combo.currentIndexChanged.connect(self._on_queue)
        self.action_combo = QComboBox(self)
        for action, label in ((Action.approve, self.tr("Approve")), (Action.reject, self.tr("Reject")),
                              (Action.escalate, self.tr("Escalate"))):
            self.action_combo.addItem(label, action.value)
        self.reasons_edit = QLineEdit(self)
        self.reasons_edit.setPlaceholderText(self.tr("Expected reason codes, comma-separated"))
        self.create_button = QPushButton(self.tr("Add golden item"))
        self.create_button.setObjectName("PrimaryButton")
        self.create_button.clicked.connect(self.create)
        self.listing_edit.returnPressed.connect(self.create)
        form = QHBoxLayout()
        form.setSpacing(8)
        form.addWidget(self.listing_edit, 2)
        form.addWidget(self.queue_combo, 2)
        form.addWidget(self.action_combo, 1)
        form.addWidget(self.reasons_edit, 3)
        form.addWidget(self.create_button)
        hint = plain_label("MutedLabel")
        hint.setWordWrap(True)
        hint.setText(self.tr("The listing joins the queue like any other. Whoever decides it is graded "
                             "automatically against the expected decision."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.call(lambda: (self.desk.queues(), self.desk.golden_items()), self._on_loaded)

    def _on_loaded(self, result: tuple[list[Any], list[qa.GoldenItem]]) -> None:
        self.loaded_once = True
        queues, items = result
        current = self.queue_combo.currentData()
        self.queues = list(queues)
        self.queue_combo.blockSignals(True)
        self.queue_combo.clear()
        for q in self.queues:
            self.queue_combo.addItem(f"{q.name} ({q.id})", q.id)
        index = self.queue_combo.findData(current)
        self.queue_combo.setCurrentIndex(max(0, index))
        self.queue_combo.blockSignals(False)
        self._on_queue(self.queue_combo.currentIndex())
        self.table.set_table(qa_tables.golden_table(items), self.tr("No golden items yet."))

    def _on_queue(self, index: int) -> None:
        if 0 <= index < len(self.queues):
            codes = ", ".join(self.queues[index].reason_codes)
            self.reasons_edit.setToolTip(self.tr("Reason codes of this queue: %1").replace("%1", codes))

    def request(self) -> qa.GoldenItemCreate | None:
        listing = self.listing_edit.text().strip()
        queue = self.queue_combo.currentData()
        if not listing or not queue:
            self.show_error(self.tr("Enter a listing id and choose a queue."))
            return None
        action = Action(self.action_combo.currentData())
        reasons = split_codes(self.reasons_edit.text()) if action == Action.reject else []
        if action == Action.reject and not reasons:
            self.show_error(self.tr("A rejection needs at least one expected reason code."))
            return None
        return qa.GoldenItemCreate(listing_id=listing, queue_id=queue, expected_action=action,
                                   expected_reason_codes=reasons)

    def create(self) -> None:
        request = self.request()
        if request is None:
            return
        self.create_button.setEnabled(False)

        def created(item: qa.GoldenItem) -> None:
            self.create_button.setEnabled(True)
            self.listing_edit.clear()
            self.message.emit(self.tr("Golden item placed in %1.").replace("%1", item.queue_id))
            self.changed.emit()
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.create_button.setEnabled(True)
            self.show_error(error_text(exc))

        self.call(lambda: self.desk.create_golden(request), created, failed)
