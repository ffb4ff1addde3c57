""""My feedback": the caller's audited decisions, with verdict, severity, comment and dispute state.

"Contest" opens a dispute with a reason; it is disabled when the audit agreed, when a dispute
is already open or settled, and after the deadline.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget

from moderator_app.core import qa_schema as qa
from moderator_app.sync import qa_desk, qa_tables
from moderator_app.sync.qa_desk import QaDesk
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.qa.panel_base import QaPanel, error_text
from moderator_app.views.qa.table_panel import TablePanel
from moderator_app.views.task_runner import TaskRunner


class FeedbackView(QaPanel):
    """Signals:
    loaded(list): the audit records on screen.
    disputed(object): a dispute was opened (the qa.Dispute).
    """

    loaded = Signal(list)
    disputed = Signal(object)

    def __init__(self, desk: QaDesk, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, runner, parent)
        self.setObjectName("FeedbackView")
        self.records: list[qa.AuditRecord] = []
        title = plain_label("ScreenTitle")
        title.setText(self.tr("My feedback"))
        subtitle = plain_label("MutedLabel")
        subtitle.setWordWrap(True)
        subtitle.setText(self.tr("Your audited decisions, newest first. You can contest a disagreement "
                                 "until its deadline; a lead settles it."))
        self.summary = plain_label("SectionHeader")
        self.table = TablePanel(self.tr("Audited decisions"), self, export_name="my-feedback")
        self.table.message.connect(self.message)
        self.table.view.selectionModel().currentChanged.connect(lambda *_: self._update_contest())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.contest_button = QPushButton(self.tr("Contest…"))
        self.contest_button.setObjectName("PrimaryButton")
        self.contest_button.clicked.connect(self.contest_selected)
        self.contest_button.setEnabled(False)
        self.contest_hint = plain_label("MutedLabel")
        self.contest_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.contest_hint)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.contest_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table.view)
        # The reason dialog; replaceable in tests (returns (text, ok)).
        self.ask_reason = self._ask_reason

    def refresh(self) -> None:
        self.call(self.desk.my_feedback, self.show_records)

    def show_records(self, records: list[qa.AuditRecord]) -> None:
        self.records = list(records)
        self.table.set_table(qa_tables.audit_table(records), self.tr("No audited decisions yet."))
        errors = sum(1 for r in records if r.is_error)
        self.summary.setText(
            self.tr("%1 audited · %2 counted as errors").replace("%1", str(len(records))).replace("%2", str(errors))
        )
        if records:
            self.table.view.setCurrentIndex(self.table.proxy.index(0, 0))
        self._update_contest()
        self.loaded.emit(list(records))

    def selected(self) -> qa.AuditRecord | None:
        return self.table.selected_payload()

    def _update_contest(self) -> None:
        record = self.selected()
        now = datetime.now(UTC)
        allowed = record is not None and qa_desk.can_contest(record, now)
        self.contest_button.setEnabled(allowed)
        if record is None:
            self.contest_hint.setText("")
        elif record.agree:
            self.contest_hint.setText(self.tr("The auditor agreed: nothing to contest."))
        elif record.dispute_state is not None:
            state = QCoreApplication.translate(qa_tables.CONTEXT, record.dispute_state.value)
            if record.dispute_comment:
                # The lead's answer to the moderator's dispute: the loop closes here.
                self.contest_hint.setText(
                    self.tr("Dispute %1 by %2: “%3”").replace("%1", state)
                    .replace("%2", record.dispute_settled_by or "").replace("%3", record.dispute_comment)
                )
            else:
                self.contest_hint.setText(self.tr("Dispute: %1").replace("%1", state))
        elif not allowed:
            self.contest_hint.setText(self.tr("The time to contest has passed."))
        else:
            self.contest_hint.setText("")

    def _ask_reason(self) -> tuple[str, bool]:
        return QInputDialog.getText(self, self.tr("Contest this audit"),
                                    self.tr("Why was your decision right? A lead will read this."),
                                    QLineEdit.EchoMode.Normal, "")

    def contest_selected(self) -> None:
        record = self.selected()
        if record is None or not qa_desk.can_contest(record):
            return
        text, ok = self.ask_reason()
        reason = (text or "").strip()[: qa.MAX_COMMENT_CHARS]
        if not ok or not reason:
            return
        self.contest_button.setEnabled(False)

        def opened(dispute: qa.Dispute) -> None:
            self.message.emit(self.tr("Dispute opened; a lead will settle it."))
            self.disputed.emit(dispute)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.show_error(error_text(exc))
            self._update_contest()

        self.call(lambda: self.desk.contest(record.audit_id, reason), opened, failed)
