"""The Workstation against the real reference server on loopback: sign-in, claim, prefetch,
decide, undo, skip, conflicts."""

from __future__ import annotations

import sqlite3

import pytest
from client_dataset import ESCALATIONS, QUEUE

from moderator_app.net.api_client import ApiClient
from moderator_app.net.errors import AuthFailed, Unreachable
from moderator_app.net.token_store import IN_MEMORY_NOTE, SERVICE, TokenStore
from moderator_app.sync.workstation import DB_FILENAME, AlreadyDecided, NotLeased


def server_decisions(server) -> list:
    with server.lead_client() as lead:
        return lead.decisions(limit=500).decisions


def start_reviewing(ws, events, count: int = 3):
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)
    return events.wait_for(lambda: len(ws.review_items()) >= count and ws.review_items(), what="items ready")


def test_sign_in_keeps_the_token_in_the_keyring_only(server, make_workstation, memory_keyring, tmp_path):
    ws, _ = make_workstation(server.url)
    user = ws.sign_in("moderator1", "demo")
    assert user.username == "moderator1"
    assert ws.token_storage_note.startswith("Stored in the system keyring")
    [(service, account)] = memory_keyring.secrets
    token = memory_keyring.secrets[(service, account)]
    assert service == SERVICE and account.startswith("moderator1@")
    ws.stop()
    # The token is nowhere in the data directory (database, WAL, cache files).
    for path in (tmp_path / "client").rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path


def test_resume_session_uses_the_stored_token_and_sign_out_clears_it(
    server, make_workstation, memory_keyring
):
    ws, _ = make_workstation(server.url)
    ws.sign_in("moderator1", "demo")
    ws.stop()
    again, _ = make_workstation(server.url)
    assert again.resume_session().username == "moderator1"
    again.sign_out()
    assert memory_keyring.secrets == {}
    assert again.user is None
    third, _ = make_workstation(server.url)
    assert third.resume_session() is None


def test_without_a_keyring_sign_in_works_for_the_session(server, make_workstation, fail_keyring):
    ws, _ = make_workstation(server.url, token_store=TokenStore())
    ws.sign_in("moderator1", "demo")
    assert ws.token_storage_note == IN_MEMORY_NOTE
    ws.stop()
    later, _ = make_workstation(server.url, token_store=TokenStore())
    assert later.resume_session() is None  # nothing persisted: a restart asks for the password


def test_wrong_password_and_unreachable_server_have_clear_errors(server, make_workstation):
    ws, _ = make_workstation(server.url)
    with pytest.raises(AuthFailed, match="Wrong username or password"):
        ws.sign_in("moderator1", "wrong")
    offline, _ = make_workstation("http://127.0.0.1:9", data_dir=None)
    with pytest.raises(Unreachable, match="cannot be reached"):
        offline.sign_in("moderator1", "demo")


def test_claim_prefetches_listing_images_seller_and_similar_photos(server, make_workstation):
    ws, events = make_workstation(server.url)
    items = start_reviewing(ws, events)
    first = items[0]
    assert first.queue_id == QUEUE
    assert first.listing.id == "L0000"  # oldest first
    assert all(path is not None and path.is_file() for path in first.image_paths.values())
    assert first.seller is not None and first.seller.seller_id == "seller-0"
    assert {s.listing_id for s in first.similar_images} >= {"L0001"}  # the reused photo
    assert ws.status().lease_seconds_left > 0
    queues = ws.refresh_queues()
    assert {q.id for q in queues} >= {QUEUE, ESCALATIONS}
    assert ws.policy is not None and ws.policy.version == "test-1"
    etag = ws.cache.policy()[1]
    assert etag and ws.engine.session.api.policy(etag).policy is None  # 304: unchanged


def test_decisions_are_applied_once_each_and_leave_the_list(server, make_workstation):
    ws, events = make_workstation(server.url)
    items = start_reviewing(ws, events)
    a, b, c = items[:3]
    ws.record_decision(a.item_id, "approve", time_spent_ms=1200)
    ws.record_decision(b.item_id, "reject", reason_codes=["contact_details"], note="numéro dans le texte")
    ws.record_decision(c.item_id, "escalate", escalate_to=ESCALATIONS)
    assert a.item_id not in [i.item_id for i in ws.review_items()]
    with pytest.raises(AlreadyDecided):
        ws.record_decision(a.item_id, "approve")
    events.wait_for(lambda: ws.status().outbox_count == 0, what="outbox drained")
    decided = {d.item_id: d for d in server_decisions(server)}
    assert set(decided) == {a.item_id, b.item_id, c.item_id}
    assert decided[b.item_id].reason_codes == ["contact_details"]
    assert decided[b.item_id].note == "numéro dans le texte"
    assert decided[c.item_id].escalate_to == ESCALATIONS


