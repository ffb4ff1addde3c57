"""Blind audits: claim, blind decision, reveal, verdict, release; leases and roles."""

from __future__ import annotations

import threading

from api_helpers import assert_problem, claim, decision_body
from qa_helpers import audit_log_kinds, decide_next, set_rule

from moderator_app.core.schema import FlagShown

FLAG = {
    "source": "local-text",
    "kind": "phone",
    "label": "Phone number",
    "score": 0.97,
    "field": "description",
}
TASK_FIELDS = {"sample_id", "queue_id", "listing", "flags_shown", "sampled_on", "lease_expires_at"}


def _verdict(**overrides) -> dict:
    return {
        "agree": False,
        "correct_action": "approve",
        "correct_reason_codes": [],
        "severity": "minor",
        "comment": "Nothing wrong with this listing.",
        **overrides,
    }


def test_the_blind_audit_flow(any_server):
    with (
        any_server.client("lead1") as lead,
        any_server.client("moderator1") as mod,
        any_server.client("qa1") as qa,
        any_server.client("admin1") as admin,
    ):
        set_rule(lead, base_rate=1.0)
        lease = claim(mod)[0]
        decided = mod.post(
            "/v1/decisions", json=decision_body(lease, "reject", flags_shown=[FLAG], note="phone in text")
        ).json()
        # The listing changes after the decision: the auditor must still see what the moderator saw.
        edited = admin.post(
            "/v1/admin/listings",
            json={
                "id": lease["listing_id"],
                "seller_id": "S1",
                "title": "Edited title",
                "description": "Edited",
                "category": "home",
                "country": "FR",
            },
        )
        assert edited.status_code == 200, edited.text

        response = qa.post("/v1/qa/audits/claim", json={"queue_id": "new-fr"})
        assert response.status_code == 200, response.text
        task = response.json()
        assert set(task) == TASK_FIELDS
        assert "moderator1" not in response.text and "phone in text" not in response.text
        assert task["listing"]["version"] == lease["listing_version"] == 1
        assert task["listing"]["title"] != "Edited title"
        assert task["flags_shown"] == [FlagShown.model_validate(FLAG).model_dump(mode="json")]
        sample = task["sample_id"]

        assert_problem(qa.post(f"/v1/qa/audits/{sample}/verdict", json=_verdict()), 409, "blind_required")
        assert_problem(
            qa.post(f"/v1/qa/audits/{sample}/blind", json={"action": "reject", "reason_codes": ["nope"]}),
            422,
            "unknown_reason_code",
        )
        reveal = qa.post(f"/v1/qa/audits/{sample}/blind", json={"action": "approve"}).json()
        assert reveal["original"]["decision_id"] == decided["decision_id"]
        assert reveal["original"]["moderator"] == "moderator1"
        assert reveal["original"]["action"] == "reject" and reveal["original"]["note"] == "phone in text"
        assert reveal["same_action"] is False
        # A retry of the same blind decision reveals again; a different one is refused.
        assert qa.post(f"/v1/qa/audits/{sample}/blind", json={"action": "approve"}).json() == reveal
        assert_problem(
            qa.post(f"/v1/qa/audits/{sample}/blind", json={"action": "escalate"}), 409, "already_blind"
        )

        assert_problem(qa.post(f"/v1/qa/audits/{sample}/verdict", json=_verdict(severity=None)), 422)
        assert_problem(qa.post(f"/v1/qa/audits/{sample}/verdict", json=_verdict(comment="x" * 2001)), 422)
        assert_problem(
            qa.post(f"/v1/qa/audits/{sample}/verdict", json=_verdict(correct_reason_codes=["bogus"])), 422
        )
        created = qa.post(f"/v1/qa/audits/{sample}/verdict", json=_verdict())
        assert created.status_code == 201, created.text
        record = created.json()
        assert record["decision_id"] == decided["decision_id"] and record["source"] == "qa"
        assert (record["auditor"], record["moderator"]) == ("qa1", "moderator1")
        assert (record["blind_action"], record["original_action"]) == ("approve", "reject")
        assert record["original_reason_codes"] == ["contact_details"]
        assert (record["agree"], record["is_error"], record["severity"]) == (False, True, "minor")
        assert record["dispute_deadline"] is not None and record["dispute_state"] is None

        assert_problem(qa.post(f"/v1/qa/audits/{sample}/verdict", json=_verdict()), 409, "already_audited")
        assert qa.post("/v1/qa/audits/claim", json={}).status_code == 204
        assert mod.get("/v1/me/feedback").json() == [record]
        kinds = audit_log_kinds(admin)
        assert [k for k in kinds if k.startswith("qa.") and k != "qa.rule_updated"] == [
            "qa.sample_claimed",
            "qa.blind_decision",
            "qa.audit_recorded",
        ]


