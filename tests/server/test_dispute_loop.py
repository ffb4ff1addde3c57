"""The dispute loop is closed: the lead's comment reaches the moderator's feedback, the lead's list
names the auditor and their comment, and settled disputes stay readable as a history."""

from __future__ import annotations

from qa_helpers import decide_next, set_rule


def _audited_error(server, lead, mod, qa, comment: str) -> dict:
    set_rule(lead, base_rate=1.0)
    decide_next(mod, "reject", reason_codes=["contact_details"])
    set_rule(lead)
    sample = qa.post("/v1/qa/audits/claim", json={}).json()["sample_id"]
    qa.post(f"/v1/qa/audits/{sample}/blind", json={"action": "approve"})
    record = qa.post(f"/v1/qa/audits/{sample}/verdict", json={"severity": "major", "comment": comment})
    assert record.status_code == 201, record.text
    return record.json()


def test_the_leads_comment_reaches_the_moderators_feedback(any_server):
    with (
        any_server.client("lead1") as lead,
        any_server.client("moderator1") as mod,
        any_server.client("qa1") as qa,
    ):
        audit = _audited_error(any_server, lead, mod, qa, "No contact details in this listing.")
        opened = mod.post(
            f"/v1/audits/{audit['audit_id']}/disputes", json={"reason": "The number is in the photo."}
        )
        dispute = opened.json()
        lead.post(
            f"/v1/disputes/{dispute['dispute_id']}/settle",
            json={"outcome": "upheld", "comment": "The photo shows a shop sign, not a number."},
        )
        feedback = next(r for r in mod.get("/v1/me/feedback").json() if r["audit_id"] == audit["audit_id"])
    assert feedback["dispute_state"] == "upheld"
    assert feedback["dispute_reason"] == "The number is in the photo."
    assert feedback["dispute_comment"] == "The photo shows a shop sign, not a number."
    assert feedback["dispute_settled_by"] == "lead1" and feedback["dispute_settled_at"]


def test_the_leads_list_names_the_auditor_and_their_comment(live_server):
    with (
        live_server.client("lead1") as lead,
        live_server.client("moderator1") as mod,
        live_server.client("qa1") as qa,
    ):
        audit = _audited_error(live_server, lead, mod, qa, "Nothing to reject here.")
        mod.post(f"/v1/audits/{audit['audit_id']}/disputes", json={"reason": "Policy 4.2."})
        listed = lead.get("/v1/disputes", params={"state": "open"}).json()[0]
    assert (listed["audit"]["auditor"], listed["audit"]["comment"]) == ("qa1", "Nothing to reject here.")
    assert listed["audit"]["dispute_reason"] == "Policy 4.2."


def test_settled_disputes_form_a_history(live_server):
    with (
        live_server.client("lead1") as lead,
        live_server.client("moderator1") as mod,
        live_server.client("qa1") as qa,
    ):
        ids = []
        for outcome in ("upheld", "overturned", None):
            audit = _audited_error(live_server, lead, mod, qa, "x")
            dispute = mod.post(f"/v1/audits/{audit['audit_id']}/disputes", json={"reason": "y"}).json()
            ids.append(dispute["dispute_id"])
            if outcome:
                lead.post(
                    f"/v1/disputes/{dispute['dispute_id']}/settle",
                    json={"outcome": outcome, "comment": outcome},
                )
        settled = lead.get("/v1/disputes", params={"state": "settled"}).json()
        everything = lead.get("/v1/disputes", params={"state": "all"}).json()
        page = lead.get("/v1/disputes", params={"state": "all", "limit": 1, "offset": 1}).json()
        mine = mod.get("/v1/disputes", params={"state": "settled"}).json()
    assert [(d["dispute_id"], d["state"], d["settle_comment"]) for d in settled] == [
        (ids[1], "overturned", "overturned"),
        (ids[0], "upheld", "upheld"),
    ]
    assert [d["dispute_id"] for d in everything] == ids[::-1]
    assert [d["dispute_id"] for d in page] == [ids[1]]
    assert [d["dispute_id"] for d in mine] == [ids[1], ids[0]]
