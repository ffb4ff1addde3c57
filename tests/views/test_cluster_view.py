"""The cluster view on the real window, against the live reference server: open a listing's cluster
with one key, exclude a member, decide the rest with reasons, undo it, decide again; and a cluster
decision taken offline waits in the outbox and reaches the server exactly once."""

from __future__ import annotations

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
        # Reject the rest with a reason: one outbox entry, held like any decision.
        press(screen, Qt.Key.Key_R, Qt.Key.Key_1, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.window.pages.currentWidget() is review, timeout=5_000)
        [entry] = desk.ws.outbox.cluster_entries(("pending",))
        decided = set(entry.member_ids)
        assert anchor in decided and len(decided) == 2 and entry.request.excluded_item_ids == excluded
        assert entry.request.action.value == "reject" and entry.request.reason_codes
        assert shown(review) != anchor  # the desk moved on
        # Z undoes it like any decision: nothing left in the outbox, the listing is back.
        press(review, Qt.Key.Key_Z)
        assert desk.ws.outbox.cluster_entries() == []
        assert shown(review) == anchor and review.current_item().item_id == anchor
        assert _server_cluster_decisions(rings) == []
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
