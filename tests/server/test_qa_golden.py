"""Golden items: placed in a normal queue, graded automatically, the listing left alone."""

from __future__ import annotations

from api_helpers import assert_problem, claim, decision_body
from qa_helpers import audit_log_kinds, create_golden, sampled_decisions, set_rule
from sqlalchemy import select

from moderator_app.server import tables as t


def _listing_state(server, listing_id: str) -> tuple:
    with server.db.read() as conn:
        return conn.execute(
            select(t.listings.c.status, t.listings.c.status_reasons).where(t.listings.c.id == listing_id)
        ).one()


def test_golden_items_are_graded_right_and_wrong_and_leave_the_listing_alone(any_server):
    with (
        any_server.client("lead1") as lead,
        any_server.client("moderator1") as mod,
        any_server.client("qa1") as qa,
        any_server.client("admin1") as admin,
    ):
        set_rule(lead, base_rate=1.0)  # golden decisions are graded, never sampled
        before = {lid: _listing_state(any_server, lid) for lid in ("L0001", "L0002")}
        wrong = create_golden(lead, "L0001", "reject", ["contact_details"], priority=100)
        right = create_golden(lead, "L0002", "reject", ["counterfeit", "contact_details"], priority=99)
        assert wrong["decided"] is False and wrong["listing_version"] == 1

        first, second = claim(mod, count=2)
        assert [first["item_id"], second["item_id"]] == [wrong["item_id"], right["item_id"]]
        d1 = mod.post("/v1/decisions", json=decision_body(first, "approve"))
        d2 = mod.post("/v1/decisions", json=decision_body(second, "reject", reason_codes=["contact_details"]))
        assert d1.status_code == d2.status_code == 200
        assert d1.json()["action"] == "approve"  # the response is an ordinary decision result

        assert {lid: _listing_state(any_server, lid) for lid in ("L0001", "L0002")} == before
        assert sampled_decisions(any_server) == {}
        assert qa.post("/v1/qa/audits/claim", json={}).status_code == 204

        records = {r["decision_id"]: r for r in lead.get("/v1/qa/audits").json()}
        bad, good = records[d1.json()["decision_id"]], records[d2.json()["decision_id"]]
        assert (bad["source"], bad["auditor"], bad["agree"], bad["is_error"]) == ("golden", None, False, True)
        assert bad["severity"] == "major" and bad["correct_action"] == "reject"
        assert bad["correct_reason_codes"] == ["contact_details"] and bad["original_action"] == "approve"
        assert (good["agree"], good["is_error"], good["severity"]) == (True, False, None)
        feedback = mod.get("/v1/me/feedback").json()
        assert {r["audit_id"] for r in feedback} == {bad["audit_id"], good["audit_id"]}
        assert all(g["decided"] for g in lead.get("/v1/qa/golden").json())
        assert audit_log_kinds(admin).count("qa.golden_created") == 2


def test_a_rejection_with_none_of_the_expected_reasons_is_wrong_and_escalating_creates_no_item(live_server):
    with live_server.client("lead1") as lead, live_server.client("moderator1") as mod:
        a = create_golden(lead, "L0003", "reject", ["counterfeit"], priority=100)
        b = create_golden(lead, "L0004", "approve", priority=99)
        first, second = claim(mod, count=2)
        mod.post("/v1/decisions", json=decision_body(first, "reject", reason_codes=["contact_details"]))
        mod.post("/v1/decisions", json=decision_body(second, "escalate", escalate_to="escalations"))
        records = {r["listing_id"]: r for r in lead.get("/v1/qa/audits").json()}
        assert records["L0003"]["agree"] is False and records["L0004"]["agree"] is False
        assert {a["item_id"], b["item_id"]} == {first["item_id"], second["item_id"]}
    with live_server.db.read() as conn:
        escalated = conn.execute(select(t.items.c.id).where(t.items.c.queue_id == "escalations")).all()
    assert escalated == []


def test_golden_item_input_is_checked(live_server):
    with live_server.client("lead1") as lead, live_server.client("moderator1") as mod:
        body = {"listing_id": "L0001", "queue_id": "new-fr", "expected_action": "reject"}
        assert_problem(
            lead.post("/v1/qa/golden", json={**body, "expected_reason_codes": ["nope"]}),
            422,
            "unknown_reason_code",
        )
        assert_problem(lead.post("/v1/qa/golden", json=body), 422, "reason_required")
        assert_problem(
            lead.post(
                "/v1/qa/golden",
                json={**body, "listing_id": "missing", "expected_reason_codes": ["counterfeit"]},
            ),
            422,
        )
        assert_problem(
            lead.post(
                "/v1/qa/golden", json={**body, "listing_version": 9, "expected_reason_codes": ["counterfeit"]}
            ),
            422,
        )
        assert_problem(
            lead.post(
                "/v1/qa/golden", json={**body, "queue_id": "escalations", "expected_action": "escalate"}
            ),
            422,
        )
        assert_problem(
            mod.post("/v1/qa/golden", json={**body, "expected_reason_codes": ["counterfeit"]}), 403
        )
        assert_problem(mod.get("/v1/qa/golden"), 403)
        assert lead.get("/v1/qa/golden").json() == []
