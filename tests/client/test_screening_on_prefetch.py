"""Prefetched items arrive with their text findings, and photo pre-screening results follow."""

from __future__ import annotations

from client_dataset import QUEUE


def test_findings_and_photo_results_are_ready_before_the_item_is_opened(server, make_workstation):
    ws, events = make_workstation(server.url, screen_text=True, prescreen_images=True)
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    with_phone = events.wait_for(
        lambda: next((i for i in ws.review_items() if i.listing.id == "L0002"), None), what="L0002 ready"
    )
    phones = [f for f in with_phone.text_findings if f.kind == "phone"]
    assert phones and phones[0].field == "description"
    assert with_phone.listing.description[phones[0].start : phones[0].end] == phones[0].text

    def screened():
        item = ws.item(with_phone.item_id)
        return item if item and all(r is not None for r in item.image_results.values()) else None

    item = events.wait_for(screened, timeout=120, what="photo pre-screening")
    [(image_id, result)] = item.image_results.items()
    assert result.sha256 and result.image_id == image_id
