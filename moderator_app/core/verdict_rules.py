"""How a QA verdict relates to the decisions it judges: one definition for the server and the desk.

A verdict's agreement is not the auditor's to declare: it follows from the moderator's original
decision and the decision the auditor names as correct. The reference server derives it with
:func:`resolve_verdict` (and refuses a verdict whose declared agreement contradicts it); the
audit screen previews the same result while the auditor chooses, so that "agree" can never be
recorded next to a different correct decision, nor "disagree" next to the moderator's own.

Two decisions are the same when their actions are equal and, for rejections, their reason codes
are the same set (a rejection for the wrong reason is an error: the statement of reasons the
seller receives is wrong). Escalation targets are not compared: a verdict names no target.
No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from moderator_app.core.decision_rules import RuleViolation
from moderator_app.core.i18n import translate_noop
from moderator_app.core.qa_schema import AuditVerdict, Severity
from moderator_app.core.schema import Action

_CONTEXT = "VerdictRules"

MSG_AGREE_BUT_DIFFERENT = translate_noop(
    _CONTEXT, "An agreement must name the moderator's own decision as the correct one."
)
MSG_DISAGREE_BUT_SAME = translate_noop(
    _CONTEXT, "A disagreement must name a correct decision that differs from the moderator's."
)
MSG_SEVERITY_REQUIRED = translate_noop(_CONTEXT, "A disagreement needs a severity: critical, major or minor.")
MSG_SEVERITY_ON_AGREEMENT = translate_noop(_CONTEXT, "An agreement has no severity.")
MSG_REASONS_WITHOUT_ACTION = translate_noop(
    _CONTEXT, "Correct reason codes need a correct action; leave both out to confirm your blind decision."
)


@dataclass(frozen=True)
class Judged:
    """A decision as a verdict compares it: the action and its reason codes."""

    action: Action
    reason_codes: tuple[str, ...] = ()

    @classmethod
    def of(cls, action: Action | str, reason_codes: Sequence[str] = ()) -> Judged:
        return cls(Action(action), tuple(reason_codes))


@dataclass(frozen=True)
class ResolvedVerdict:
    """What the server records: agreement derived from the decisions, never declared."""

    agree: bool
    correct: Judged
    severity: Severity | None

    @property
    def is_error(self) -> bool:
        return not self.agree


def same_decision(a: Judged, b: Judged) -> bool:
    """Equal actions and, for rejections, the same set of reason codes."""
    if a.action != b.action:
        return False
    return a.action != Action.reject or set(a.reason_codes) == set(b.reason_codes)


def resolve_verdict(original: Judged, blind: Judged, verdict: AuditVerdict) -> ResolvedVerdict | RuleViolation:
    """The verdict as recorded, or the first rule it breaks.

    The correct decision is the verdict's (``correct_action`` and its reasons), or the auditor's
    blind decision when it names none. Agreement is whether that equals the original decision;
    a declared ``agree`` must say the same. A disagreement needs a severity; an agreement has none.
    """
    if verdict.correct_action is None:
        if verdict.correct_reason_codes:
            return RuleViolation("correct_action_required", "body.correct_action", MSG_REASONS_WITHOUT_ACTION)
        correct = blind
    else:
        correct = Judged.of(verdict.correct_action, verdict.correct_reason_codes)
    agree = same_decision(original, correct)
    if verdict.agree is not None and verdict.agree != agree:
        message = MSG_AGREE_BUT_DIFFERENT if verdict.agree else MSG_DISAGREE_BUT_SAME
        return RuleViolation("inconsistent_verdict", "body.agree", message)
    if agree and verdict.severity is not None:
        return RuleViolation("severity_on_agreement", "body.severity", MSG_SEVERITY_ON_AGREEMENT)
    if not agree and verdict.severity is None:
        return RuleViolation("severity_required", "body.severity", MSG_SEVERITY_REQUIRED)
    return ResolvedVerdict(agree, correct, verdict.severity)
