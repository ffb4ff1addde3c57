"""The synthetic history for the demo and the benchmark: deterministic, decided items only,
audit chain intact, and the dashboard's figures come out of it on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api_helpers import claim, decision_body
from sqlalchemy import func, select

from moderator_app.server import tables as t
from moderator_app.server.cli import main as server_main
from moderator_app.server.demo.history import generate_history, seed_history

NOW = datetime(2026, 3, 20, 15, 30, tzinfo=UTC)


def _count(conn, table, *where) -> int:
    return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def test_the_same_seed_gives_the_same_history(live_server):
    with live_server.db.read() as conn:
        first = list(generate_history(conn, now=NOW, weeks=2, decisions=200, audits=20, seed=3))
        again = list(generate_history(conn, now=NOW, weeks=2, decisions=200, audits=20, seed=3))
        other = list(generate_history(conn, now=NOW, weeks=2, decisions=200, audits=20, seed=4))
    assert first == again
    assert first != other
    assert len(first) == 200
    assert sum(audit is not None for _, audit in first) == 20
    assert all(NOW - timedelta(weeks=2, days=1) < d.decided_at < NOW for d, _ in first)
    assert all(d.enqueued_at <= d.decided_at - timedelta(milliseconds=d.time_spent_ms) for d, _ in first)


def test_history_adds_decided_items_only_and_keeps_the_chain_valid(any_server):
    db = any_server.db
    with db.read() as conn:
        open_before = _count(conn, t.items, t.items.c.state == "open")
        log_before = _count(conn, t.audit_log)
    counts = seed_history(db, weeks=3, decisions=600, audits=60, now=NOW, waiting_samples=5)
    assert counts["decisions"] == 600 and counts["audits"] == 60 and counts["qa_samples"] == 5
    with db.read() as conn:
        assert _count(conn, t.items, t.items.c.state == "open") == open_before
        assert _count(conn, t.items, t.items.c.state == "decided") == 600
        assert _count(conn, t.decisions) == 600
        assert _count(conn, t.audits) == 60
        assert _count(conn, t.audits, t.audits.c.is_error.is_(True)) == counts["errors"]
        # The newest unaudited decisions wait for the auditor, nothing else.
        assert _count(conn, t.qa_samples, t.qa_samples.c.state == "open") == 5
        waiting = set(conn.execute(select(t.qa_samples.c.decision_id)).scalars())
        audited = set(conn.execute(select(t.audits.c.decision_id)).scalars())
        assert not waiting & audited
        assert _count(conn, t.audit_log) == log_before + 1
        reasons = _count(conn, t.decision_reasons)
        rejected = _count(conn, t.decisions, t.decisions.c.action == "reject")
        assert reasons >= rejected > 0
    assert server_main(["verify-audit", "--database", any_server.database_url]) == 0
    with any_server.client("qa1") as client:
        task = client.post("/v1/qa/audits/claim", json={})
        assert task.status_code == 200, task.text

    # The ids continue from the history: a live decision after it still gets a fresh id.
    with any_server.client("moderator1") as client:
        lease = claim(client)[0]
        response = client.post("/v1/decisions", json=decision_body(lease, "approve"))
        assert response.status_code == 200, response.text
        assert response.json()["decision_id"] == 601

    first, last = (NOW - timedelta(weeks=3)).date(), NOW.date()
    with any_server.client("lead1") as client:
        params = {"from": first.isoformat(), "to": last.isoformat()}
        rows = client.get("/v1/metrics/error-rates", params={**params, "group_by": "moderator"}).json()
        assert sum(r["decisions"] for r in rows) == 600
        assert sum(r["audited"] for r in rows) == 60
        moderators = client.get("/v1/metrics/moderators", params=params).json()
        assert all(m["active_hours"] > 0 for m in moderators)
