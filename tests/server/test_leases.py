"""Lease order, expiry, renewal and release."""

from __future__ import annotations

from api_helpers import assert_problem, claim, decision_body


def test_claims_come_highest_priority_first_then_oldest(any_server):
    with any_server.client("moderator1") as client:
        leases = claim(client, count=12)
    priorities = [lease["priority"] for lease in leases]
    assert priorities == sorted(priorities, reverse=True)
    # Within a priority, listings were created oldest first (L0000 is the oldest).
    top = [lease["listing_id"] for lease in leases if lease["priority"] == 5]
    assert top == sorted(top)


def test_an_expired_lease_cannot_decide_and_the_item_goes_to_someone_else(any_server):
    with any_server.client("moderator1") as one, any_server.client("moderator2") as two:
        lease = claim(one, count=12)[0]
        assert claim(two) == []
        any_server.clock.advance(any_server.lease_seconds + 1)

        assert_problem(one.post("/v1/decisions", json=decision_body(lease)), 409, "lease_expired")
        assert one.post("/v1/leases/renew", json={"item_ids": [lease["item_id"]]}).json()["lost"] == [
            lease["item_id"]
        ]
        retaken = claim(two)[0]
        assert retaken["item_id"] == lease["item_id"]
        assert retaken["lease_token"] != lease["lease_token"]
        assert_problem(one.post("/v1/decisions", json=decision_body(lease)), 409, "lease_foreign")
        assert two.post("/v1/decisions", json=decision_body(retaken)).status_code == 200


def test_renewal_extends_a_live_lease(any_server):
    with any_server.client("moderator1") as client:
        lease = claim(client)[0]
        any_server.clock.advance(any_server.lease_seconds - 10)
        renewed = client.post("/v1/leases/renew", json={"item_ids": [lease["item_id"]]}).json()
        assert renewed["lost"] == []
        assert renewed["leases"][0]["expires_at"] > lease["expires_at"]
        assert renewed["leases"][0]["lease_token"] == lease["lease_token"]
        any_server.clock.advance(20)  # past the first expiry, within the renewed one
        assert client.post("/v1/decisions", json=decision_body(lease)).status_code == 200


def test_release_gives_the_item_back_at_once(any_server):
    with any_server.client("moderator1") as one, any_server.client("moderator2") as two:
        leases = claim(one, count=12)
        released = one.post("/v1/leases/release", json={"item_ids": [leases[0]["item_id"], 999999]}).json()
        assert released == {"released": [leases[0]["item_id"]], "lost": [999999]}
        assert claim(two)[0]["item_id"] == leases[0]["item_id"]
        assert_problem(one.post("/v1/decisions", json=decision_body(leases[0])), 409, "lease_foreign")


def test_queue_info_reports_backlog_and_rules(any_server):
    with any_server.client("moderator1") as client:
        queues = {q["id"]: q for q in client.get("/v1/queues").json()}
    new_fr = queues["new-fr"]
    assert new_fr["size"] == 12 and new_fr["sla_seconds"] == 7200
    assert new_fr["oldest_age_seconds"] >= 11 * 60
    assert new_fr["allowed_actions"] == ["approve", "reject", "escalate"]
    assert new_fr["reason_codes"] == ["contact_details", "counterfeit"]
    assert new_fr["escalation_targets"] == ["escalations"]
    assert queues["reported"]["size"] == 0 and queues["reported"]["oldest_age_seconds"] is None
