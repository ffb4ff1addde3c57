"""A statement of reasons, readable: the facts a moderator checks (category, ground, source,
automated detection, keywords) and the text the seller receives. Used by the reject flow's
preview dialog and by the appeal screen. Plain text only: nothing in it is rendered as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from moderator_app.core import code_labels
from moderator_app.core.dsa_schema import StatementEnvelope
from moderator_app.views.finding_labels import category_label, ground_label, source_label
from moderator_app.views.listing_panel import plain_label


def keyword_label(keyword: str) -> str:
    return code_labels.spelt_out(keyword.removeprefix("KEYWORD_"))


class StatementView(QWidget):
    """The facts of a statement in a form, then the seller's notice (subject and text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category_value = self._value()
        self.ground_value = self._value()
        self.source_value = self._value()
        self.automated_value = self._value()
        self.keywords_value = self._value()
        self.puid_value = self._value()
        self.subject_label = plain_label("SellerName")
        self.subject_label.setWordWrap(True)
        self.notice_text = QPlainTextEdit(self)
        self.notice_text.setObjectName("SellerNoticeText")
        self.notice_text.setReadOnly(True)
        self.notice_text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.notice_text.setMinimumHeight(160)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._key(self.tr("Category")), self.category_value)
        form.addRow(self._key(self.tr("Ground")), self.ground_value)
        form.addRow(self._key(self.tr("How the case started")), self.source_value)
        form.addRow(self._key(self.tr("Automated detection")), self.automated_value)
        form.addRow(self._key(self.tr("Keywords")), self.keywords_value)
        form.addRow(self._key(self.tr("Statement id")), self.puid_value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(form)
        header = plain_label("SubHeader", selectable=False)
        header.setText(self.tr("What the seller receives"))
        layout.addWidget(header)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.notice_text, 1)

    def _value(self) -> QLabel:
        label = plain_label()
        label.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        label.setSizePolicy(policy)
        return label

    def _key(self, text: str) -> QLabel:
        label = plain_label("FactKey", selectable=False)
        label.setText(text)
        return label

    def show_statement(self, envelope: StatementEnvelope) -> None:
        s = envelope.statement
        categories = [s.category, *(s.category_addition or [])]
        self.category_value.setText(" · ".join(category_label(c) for c in categories))
        ground = ground_label(s.decision_ground)
        legal = s.illegal_content_legal_ground or s.incompatible_content_ground
        self.ground_value.setText(f"{ground}: {legal}" if legal else ground)
        self.source_value.setText(source_label(s.source_type))
        self.automated_value.setText(self.tr("Yes") if s.automated_detection == "Yes" else self.tr("No"))
        self.keywords_value.setText(", ".join(keyword_label(k) for k in s.category_specification or []) or "—")
        self.puid_value.setText(
            self.tr("assigned when the decision is recorded") if envelope.decision_id is None else envelope.puid
        )
        self.subject_label.setText(envelope.seller_notice.subject)
        self.notice_text.setPlainText(envelope.seller_notice.text)

    def text(self) -> str:
        """Everything shown, as plain text (for tests and copying)."""
        values = (
            self.category_value, self.ground_value, self.source_value, self.automated_value,
            self.keywords_value, self.puid_value, self.subject_label,
        )  # fmt: skip
        return "\n".join([v.text() for v in values] + [self.notice_text.toPlainText()])


class StatementPreviewDialog(QDialog):
    """The statement a rejection with the chosen reasons would produce, before confirming.

    Opens at once with "asking the server", then shows the statement or, offline, says that the
    preview needs the server. Esc (or Close) returns to the reject flow with the reasons kept.
    """

    def __init__(self, reasons_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatementPreviewDialog")
        self.setWindowTitle(self.tr("Statement of reasons: preview"))
        self.setModal(True)
        self.resize(760, 640)
        title = plain_label("DialogTitle", selectable=False)
        title.setText(self.tr("Statement of reasons: preview"))
        self.reasons_label = plain_label("MutedLabel")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setText(self.tr("Reasons chosen: %1").replace("%1", reasons_text))
        self.status_label = plain_label("NoticeLabel")
        self.status_label.setWordWrap(True)
        self.view = StatementView(self)
        self.view.hide()
        hint = plain_label("HintLabel", selectable=False)
        hint.setText(self.tr("Esc returns to the reasons (they are kept); Enter there confirms the rejection."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.reasons_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self.status_label.setText(self.tr("Asking the server for the statement…"))

    def show_envelope(self, envelope: StatementEnvelope) -> None:
        self.status_label.hide()
        self.view.show_statement(envelope)
        self.view.show()

    def show_unavailable(self, offline: bool, detail: str) -> None:
        if offline:
            text = self.tr(
                "The preview needs the server, and the desk cannot reach it now. The statement is written "
                "by the server when the rejection arrives; your reasons are kept and you can still confirm."
            )
        else:
            text = self.tr("The server could not preview the statement: %1").replace("%1", detail)
        self.status_label.setText(text)
        self.status_label.show()
        self.view.hide()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt signature
        # Enter must not confirm a rejection from inside the preview: only Esc (or Close) leaves it.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