def test_the_outbox_row_is_on_disk_when_record_decision_returns(server, make_workstation, tmp_path):
    from moderator_app.sync.engine import SyncSettings

    ws, events = make_workstation(server.url, settings=SyncSettings(send_hold_s=60))
    item = start_reviewing(ws, events, count=1)[0]
    key = ws.record_decision(item.item_id, "approve")
    other = sqlite3.connect(tmp_path / "client" / DB_FILENAME)
    try:
        assert other.execute("SELECT state FROM outbox WHERE key = ?", [key]).fetchone() == ("pending",)
    finally:
        other.close()


def test_undo_within_the_window_brings_the_item_back(server, make_workstation):
    from moderator_app.sync.engine import SyncSettings

    ws, events = make_workstation(server.url, settings=SyncSettings(send_hold_s=5.0))
    items = start_reviewing(ws, events)
    order = [i.item_id for i in ws.review_items()]
    key = ws.record_decision(items[0].item_id, "approve")
    assert ws.status().outbox_count == 1
    assert ws.undo_decision(key)
    assert [i.item_id for i in ws.review_items()] == order
    assert ws.status().outbox_count == 0
    assert not ws.undo_decision(key)  # only once


def test_skip_gives_the_item_back_at_once(server, make_workstation):
    ws, events = make_workstation(server.url)
    items = start_reviewing(ws, events)
    first = items[0].item_id
    ws.skip(first)
    assert first not in [i.item_id for i in ws.review_items()]
    assert ws.engine.leases.lease(first) is None
    with ApiClient(server.url) as other_session:
        other_session.login("moderator1", "demo")
        events.wait_for(lambda: first not in {lease.item_id for lease in other_session.leases().leases},
                        what="the lease released on the server")
    with pytest.raises(NotLeased):
        ws.skip(999999)


def test_a_refused_decision_becomes_a_conflict_and_work_goes_on(server, make_workstation, tmp_path):
    from moderator_app.sync.engine import SyncSettings

    ws, events = make_workstation(server.url, settings=SyncSettings(send_hold_s=0.5, idle_poll_s=0.2))
    items = start_reviewing(ws, events)
    victim, other = items[0], items[1]
    foreign = _someone_else_decides(server, victim.item_id)
    ws.record_decision(victim.item_id, "approve")
    ws.record_decision(other.item_id, "approve")
    [conflict] = events.wait_for(lambda: ws.conflicts(), what="a conflict")
    assert conflict.item_id == victim.item_id
    assert conflict.code in {"lease_expired", "lease_foreign", "item_decided"}
    assert conflict.action == "approve"
    events.wait_for(lambda: ws.status().outbox_count == 0, what="outbox drained")
    decided = {d.item_id: d.moderator for d in server_decisions(server)}
    assert decided[other.item_id] == "moderator1"
    assert decided.get(victim.item_id) == foreign


def _someone_else_decides(server, item_id: int) -> str:
    """Release our lease on ``item_id`` from another session, then moderator2 claims and decides it."""
    import uuid

    from moderator_app.core import schema
    from moderator_app.net.api_client import ApiClient

    with ApiClient(server.url) as ours:
        ours.login("moderator1", "demo")
        ours.release([item_id])
    with ApiClient(server.url) as theirs:
        theirs.login("moderator2", "demo")
        [lease] = [lease for lease in theirs.claim(QUEUE, 1) if lease.item_id == item_id]
        theirs.decide(
            schema.DecisionRequest(
                idempotency_key=uuid.uuid4(),
                item_id=item_id,
                lease_token=lease.lease_token,
                action=schema.Action.approve,
                time_spent_ms=1,
                listing_version=lease.listing_version,
            )
        )
    return "moderator2"


def test_decisions_that_break_the_queue_rules_are_refused_at_the_keypress(server, make_workstation):
    from moderator_app.sync.workstation import InvalidDecision

    ws, events = make_workstation(server.url)
    item = start_reviewing(ws, events, count=1)[0]
    events.wait_for(lambda: ws.queues(), what="queues cached")
    for kwargs in (
        {"action": "reject"},  # no reason
        {"action": "reject", "reason_codes": ["not_a_code"]},
        {"action": "escalate", "escalate_to": "nowhere"},
        {"action": "approve", "reason_codes": ["contact_details"]},
    ):
        with pytest.raises(InvalidDecision):
            ws.record_decision(item.item_id, **kwargs)
    with pytest.raises(ValueError):
        ws.record_decision(item.item_id, "approve", note="x" * 5000)  # over the API's note limit
    assert ws.status().outbox_count == 0
    assert item.item_id in [i.item_id for i in ws.review_items()]