def test_an_auditor_never_gets_their_own_decision(live_server):
    with live_server.client("lead1") as lead, live_server.client("qa1") as qa:
        set_rule(lead, base_rate=1.0)
        decide_next(lead)  # leads decide items too
        assert lead.post("/v1/qa/audits/claim", json={}).status_code == 204
        assert qa.post("/v1/qa/audits/claim", json={}).status_code == 200


def test_concurrent_auditors_never_get_the_same_sample(any_server):
    samples = 10
    with any_server.client("lead1") as lead, any_server.client("moderator1") as mod:
        set_rule(lead, base_rate=1.0)
        for lease in claim(mod, count=samples):
            assert mod.post("/v1/decisions", json=decision_body(lease)).status_code == 200
    auditors = ("qa1", "lead1", "admin1")
    clients = {name: any_server.client(name) for name in auditors}
    got: dict[str, list[int]] = {name: [] for name in auditors}
    barrier = threading.Barrier(len(auditors))
    errors: list[str] = []

    def work(name: str) -> None:
        barrier.wait()
        while True:
            response = clients[name].post("/v1/qa/audits/claim", json={})
            if response.status_code == 204:
                return
            if response.status_code != 200:
                errors.append(response.text)
                return
            got[name].append(response.json()["sample_id"])

    threads = [threading.Thread(target=work, args=(name,)) for name in auditors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for client in clients.values():
        client.close()
    assert errors == []
    claimed = [s for ids in got.values() for s in ids]
    assert len(claimed) == len(set(claimed)) == samples


def test_release_and_lease_expiry_give_the_sample_back(live_server):
    with (
        live_server.client("lead1") as lead,
        live_server.client("moderator1") as mod,
        live_server.client("qa1") as qa,
    ):
        set_rule(lead, base_rate=1.0)
        decide_next(mod)
        sample = qa.post("/v1/qa/audits/claim", json={}).json()["sample_id"]
        assert lead.post("/v1/qa/audits/claim", json={}).status_code == 204  # leased to qa1
        assert_problem(
            lead.post(f"/v1/qa/audits/{sample}/blind", json={"action": "approve"}), 409, "not_your_lease"
        )
        assert_problem(lead.post(f"/v1/qa/audits/{sample}/release"), 409, "not_your_lease")
        assert qa.post(f"/v1/qa/audits/{sample}/blind", json={"action": "approve"}).status_code == 200
        assert qa.post(f"/v1/qa/audits/{sample}/release").status_code == 204

        # The next auditor starts blind again: the released blind decision is forgotten.
        assert lead.post("/v1/qa/audits/claim", json={}).json()["sample_id"] == sample
        assert_problem(lead.post(f"/v1/qa/audits/{sample}/verdict", json=_verdict()), 409, "blind_required")
        live_server.clock.advance(live_server.lease_seconds + 1)
        assert_problem(
            lead.post(f"/v1/qa/audits/{sample}/blind", json={"action": "approve"}), 409, "lease_expired"
        )
        assert qa.post("/v1/qa/audits/claim", json={}).json()["sample_id"] == sample
        assert_problem(qa.post("/v1/qa/audits/999999/release"), 404)


def test_roles_on_audits(live_server):
    with (
        live_server.client("lead1") as lead,
        live_server.client("moderator1") as one,
        live_server.client("moderator2") as two,
        live_server.client("qa1") as qa,
    ):
        set_rule(lead, base_rate=1.0)
        decide_next(one)
        decide_next(two)
        for _ in range(2):
            sample = qa.post("/v1/qa/audits/claim", json={}).json()["sample_id"]
            qa.post(f"/v1/qa/audits/{sample}/blind", json={"action": "approve"})
            agreed = qa.post(f"/v1/qa/audits/{sample}/verdict", json=_verdict(agree=True, severity=None))
            assert agreed.status_code == 201, agreed.text

        assert_problem(one.post("/v1/qa/audits/claim", json={}), 403)
        assert_problem(one.post(f"/v1/qa/audits/{sample}/blind", json={"action": "approve"}), 403)
        assert_problem(one.get("/v1/qa/audits", params={"moderator": "moderator2"}), 403, "forbidden_audits")
        assert [r["moderator"] for r in one.get("/v1/qa/audits").json()] == ["moderator1"]
        assert [
            r["moderator"] for r in one.get("/v1/qa/audits", params={"moderator": "moderator1"}).json()
        ] == ["moderator1"]
        assert {r["moderator"] for r in qa.get("/v1/qa/audits").json()} == {"moderator1", "moderator2"}
        assert [
            r["moderator"] for r in lead.get("/v1/qa/audits", params={"moderator": "moderator2"}).json()
        ] == ["moderator2"]
        assert lead.get("/v1/qa/audits", params={"errors_only": True}).json() == []
        assert lead.get("/v1/qa/audits", params={"from": "2000-01-01", "to": "2000-01-02"}).json() == []
        assert lead.get("/v1/qa/audits", params={"moderator": "nobody"}).json() == []
