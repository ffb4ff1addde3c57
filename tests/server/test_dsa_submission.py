"""Submitting statements of reasons: batches, durable state, retries, refusals; the demo's
statements all pass the stand-in's validation."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from sqlalchemy import insert, select, update

from moderator_app.server import tables as t
from moderator_app.server.db import Database
from moderator_app.server.dsa.submission import Submitter, TokenRefused, Unavailable, backoff_seconds, export
from moderator_app.server.dsa.tdb_validation import validate
from moderator_app.server.migrate import upgrade
from moderator_app.server.seed import seed_dataset
from tests.conftest import build_test_dataset
from tests.server.dsa_helpers import TDB_TOKEN, RunningStandIn


@pytest.fixture
def standin():
    running = RunningStandIn()
    yield running
    running.stop()


def _statement(puid: str, **overrides) -> dict:
    body = {
        "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"],
        "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT",
        "incompatible_content_ground": "Terms of service 4.2",
        "incompatible_content_explanation": "Contact details in the listing.",
        "category": "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
        "content_type": ["CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_TEXT"],
        "territorial_scope": ["FR"],
        "content_date": "2026-11-01",
        "application_date": "2026-11-02",
        "decision_facts": "Reviewed by a moderator.",
        "source_type": "SOURCE_VOLUNTARY",
        "automated_detection": "No",
        "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED",
        "puid": puid,
    }
    body.update(overrides)
    return body


@pytest.fixture
def db(tmp_path):
    """A seeded database holding ``n`` past rejections with stored statements: ``db.add(n)``."""
    database = Database(str(tmp_path / "sor.sqlite3"))
    upgrade(database)
    seed_dataset(database, build_test_dataset(open_items=1))
    now = datetime(2026, 11, 2, 12, tzinfo=UTC)

    def add(bodies: list[dict]) -> None:
        with database.write() as conn:
            first_item = conn.execute(select(t.items.c.id).order_by(t.items.c.id.desc())).scalar() or 0
            for i, body in enumerate(bodies, start=1):
                item = first_item + i
                conn.execute(
                    insert(t.items).values(id=item, queue_id="new-fr", listing_id="P0001", listing_version=1,
                                           priority=0, enqueued_at=now, state="decided")
                )  # fmt: skip
                decision = conn.execute(
                    insert(t.decisions)
                    .values(
                        idempotency_key=f"k-{item}",
                        request_digest="0" * 64,
                        item_id=item,
                        queue_id="new-fr",
                        listing_id="P0001",
                        listing_version=1,
                        moderator_id=1,
                        moderator="moderator1",
                        action="reject",
                        reason_codes='["contact_details"]',
                        note="",
                        time_spent_ms=1,
                        flags_shown="[]",
                        decided_at=now + timedelta(minutes=i),
                        received_at=now,
                    )  # fmt: skip
                    .returning(t.decisions.c.id)
                ).scalar_one()
                conn.execute(
                    insert(t.statements).values(
                        decision_id=decision,
                        puid=body["puid"],
                        body=json.dumps(body),
                        seller_notice='{"language":"en","subject":"s","text":"t"}',
                        created_at=now,
                        state="pending",
                        attempts=0,
                    )  # fmt: skip
                )

    database.add = add
    yield database
    database.dispose()


def _states(db) -> dict[str, tuple[str, int, str | None]]:
    with db.read() as conn:
        rows = conn.execute(
            select(
                t.statements.c.puid, t.statements.c.state, t.statements.c.attempts, t.statements.c.last_error
            )
        )
        return {r.puid: (r.state, r.attempts, r.last_error) for r in rows}


def _run(db, standin, *, token: str = TDB_TOKEN, retry_rejected: bool = False, **kwargs):
    kwargs.setdefault("sleep", lambda _s: None)
    with Submitter(db, standin.url, token, **kwargs) as submitter:
        return submitter.run(retry_rejected=retry_rejected)


def test_batches_hold_at_most_the_batch_size_and_a_second_run_sends_nothing(db, standin):
    db.add([_statement(f"p-{i}") for i in range(7)])
    report = _run(db, standin, batch_size=3)
    assert report.submitted == 7 and report.batches == 3
    assert [c["count"] for c in standin.state.calls] == [3, 3, 1]
    assert all(c["authorization"] == f"Bearer {TDB_TOKEN}" for c in standin.state.calls)
    assert {state for state, _, _ in _states(db).values()} == {"submitted"}
    again = _run(db, standin)
    assert again.batches == 0 and len(standin.state.calls) == 3


def test_transient_failures_are_retried_with_backoff_and_recorded(db, standin):
    db.add([_statement("a"), _statement("b")])
    standin.state.fail_next(2, 503)
    waits: list[float] = []
    report = _run(db, standin, sleep=waits.append)
    assert waits == [1.0, 2.0]
    assert report.submitted == 2
    assert _states(db)["a"][:2] == ("submitted", 3)


def test_a_database_that_keeps_failing_leaves_everything_pending(db, standin):
    db.add([_statement("a")])
    standin.state.fail_next(10, 502)
    with pytest.raises(Unavailable):
        _run(db, standin, max_attempts=3)
    assert _states(db)["a"] == ("pending", 3, "HTTP 502")
    assert backoff_seconds(10) == 60.0 and backoff_seconds(1, "7") == 7.0


def test_an_existing_puid_counts_as_submitted_and_the_rest_of_the_batch_goes_through(db, standin):
    standin.state.stored["dup"] = {"puid": "dup"}  # accepted earlier: its answer was lost
    db.add([_statement("dup"), _statement("fresh")])
    report = _run(db, standin)
    assert (report.already, report.submitted) == (1, 1)
    assert {p: s for p, (s, _, _) in _states(db).items()} == {"dup": "submitted", "fresh": "submitted"}
    assert "fresh" in standin.state.stored


def test_an_invalid_statement_is_rejected_with_its_error_and_the_others_submitted(db, standin):
    db.add(
        [
            _statement("good"),
            _statement("bad", category="STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT"),
        ]
    )
    report = _run(db, standin)
    assert (report.submitted, report.rejected) == (1, 1)
    state, _, error = _states(db)["bad"]
    assert state == "rejected" and "category" in json.loads(error)
    assert _run(db, standin).batches == 0, "rejected statements wait for --retry-rejected"
    with db.write() as conn:
        fixed = json.dumps(_statement("bad"))
        conn.execute(update(t.statements).where(t.statements.c.puid == "bad").values(body=fixed))
    assert _run(db, standin, retry_rejected=True).submitted == 1


def test_a_refused_token_stops_the_run_and_keeps_the_statements_pending(db, standin):
    db.add([_statement("a")])
    with pytest.raises(TokenRefused):
        _run(db, standin, token="wrong")
    assert _states(db)["a"][0] == "pending"


def test_a_dropped_connection_is_retried(db, standin):
    db.add([_statement("a")])
    attempts = {"n": 0}
    real = httpx.HTTPTransport()

    def flaky(request: httpx.Request) -> httpx.Response:
        attempts["n"] += 1
        if attempts["n"] == 1:
            raise httpx.ConnectError("connection reset", request=request)
        return real.handle_request(request)

    report = _run(db, standin, transport=httpx.MockTransport(flaky))
    real.close()
    assert report.submitted == 1 and attempts["n"] == 2


def test_export_writes_one_statement_per_line_for_the_days_asked(db):
    db.add([_statement("x"), _statement("y")])
    out = io.StringIO()
    assert export(db, date(2026, 11, 2), date(2026, 11, 2), out) == 2
    assert [json.loads(line)["puid"] for line in out.getvalue().splitlines()] == ["x", "y"]
    assert export(db, date(2026, 11, 3), date(2026, 11, 4), io.StringIO()) == 0


def test_every_statement_of_the_demo_passes_the_stand_in(tmp_path, standin):
    """The demo's statements, all submitted in batches of at most 100, are all accepted."""
    from moderator_app.server.demo import build_demo_dataset
    from moderator_app.server.demo.history import seed_history
    from moderator_app.server.dsa.demo import seed_dsa_demo

    database = Database(str(tmp_path / "demo.sqlite3"))
    try:
        upgrade(database)
        seed_dataset(database, build_demo_dataset())
        seed_history(database)
        counts = seed_dsa_demo(database)
        assert counts["statements"] > 500 and counts["appeals_waiting"] > 0 and counts["appeals_reversed"] > 0
        out = io.StringIO()
        exported = export(database, date(2020, 1, 1), date(2037, 12, 31), out)
        bodies = [json.loads(line) for line in out.getvalue().splitlines()]
        assert exported == len(bodies) >= counts["statements"]
        assert [b["puid"] for b in bodies if validate(b)] == []
        report = _run(database, standin)
        assert report.submitted == exported and report.rejected == 0
        assert max(c["count"] for c in standin.state.calls) == 100
        with database.read() as conn:
            open_notices = (
                conn.execute(select(t.notices.c.notifier_kind).where(t.notices.c.state == "open"))
                .scalars()
                .all()
            )
            assert {"user", "trusted_flagger", "authority"} <= set(open_notices)
            unfounded = conn.execute(
                select(t.notices.c.id).where(t.notices.c.manifestly_unfounded.is_(True))
            ).all()
            assert len(unfounded) >= 3
    finally:
        database.dispose()
