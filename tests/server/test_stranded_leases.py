"""A claim whose answer is lost strands nothing: the desk's retry (same request id) gets the same
leases, the lease list shows them, and releasing gives them back at once."""

from __future__ import annotations

import uuid

import httpx
import pytest

from tests.faults.fault_proxy import FaultProxy


@pytest.mark.parametrize("hot_routes", [True, False])
def test_a_lost_claim_answer_is_recovered_by_the_retry(server_factory, hot_routes):
    server = server_factory(hot_routes=hot_routes)
    # The first exchange reaches the server, which applies it; its answer is cut off on the way back.
    proxy = FaultProxy(server.url, lambda request, n: "cut" if n == 1 else None)
    request_id = str(uuid.uuid4())
    headers = server.headers("moderator1")
    try:
        with httpx.Client(base_url=proxy.url, headers=headers, timeout=10) as desk:
            with pytest.raises(httpx.TransportError):
                desk.post("/v1/queues/new-fr/claim", json={"count": 3, "request_id": request_id})
            assert proxy.applied["cut"] == 1
            retry = desk.post("/v1/queues/new-fr/claim", json={"count": 3, "request_id": request_id})
    finally:
        proxy.close()
    assert retry.status_code == 200, retry.text
    leases = retry.json()["leases"]
    assert len(leases) == 3
    with server.client("moderator1") as desk:
        listed = desk.get("/v1/leases").json()["leases"]
        assert [lease["item_id"] for lease in listed] == [lease["item_id"] for lease in leases], (
            "exactly the first attempt's batch is leased: no second batch was stranded"
        )
        released = desk.post("/v1/leases/release", json={"item_ids": [lease["item_id"] for lease in leases]})
        assert released.json()["released"] == sorted(lease["item_id"] for lease in leases)
    with server.client("moderator2") as other:
        again = other.post("/v1/queues/new-fr/claim", json={"count": 3}).json()["leases"]
    assert {lease["item_id"] for lease in again} == {lease["item_id"] for lease in leases}
