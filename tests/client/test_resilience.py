"""Faults on the wire (injected at the transport), lease renewal, offline restarts, expiry, demo."""

from __future__ import annotations

from collections import Counter

import httpx
from client_dataset import QUEUE
from client_support import audit_decision_entries, crash, server_decisions

from moderator_app.demo_backend import start_demo_backend
from moderator_app.net.api_client import ApiClient
from moderator_app.sync.engine import SyncSettings
from moderator_app.sync.status import OFFLINE, ONLINE, ProblemKind


class FaultyDecisions(httpx.BaseTransport):
    """Forwards to the real server, but spoils the first answers to POST /v1/decisions:
    a response lost after the server applied it, a 503, then a 200 with a body that is not JSON."""

    def __init__(self) -> None:
        self.real = httpx.HTTPTransport()
        self.decision_posts = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "POST" or not request.url.path.endswith("/v1/decisions"):
            return self.real.handle_request(request)
        self.decision_posts += 1
        n = self.decision_posts
        if n == 2:
            return httpx.Response(503, json={"title": "down", "status": 503, "detail": "maintenance"})
        response = self.real.handle_request(request)
        response.read()
        response.close()
        if n == 1:
            raise httpx.ReadTimeout("response lost", request=request)
        if n == 3:
            return httpx.Response(200, content=b"<html>proxy error</html>")
        return httpx.Response(response.status_code, content=response.content, headers=response.headers)

    def close(self) -> None:
        self.real.close()


def test_lost_responses_5xx_and_garbage_never_double_a_decision(server, make_workstation):
    transport = FaultyDecisions()
    ws, events = make_workstation(server.url, transport=transport)
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    items = events.wait_for(lambda: len(ws.review_items()) >= 3 and ws.review_items(), what="items")
    chosen = [item.item_id for item in items[:3]]
    for item_id in chosen:
        ws.record_decision(item_id, "approve")
    events.wait_for(lambda: ws.status().outbox_count == 0, what="outbox drained")
    assert transport.decision_posts >= 5  # the faults really happened, and were retried
    assert ws.conflicts() == []
    assert Counter(d.item_id for d in server_decisions(server)) == Counter(chosen)
    assert Counter(e["payload"]["item_id"] for e in audit_decision_entries(server)) == Counter(chosen)
    transport.close()


def test_leases_are_renewed_before_they_expire(make_server, make_workstation):
    server = make_server(lease_seconds=3)
    settings = SyncSettings(
        runway=2, refill_below=1, send_hold_s=0, renew_margin_s=2.0, idle_poll_s=0.2
    )
    ws, events = make_workstation(server.url, settings=settings)
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    item = events.wait_for(lambda: ws.review_items() and ws.review_items()[0], what="an item")
    first_expiry = ws.engine.leases.lease(item.item_id).expires_at
    # Outlive the original lease several times over; the engine keeps renewing it.
    events.wait_for(lambda: ws.engine.leases.lease(item.item_id).expires_at > first_expiry + 4, what="renewals")
    ws.record_decision(item.item_id, "reject", reason_codes=["scam_suspected"])
    events.wait_for(lambda: ws.status().outbox_count == 0, what="sent")
    assert ws.conflicts() == []
    assert [d.item_id for d in server_decisions(server)] == [item.item_id]


def test_a_restart_while_offline_serves_cached_items_and_syncs_later(server, make_workstation, tmp_path):
    ws, events = make_workstation(server.url)
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    cached = events.wait_for(lambda: len(ws.review_items()) >= 5 and ws.review_items(), what="items")
    crash(ws)  # a quit would give the leases back; a crashed desk still holds them
    server.stop()

    again, events = make_workstation(server.url)
    user = again.resume_session()  # the server is down: the cached account is used
    assert user is not None and user.username == "moderator1"
    again.start()
    again.start_queue(QUEUE)
    assert [i.item_id for i in again.review_items()] == [i.item_id for i in cached]
    assert all(p is not None and p.is_file() for i in again.review_items() for p in i.image_paths.values())
    again.record_decision(cached[0].item_id, "approve")
    events.wait_for(lambda: again.status().state == OFFLINE, what="offline state")

    server.start()
    events.wait_for(lambda: again.status().outbox_count == 0, what="synced after the server returned")
    events.wait_for(lambda: again.status().state == ONLINE, what="online")
    assert [d.item_id for d in server_decisions(server)] == [cached[0].item_id]


def test_an_expired_token_stops_syncing_and_keeps_decisions(server, make_workstation, memory_keyring):
    ws, events = make_workstation(server.url)
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    item = events.wait_for(lambda: ws.review_items() and ws.review_items()[0], what="an item")
    ws.engine.session.api.token = "not-a-valid-token"
    ws.record_decision(item.item_id, "approve")
    status = events.wait_for(lambda: ws.status().state == "signed_out" and ws.status(), what="signed out")
    assert status.problem is not None and status.problem.kind == ProblemKind.SESSION_EXPIRED
    assert status.outbox_count == 1
    ws.sign_in("moderator1", "demo")
    events.wait_for(lambda: ws.status().outbox_count == 0, what="sent after signing in again")
    assert [d.item_id for d in server_decisions(server)] == [item.item_id]


def test_demo_backend_serves_the_demo_data_and_restarts_warm(tmp_path):
    backend = start_demo_backend(tmp_path / "demo")
    try:
        with ApiClient(backend.url) as api:
            api.login("moderator1", "demo")
            names = {q.name for q in api.queues()}
    finally:
        backend.stop()
    assert {"New listings FR", "New listings ES", "Reported", "Escalations"} <= names
    assert backend.timings["seed_s"] > 0
    warm = start_demo_backend(tmp_path / "demo")
    try:
        assert warm.timings["seed_s"] == 0.0
        assert warm.url == backend.url  # same address: the workstation's outbox stays valid
        assert httpx.get(f"{warm.url}/v1/me").status_code == 401
    finally:
        warm.stop()


def test_a_lease_lost_at_renewal_leaves_the_review_list(make_server, make_workstation):
    server = make_server(lease_seconds=3)
    settings = SyncSettings(
        runway=2, refill_below=1, send_hold_s=0, renew_margin_s=2.0, idle_poll_s=0.2
    )
    ws, events = make_workstation(server.url, settings=settings)
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    item = events.wait_for(lambda: ws.review_items() and ws.review_items()[0], what="an item")
    with ApiClient(server.url) as other_session:  # e.g. a lead, or the same user on another desk
        other_session.login("moderator1", "demo")
        other_session.release([item.item_id])
    events.wait_for(
        lambda: item.item_id not in [i.item_id for i in ws.review_items()], what="lost lease dropped"
    )
    assert ws.engine.leases.lease(item.item_id) is None
