"""Regression tests of the workstation's data layer against the real reference server."""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
from client_dataset import QUEUE
from client_support import FAST_SETTINGS, server_decisions

from moderator_app.net.api_client import ApiClient
from moderator_app.sync.engine import SyncSettings


def held_by_moderator1(url: str) -> set[int]:
    with ApiClient(url) as api:
        api.login("moderator1", "demo")
        body = api._send("GET", "/v1/leases").json()
    return {lease["item_id"] for lease in body["leases"]}


def desk_knows(ws) -> set[int]:
    """The listings the desk shows in its review session (ready or decided)."""
    return {entry.item_id for entry in ws.session_view().entries}


def start(ws, events, count=3):
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    return events.wait_for(lambda: len(ws.review_items()) >= count and ws.review_items(), what="items ready")


class Forwarding(httpx.BaseTransport):
    """Forwards to the real server; the subclasses spoil some exchanges (fault injection)."""

    def __init__(self) -> None:
        self.real = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.real.handle_request(request)

    def close(self) -> None:
        self.real.close()


# 3. ghost leases after a stall ---------------------------------------------------------------


class LoseClaimAnswers(Forwarding):
    """Forwards every request; the server applies the first claims, but their answers are lost."""

    def __init__(self, lose: int = 1) -> None:
        super().__init__()
        self.lose = lose
        self.claims = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.real.handle_request(request)
        if request.method == "POST" and request.url.path.endswith("/claim"):
            self.claims += 1
            if self.claims <= self.lose:
                response.read()
                response.close()
                raise httpx.ReadTimeout("the answer was lost", request=request)
        return response


def test_a_claim_whose_answer_was_lost_leaves_no_lease_the_desk_does_not_show(server, make_workstation):
    transport = LoseClaimAnswers()
    ws, events = make_workstation(server.url, transport=transport)
    start(ws, events, count=FAST_SETTINGS.runway)
    events.wait_for(lambda: ws.status().state == "online", what="online")
    time.sleep(1.0)  # a few more rounds of the engine
    assert transport.claims >= 2
    assert held_by_moderator1(server.url) <= desk_knows(ws)


# 4. leases are let go -------------------------------------------------------------------------


def test_quitting_gives_the_undecided_leases_back(server, make_workstation):
    ws, events = make_workstation(server.url)
    start(ws, events, count=FAST_SETTINGS.runway)
    assert held_by_moderator1(server.url)
    ws.stop()
    assert held_by_moderator1(server.url) == set()


def test_quitting_offline_gives_the_leases_back_at_the_next_start(server, make_workstation, tmp_path):
    ws, events = make_workstation(server.url)
    start(ws, events, count=FAST_SETTINGS.runway)
    server.stop()
    ws.stop()
    server.start()
    assert held_by_moderator1(server.url)
    again, events = make_workstation(server.url)
    assert again.resume_session() is not None
    again.start()
    events.wait_for(lambda: held_by_moderator1(server.url) == set(), timeout=20, what="leases released")


# 5. a lease that expired offline ---------------------------------------------------------------


class HoldDecisionsUntilClaimed(Forwarding):
    """Holds decisions back until a claim has been answered (after the server came back)."""

    def __init__(self) -> None:
        super().__init__()
        self.armed = False
        self.claimed = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        deciding = self.armed and request.method == "POST" and path.endswith("/v1/decisions")
        if deciding and not self.claimed.wait(30):
            raise httpx.ConnectError("held", request=request)
        response = self.real.handle_request(request)
        if (
            self.armed
            and request.method == "POST"
            and path.endswith("/claim")
            and response.status_code == 200
        ):
            self.claimed.set()
        return response


