"""A verdict's agreement follows from the decisions, never from what the auditor declares.

The server derives agree/disagree from the original decision and the correct one (the auditor's
blind decision unless they name another), refuses a declared agreement that contradicts it, a
severity on an agreement and none on a disagreement, and stores only what the decisions say.
"""

from __future__ import annotations

import pytest
from api_helpers import assert_problem
from qa_helpers import decide_next, set_rule


@pytest.fixture
def opened(request):
    """Clients opened during the test, closed after it."""
    clients = []
    yield clients
    for client in clients:
        client.close()


def _revealed(server, opened, action: str = "approve", blind: dict | None = None, **decision) -> tuple:
    """A sample of a decision by moderator1, claimed and decided blind by qa1: (qa client, sample id)."""
    lead, mod, qa = (server.client(name) for name in ("lead1", "moderator1", "qa1"))
    opened.extend((lead, mod, qa))
    set_rule(lead, base_rate=1.0)
    decide_next(mod, action, **decision)
    sample = qa.post("/v1/qa/audits/claim", json={}).json()["sample_id"]
    blind = blind or {"action": action, "reason_codes": decision.get("reason_codes", [])}
    reveal = qa.post(f"/v1/qa/audits/{sample}/blind", json=blind)
    assert reveal.status_code == 200, reveal.text
    return qa, sample


def test_agree_with_another_correct_decision_is_refused(any_server, opened):
    """Seen: "agree" with a different correct decision and critical severity, not counted as an error."""
    qa, sample = _revealed(any_server, opened, "approve")
    response = qa.post(
        f"/v1/qa/audits/{sample}/verdict",
        json={
            "agree": True,
            "correct_action": "reject",
            "correct_reason_codes": ["counterfeit"],
            "severity": "critical",
        },
    )
    assert_problem(response, 422, "inconsistent_verdict")


def test_disagree_with_the_moderators_own_decision_is_refused(any_server, opened):
    """Seen in the GUI: "disagree" with a correct decision identical to the moderator's, a major error."""
    qa, sample = _revealed(any_server, opened, "reject", reason_codes=["contact_details"],
                           blind={"action": "reject", "reason_codes": ["contact_details"]})  # fmt: skip
    response = qa.post(
        f"/v1/qa/audits/{sample}/verdict",
        json={
            "agree": False,
            "correct_action": "reject",
            "correct_reason_codes": ["contact_details"],
            "severity": "major",
        },
    )
    assert_problem(response, 422, "inconsistent_verdict")


def test_a_severity_on_an_agreement_is_refused(any_server, opened):
    qa, sample = _revealed(any_server, opened, "approve")
    response = qa.post(f"/v1/qa/audits/{sample}/verdict", json={"agree": True, "severity": "critical"})
    assert_problem(response, 422, "severity_on_agreement")


def test_agreement_is_derived_when_not_declared(any_server, opened):
    """No agree, no correct decision: the blind decision is the correct one, and it matches."""
    qa, sample = _revealed(any_server, opened, "approve")
    record = qa.post(f"/v1/qa/audits/{sample}/verdict", json={"comment": "Fine."})
    assert record.status_code == 201, record.text
    body = record.json()
    assert (body["agree"], body["is_error"], body["correct_action"], body["severity"]) == (
        True,
        False,
        "approve",
        None,
    )


def test_a_blind_decision_that_differs_is_a_disagreement_that_needs_a_severity(any_server, opened):
    qa, sample = _revealed(
        any_server, opened, "approve", blind={"action": "reject", "reason_codes": ["counterfeit"]}
    )
    assert_problem(qa.post(f"/v1/qa/audits/{sample}/verdict", json={}), 422, "severity_required")
    record = qa.post(f"/v1/qa/audits/{sample}/verdict", json={"severity": "major"}).json()
    assert (record["agree"], record["is_error"]) == (False, True)
    assert (record["correct_action"], record["correct_reason_codes"]) == ("reject", ["counterfeit"])


@pytest.mark.parametrize(
    ("original", "correct", "agree"),
    [
        (("reject", ["contact_details"]), ("reject", ["contact_details"]), True),
        (("reject", ["contact_details"]), ("reject", ["counterfeit"]), False),  # the wrong reason is an error
        (
            ("reject", ["contact_details", "counterfeit"]),
            ("reject", ["counterfeit", "contact_details"]),
            True,
        ),
        (("approve", []), ("escalate", []), False),
    ],
)
def test_the_stored_agreement_is_what_the_decisions_say(live_server, opened, original, correct, agree):
    action, codes = original
    extra = {"reason_codes": codes} if codes else {}
    qa, sample = _revealed(live_server, opened, action, **extra)
    verdict = {"correct_action": correct[0], "correct_reason_codes": correct[1]}
    if not agree:
        verdict["severity"] = "minor"
    record = qa.post(f"/v1/qa/audits/{sample}/verdict", json=verdict)
    assert record.status_code == 201, record.text
    assert (record.json()["agree"], record.json()["is_error"]) == (agree, not agree)


def test_a_correct_decision_must_follow_the_queue_rules(live_server, opened):
    qa, sample = _revealed(live_server, opened, "approve")
    bad = qa.post(
        f"/v1/qa/audits/{sample}/verdict",
        json={"correct_action": "approve", "correct_reason_codes": ["counterfeit"], "severity": "minor"},
    )
    assert_problem(bad, 422, "reasons_not_allowed")
    weapons = qa.post(  # a known code, but not one of the queue's
        f"/v1/qa/audits/{sample}/verdict",
        json={"correct_action": "reject", "correct_reason_codes": ["weapons"], "severity": "minor"},
    )
    assert_problem(weapons, 422, "reason_code_not_allowed")
