"""The queue's decision rules: one function, used by the desk's pre-check and the server's validation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moderator_app.core.decision_rules import QueueRules, check_decision
from moderator_app.core.schema import Action

RULES = QueueRules.of(
    "new-fr", "New listings FR", ["approve", "reject", "escalate"], ["scam", "weapons"], ["escalations"]
)


def code(action, reasons=(), target=None, rules=RULES, known=None):
    violation = check_decision(rules, Action(action), list(reasons), target, known)
    return None if violation is None else (violation.code, violation.field)


def test_valid_decisions_pass():
    assert code("approve") is None
    assert code("reject", ["scam"]) is None
    assert code("reject", ["scam", "weapons"]) is None
    assert code("escalate", target="escalations") is None


def test_each_rule_names_its_code_and_field():
    assert code("approve", ["scam"]) == ("reasons_not_allowed", "body.reason_codes")
    assert code("reject") == ("reason_required", "body.reason_codes")
    assert code("escalate") == ("target_required", "body.escalate_to")
    assert code("approve", target="escalations") == ("target_not_allowed", "body.escalate_to")
    assert code("reject", ["scam", "scam"]) == ("duplicate_reason_code", "body.reason_codes")
    assert code("reject", ["nope"], known={"scam", "weapons"}) == ("unknown_reason_code", "body.reason_codes")
    assert code("reject", ["drugs"], known={"scam", "drugs"}) == (
        "reason_code_not_allowed",
        "body.reason_codes",
    )
    assert code("escalate", target="new-es") == ("invalid_escalation_target", "body.escalate_to")
    only_approve = QueueRules.of("q", "Q", ["approve"], [], [])
    assert code("reject", ["scam"], rules=only_approve) == ("action_not_allowed", "body.action")


def test_messages_fill_their_placeholders():
    violation = check_decision(RULES, Action.escalate, [], "new-es")
    assert violation is not None
    assert violation.text() == "The queue New listings FR cannot escalate to new-es."


def test_without_queue_rules_only_the_universal_rules_apply():
    assert code("reject", ["anything"], rules=None) is None
    assert code("reject", [], rules=None) == ("reason_required", "body.reason_codes")


@given(
    action=st.sampled_from(list(Action)),
    reasons=st.lists(st.sampled_from(["scam", "weapons", "drugs", "nope"]), max_size=4),
    target=st.none() | st.sampled_from(["escalations", "new-es"]),
)
def test_a_decision_passes_exactly_when_it_fits_the_queue(action, reasons, target):
    fits = (
        action in RULES.allowed_actions
        and len(set(reasons)) == len(reasons)
        and all(r in RULES.reason_codes for r in reasons)
        and not (action == Action.approve and reasons)  # an escalation may carry reasons
        and not (action == Action.reject and not reasons)
        and ((target is not None) == (action == Action.escalate))
        and (target is None or target in RULES.escalation_targets)
    )
    assert (check_decision(RULES, action, reasons, target) is None) == fits
