"""The appeal outcome endpoint applies an idempotency key once: the same request again (a desk that
lost the answer, or restarted) gets the same answer and records nothing new, even once the lease is
gone; another outcome under a key already used is refused."""

from __future__ import annotations

import uuid

from tests.server.api_helpers import assert_problem, claim, decision_body
from tests.server.dsa_helpers import add_intake_user


def test_the_same_outcome_request_is_applied_once_and_a_reused_key_is_refused(live_server):
    moderator1, moderator2 = live_server.client("moderator1"), live_server.client("moderator2")
    lead = live_server.client("lead1")
    [lease] = claim(moderator1)
    decision = moderator1.post("/v1/decisions", json=decision_body(lease, "reject"))
    assert decision.status_code == 200, decision.text
    with add_intake_user(live_server) as intake:
        appeal = intake.post(
            "/v1/appeals",
            json={"decision_id": decision.json()["decision_id"], "appellant": "seller", "explanation": "Mine."},
        ).json()
    [appeal_lease] = claim(moderator2, "appeals")
    body = {
        "idempotency_key": str(uuid.uuid4()),
        "lease_token": appeal_lease["lease_token"],
        "outcome": "reverse",
        "reply": "Allowed after all.",
    }
    url = f"/v1/appeals/{appeal['appeal_id']}/outcome"
    first = moderator2.post(url, json=body)
    assert first.status_code == 200, first.text
    again = moderator2.post(url, json=body)
    assert again.status_code == 200, again.text
    assert again.json()["new_decision"]["decision_id"] == first.json()["new_decision"]["decision_id"]
    decisions = lead.get("/v1/decisions").json()["decisions"]
    assert sorted(d["item_id"] for d in decisions) == [lease["item_id"], appeal["item_id"]]  # one reversal
    assert_problem(moderator2.post(url, json={**body, "outcome": "uphold"}), 409, "appeal_decided")
    assert_problem(moderator2.post(url, json={**body, "idempotency_key": str(uuid.uuid4())}), 409, "appeal_decided")
    for client in (moderator1, moderator2, lead):
        client.close()
