"""The audit log is hash-chained: `moderator-server verify-audit` finds the first altered row."""

from __future__ import annotations

import json
import sqlite3

from api_helpers import claim, decision_body
from sqlalchemy import text

from moderator_app.server.cli import main


def _decide_some(server, n: int = 3) -> None:
    with server.client("moderator1") as client:
        for lease in claim(client, count=n):
            assert client.post("/v1/decisions", json=decision_body(lease, "reject")).status_code == 200


def test_intact_log_verifies_and_an_altered_actor_breaks_it(any_server, capsys):
    _decide_some(any_server)
    assert main(["verify-audit", "--database", any_server.database_url]) == 0
    assert "OK: 4 entries" in capsys.readouterr().out

    with any_server.db.write() as conn:
        conn.execute(text("UPDATE audit_log SET actor = 'moderator2' WHERE seq = 2"))
    assert main(["verify-audit", "--database", any_server.database_url]) == 1
    assert "BROKEN at entry 2" in capsys.readouterr().out


def test_altering_one_stored_row_is_detected(live_server, capsys):
    _decide_some(live_server)
    live_server.stop()
    with sqlite3.connect(live_server.database_url) as conn:
        payload = json.loads(conn.execute("SELECT payload FROM audit_log WHERE seq = 3").fetchone()[0])
        payload["action"] = "approve"
        conn.execute("UPDATE audit_log SET payload = ? WHERE seq = 3", (json.dumps(payload),))
    conn.close()

    assert main(["verify-audit", "--database", live_server.database_url]) == 1
    out = capsys.readouterr().out
    assert "BROKEN at entry 3" in out and "hash does not match" in out


def test_deleting_a_row_is_detected(live_server, capsys):
    _decide_some(live_server)
    live_server.stop()
    with sqlite3.connect(live_server.database_url) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq = 2")
    conn.close()
    assert main(["verify-audit", "--database", live_server.database_url]) == 1
    assert "BROKEN at entry 2" in capsys.readouterr().out


def test_recomputing_one_hash_still_breaks_the_next_link(live_server, capsys):
    from moderator_app.server.audit import canonical_json, entry_hash

    _decide_some(live_server)
    live_server.stop()
    with sqlite3.connect(live_server.database_url) as conn:
        seq, at, actor, kind, payload, prev = conn.execute(
            "SELECT seq, at, actor, kind, payload, prev_hash FROM audit_log WHERE seq = 2"
        ).fetchone()
        forged = json.loads(payload)
        forged["reason_codes"] = ["counterfeit"]
        forged_text = canonical_json(forged)
        conn.execute(
            "UPDATE audit_log SET payload = ?, hash = ? WHERE seq = 2",
            (forged_text, entry_hash(seq, at, actor, kind, forged_text, prev)),
        )
    conn.close()
    assert main(["verify-audit", "--database", live_server.database_url]) == 1
    assert "BROKEN at entry 3" in capsys.readouterr().out


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
