"""Lease order, expiry, renewal and release."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
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


def test_a_retried_claim_returns_the_first_attempts_leases_never_new_ones(any_server):
    request_id = str(uuid.uuid4())
    with any_server.client("moderator1") as client:
        first = client.post("/v1/queues/new-fr/claim", json={"count": 3, "request_id": request_id}).json()
        again = client.post("/v1/queues/new-fr/claim", json={"count": 3, "request_id": request_id}).json()
        assert len(first["leases"]) == 3
        assert again["leases"] == first["leases"]
        # Only the first attempt leased anything: the caller holds exactly those three.
        held = client.get("/v1/leases").json()["leases"]
        assert sorted(lease["item_id"] for lease in held) == sorted(x["item_id"] for x in first["leases"])
        # A new request id is a new claim.
        fresh = claim(client, count=2)
        assert not {x["item_id"] for x in fresh} & {x["item_id"] for x in first["leases"]}


def test_a_retry_returns_only_the_leases_still_live(any_server):
    request_id = str(uuid.uuid4())
    body = {"count": 2, "request_id": request_id}
    with any_server.client("moderator1") as client:
        first = client.post("/v1/queues/new-fr/claim", json=body).json()["leases"]
        assert client.post("/v1/decisions", json=decision_body(first[0])).status_code == 200
        assert client.post("/v1/queues/new-fr/claim", json=body).json()["leases"] == first[1:]
        any_server.clock.advance(any_server.lease_seconds + 1)
        assert client.post("/v1/queues/new-fr/claim", json=body).json()["leases"] == []


def test_another_moderators_request_id_is_not_a_retry(any_server):
    body = {"count": 1, "request_id": str(uuid.uuid4())}
    with any_server.client("moderator1") as one, any_server.client("moderator2") as two:
        mine = one.post("/v1/queues/new-fr/claim", json=body).json()["leases"]
        theirs = two.post("/v1/queues/new-fr/claim", json=body).json()["leases"]
    assert len(mine) == len(theirs) == 1
    assert mine[0]["item_id"] != theirs[0]["item_id"]


def test_concurrent_copies_of_one_claim_lease_one_batch(any_server):
    body = {"count": 2, "request_id": str(uuid.uuid4())}
    with any_server.client("moderator1") as client:
        token = client.headers["Authorization"]

    def send(_):
        with httpx.Client(base_url=any_server.url, headers={"Authorization": token}, timeout=60) as c:
            response = c.post("/v1/queues/new-fr/claim", json=body)
            assert response.status_code == 200, response.text
            return sorted(lease["item_id"] for lease in response.json()["leases"])

    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(send, range(6)))
    with any_server.client("moderator1") as client:
        held = sorted(lease["item_id"] for lease in client.get("/v1/leases").json()["leases"])
    assert len(held) == 2
    assert all(answer in (held, []) for answer in answers), answers
    assert held in answers


def test_the_lease_list_shows_every_live_lease_with_the_servers_time(any_server):
    with any_server.client("moderator1") as client:
        assert client.get("/v1/leases").json()["leases"] == []
        leases = claim(client, count=3)
        listing = client.get("/v1/leases").json()
        assert listing["leases"] == leases
        assert listing["server_time"] < leases[0]["expires_at"]
        client.post("/v1/leases/release", json={"item_ids": [leases[0]["item_id"]]})
        assert client.get("/v1/leases").json()["leases"] == leases[1:]
        any_server.clock.advance(any_server.lease_seconds + 1)
        assert client.get("/v1/leases").json()["leases"] == []
    with any_server.client("qa1") as auditor:
        assert_problem(auditor.get("/v1/leases"), 403)