def test_a_decision_refused_after_the_lease_expired_offline_never_touches_the_new_lease(
    make_server, make_workstation
):
    server = make_server(lease_seconds=4)
    transport = HoldDecisionsUntilClaimed()
    ws, events = make_workstation(server.url, transport=transport)
    items = start(ws, events, count=FAST_SETTINGS.runway)
    victim = items[0].item_id
    server.stop()
    transport.armed = True
    ws.record_decision(victim, "approve")
    events.wait_for(lambda: ws.status().state == "offline", what="offline")
    time.sleep(4.5)  # every lease lapses while the desk is offline
    server.start()
    events.wait_for(lambda: [c for c in ws.conflicts() if c.item_id == victim], what="the refusal")
    events.wait_for(lambda: victim in desk_knows(ws), timeout=20, what="the listing back on the desk")
    assert victim in held_by_moderator1(server.url)
    assert held_by_moderator1(server.url) <= desk_knows(ws)


# 6. answers from something that is not the queue server ----------------------------------------


class MiddleboxAnswers(Forwarding):
    """Answers the first decision POSTs with HTML pages, before or after the server applied them."""

    def __init__(self, status: int, after: bool, times: int = 2) -> None:
        super().__init__()
        self.status, self.after, self.times = status, after, times
        self.faked = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if (
            request.method == "POST"
            and request.url.path.endswith("/v1/decisions")
            and self.faked < self.times
        ):
            self.faked += 1
            if self.after:
                real = self.real.handle_request(request)
                real.read()
                real.close()
            html = f"<html><body><h1>{self.status}</h1>Access denied by the proxy</body></html>"
            return httpx.Response(self.status, content=html.encode(), headers={"Content-Type": "text/html"})
        return self.real.handle_request(request)


@pytest.mark.parametrize(
    ("status", "after"), [(403, False), (404, False), (403, True), (404, True), (502, True)]
)
def test_an_html_error_page_is_retried_and_the_decision_lands_once(server, make_workstation, status, after):
    transport = MiddleboxAnswers(status, after)
    ws, events = make_workstation(server.url, transport=transport)
    item = start(ws, events, count=1)[0]
    ws.record_decision(item.item_id, "approve")
    events.wait_for(lambda: ws.status().outbox_count == 0 or ws.conflicts(), what="the outbox settled")
    assert ws.conflicts() == []
    assert transport.faked == 2
    assert Counter(d.item_id for d in server_decisions(server)) == Counter([item.item_id])
    assert [e.state for e in ws.outbox.entries()] == ["sent"]


# 7. a full disk --------------------------------------------------------------------------------


@contextlib.contextmanager
def small_disk(path: Path, size: str = "4m"):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill(path: Path) -> Path:
    filler = path / "filler"
    # Unbuffered, and the full disk's error suppressed around the close too: a buffered file
    # flushes its last partial block on close and raised ENOSPC there (when the free space left a
    # remainder), so the fault itself failed instead of the desk being tested.
    with contextlib.suppress(OSError), open(filler, "wb", buffering=0) as f:
        while True:
            f.write(b"\0" * 65536)
    return filler


class FillDiskAfterDecision(Forwarding):
    def __init__(self, disk: Path) -> None:
        super().__init__()
        self.disk = disk
        self.filler: Path | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.real.handle_request(request)
        if request.method == "POST" and request.url.path.endswith("/v1/decisions") and self.filler is None:
            response.read()
            self.filler = fill(self.disk)
        return response


def test_a_full_disk_right_after_a_send_does_not_leave_the_decision_sending(
    server, make_workstation, tmp_path
):
    with small_disk(tmp_path / "disk") as disk:
        transport = FillDiskAfterDecision(disk)
        ws, events = make_workstation(
            server.url, data_dir=disk / "desk", cache_dir=tmp_path / "cache", transport=transport
        )
        item = start(ws, events, count=1)[0]
        ws.record_decision(item.item_id, "approve")
        events.wait_for(lambda: transport.filler is not None, what="the send")
        time.sleep(1.0)
        transport.filler.unlink()  # space is freed: the desk must catch up without a restart
        events.wait_for(
            lambda: [e.state for e in ws.outbox.entries()] == ["sent"] and ws.status().outbox_count == 0,
            timeout=20,
            what="sent",
        )
        assert [d.item_id for d in server_decisions(server)] == [item.item_id]
        ws.stop()


# 8. clocks -------------------------------------------------------------------------------------


