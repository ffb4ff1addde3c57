"""Tamper evidence: `moderator-server verify-audit` catches an attacker who can write the database
but holds neither the audit key nor the checkpoints kept outside it.

The tamper matrix runs on SQLite and PostgreSQL. Each case starts from a desk with real activity
(decisions with flags, a blind audit, a dispute overturned, a golden item, bulk-seeded history),
exports a signed checkpoint, tampers the way the case says, and expects verify-audit to fail
naming what was changed. An untouched database verifies.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from api_helpers import claim, decision_body
from qa_helpers import create_golden, set_rule
from sqlalchemy import delete, insert, select, update

from moderator_app.server import tables as t
from moderator_app.server.audit import canonical_json, entry_hash, legacy_entry_hash
from moderator_app.server.audit_checkpoints import Checkpointer
from moderator_app.server.audit_key import AuditKey
from moderator_app.server.cli import main
from moderator_app.server.demo.history import HistoryAudit, HistoryDecision, write_history

FLAGS = [{"source": "local-text", "kind": "phone", "label": "phone", "field": "description"}]


def _activity(server) -> dict:
    """Decisions, a blind audit found wrong and overturned on dispute, a golden item, history."""
    with (
        server.client("lead1") as lead,
        server.client("moderator1") as mod,
        server.client("qa1") as qa,
    ):
        set_rule(lead, base_rate=1.0)
        leases = claim(mod, count=3)
        rejected = mod.post(
            "/v1/decisions", json=decision_body(leases[0], "reject", flags_shown=FLAGS)
        ).json()
        mod.post("/v1/decisions", json=decision_body(leases[1], "approve"))
        approved = mod.post("/v1/decisions", json=decision_body(leases[2], "approve")).json()
        sample = qa.post("/v1/qa/audits/claim", json={}).json()["sample_id"]
        qa.post(f"/v1/qa/audits/{sample}/blind", json={"action": "approve"})
        audit = qa.post(
            f"/v1/qa/audits/{sample}/verdict", json={"severity": "major", "comment": "Nothing wrong here."}
        ).json()
        dispute = mod.post(
            f"/v1/audits/{audit['audit_id']}/disputes", json={"reason": "The phone was visible."}
        )
        settled = lead.post(
            f"/v1/disputes/{dispute.json()['dispute_id']}/settle",
            json={"outcome": "upheld", "comment": "Agreed."},
        )
        assert settled.status_code == 200, settled.text
        set_rule(lead)  # sample nothing more
        golden = create_golden(lead, "L0011", "approve")
        lease = claim(mod)[0]
        assert lease["item_id"] == golden["item_id"]
        mod.post("/v1/decisions", json=decision_body(lease, "reject"))
    now = datetime.now(UTC)
    pairs = [
        (
            HistoryDecision("moderator2", "new-fr", "L0001", "reject", now - timedelta(days=3), 4000,
                            now - timedelta(days=3, hours=1), ("counterfeit",)),
            HistoryAudit(False, "approve", now - timedelta(days=2), "qa1", severity="minor", dispute="open"),
        ),
        (HistoryDecision("moderator2", "new-fr", "L0002", "approve", now - timedelta(days=3), 3000,
                         now - timedelta(days=3, hours=1)), None),
    ]  # fmt: skip
    with server.db.write() as conn:
        write_history(conn, server.db.audit_key, pairs, now=now)
    with server.db.read() as conn:
        history = (
            conn.execute(
                select(t.decisions.c.id)
                .where(t.decisions.c.moderator == "moderator2")
                .order_by(t.decisions.c.id)
            )
            .scalars()
            .all()
        )
    return {
        "rejected": rejected["decision_id"],
        "approved": approved["decision_id"],
        "audit": audit["audit_id"],
        "history": history,
    }


def _checkpoint(server, path: Path) -> None:
    with server.db.read() as conn:
        Checkpointer(server.db.audit_key, path).checkpoint(conn, datetime.now(UTC), force=True)


def _verify(server, checkpoints: Path, capsys) -> tuple[int, str]:
    code = main(["verify-audit", "--database", server.database_url, "--checkpoints", str(checkpoints)])
    return code, capsys.readouterr().out


@pytest.fixture
def desk(any_server, tmp_path):
    facts = _activity(any_server)
    points = tmp_path / "checkpoints.jsonl"
    _checkpoint(any_server, points)
    return any_server, points, facts


def test_an_untouched_desk_verifies(desk, capsys):
    server, points, _ = desk
    code, out = _verify(server, points, capsys)
    assert code == 0, out
    assert "audit log OK" in out and "checked against 1 checkpoint" in out
    assert "6 decisions, 3 audits, 2 disputes checked" in out


def _rehash_all(conn, seal) -> None:
    """What an attacker with database access does after an edit: recompute every link."""
    previous = "0" * 64
    rows = conn.execute(select(t.audit_log).order_by(t.audit_log.c.seq)).all()
    for row in rows:
        digest = seal(row.seq, row.at, row.actor, row.kind, row.payload, previous)
        conn.execute(
            update(t.audit_log).where(t.audit_log.c.seq == row.seq).values(prev_hash=previous, hash=digest)
        )
        previous = digest
    conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(hash=previous))


def _edit_decision_entry(conn, decision_id: int) -> None:
    row = conn.execute(
        select(t.audit_log.c.seq, t.audit_log.c.payload).where(t.audit_log.c.kind == "decision")
    ).all()
    seq, payload = next((s, p) for s, p in row if json.loads(p)["decision_id"] == decision_id)
    forged = json.loads(payload)
    forged["action"], forged["reason_codes"] = "approve", []
    conn.execute(update(t.audit_log).where(t.audit_log.c.seq == seq).values(payload=canonical_json(forged)))
    conn.execute(
        update(t.decisions).where(t.decisions.c.id == decision_id).values(action="approve", reason_codes="[]")
    )
    conn.execute(delete(t.decision_reasons).where(t.decision_reasons.c.decision_id == decision_id))


def test_recompute_all_hashes_without_the_key(desk, capsys):
    """The log and the decision both rewritten, every hash recomputed: plain sha256 does not pass."""
    server, points, facts = desk
    with server.db.write() as conn:
        _edit_decision_entry(conn, facts["rejected"])
        _rehash_all(conn, legacy_entry_hash)
    code, out = _verify(server, points, capsys)
    assert code == 1
    assert "BROKEN at entry 1" in out and "under the audit key" in out


def test_recompute_all_hashes_with_a_guessed_key(desk, capsys):
    server, points, facts = desk
    guess = AuditKey(b"\x00" * 32)
    with server.db.write() as conn:
        _edit_decision_entry(conn, facts["rejected"])
        _rehash_all(conn, lambda *entry: entry_hash(guess, *entry))
    code, out = _verify(server, points, capsys)
    assert code == 1 and "BROKEN at entry 1" in out


def test_truncate_and_move_the_head_back(desk, capsys):
    """Cut the tail (say, the last decisions) and move the head: the chain itself still links."""
    server, points, _ = desk
    with server.db.write() as conn:
        head = conn.execute(select(t.audit_head.c.seq)).scalar_one()
        keep = head - 3
        conn.execute(delete(t.audit_log).where(t.audit_log.c.seq > keep))
        last = conn.execute(select(t.audit_log.c.hash).where(t.audit_log.c.seq == keep)).scalar_one()
        conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(seq=keep, hash=last))
    code, out = _verify(server, points, capsys)
    assert code == 1
    assert f"saw entry {head}" in out and "entries were cut" in out


def test_change_a_decision(desk, capsys):
    """approve instead of reject in the decisions table (its reason rows removed to match)."""
    server, points, facts = desk
    with server.db.write() as conn:
        conn.execute(
            update(t.decisions)
            .where(t.decisions.c.id == facts["rejected"])
            .values(action="approve", reason_codes="[]")
        )
        conn.execute(delete(t.decision_reasons).where(t.decision_reasons.c.decision_id == facts["rejected"]))
    code, out = _verify(server, points, capsys)
    assert code == 1
    assert f"decision {facts['rejected']} differs from its entry" in out
    assert "action" in out and "reason_codes" in out


def test_backdate_a_decision(desk, capsys):
    server, points, facts = desk
    with server.db.write() as conn:
        conn.execute(
            update(t.decisions)
            .where(t.decisions.c.id == facts["rejected"])
            .values(decided_at=datetime.now(UTC) - timedelta(days=40))
        )
    code, out = _verify(server, points, capsys)
    assert code == 1 and "decided_at" in out


def test_delete_a_decision(desk, capsys):
    server, points, facts = desk
    victim = facts["approved"]
    with server.db.write() as conn:
        conn.execute(delete(t.qa_samples).where(t.qa_samples.c.decision_id == victim))
        conn.execute(delete(t.decisions).where(t.decisions.c.id == victim))
    code, out = _verify(server, points, capsys)
    assert code == 1 and f"records decision {victim}, which is gone" in out


def test_insert_a_decision_without_an_entry(desk, capsys):
    server, points, _ = desk
    with server.db.write() as conn:
        item = conn.execute(select(t.items.c.id).where(t.items.c.state == "open").limit(1)).scalar_one()
        forged = conn.execute(
            insert(t.decisions)
            .values(
                idempotency_key="00000000-0000-4000-8000-00000000f00d", request_digest="0" * 64, item_id=item,
                queue_id="new-fr", listing_id="L0003", listing_version=1, moderator_id=1, moderator="moderator1",
                action="approve", reason_codes="[]", note="", time_spent_ms=1, flags_shown="[]",
                decided_at=datetime.now(UTC), received_at=datetime.now(UTC), category="home",
            )
            .returning(t.decisions.c.id)
        ).scalar_one()  # fmt: skip
    code, out = _verify(server, points, capsys)
    assert code == 1 and f"decision {forged} has no audit-log entry" in out


def test_clear_an_error_behind_the_log(desk, capsys):
    """The error the auditor found flipped off, as if a dispute had overturned it."""
    server, points, facts = desk
    with server.db.write() as conn:
        conn.execute(update(t.audits).where(t.audits.c.id == facts["audit"]).values(is_error=False))
    code, out = _verify(server, points, capsys)
    assert code == 1 and f"audit {facts['audit']}: is_error is False" in out


def test_soften_a_verdict(desk, capsys):
    server, points, facts = desk
    with server.db.write() as conn:
        conn.execute(update(t.audits).where(t.audits.c.id == facts["audit"]).values(severity="minor"))
    code, out = _verify(server, points, capsys)
    assert code == 1 and f"audit {facts['audit']} differs from its entry" in out and "severity" in out


def test_overturn_a_dispute_in_the_table(desk, capsys):
    server, points, facts = desk
    with server.db.write() as conn:
        conn.execute(
            update(t.disputes).where(t.disputes.c.audit_id == facts["audit"]).values(state="overturned")
        )
        conn.execute(update(t.audits).where(t.audits.c.id == facts["audit"]).values(is_error=False))
    code, out = _verify(server, points, capsys)
    assert code == 1 and "its settlement differs from entry" in out


def test_change_a_seeded_history_decision(desk, capsys):
    server, points, facts = desk
    with server.db.write() as conn:
        conn.execute(
            update(t.decisions).where(t.decisions.c.id == facts["history"][1]).values(time_spent_ms=1)
        )
    code, out = _verify(server, points, capsys)
    assert code == 1 and "the decisions rows covered by entry" in out and "were changed" in out


def test_move_a_reason_row(desk, capsys):
    """The metrics group by the reason rows: moving one would move an error between reasons."""
    server, points, facts = desk
    with server.db.write() as conn:
        conn.execute(
            update(t.decision_reasons)
            .where(t.decision_reasons.c.decision_id == facts["rejected"])
            .values(reason_code="counterfeit")
        )
    code, out = _verify(server, points, capsys)
    assert code == 1 and "reason rows differ" in out


def test_delete_a_middle_entry(desk, capsys):
    server, points, _ = desk
    with server.db.write() as conn:
        conn.execute(delete(t.audit_log).where(t.audit_log.c.seq == 3))
    code, out = _verify(server, points, capsys)
    assert code == 1 and "entry 3 is missing" in out


def test_forge_a_checkpoint(desk, capsys):
    server, points, _ = desk
    record = json.loads(points.read_text().splitlines()[0])
    record["seq"] -= 5  # claim the log was shorter, to cover a later cut
    points.write_text(canonical_json(record) + "\n")
    code, out = _verify(server, points, capsys)
    assert code == 1 and "not signed with the audit key" in out


def test_roll_back_to_an_old_copy(live_server, tmp_path, capsys):
    """A whole database restored from an older copy: consistent in itself, but behind the checkpoints."""
    _activity(live_server)
    points = tmp_path / "checkpoints.jsonl"
    _checkpoint(live_server, points)
    live_server.stop()
    old = tmp_path / "old.sqlite3"
    src, dst = sqlite3.connect(live_server.database_url), sqlite3.connect(old)
    src.backup(dst)
    src.close()
    dst.close()
    live_server.start()
    with live_server.client("moderator1") as mod:
        for lease in claim(mod, count=2):
            mod.post("/v1/decisions", json=decision_body(lease, "approve"))
    _checkpoint(live_server, points)
    live_server.stop()
    shutil.copyfile(old, live_server.database_url)
    for suffix in ("-wal", "-shm"):
        Path(live_server.database_url + suffix).unlink(missing_ok=True)
    code, out = _verify(live_server, points, capsys)
    assert code == 1 and "rolled back" in out


def test_the_server_refuses_another_key(live_server, tmp_path):
    from moderator_app.server.app import create_app
    from moderator_app.server.audit_seal import AuditChainError

    with pytest.raises(AuditChainError, match="not the one this database's audit log is sealed with"):
        create_app(live_server.database_url, audit_key=AuditKey(b"\x01" * 32, "the wrong file"))


def test_verify_audit_without_checkpoints_says_what_it_cannot_see(live_server, capsys):
    _activity(live_server)
    assert main(["verify-audit", "--database", live_server.database_url]) == 0
    assert "a cut tail or a rolled-back database cannot be detected" in capsys.readouterr().out


def test_checkpoints_go_to_the_file_and_the_log(live_server, tmp_path, caplog):
    points = tmp_path / "cp.jsonl"
    with caplog.at_level("INFO", logger="moderator_app.audit_checkpoint"):
        _checkpoint(live_server, points)
    line = points.read_text().strip()
    assert json.loads(line)["seq"] >= 1
    assert f"audit-checkpoint {line}" in caplog.text


def test_admin_actions_are_audited(live_server):
    with live_server.client("admin1") as admin:
        created = admin.post(
            "/v1/admin/users",
            json={
                "username": "moderator9",
                "display_name": "Nine",
                "role": "moderator",
                "password": "s3cret!",
            },
        )
        assert created.status_code == 201
        entries = admin.get("/v1/audit-log").json()
    assert entries[-1]["kind"] == "admin.user_created"
    assert entries[-1]["actor"] == "admin1"
    assert "s3cret" not in json.dumps(entries)
