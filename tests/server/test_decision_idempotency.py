"""A decision retried with its idempotency key is applied once and answers the same result."""

from __future__ import annotations

import socket
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from api_helpers import assert_problem, claim, decision_body


class ResponseHoldingProxy:
    """A TCP proxy that forwards requests to the server but never returns its responses.

    The client therefore times out although the server has applied the request — the network
    failure a desk sees when a link drops mid-request.
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.server_answered = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._sockets: list[socket.socket] = [self._listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            self._sockets += [client, upstream]
            threading.Thread(target=self._pipe_request, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._swallow_response, args=(upstream,), daemon=True).start()

    @staticmethod
    def _pipe_request(client: socket.socket, upstream: socket.socket) -> None:
        try:
            while data := client.recv(65536):
                upstream.sendall(data)
        except OSError:
            return

    def _swallow_response(self, upstream: socket.socket) -> None:
        try:
            if upstream.recv(65536):
                self.server_answered.set()
        except OSError:
            return

    def close(self) -> None:
        for sock in self._sockets:
            sock.close()


@pytest.fixture
def holding_proxy(any_server):
    proxy = ResponseHoldingProxy(any_server.port)
    yield proxy
    proxy.close()


def _decisions_for_item(server, item_id: int) -> tuple[list[dict], list[dict]]:
    with server.client("admin1") as admin:
        decisions = [
            d
            for d in admin.get("/v1/decisions", params={"limit": 500}).json()["decisions"]
            if d["item_id"] == item_id
        ]
        audit = [
            e
            for e in admin.get("/v1/audit-log", params={"limit": 1000}).json()
            if e["kind"] == "decision" and e["payload"]["item_id"] == item_id
        ]
    return decisions, audit


def test_retry_after_client_timeout_applies_once(any_server, holding_proxy):
    with any_server.client("moderator1") as client:
        lease = claim(client)[0]
        body = decision_body(lease, "reject", note="numéro dans la photo")
        headers = any_server.headers("moderator1")

        with pytest.raises(httpx.TimeoutException):
            httpx.post(f"{holding_proxy.url}/v1/decisions", json=body, headers=headers, timeout=2.0)
        assert holding_proxy.server_answered.wait(30), "the server never answered the first attempt"

        second = client.post("/v1/decisions", json=body)
        third = client.post("/v1/decisions", json=body)

    assert second.status_code == 200 and third.status_code == 200
    assert second.headers["Idempotent-Replayed"] == "true"
    assert second.json() == third.json()
    decisions, audit = _decisions_for_item(any_server, lease["item_id"])
    assert len(decisions) == 1 and decisions[0] == second.json()
    assert len(audit) == 1


def test_three_simultaneous_copies_apply_once(any_server):
    with any_server.client("moderator1") as client:
        lease = claim(client)[0]
        body = decision_body(lease, "approve")
        with ThreadPoolExecutor(3) as pool:
            responses = list(pool.map(lambda _: client.post("/v1/decisions", json=body), range(3)))

    assert [r.status_code for r in responses] == [200, 200, 200], [r.text for r in responses]
    assert len({r.text for r in responses}) == 1
    assert sorted(r.headers["Idempotent-Replayed"] for r in responses) == ["false", "true", "true"]
    decisions, audit = _decisions_for_item(any_server, lease["item_id"])
    assert len(decisions) == 1 and len(audit) == 1


def test_reusing_a_key_for_another_decision_is_refused(live_server):
    with live_server.client("moderator1") as client:
        first, second = claim(client, count=2)
        body = decision_body(first)
        assert client.post("/v1/decisions", json=body).status_code == 200
        reused = client.post(
            "/v1/decisions", json=decision_body(second, idempotency_key=body["idempotency_key"])
        )
    assert_problem(reused, 409, "idempotency_key_reused")


def test_a_second_decision_on_a_decided_item_is_a_conflict(live_server):
    with live_server.client("moderator1") as client:
        lease = claim(client)[0]
        assert client.post("/v1/decisions", json=decision_body(lease)).status_code == 200
        again = client.post("/v1/decisions", json=decision_body(lease, "reject"))
    assert_problem(again, 409, "item_decided")