class LoseDecisionAnswers(Forwarding):
    """The server applies the first decision but its answer is lost, and then the network is down
    (decisions cannot get through) until ``back`` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.lost = threading.Event()
        self.back = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/v1/decisions"):
            if self.lost.is_set() and not self.back.is_set():
                raise httpx.ConnectError("the network is down", request=request)
            if not self.lost.is_set():
                response = self.real.handle_request(request)
                response.read()
                response.close()
                self.lost.set()
                raise httpx.ReadTimeout("the answer was lost", request=request)
        return self.real.handle_request(request)


def test_a_decision_the_server_may_have_applied_cannot_be_undone(server, make_workstation):
    from dataclasses import replace

    transport = LoseDecisionAnswers()
    ws, events = make_workstation(
        server.url, transport=transport, settings=replace(FAST_SETTINGS, send_hold_s=0.3)
    )
    item = start(ws, events, count=1)[0]
    key = ws.record_decision(item.item_id, "approve")
    events.wait_for(transport.lost.is_set, what="the first send")
    events.wait_for(lambda: ws.outbox.entry(key).state == "pending", what="back in line after the failure")
    assert not ws.undo_decision(key)  # the server has it: an undo here would be a lie
    transport.back.set()
    events.wait_for(lambda: ws.status().outbox_count == 0, what="sent")
    assert [d.item_id for d in server_decisions(server)] == [item.item_id]


def test_a_desk_clock_behind_the_servers_still_renews_its_leases_in_time(server_factory, make_workstation):
    from dataclasses import replace

    server = server_factory(lease_seconds=4)
    server.clock.advance(3)  # the server's clock is 3 s ahead of the desk's, more than the margin
    settings = replace(FAST_SETTINGS, renew_margin_s=1.5)
    ws, events = make_workstation(server.url, settings=settings)
    item = start(ws, events, count=1)[0]
    time.sleep(10)  # more than two lease lifetimes
    assert item.item_id in desk_knows(ws)
    ws.record_decision(item.item_id, "approve")
    events.wait_for(lambda: ws.status().outbox_count == 0, what="sent")
    assert ws.conflicts() == []


def test_a_wall_clock_stepped_back_neither_holds_a_decision_back_nor_lets_undo_take_a_sent_one(
    server, make_workstation
):
    from dataclasses import replace

    from moderator_app.sync.clocks import Clocks

    step = [0.0]
    clocks = Clocks(wall=lambda: time.time() + step[0])
    ws, events = make_workstation(server.url, settings=replace(FAST_SETTINGS, send_hold_s=1.0), clocks=clocks)
    item = start(ws, events, count=1)[0]
    key = ws.record_decision(item.item_id, "approve")
    step[0] = -3600.0  # someone sets the desk's clock back an hour, within the send hold
    events.wait_for(lambda: ws.status().outbox_count == 0, timeout=10, what="sent after the hold")
    assert not ws.undo_decision(key)
    assert [d.item_id for d in server_decisions(server)] == [item.item_id]


# 14. the offline runway -------------------------------------------------------------------------


def test_the_desk_keeps_at_least_25_listings_ready_by_default(server, make_workstation):
    ws, events = make_workstation(server.url, settings=SyncSettings())
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(ws.review_items()) < 25:
        time.sleep(0.2)
    assert len(ws.review_items()) >= 25


# 10. the seller's history after sync ------------------------------------------------------------


def test_the_sellers_history_is_fetched_again_once_the_decision_reached_the_server(server, make_workstation):
    ws, events = make_workstation(server.url)
    item = start(ws, events, count=1)[0]
    seller, listing = item.listing.seller_id, item.listing.id

    def outcome(history) -> str | None:
        return next((p.outcome for p in history.past_listings if p.listing_id == listing), None)

    assert outcome(ws.cache.seller(seller)) == "pending"
    ws.record_decision(item.item_id, "reject", reason_codes=["contact_details"])
    events.wait_for(lambda: ws.status().outbox_count == 0, what="sent")
    # The server's answer, not only this desk's own view of it, is now in the cache.
    events.wait_for(lambda: outcome(ws.cache.seller(seller)) == "rejected", timeout=20, what="a fresh history")
