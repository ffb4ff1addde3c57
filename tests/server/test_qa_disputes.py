"""Disputes: only the audited moderator, only errors, once, within the window; settling."""

from __future__ import annotations

from api_helpers import assert_problem
from qa_helpers import audit_log_kinds, fresh_client, golden_audit

from moderator_app.core.qa_schema import DEFAULT_DISPUTE_DAYS


def test_dispute_and_overturn_clears_the_error(any_server):
    with (
        any_server.client("lead1") as lead,
        any_server.client("moderator1") as mod,
        any_server.client("moderator2") as other,
        any_server.client("admin1") as admin,
    ):
        error = golden_audit(lead, mod, "L0001", expected="reject", given="approve")
        fine = golden_audit(lead, mod, "L0002", expected="approve", given="approve")
        url = f"/v1/audits/{error['audit_id']}/disputes"

        assert_problem(other.post(url, json={"reason": "not mine"}), 403)
        assert_problem(
            mod.post(f"/v1/audits/{fine['audit_id']}/disputes", json={"reason": "?"}),
            409,
            "nothing_to_dispute",
        )
        assert_problem(mod.post(url, json={"reason": "x" * 2001}), 422)
        assert_problem(mod.post(url, json={"reason": ""}), 422)
        assert_problem(mod.post("/v1/audits/999999/disputes", json={"reason": "?"}), 404)
        created = mod.post(url, json={"reason": "The phone number was the marketplace's own."})
        assert created.status_code == 201, created.text
        dispute = created.json()
        assert (dispute["state"], dispute["moderator"], dispute["audit"]["audit_id"]) == (
            "open",
            "moderator1",
            error["audit_id"],
        )
        assert_problem(mod.post(url, json={"reason": "again"}), 409, "already_disputed")

        assert [d["dispute_id"] for d in lead.get("/v1/disputes", params={"state": "open"}).json()] == [
            dispute["dispute_id"]
        ]
        assert [d["dispute_id"] for d in mod.get("/v1/disputes").json()] == [dispute["dispute_id"]]
        assert other.get("/v1/disputes").json() == []
        settle = f"/v1/disputes/{dispute['dispute_id']}/settle"
        assert_problem(mod.post(settle, json={"outcome": "overturned"}), 403)
        assert_problem(lead.post(settle, json={"outcome": "open"}), 422)

        settled = lead.post(settle, json={"outcome": "overturned", "comment": "Agreed."}).json()
        assert (settled["state"], settled["settled_by"], settled["settle_comment"]) == (
            "overturned",
            "lead1",
            "Agreed.",
        )
        assert settled["audit"]["is_error"] is False and settled["audit"]["dispute_state"] == "overturned"
        assert_problem(lead.post(settle, json={"outcome": "upheld"}), 409, "already_settled")
        assert lead.get("/v1/disputes", params={"state": "open"}).json() == []
        record = next(r for r in mod.get("/v1/me/feedback").json() if r["audit_id"] == error["audit_id"])
        assert (record["is_error"], record["agree"]) == (False, False)
        kinds = audit_log_kinds(admin)
        assert kinds.count("qa.dispute_opened") == kinds.count("qa.dispute_settled") == 1


def test_the_dispute_window_closes_and_upheld_keeps_the_error(live_server):
    with live_server.client("lead1") as lead, live_server.client("moderator1") as mod:
        late = golden_audit(lead, mod, "L0001", expected="reject", given="approve")
        kept = golden_audit(lead, mod, "L0002", expected="approve", given="reject")
        dispute = mod.post(f"/v1/audits/{kept['audit_id']}/disputes", json={"reason": "I disagree"}).json()
        upheld = lead.post(f"/v1/disputes/{dispute['dispute_id']}/settle", json={"outcome": "upheld"}).json()
        assert upheld["audit"]["is_error"] is True and upheld["audit"]["dispute_state"] == "upheld"

    live_server.clock.advance((DEFAULT_DISPUTE_DAYS + 1) * 86400)
    with fresh_client(live_server, "moderator1") as mod:
        assert_problem(
            mod.post(f"/v1/audits/{late['audit_id']}/disputes", json={"reason": "too late"}),
            409,
            "dispute_window_closed",
        )
