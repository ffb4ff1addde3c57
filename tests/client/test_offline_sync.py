"""Offline work: the server goes away, the moderator keeps deciding, decisions are kept; the server
comes back on the same address and database: each decision is applied exactly once."""

from __future__ import annotations

from collections import Counter

from client_dataset import QUEUE
from client_support import audit_decision_entries, server_decisions

from moderator_app.sync.status import OFFLINE, ONLINE, ProblemKind


def test_decisions_made_offline_are_applied_exactly_once_when_the_server_returns(server, make_workstation):
    ws, events = make_workstation(server.url)
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    items = events.wait_for(lambda: len(ws.review_items()) >= 5 and ws.review_items(), what="items ready")
    online_item = items[0]
    ws.record_decision(online_item.item_id, "approve")
    events.wait_for(lambda: ws.status().outbox_count == 0, what="first decision sent")

    server.stop()
    offline_items = ws.review_items()[:3]
    for item in offline_items:
        ws.record_decision(item.item_id, "reject", reason_codes=["contact_details"])
    status = events.wait_for(lambda: ws.status().state == OFFLINE and ws.status(), what="offline")
    assert status.outbox_count == 3
    assert status.problem is not None and status.problem.kind == ProblemKind.UNREACHABLE
    # The moderator can still see and decide cached leased items.
    remaining = ws.review_items()
    assert remaining and all(i.item_id not in {x.item_id for x in offline_items} for i in remaining)

    server.start()  # same port, same database
    events.wait_for(lambda: ws.status().outbox_count == 0, what="outbox drained after reconnect")
    events.wait_for(lambda: ws.status().state == ONLINE, what="back online")

    decided = Counter(d.item_id for d in server_decisions(server))
    expected = {online_item.item_id} | {i.item_id for i in offline_items}
    assert set(decided) == expected
    assert all(count == 1 for count in decided.values())
    audit = Counter(entry["payload"]["item_id"] for entry in audit_decision_entries(server))
    assert audit == Counter(dict.fromkeys(expected, 1))
