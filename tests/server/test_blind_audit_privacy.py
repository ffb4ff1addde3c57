"""Blind audits are blind on every endpoint an auditor can call: until the verdict, nothing tells
the auditor the audited decision, its moderator or its outcome."""

from __future__ import annotations

import pytest
from api_helpers import assert_problem, claim, decision_body
from qa_helpers import set_rule


@pytest.fixture
def sampled(any_server):
    """moderator1 rejected a listing of seller S1 for counterfeit; the decision waits for QA, and
    qa1 holds the sample. Returns (server, decision, task)."""
    with any_server.client("lead1") as lead, any_server.client("moderator1") as mod:
        set_rule(lead, base_rate=1.0)
        lease = next(lease for lease in claim(mod, count=3) if lease["listing_id"] in ("L0000", "L0003"))
        decision = mod.post(
            "/v1/decisions", json=decision_body(lease, "reject", reason_codes=["counterfeit"])
        ).json()
        set_rule(lead)
    with any_server.client("qa1") as qa:
        task = qa.post("/v1/qa/audits/claim", json={}).json()
    assert task["listing"]["id"] == decision["listing_id"]
    return any_server, decision, task


def test_the_task_does_not_carry_the_decision_time(sampled):
    _server, decision, task = sampled
    assert "sampled_at" not in task
    assert task["sampled_on"] == decision["received_at"][:10]
    assert decision["decided_at"][11:19] not in str(task)


def test_the_seller_history_shows_the_audited_listing_as_pending(sampled):
    """Seen: the seller history showed the audited listing's outcome ("rejected, counterfeit")."""
    server, decision, task = sampled
    seller = task["listing"]["seller_id"]
    with server.client("qa1") as qa:
        past = {p["listing_id"]: p for p in qa.get(f"/v1/sellers/{seller}/history").json()["past_listings"]}
    assert (past[decision["listing_id"]]["outcome"], past[decision["listing_id"]]["reasons"]) == (
        "pending",
        [],
    )
    with server.client("lead1") as lead:
        past = {p["listing_id"]: p for p in lead.get(f"/v1/sellers/{seller}/history").json()["past_listings"]}
    assert past[decision["listing_id"]]["outcome"] == "rejected", "leads still see the outcome"


def test_decision_lists_leave_the_audited_decision_out(sampled):
    """Seen: the auditor read the original decision and moderator through the decisions drill-down."""
    server, decision, _task = sampled
    day = decision["received_at"][:10]
    with server.client("qa1") as qa:
        listed = qa.get("/v1/decisions").json()
        drilled = qa.get("/v1/metrics/decisions", params={"from": day, "to": day}).json()
        by_moderator = qa.get(
            "/v1/metrics/error-rates", params={"from": day, "to": day, "group_by": "moderator"}
        ).json()
        by_reason = qa.get(
            "/v1/metrics/error-rates", params={"from": day, "to": day, "group_by": "reason"}
        ).json()
    assert decision["decision_id"] not in [d["decision_id"] for d in listed["decisions"]]
    assert decision["decision_id"] not in [r["decision_id"] for r in drilled["rows"]]
    assert "moderator1" not in [r["group"] for r in by_moderator]
    assert "counterfeit" not in [r["group"] for r in by_reason]
    with server.client("lead1") as lead:
        assert decision["decision_id"] in [
            d["decision_id"] for d in lead.get("/v1/decisions").json()["decisions"]
        ]


def test_queue_items_are_not_an_auditors_window(sampled):
    """An escalated listing reappears in Escalations: reading items would tell the outcome."""
    server, decision, _task = sampled
    with server.client("qa1") as qa:
        assert_problem(qa.get(f"/v1/items/{decision['item_id']}"), 403)


def test_after_the_verdict_everything_shows_again(sampled):
    server, decision, task = sampled
    with server.client("qa1") as qa:
        sample = task["sample_id"]
        qa.post(f"/v1/qa/audits/{sample}/blind", json={"action": "reject", "reason_codes": ["counterfeit"]})
        assert qa.post(f"/v1/qa/audits/{sample}/verdict", json={}).status_code == 201
        listed = qa.get("/v1/decisions").json()
        past = {
            p["listing_id"]: p
            for p in qa.get(f"/v1/sellers/{task['listing']['seller_id']}/history").json()["past_listings"]
        }
    assert decision["decision_id"] in [d["decision_id"] for d in listed["decisions"]]
    assert past[decision["listing_id"]]["outcome"] == "rejected"


def test_every_metric_answers_an_auditor_with_every_filter(sampled):
    """Found by schemathesis: hiding the decisions under audit broke the trends for QA (500)."""
    server, decision, _task = sampled
    day = decision["received_at"][:10]
    params = {"from": day, "to": day, "moderator": "moderator1", "category": "home", "queue": "new-fr"}
    with server.client("qa1") as qa:
        for path in ("error-rates", "moderators", "trends", "error-breakdown", "sla", "flag-agreement", "decisions"):
            for period in ("all", "day", "week"):
                response = qa.get(f"/v1/metrics/{path}", params={**params, "period": period})
                assert response.status_code == 200, (path, period, response.text)
