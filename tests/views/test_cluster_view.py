"""The cluster view on the real window, against the live reference server: open a listing's cluster
with one key, exclude a member, decide the rest with reasons, undo it, decide again; and a cluster
decision taken offline waits in the outbox and reaches the server exactly once."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from desk_support import close_desk, open_desk, press, shown
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from server.cluster_helpers import RINGS, item_ids, ring_dataset

pytestmark = pytest.mark.slow


class Cable(httpx.BaseTransport):
    """Forwards to the real server; unplugged, every request fails as a dropped connection. It can
    also lose the answer of the next cluster decision (the server applied it; the desk never heard)."""

    def __init__(self) -> None:
        self.real = httpx.HTTPTransport()
        self.plugged = True
        self.lose_cluster_answers = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.plugged:
            raise httpx.ConnectError("unplugged", request=request)
        response = self.real.handle_request(request)
        if request.url.path == "/v1/cluster-decisions" and request.method == "POST" and self.lose_cluster_answers:
            self.lose_cluster_answers -= 1
            response.read()
            raise httpx.ReadError("answer lost", request=request)
        return response

    def close(self) -> None:
        self.real.close()


@pytest.fixture
def rings(server_factory, make_test_dataset):
    server = server_factory(ring_dataset(make_test_dataset()))
    with server.client("lead1") as lead:
        assert lead.post("/v1/cluster-builds").status_code == 200
    return server


def _shot(window, name: str) -> None:
    """With MODERATOR_SHOTS_DIR set, save what the window shows (for looking at the screens)."""
    folder = os.environ.get("MODERATOR_SHOTS_DIR")
    if folder:
        QTest.qWait(1200)  # queued events and the status bar's tick land, as a person would see it
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / f"{name}.png"))


def _to_ring_member(qtbot, desk) -> int:
    """Move (N) to a listing on the desk that belongs to a ring; return its item id."""
    review = desk.review
    members = {item_ids(desk.server)[listing] for ring in RINGS.values() for listing in ring}
    qtbot.waitUntil(lambda: any(i.item_id in members for i in desk.ws.review_items()), timeout=30_000)
    for _ in range(30):
        if shown(review) in members and review.current_item().cluster_view is not None:
            return shown(review)
        press(review, Qt.Key.Key_N)
        QTest.qWait(50)
    raise AssertionError("no ring member came up on the desk")


def _open_cluster(qtbot, desk):
    press(desk.review, Qt.Key.Key_C)
    screen = desk.window.cluster_screen
    qtbot.waitUntil(lambda: desk.window.pages.currentWidget() is screen, timeout=15_000)
    return screen


def _server_cluster_decisions(server) -> list[dict]:
    with server.client("lead1") as lead:
        return lead.get("/v1/cluster-decisions").json()["cluster_decisions"]


def _decisions_on(server, item_ids_: set[int]) -> int:
    from sqlalchemy import func, select

    from moderator_app.server import tables as t

    with server.db.read() as conn:
        return conn.execute(
            select(func.count()).select_from(t.decisions).where(t.decisions.c.item_id.in_(item_ids_))
        ).scalar_one()


def test_open_exclude_decide_undo_and_decide_a_cluster_from_the_keyboard(qtbot, runner, rings, tmp_path):
    desk = open_desk(qtbot, runner, rings, tmp_path / "desk", hold=60.0, runway=25, refill_below=20)
    try:
        review = desk.review
        anchor = _to_ring_member(qtbot, desk)
        # The review screen says the listing is part of a cluster, and which key opens it.
        assert review.cluster_banner.isVisible()
        assert "Part of a cluster of 3 listings from 3 sellers" in review.cluster_banner.text()
        assert "Press C" in review.cluster_banner.text()
        _shot(desk.window, "review-with-cluster-banner")
        screen = _open_cluster(qtbot, desk)
        rows = screen.opening.review.rows()
        assert len(rows) == 3 and sum(r.anchor for r in rows) == 1
        assert all(r.contacts or r.shared_images or r.text_similarity for r in rows)  # why each belongs
        assert screen.table.rowCount() == 3
        assert "Why they belong together" in screen.evidence.text()
        # Exclude one member that is not the listing we came from.
        cursor = screen.opening.review.cursor
        press(screen, Qt.Key.Key_Down if cursor < 2 else Qt.Key.Key_Up, Qt.Key.Key_X)
        excluded = screen.opening.review.excluded()
        assert len(excluded) == 1 and excluded[0] != anchor
        assert screen.facts.text().startswith("2 to decide")
        qtbot.waitUntil(lambda: all(p is not None for p in screen._photos.values()), timeout=15_000)
        _shot(desk.window, "cluster-view")
        # Reject the rest with a reason: one outbox entry, held like any decision.
        press(screen, Qt.Key.Key_R, Qt.Key.Key_1)
        _shot(desk.window, "cluster-view-reasons")
        press(screen, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.window.pages.currentWidget() is review, timeout=5_000)
        _shot(desk.window, "review-after-cluster-decision")
        [entry] = desk.ws.outbox.cluster_entries(("pending",))
        decided = set(entry.member_ids)
        assert anchor in decided and len(decided) == 2 and entry.request.excluded_item_ids == excluded
        assert entry.request.action.value == "reject" and entry.request.reason_codes
        assert shown(review) != anchor  # the desk moved on
        assert desk.ws.status().outbox_count == 1  # the status bar counts it as unsent
        # The member left out is alone now: the desk no longer calls it part of a cluster.
        assert desk.ws.item(excluded[0]).cluster is None
        # Z undoes it like any decision: nothing left in the outbox, the listing is back.
        press(review, Qt.Key.Key_Z)
        assert desk.ws.outbox.cluster_entries() == []
        assert shown(review) == anchor and review.current_item().item_id == anchor
        assert _server_cluster_decisions(rings) == []
        assert desk.ws.item(excluded[0]).cluster.listings == 3
        # Decide again, every member this time, and let it go at once.
        desk.ws.engine.hold.hold_s = 0.0
        screen = _open_cluster(qtbot, desk)
        assert screen.opening.review.excluded() == []
        press(screen, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: desk.window.pages.currentWidget() is review, timeout=5_000)
        qtbot.waitUntil(lambda: len(desk.ws.outbox.cluster_entries(("sent",))) == 1, timeout=30_000)
        [sent] = _server_cluster_decisions(rings)
        members = {d["item_id"] for d in sent["decisions"]}
        assert anchor in members and len(members) == 3 and sent["action"] == "approve"
        assert _decisions_on(rings, members) == 3
    finally:
        close_desk(desk)


def test_a_cluster_decision_taken_offline_is_sent_exactly_once_when_the_connection_returns(
    qtbot, runner, rings, tmp_path
):
    cable = Cable()
    desk = open_desk(qtbot, runner, rings, tmp_path / "desk", hold=0.0, transport=cable, runway=25, refill_below=20)
    try:
        anchor = _to_ring_member(qtbot, desk)
        cable.plugged = False
        screen = _open_cluster(qtbot, desk)  # from the view prefetched with the listing
        assert not screen.opening.review.claimed
        assert "offline" in screen.facts.text()
        press(screen, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: desk.window.pages.currentWidget() is desk.review, timeout=5_000)
        [entry] = desk.ws.outbox.cluster_entries()
        members = set(entry.member_ids)
        assert anchor in members and len(members) == 3
        QTest.qWait(1500)  # the sender tries and fails while unplugged: nothing reaches the server
        assert desk.ws.outbox.cluster_entries(("sent",)) == []
        assert _server_cluster_decisions(rings) == []
        # Back online; the first answer is lost on the way (the server applied it): sent again.
        cable.lose_cluster_answers = 1
        cable.plugged = True
        qtbot.waitUntil(lambda: len(desk.ws.outbox.cluster_entries(("sent",))) == 1, timeout=60_000)
        [sent] = _server_cluster_decisions(rings)
        assert {d["item_id"] for d in sent["decisions"]} == members
        assert _decisions_on(rings, members) == 3  # exactly once, though sent twice
        assert cable.lose_cluster_answers == 0
    finally:
        close_desk(desk)


def test_a_member_taken_meanwhile_makes_the_offline_cluster_decision_refused_and_shown(
    qtbot, runner, rings, tmp_path
):
    cable = Cable()
    # This desk holds only the listing it decides from; the other members are free on the server.
    desk = open_desk(
        qtbot, runner, rings, tmp_path / "desk", hold=0.0, transport=cable, runway=1, refill_below=1, ready=1
    )
    try:
        anchor = _to_ring_member(qtbot, desk)
        cable.plugged = False
        screen = _open_cluster(qtbot, desk)
        others = [m.item_id for m in screen.opening.review.view.members if m.item_id != anchor]
        press(screen, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: desk.window.pages.currentWidget() is desk.review, timeout=5_000)
        # Meanwhile another moderator's desk takes one of the members.
        with rings.client("moderator2") as other:
            taken = None
            for _ in range(20):
                leases = other.post("/v1/queues/new-fr/claim", json={"count": 50}).json()["leases"]
                taken = next((lease["item_id"] for lease in leases if lease["item_id"] in others), None)
                if taken:
                    break
            assert taken is not None
        cable.plugged = True
        # All or none: nothing is recorded, and the refusal is listed with the server's reason.
        qtbot.waitUntil(lambda: desk.ws.outbox.cluster_entries(("conflict",)) != [], timeout=60_000)
        assert _server_cluster_decisions(rings) == []
        assert _decisions_on(rings, {anchor, *others}) == 0
        [conflict] = desk.ws.conflicts()
        assert conflict.code == "cluster_members_unavailable" and conflict.item_id == anchor
        qtbot.waitUntil(lambda: desk.window.status.conflicts_button.text() == "Conflicts: 1", timeout=5_000)
        # The listing it was decided from is still leased to this desk: it comes back, on screen,
        # with the refusal, to be decided again; nothing is lost.
        qtbot.waitUntil(lambda: shown(desk.review) == anchor, timeout=10_000)
        assert "refused by the server" in desk.review.banner_text()
        entry = next(e for e in desk.ws.session_view().entries if e.item_id == anchor)
        assert entry.state.value == "ready" and entry.refusal is not None
        assert desk.ws.engine.leases.lease(anchor) is not None
    finally:
        close_desk(desk)


def test_over_the_role_limit_the_banner_says_so_and_the_view_is_read_only_with_the_servers_reason(
    qtbot, runner, rings, tmp_path
):
    with rings.client("lead1") as lead:
        settings = lead.get("/v1/cluster-settings").json()
        for limit in settings["roles"]:
            if limit["role"] == "moderator":
                limit["max_size"] = 2
        assert lead.put("/v1/cluster-settings", json=settings).status_code == 200
    desk = open_desk(qtbot, runner, rings, tmp_path / "desk", hold=60.0, runway=25, refill_below=20)
    try:
        review = desk.review
        anchor = _to_ring_member(qtbot, desk)
        assert "Your role may decide clusters of up to 2 listings; C shows it." in review.cluster_banner.text()
        screen = _open_cluster(qtbot, desk)
        assert screen.opening.review.read_only and screen.limit.isVisible()
        assert "your role may decide clusters of up to 2 listings" in screen.limit.text()
        assert all(screen.table.item(r, 5).text() == "Look only" for r in range(screen.table.rowCount()))
        assert not screen.decision_bar.approve_button.isEnabled()
        press(screen, Qt.Key.Key_A, Qt.Key.Key_X)
        assert desk.ws.outbox.cluster_entries() == [] and screen.opening.review.excluded() == []
        press(screen, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: desk.window.pages.currentWidget() is review, timeout=5_000)
        assert shown(review) == anchor
    finally:
        close_desk(desk)


def test_esc_gives_back_the_members_the_view_claimed_and_keeps_the_listing_on_screen(qtbot, runner, rings, tmp_path):
    desk = open_desk(qtbot, runner, rings, tmp_path / "desk", hold=60.0, runway=1, refill_below=1, ready=1)
    try:
        anchor = _to_ring_member(qtbot, desk)
        screen = _open_cluster(qtbot, desk)
        claimed = {lease.item_id for lease in screen.opening.leased}
        assert len(claimed) == 2 and anchor not in claimed  # the desk held the anchor already

        def server_leases() -> set[int]:
            with rings.client("moderator1") as me:
                return {lease["item_id"] for lease in me.get("/v1/leases").json()["leases"]}

        assert claimed | {anchor} <= server_leases()
        press(screen, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: desk.window.pages.currentWidget() is desk.review, timeout=5_000)
        qtbot.waitUntil(lambda: not claimed & server_leases(), timeout=30_000)
        assert anchor in server_leases() and shown(desk.review) == anchor
    finally:
        close_desk(desk)
