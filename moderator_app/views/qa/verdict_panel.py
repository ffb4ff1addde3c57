"""The audit screen's right-hand column: step and hint, the flags the moderator saw, both
decisions once revealed, and the verdict being recorded (agree, correct decision, severity).

Buttons never take focus and report through `action_triggered`, the same path as the keys.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator_app.core.keymap import ActionId
from moderator_app.core.schema import Action
from moderator_app.sync.audit_flow import AGREE, DISAGREE, SEVERITIES, AuditFlow, Step
from moderator_app.views import theme as themes
from moderator_app.views.finding_labels import flag_name, kind_name
from moderator_app.views.listing_panel import plain_label


class VerdictPanel(QWidget):
    """Signals:
    action_triggered(object): an ActionId or audit_flow.AGREE / DISAGREE from a button.
    """

    action_triggered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SellerPanel")  # the right-hand column's look
        self.step_label = plain_label("SectionHeader")
        self.step_hint = plain_label("NoticeLabel")
        self.step_hint.setWordWrap(True)
        flags_header = plain_label("SubHeader")
        flags_header.setText(self.tr("Flags the moderator saw"))
        self.flags_list = QListWidget(self)
        self.flags_list.setObjectName("FindingsList")
        self.flags_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        reveal_header = plain_label("SubHeader")
        reveal_header.setText(self.tr("Decisions"))
        self.blind_label = plain_label()
        self.blind_label.setWordWrap(True)
        self.original_label = plain_label()
        self.original_label.setWordWrap(True)
        self.original_detail = plain_label("MutedLabel")
        self.original_detail.setWordWrap(True)
        self.original_note = plain_label("MutedLabel")
        self.original_note.setWordWrap(True)
        verdict_header = plain_label("SubHeader")
        verdict_header.setText(self.tr("Verdict"))
        self.agree_button = QPushButton()
        self.disagree_button = QPushButton()
        for button, action in ((self.agree_button, AGREE), (self.disagree_button, DISAGREE)):
            button.setObjectName("OptionButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, a=action: self.action_triggered.emit(a))
        agree_row = QHBoxLayout()
        agree_row.addWidget(self.agree_button)
        agree_row.addWidget(self.disagree_button)
        self.correct_label = plain_label()
        self.correct_label.setWordWrap(True)
        self.severity_buttons: list[QPushButton] = []
        severity_row = QHBoxLayout()
        names = (self.tr("Critical"), self.tr("Major"), self.tr("Minor"))
        for n, name in enumerate(names, start=1):
            button = QPushButton(f"{n}  {name}")
            button.setObjectName("OptionButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=n: self.action_triggered.emit(ActionId(f"option_{k}")))
            severity_row.addWidget(button)
            self.severity_buttons.append(button)
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("PrimaryButton")
        self.submit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.submit_button.clicked.connect(lambda: self.action_triggered.emit(ActionId.CONFIRM))
        self.verdict_box = QFrame(self)
        verdict_layout = QVBoxLayout(self.verdict_box)
        verdict_layout.setContentsMargins(0, 0, 0, 0)
        verdict_layout.setSpacing(6)
        verdict_layout.addWidget(verdict_header)
        verdict_layout.addLayout(agree_row)
        verdict_layout.addWidget(self.correct_label)
        verdict_layout.addLayout(severity_row)
        verdict_layout.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(self.step_label)
        layout.addWidget(self.step_hint)
        layout.addWidget(flags_header)
        layout.addWidget(self.flags_list)
        layout.addWidget(reveal_header)
        layout.addWidget(self.blind_label)
        layout.addWidget(self.original_label)
        layout.addWidget(self.original_detail)
        layout.addWidget(self.original_note)
        layout.addWidget(self.verdict_box)
        layout.addStretch(1)
        self.set_keys(lambda _action: "")


    def show_flags(self, shown: list[Any]) -> None:
        """List the flags the moderator's workstation showed (kinds and labels, no listing text)."""
        self.flags_list.clear()
        if not shown:
            item = QListWidgetItem(self.tr("None"))
            item.setForeground(QColor(themes.current().muted))
            self.flags_list.addItem(item)
        for flag in shown:
            name = kind_name(flag.kind) if flag.source == "local-text" else flag_name(flag.kind)
            where = flag.field or flag.image_id or ""
            score = "" if flag.score is None else f" · {round(flag.score * 100)}%"
            text = name if flag.label in ("", flag.kind) else f"{name}: {flag.label}"
            item = QListWidgetItem(f"{text}{score}" + (f"  ({where})" if where else ""))
            item.setToolTip(flag.source)
            self.flags_list.addItem(item)
        # As tall as its rows (up to six), so the decisions below stay in view.
        rows = min(6, max(1, self.flags_list.count()))
        frame = 2 * self.flags_list.frameWidth() + 6
        self.flags_list.setFixedHeight(rows * max(20, self.flags_list.sizeHintForRow(0)) + frame)

    def set_keys(self, key_of: Callable[[ActionId | str], str]) -> None:
        """Show the current keys (`key_of(action)`: its first key, "" when unbound) on the buttons."""
        self._key_of = key_of

        def label(text: str, action: ActionId | str) -> str:
            key = key_of(action)
            return f"{text}   {key}" if key else text

        self.agree_button.setText(label(self.tr("Agree"), AGREE))
        self.disagree_button.setText(label(self.tr("Disagree"), DISAGREE))
        self.submit_button.setText(label(self.tr("Submit and next"), ActionId.CONFIRM).replace("Return", "↵"))

    def _hint(self, template: str, *actions: ActionId | str) -> str:
        """`template` with %1, %2, ... replaced by the keys of `actions`."""
        for n, action in enumerate(actions, start=1):
            template = template.replace(f"%{n}", self._key_of(action) or "—")
        return template

    def render(self, flow: AuditFlow, describe: Callable[[Action | None, list[str]], str]) -> None:
        """Show the flow's step: hints, both decisions once revealed, and the verdict so far."""
        step = flow.step
        a, r, e = ActionId.APPROVE, ActionId.REJECT, ActionId.ESCALATE
        reveal = flow.reveal
        v = flow.verdict
        hints = {
            Step.IDLE: self.tr("Enter claims the next sample."),
            Step.LOADING: self.tr("Loading…"),
            Step.BLIND: self._hint(self.tr("Decide on your own: %1 approve · %2 reject · %3 escalate · %4 give back."),
                                   a, r, e, ActionId.SKIP),
            Step.BLIND_REASONS: self.tr("Reasons: 1–9 toggle, Enter confirms, Esc goes back."),
            Step.SENDING_BLIND: self.tr("Recording your decision…"),
            Step.VERDICT: self._hint(
                self.tr("%1 agree · %2 disagree · %3/%4/%5 correct decision · 1/2/3 severity · %6 comment · "
                        "Enter submits."), AGREE, DISAGREE, a, r, e, ActionId.NOTE),
            Step.VERDICT_REASONS: self.tr("Correct reasons: 1–9 toggle, Enter confirms, Esc goes back."),
            Step.COMMENT: self.tr("Type the comment; Enter submits, Esc returns to the keys."),
            Step.SUBMITTING: self.tr("Recording the verdict…"),
        }
        if flow.is_calibration and step in (Step.BLIND, Step.BLIND_REASONS):
            hints[Step.BLIND] = self._hint(
                self.tr("Calibration: decide on your own: %1 approve · %2 reject · %3 escalate."), a, r, e)
        titles = {
            Step.BLIND: self.tr("Step 1 of 2 · Blind decision"),
            Step.BLIND_REASONS: self.tr("Step 1 of 2 · Blind decision"),
            Step.SENDING_BLIND: self.tr("Step 1 of 2 · Blind decision"),
            Step.VERDICT: self.tr("Step 2 of 2 · Verdict"),
            Step.VERDICT_REASONS: self.tr("Step 2 of 2 · Verdict"),
            Step.COMMENT: self.tr("Step 2 of 2 · Verdict"),
            Step.SUBMITTING: self.tr("Step 2 of 2 · Verdict"),
        }
        self.step_label.setText(titles.get(step, ""))
        self.step_hint.setText(hints.get(step, ""))
        blind = reveal.blind if reveal else flow.blind
        if blind is not None:
            self.blind_label.setText(self.tr("Yours: %1").replace("%1", describe(blind.action, blind.reason_codes)))
        else:
            self.blind_label.setText(self.tr("Yours: not decided yet"))
        if reveal is None:
            self.original_label.setText(self.tr("Moderator's: hidden until you decide"))
            self.original_detail.setText("")
            self.original_note.setText("")
        else:
            o = reveal.original
            self.original_label.setText(
                self.tr("Moderator's: %1").replace("%1", describe(o.action, o.reason_codes))
            )
            when = o.decided_at.strftime("%Y-%m-%d %H:%M UTC")
            self.original_detail.setText(
                self.tr("%1 · %2 s on the listing · %3")
                .replace("%1", o.moderator).replace("%2", f"{o.time_spent_ms / 1000:.0f}").replace("%3", when)
            )
            self.original_note.setText(self.tr("Note: %1").replace("%1", o.note) if o.note else "")
        in_verdict = reveal is not None and step in (Step.VERDICT, Step.VERDICT_REASONS, Step.COMMENT, Step.SUBMITTING)
        self.verdict_box.setVisible(in_verdict and not flow.is_calibration)
        self.original_label.setVisible(not flow.is_calibration)
        self.agree_button.setChecked(v.agree is True)
        self.disagree_button.setChecked(v.agree is False)
        self.correct_label.setText(self.tr("Correct decision: %1").replace("%1", describe(v.action, v.reasons)))
        for button, severity in zip(self.severity_buttons, SEVERITIES, strict=True):
            button.setChecked(v.severity == severity)
            button.setEnabled(v.agree is False)
        self.submit_button.setEnabled(step in (Step.VERDICT, Step.COMMENT))
