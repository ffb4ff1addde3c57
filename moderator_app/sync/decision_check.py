"""Check a decision against its queue's rules before it enters the outbox.

The rules are :mod:`moderator_app.core.decision_rules`, the same function the server validates
with (422); checking here lets the moderator fix a decision at the keypress instead of finding
it in the conflicts list later, possibly after going offline.
"""

from __future__ import annotations

from moderator_app.core import schema
from moderator_app.core.decision_rules import QueueRules, RuleViolation, check_decision


class InvalidDecision(ValueError):
    """The decision breaks the queue's rules; ``violation`` says which, the message says how."""

    def __init__(self, violation: RuleViolation) -> None:
        super().__init__(violation.text())
        self.violation = violation


def queue_rules(queue: schema.QueueInfo) -> QueueRules:
    """The decision rules of a queue as the server describes it."""
    return QueueRules.of(
        queue.id, queue.name, queue.allowed_actions, queue.reason_codes, queue.escalation_targets
    )


def check_decision_for(
    queue: schema.QueueInfo | None, action: schema.Action, reason_codes: list[str], escalate_to: str | None
) -> None:
    """Raise InvalidDecision if the decision cannot be accepted in ``queue`` (None: no queue rules known)."""
    violation = check_decision(queue_rules(queue) if queue else None, action, reason_codes, escalate_to)
    if violation is not None:
        raise InvalidDecision(violation)
