"""Notices on the desk without the server: the notices a listing was claimed with are cached with
it, shown after a restart while offline, and the approval made offline (with a notice marked
manifestly unfounded by key) answers exactly those notices once the server is back."""

from __future__ import annotations

import httpx
from client_dataset import QUEUE
from client_support import crash

from moderator_app.core.keymap import ActionId
from moderator_app.net.api_client import ApiClient
from moderator_app.sync.status import OFFLINE


def file_notices(url: str, listing_id: str, emails: list[str]) -> list[int]:
    with ApiClient(url) as admin:
        admin.login("admin1", "demo")
        admin._send(
            "POST", "/v1/admin/users",
            json={"username": "intake1", "display_name": "Intake", "role": "intake", "password": "demo"},
        )  # fmt: skip
    token = httpx.post(f"{url}/v1/auth/token", json={"username": "intake1", "password": "demo"}).json()
    ids = []
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token['access_token']}"}) as intake:
        for email in emails:
            body = {
                "listing_id": listing_id, "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
                "explanation": "Asks for a deposit before any viewing.",
                "notifier": {"kind": "user", "email": email}, "good_faith": True,
            }  # fmt: skip
            response = intake.post("/v1/notices", json=body)
            assert response.status_code == 201, response.text
            ids.append(response.json()["notice_id"])
    return ids


def test_cached_notices_show_offline_and_an_offline_approval_answers_them(server, make_workstation):
    first, second = file_notices(server.url, "L0003", ["a@example.org", "b@example.org"])
    ws, events = make_workstation(server.url)
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)  # the notices joined the listing's open item, in its queue
    item = events.wait_for(
        lambda: next((i for i in ws.review_items() if i.listing.id == "L0003"), None), what="the reported listing"
    )
    assert [n.notice_id for n in item.notices] == [first, second]
    assert all(i.notices == [] for i in ws.review_items() if i.item_id != item.item_id)
    crash(ws)  # the desk dies holding its lease
    server.stop()

    again, events = make_workstation(server.url)
    assert again.resume_session() is not None  # offline: the cached account
    again.start()
    again.start_queue(QUEUE)
    [cached] = [i for i in again.review_items() if i.item_id == item.item_id]
    assert [(n.notice_id, n.category, n.explanation) for n in cached.notices] == [
        (first, "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "Asks for a deposit before any viewing."),
        (second, "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "Asks for a deposit before any viewing."),
    ]
    for _ in range(len(again.review_items())):  # to the listing with the notices
        if again.session_view().current_id == cached.item_id:
            break
        again.press(ActionId.NEXT, again.session_view().current_id)
    shown = again.session_view().current_id
    assert shown == cached.item_id
    for action in (ActionId.UNFOUNDED, ActionId.OPTION_2, ActionId.CONFIRM, ActionId.APPROVE):
        again.press(action, shown)
    [entry] = again.outbox.entries()
    assert entry.request.notice_ids == [first, second] and entry.request.unfounded_notice_ids == [second]
    events.wait_for(lambda: again.status().state == OFFLINE, what="offline")

    server.start()
    events.wait_for(lambda: again.status().outbox_count == 0, what="sent once the server is back")
    with server.lead_client() as lead:
        [decision] = [d for d in lead.decisions(limit=50).decisions if d.item_id == item.item_id]
        assert decision.notice_ids == [first, second] and decision.source_type == "SOURCE_ARTICLE_16"
        records = {n.email: n for n in lead.notifiers().notifiers}
    assert records["b@example.org"].manifestly_unfounded == 1
    assert records["a@example.org"].manifestly_unfounded == 0
    assert records["a@example.org"].decided == 1 and records["a@example.org"].upheld == 0
