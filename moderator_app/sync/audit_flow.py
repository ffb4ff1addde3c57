"""The blind-audit flow as a state machine, Qt-free: blind decision -> reveal -> verdict -> next.

The audit screen feeds key actions in (`handle`) and carries out the commands that come back
(send the blind decision, send the verdict, release the sample, claim the next one). Every
handler checks the current step first, so a double key press never sends twice and a verdict
key before the reveal does nothing. The same flow answers calibration tasks: there the blind
decision is the answer, and nothing is revealed.

Keys reuse the review screen's keymap where the meaning is the same (A approve, R reject then
digits and Enter, E escalate, S give the sample back, M comment, Esc, ?); the verdict adds
Y agree and D disagree, and the digits 1-3 pick the severity (critical, major, minor).

Nothing is preset after the reveal: Enter alone cannot record a verdict. The auditor presses Y
(the moderator's decision is the correct one), D (it is not: the correct one is their own blind
decision when that differs, else they name it with A/R/E), or names the correct decision
directly. Agreement always follows from the decisions (core.verdict_rules): naming the
moderator's own decision is an agreement, any other a disagreement that needs a severity.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from moderator_app.core import qa_schema as qa
from moderator_app.core.decision_rules import RuleViolation
from moderator_app.core.i18n import translate_noop
from moderator_app.core.keymap import OPTION_ACTIONS, ActionId, Keymap, option_number
from moderator_app.core.schema import Action
from moderator_app.core.verdict_rules import Judged, resolve_verdict, same_decision

log = logging.getLogger(__name__)

CONTEXT = "AuditFlow"
AGREE = "agree"
DISAGREE = "disagree"
AGREE_KEY = "Y"
DISAGREE_KEY = "D"
SEVERITIES = (qa.Severity.critical, qa.Severity.major, qa.Severity.minor)  # digits 1, 2, 3


class Step(StrEnum):
    IDLE = "idle"  # nothing on screen (nothing waiting, or not started)
    LOADING = "loading"  # claiming the next sample
    BLIND = "blind"  # the auditor decides without seeing the original
    BLIND_REASONS = "blind_reasons"  # rejecting: digits toggle reasons, Enter confirms
    SENDING_BLIND = "sending_blind"
    VERDICT = "verdict"  # the original is revealed; agree/disagree, correct decision, severity
    VERDICT_REASONS = "verdict_reasons"  # choosing the correct rejection reasons
    COMMENT = "comment"  # typing the comment
    SUBMITTING = "submitting"


# --- commands for the screen ----------------------------------------------------------------------


@dataclass(frozen=True)
class SendBlind:
    sample_id: int
    decision: qa.BlindDecision


@dataclass(frozen=True)
class SendAnswer:
    set_id: int
    answer: qa.CalibrationAnswer


@dataclass(frozen=True)
class SendVerdict:
    sample_id: int
    verdict: qa.AuditVerdict


@dataclass(frozen=True)
class ClaimNext:
    """Claim the next sample; `give_back` is a sample to release once the next one is claimed
    (released first, the oldest-first queue would hand the same sample straight back)."""

    give_back: int | None = None


@dataclass(frozen=True)
class FocusComment:
    pass


@dataclass(frozen=True)
class ShowSheet:
    pass


@dataclass(frozen=True)
class Notice:
    text: str  # English source, translated in context CONTEXT


# What `AuditFlow` asks the screen to do.
Command = SendBlind | SendAnswer | SendVerdict | ClaimNext | FocusComment | ShowSheet | Notice
AuditTaskOnScreen = qa.AuditTask | qa.CalibrationTask


# --- keys ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditKeyRow:
    keys: tuple[str, ...]
    label: str  # English source in context CONTEXT


_SHARED = (ActionId.APPROVE, ActionId.REJECT, ActionId.ESCALATE, ActionId.SKIP, ActionId.NOTE,
           ActionId.CONFIRM, ActionId.CANCEL, ActionId.SHORTCUT_SHEET, *OPTION_ACTIONS)


def audit_bindings(keymap: Keymap) -> dict[str, ActionId | str]:
    """Key -> action for the audit screen: the review keymap's shared actions plus Y and D.

    Y and D yield to the user's keymap when it binds them to a shared action.
    """
    bindings: dict[str, ActionId | str] = {}
    for action in _SHARED:
        for key in keymap.keys_for(action):
            bindings[key] = action
    for key, verdict in ((AGREE_KEY, AGREE), (DISAGREE_KEY, DISAGREE)):
        bindings.setdefault(key, verdict)
    return bindings


def sheet_rows(keymap: Keymap) -> list[AuditKeyRow]:
    """The audit entries of the shortcut sheet (English sources in context CONTEXT)."""

    def keys(action: ActionId) -> tuple[str, ...]:
        return keymap.keys_for(action)

    bound = audit_bindings(keymap)
    return [
        AuditKeyRow(keys(ActionId.APPROVE), translate_noop(CONTEXT, "Blind decision: approve")),
        AuditKeyRow(keys(ActionId.REJECT), translate_noop(CONTEXT, "Blind decision: reject, then 1–9 and Enter")),
        AuditKeyRow(keys(ActionId.ESCALATE), translate_noop(CONTEXT, "Blind decision: escalate")),
        AuditKeyRow(tuple(k for k, a in bound.items() if a == AGREE),
                    translate_noop(CONTEXT, "Verdict: agree with the moderator")),
        AuditKeyRow(tuple(k for k, a in bound.items() if a == DISAGREE),
                    translate_noop(CONTEXT, "Verdict: disagree")),
        AuditKeyRow(("1", "2", "3"), translate_noop(CONTEXT, "Severity: critical, major, minor")),
        AuditKeyRow(keys(ActionId.APPROVE) + keys(ActionId.REJECT) + keys(ActionId.ESCALATE),
                    translate_noop(CONTEXT, "After the reveal: the correct decision")),
        AuditKeyRow(keys(ActionId.NOTE), translate_noop(CONTEXT, "Write the comment")),
        AuditKeyRow(keys(ActionId.CONFIRM), translate_noop(CONTEXT, "Submit the verdict and open the next sample")),
        AuditKeyRow(keys(ActionId.SKIP), translate_noop(CONTEXT, "Give the sample back and open the next")),
        AuditKeyRow(keys(ActionId.CANCEL), translate_noop(CONTEXT, "Back: leave the reasons or the comment")),
        AuditKeyRow(keys(ActionId.SHORTCUT_SHEET), translate_noop(CONTEXT, "Show these shortcuts")),
    ]


# --- the flow ----------------------------------------------------------------------------------------


@dataclass
class Verdict:
    agree: bool | None = None
    action: Action | None = None
    reasons: list[str] = field(default_factory=list)
    severity: qa.Severity | None = None
    comment: str = ""


class AuditFlow:
    """One auditor's walk through samples (or one calibration set's tasks)."""

    def __init__(self, calibration_set: int | None = None) -> None:
        self.calibration_set = calibration_set
        self.step = Step.IDLE
        self.task: AuditTaskOnScreen | None = None
        self.reason_codes: list[str] = []
        self.blind_reasons: list[str] = []
        self.blind: qa.BlindDecision | None = None
        self.reveal: qa.AuditReveal | None = None
        self.verdict = Verdict()

    @property
    def is_calibration(self) -> bool:
        return self.calibration_set is not None

    # --- task lifecycle -------------------------------------------------------------------

    def start(self) -> list[Command]:
        """Claim the first sample (or task)."""
        if self.step in (Step.LOADING, Step.SENDING_BLIND, Step.SUBMITTING):
            return []
        self.step = Step.LOADING
        return [ClaimNext()]

    def task_loaded(self, task: AuditTaskOnScreen | None, reason_codes: Sequence[str]) -> list[Command]:
        """A claimed sample/task arrived (None: nothing waiting)."""
        self.task = task
        self.reason_codes = list(reason_codes)
        self.blind_reasons = []
        self.blind = None
        self.reveal = None
        self.verdict = Verdict()
        self.step = Step.BLIND if task is not None else Step.IDLE
        return []

    def load_failed(self) -> list[Command]:
        self.step = Step.IDLE if self.task is None else self.step
        if self.step == Step.LOADING:
            self.step = Step.IDLE
        return []

    def blind_sent(self, reveal: qa.AuditReveal | None) -> list[Command]:
        """The server recorded the blind decision: reveal the original (audits) or move on (calibration)."""
        if self.step != Step.SENDING_BLIND:
            return []
        if reveal is None:  # a calibration answer
            self.step = Step.LOADING
            return [ClaimNext()]
        self.reveal = reveal
        # Nothing preset: Enter alone must not rubber-stamp the moderator's decision.
        self.verdict = Verdict()
        self.step = Step.VERDICT
        return []

    def blind_failed(self, lease_lost: bool = False) -> list[Command]:
        """The blind decision was refused; `lease_lost` (409): the sample is claimed afresh."""
        if self.step != Step.SENDING_BLIND:
            return []
        if lease_lost and not self.is_calibration:
            self.step = Step.LOADING
            self.task = None
            return [ClaimNext()]
        self.step = Step.BLIND
        return []

    def verdict_sent(self) -> list[Command]:
        if self.step != Step.SUBMITTING:
            return []
        self.step = Step.LOADING
        return [ClaimNext()]

    def verdict_failed(self) -> list[Command]:
        if self.step == Step.SUBMITTING:
            self.step = Step.VERDICT
        return []

    def comment_changed(self, text: str) -> None:
        self.verdict.comment = text[: qa.MAX_COMMENT_CHARS]

    # --- keys -------------------------------------------------------------------------------------

    def handle(self, action: ActionId | str) -> list[Command]:
        """One key (or button) action; returns the commands to carry out."""
        if action == ActionId.SHORTCUT_SHEET:
            return [ShowSheet()]
        step = self.step
        if step in (Step.LOADING, Step.SENDING_BLIND, Step.SUBMITTING):
            return []  # a request is in flight: a second press must not send twice
        if step == Step.IDLE:
            return self.start() if action == ActionId.CONFIRM else []
        if action == ActionId.SKIP:
            return self._release()
        if step == Step.BLIND:
            return self._blind_key(action)
        if step == Step.BLIND_REASONS:
            return self._reasons_key(action, self.blind_reasons, on_confirm=self._send_blind_reject,
                                     on_cancel=Step.BLIND)
        if step == Step.VERDICT:
            return self._verdict_key(action)
        if step == Step.VERDICT_REASONS:
            return self._reasons_key(action, self.verdict.reasons, on_confirm=self._verdict_reject,
                                     on_cancel=Step.VERDICT)
        if step == Step.COMMENT:
            if action == ActionId.CANCEL:
                self.step = Step.VERDICT
                return []
            if action == ActionId.CONFIRM:
                self.step = Step.VERDICT
                return self._submit()
        return []

    def _blind_key(self, action: ActionId | str) -> list[Command]:
        if action == ActionId.APPROVE:
            return self._send_blind(Action.approve, [])
        if action == ActionId.ESCALATE:
            return self._send_blind(Action.escalate, [])
        if action == ActionId.REJECT:
            if not self.reason_codes:
                return self._send_blind(Action.reject, [])
            self.blind_reasons = []
            self.step = Step.BLIND_REASONS
        elif action in (AGREE, DISAGREE):
            return [Notice(translate_noop(CONTEXT, "Decide first: the original decision is revealed after yours."))]
        return []

    def _reasons_key(
        self, action: ActionId | str, selected: list[str], on_confirm: Callable[[], list[Command]], on_cancel: Step
    ) -> list[Command]:
        n = option_number(action) if isinstance(action, ActionId) else None
        if n is not None:
            if n <= len(self.reason_codes):
                code = self.reason_codes[n - 1]
                if code in selected:
                    selected.remove(code)
                else:
                    selected.append(code)
            return []
        if action == ActionId.CONFIRM:
            if not selected:
                return [Notice(translate_noop(CONTEXT, "Choose at least one reason (1–9), then Enter."))]
            return on_confirm()
        if action in (ActionId.CANCEL, ActionId.REJECT):
            self.step = on_cancel
        return []

    def _send_blind_reject(self) -> list[Command]:
        return self._send_blind(Action.reject, list(self.blind_reasons))

    def _send_blind(self, action: Action, reasons: list[str]) -> list[Command]:
        if self.calibration_set is not None:
            if self.task is None:
                return []
            answer = qa.CalibrationAnswer(listing_id=self.task.listing.id, action=action, reason_codes=reasons)
            self.step = Step.SENDING_BLIND
            return [SendAnswer(self.calibration_set, answer)]
        sample_id = self._sample_id()
        self.blind = qa.BlindDecision(action=action, reason_codes=reasons)
        self.step = Step.SENDING_BLIND
        return [SendBlind(sample_id, self.blind)]

    def _sample_id(self) -> int:
        """The audit sample on screen; the steps that ask for it are reached only with one."""
        if not isinstance(self.task, qa.AuditTask):
            raise RuntimeError(f"no audit sample on screen in step {self.step}")
        return self.task.sample_id

    def _revealed(self) -> qa.AuditReveal:
        """The reveal; the verdict steps are reached only after it."""
        if self.reveal is None:
            raise RuntimeError(f"nothing revealed in step {self.step}")
        return self.reveal

    def _original(self) -> Judged:
        o = self._revealed().original
        return Judged.of(o.action, o.reason_codes)

    def _set_correct(self, action: Action, reasons: list[str]) -> None:
        """The correct decision chosen: agreement follows from it (core.verdict_rules)."""
        v = self.verdict
        v.action, v.reasons = action, list(reasons)
        v.agree = same_decision(self._original(), Judged.of(action, reasons))
        if v.agree:
            v.severity = None

    def _verdict_key(self, action: ActionId | str) -> list[Command]:
        v = self.verdict
        original = self.reveal.original if self.reveal else None
        if action == AGREE and original is not None:
            v.agree, v.action, v.reasons, v.severity = True, original.action, list(original.reason_codes), None
        elif action == DISAGREE and self.reveal is not None:
            blind = Judged.of(self.reveal.blind.action, self.reveal.blind.reason_codes)
            v.agree = False
            if v.action is None or same_decision(self._original(), Judged.of(v.action, v.reasons)):
                if same_decision(self._original(), blind):
                    v.action, v.reasons = None, []  # the auditor names the correct decision next
                    return [Notice(translate_noop(CONTEXT, "Name the correct decision: A, R or E."))]
                v.action, v.reasons = blind.action, list(blind.reason_codes)
        elif action == ActionId.APPROVE:
            self._set_correct(Action.approve, [])
        elif action == ActionId.ESCALATE:
            self._set_correct(Action.escalate, [])
        elif action == ActionId.REJECT:
            v.reasons = list(v.reasons) if v.action == Action.reject else []
            self.step = Step.VERDICT_REASONS
        elif isinstance(action, ActionId) and (n := option_number(action)) is not None:
            if n <= len(SEVERITIES):
                if v.agree:
                    return [Notice(translate_noop(CONTEXT, "Severity applies to a disagreement: press D first."))]
                v.severity = SEVERITIES[n - 1]
        elif action == ActionId.NOTE:
            self.step = Step.COMMENT
            return [FocusComment()]
        elif action == ActionId.CONFIRM:
            return self._submit()
        return []

    def _verdict_reject(self) -> list[Command]:
        self._set_correct(Action.reject, self.verdict.reasons)
        self.step = Step.VERDICT
        return []

    def _submit(self) -> list[Command]:
        v = self.verdict
        if v.agree is None or v.action is None:
            return [Notice(translate_noop(CONTEXT, "Press Y to agree or D to disagree first."))]
        if not v.agree and v.severity is None:
            return [Notice(translate_noop(CONTEXT, "Choose a severity: 1 critical, 2 major, 3 minor."))]
        verdict = qa.AuditVerdict(
            agree=v.agree,
            correct_action=v.action,
            correct_reason_codes=list(v.reasons) if v.action == Action.reject else [],
            severity=None if v.agree else v.severity,
            comment=v.comment.strip(),
        )
        # The server derives agreement the same way; checking here keeps a refusal off the wire.
        revealed = self._revealed()
        blind = Judged.of(revealed.blind.action, revealed.blind.reason_codes)
        if isinstance(resolve_verdict(self._original(), blind, verdict), RuleViolation):
            return [Notice(translate_noop(CONTEXT, "This verdict contradicts the decisions: press Y or D again."))]
        sample_id = self._sample_id()
        self.step = Step.SUBMITTING
        return [SendVerdict(sample_id, verdict)]

    def _release(self) -> list[Command]:
        if self.is_calibration or self.task is None:
            return [Notice(translate_noop(CONTEXT, "Calibration items cannot be skipped."))] if self.is_calibration else []
        if self.step not in (Step.BLIND, Step.BLIND_REASONS):
            return [Notice(translate_noop(CONTEXT, "The blind decision is recorded: finish the verdict."))]
        sample_id = self._sample_id()
        self.step = Step.LOADING
        self.task = None
        return [ClaimNext(give_back=sample_id)]
