"""The queue's decision rules and the decision timing constants: one definition for client and server.

The workstation checks a decision with :func:`check_decision` at the key press, so the moderator
fixes it there instead of finding it in the conflicts list later (possibly after going offline);
the reference server validates every decision with the same function and answers its violation
as a 422 problem (``code`` and ``field`` go into the problem document). Both sides therefore
agree on what is a valid decision, by construction. No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from moderator_app.core.i18n import translate_noop
from moderator_app.core.schema import Action

_CONTEXT = "DecisionRules"

# A decision waits this long in the outbox before it is sent, and it can be undone only while it
# waits: the send hold *is* the undo window, so undo can never take back what the server has.
SEND_HOLD_S = 5.0

# How far a decision's ``decided_at`` (the desk's clock) may lie outside the span the server can
# vouch for (from the claim of its lease to the server's receipt) before it is refused: desks'
# clocks drift by seconds, not minutes, when they are kept by NTP.
DECIDED_AT_ALLOWANCE_S = 120.0


@dataclass(frozen=True)
class QueueRules:
    """What a queue allows: the part of a queue's configuration that decides validity."""

    queue_id: str
    name: str
    allowed_actions: frozenset[Action]
    reason_codes: tuple[str, ...]
    escalation_targets: tuple[str, ...]

    @classmethod
    def of(
        cls,
        queue_id: str,
        name: str,
        allowed_actions: Iterable[str | Action],
        reason_codes: Iterable[str],
        escalation_targets: Iterable[str],
    ) -> QueueRules:
        return cls(
            queue_id=queue_id,
            name=name,
            allowed_actions=frozenset(Action(a) for a in allowed_actions),
            reason_codes=tuple(reason_codes),
            escalation_targets=tuple(escalation_targets),
        )


@dataclass(frozen=True)
class RuleViolation:
    """Why a decision breaks the rules.

    ``code`` is the machine-readable problem code the server answers with, ``field`` the request
    field at fault (as in a 422 problem's ``errors[].loc``), ``message`` an English source text
    for the moderator (translatable in context ``DecisionRules``) with ``{placeholders}`` filled
    from ``args``.
    """

    code: str
    field: str
    message: str
    args: tuple[tuple[str, str], ...] = ()

    def text(self) -> str:
        """The English message with its placeholders filled."""
        return self.message.format(**dict(self.args))


# Every ``RuleViolation.code`` that check_decision gives (the server answers them in its 422 problems).
RULE_CODES = frozenset(
    {
        "reasons_not_allowed",
        "reason_required",
        "target_required",
        "target_not_allowed",
        "duplicate_reason_code",
        "unknown_reason_code",
        "action_not_allowed",
        "reason_code_not_allowed",
        "invalid_escalation_target",
    }
)

MSG_APPROVE_WITH_REASONS = translate_noop(_CONTEXT, "An approval takes no reason codes.")
MSG_REASON_REQUIRED = translate_noop(_CONTEXT, "A rejection needs at least one reason code.")
MSG_TARGET_REQUIRED = translate_noop(_CONTEXT, "An escalation needs a target queue.")
MSG_TARGET_NOT_ESCALATION = translate_noop(_CONTEXT, "Only an escalation has a target queue.")
MSG_DUPLICATE_REASON = translate_noop(_CONTEXT, "A reason code is listed twice.")
MSG_ACTION_NOT_ALLOWED = translate_noop(_CONTEXT, "{action} is not allowed in the queue {queue}.")
MSG_UNKNOWN_REASON = translate_noop(_CONTEXT, "Unknown reason code(s): {codes}.")
MSG_REASON_NOT_ALLOWED = translate_noop(_CONTEXT, "Reason code(s) not used in the queue {queue}: {codes}.")
MSG_BAD_TARGET = translate_noop(_CONTEXT, "The queue {queue} cannot escalate to {target}.")


def check_decision(
    rules: QueueRules | None,
    action: Action,
    reason_codes: Sequence[str],
    escalate_to: str | None,
    known_codes: Collection[str] | None = None,
    *,
    check_target: bool = True,
    field: str = "body.reason_codes",
) -> RuleViolation | None:
    """The first rule the decision breaks, or None when it is valid.

    ``rules`` None means the queue's rules are not known (a desk that has not loaded them yet):
    only the rules that hold in every queue are checked. ``known_codes`` is the set of reason
    codes that exist at all (the server knows it; a desk may pass None). ``check_target`` False
    leaves out the escalation-target rules, for judgements that name no target (a QA auditor's
    blind or correct decision); ``field`` names the reason codes' field in a violation.
    """
    if action == Action.approve and reason_codes:
        return RuleViolation("reasons_not_allowed", field, MSG_APPROVE_WITH_REASONS)
    if action == Action.reject and not reason_codes:
        return RuleViolation("reason_required", field, MSG_REASON_REQUIRED)
    if check_target and action == Action.escalate and not escalate_to:
        return RuleViolation("target_required", "body.escalate_to", MSG_TARGET_REQUIRED)
    if check_target and action != Action.escalate and escalate_to is not None:
        return RuleViolation("target_not_allowed", "body.escalate_to", MSG_TARGET_NOT_ESCALATION)
    if len(set(reason_codes)) != len(reason_codes):
        return RuleViolation("duplicate_reason_code", field, MSG_DUPLICATE_REASON)
    if known_codes is not None:
        unknown = [code for code in reason_codes if code not in known_codes]
        if unknown:
            return RuleViolation(
                "unknown_reason_code",
                field,
                MSG_UNKNOWN_REASON,
                (("codes", ", ".join(unknown)),),
            )
    if rules is None:
        return None
    if action not in rules.allowed_actions:
        return RuleViolation(
            "action_not_allowed",
            "body.action",
            MSG_ACTION_NOT_ALLOWED,
            (("action", action.value.capitalize()), ("queue", rules.name)),
        )
    foreign = [code for code in reason_codes if code not in rules.reason_codes]
    if foreign:
        return RuleViolation(
            "reason_code_not_allowed",
            field,
            MSG_REASON_NOT_ALLOWED,
            (("queue", rules.name), ("codes", ", ".join(foreign))),
        )
    if check_target and escalate_to is not None and escalate_to not in rules.escalation_targets:
        return RuleViolation(
            "invalid_escalation_target",
            "body.escalate_to",
            MSG_BAD_TARGET,
            (("queue", rules.name), ("target", escalate_to)),
        )
    return None
