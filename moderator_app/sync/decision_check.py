"""Check a decision against its queue's rules before it enters the outbox.

The server enforces the same rules (422); checking here lets the moderator fix a decision at the
keypress instead of finding it in the conflicts list later, possibly after going offline.
"""

from __future__ import annotations

from moderator_app.core import schema


class InvalidDecision(ValueError):
    """The decision breaks the queue's rules; the message says how, for the moderator."""


def check_decision(
    queue: schema.QueueInfo | None, action: schema.Action, reason_codes: list[str], escalate_to: str | None
) -> None:
    """Raise InvalidDecision if the decision cannot be accepted in ``queue`` (None: no queue rules known)."""
    if action == schema.Action.approve and reason_codes:
        raise InvalidDecision("An approval takes no reason codes.")
    if action == schema.Action.reject and not reason_codes:
        raise InvalidDecision("A rejection needs at least one reason code.")
    if action == schema.Action.escalate and not escalate_to:
        raise InvalidDecision("An escalation needs a target queue.")
    if action != schema.Action.escalate and escalate_to is not None:
        raise InvalidDecision("Only an escalation has a target queue.")
    if len(set(reason_codes)) != len(reason_codes):
        raise InvalidDecision("A reason code is listed twice.")
    if queue is None:
        return
    if action not in queue.allowed_actions:
        raise InvalidDecision(f"{action.value.capitalize()} is not allowed in the queue {queue.name}.")
    foreign = [code for code in reason_codes if code not in queue.reason_codes]
    if foreign:
        raise InvalidDecision(f"Reason code(s) not used in the queue {queue.name}: {', '.join(foreign)}.")
    if escalate_to is not None and escalate_to not in queue.escalation_targets:
        raise InvalidDecision(f"The queue {queue.name} cannot escalate to {escalate_to}.")
