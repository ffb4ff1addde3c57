"""A decision's time cannot be moved: decided_at lies between the lease's claim and the server's
receipt (with a clock allowance), and the SLA and weekly figures count the receipt time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api_helpers import assert_problem, claim, decision_body
from qa_helpers import fresh_client

from moderator_app.core.decision_rules import DECIDED_AT_ALLOWANCE_S


def _iso(at: datetime) -> str:
    return at.isoformat()


def test_a_decision_dated_weeks_back_is_refused(any_server):
    """Seen: a decision made today accepted as made 7 weeks ago, within SLA and in a closed week."""
    with any_server.client("moderator1") as client:
        lease = claim(client)[0]
        back = any_server.clock() - timedelta(weeks=7)
        response = client.post("/v1/decisions", json=decision_body(lease, decided_at=_iso(back)))
    body = assert_problem(response, 422, "decided_at_out_of_range")
    assert body["errors"][0]["loc"] == "body.decided_at"


def test_a_decision_dated_months_ahead_is_refused(any_server):
    with any_server.client("moderator1") as client:
        lease = claim(client)[0]
        ahead = any_server.clock() + timedelta(days=180)
        response = client.post("/v1/decisions", json=decision_body(lease, decided_at=_iso(ahead)))
    assert_problem(response, 422, "decided_at_out_of_range")


def test_offline_work_inside_the_lease_is_kept_as_dated(live_server):
    """Claimed, decided offline four minutes later, sent two minutes after that: kept as decided."""
    with live_server.client("moderator1") as client:
        lease = claim(client)[0]
        claimed = live_server.clock()
        live_server.clock.advance(360)
        decided = claimed + timedelta(minutes=4)
        response = client.post("/v1/decisions", json=decision_body(lease, decided_at=_iso(decided)))
    assert response.status_code == 200, response.text
    assert datetime.fromisoformat(response.json()["decided_at"]) == decided


def test_the_clock_allowance_holds_at_both_ends(live_server):
    allowance = timedelta(seconds=DECIDED_AT_ALLOWANCE_S)
    with live_server.client("moderator1") as client:
        first, second, third = claim(client, count=3)
        claimed = live_server.clock()
        slow_desk = claimed - allowance + timedelta(seconds=5)  # a desk clock a bit behind
        fast_desk = live_server.clock() + allowance - timedelta(seconds=5)
        assert (
            client.post("/v1/decisions", json=decision_body(first, decided_at=_iso(slow_desk))).status_code
            == 200
        )
        assert (
            client.post("/v1/decisions", json=decision_body(second, decided_at=_iso(fast_desk))).status_code
            == 200
        )
        too_early = claimed - allowance - timedelta(seconds=30)
        assert_problem(
            client.post("/v1/decisions", json=decision_body(third, decided_at=_iso(too_early))),
            422,
            "decided_at_out_of_range",
        )


def test_sla_counts_the_receipt_not_the_claimed_time(server_factory):
    """An item enqueued now, held for three hours and sent dated one minute after its claim: the
    SLA (Reported: 1 h) sees three hours."""
    server = server_factory(lease_seconds=6 * 3600)
    with server.client("admin1") as admin:
        created = admin.post(
            "/v1/admin/listings",
            json={
                "id": "SLA-1", "seller_id": "S1", "title": "Lampe", "description": "Bon état",
                "category": "home", "country": "FR", "queue_id": "reported",
            },
        )  # fmt: skip
        assert created.status_code == 200, created.text
    with server.client("moderator1") as client:
        lease = claim(client, queue="reported")[0]
        claimed = server.clock()
        server.clock.advance(3 * 3600)
        dated = claimed + timedelta(minutes=1)
        # Within the lease, and the allowance: accepted as the desk's time of decision…
        response = client.post("/v1/decisions", json=decision_body(lease, decided_at=_iso(dated)))
        assert response.status_code == 200, response.text
    today = server.clock().date().isoformat()
    with server.client("lead1") as lead:
        reported = next(
            q
            for q in lead.get("/v1/metrics/sla", params={"from": today, "to": today}).json()
            if q["queue_id"] == "reported"
        )
    # … but the SLA is measured to the server's receipt.
    assert (reported["handled"], reported["within_sla"]) == (1, 0)


def test_weekly_figures_count_the_week_the_decision_arrived(server_factory):
    """A lease held across a week boundary, the decision dated in the closed week: it counts in the
    week the server received it, so a closed week never changes."""
    server = server_factory(lease_seconds=30 * 24 * 3600)
    now = server.clock()
    to_next_monday = (7 - now.weekday()) * 24 * 3600 - (
        now - now.replace(hour=0, minute=0, second=0, microsecond=0)
    ).total_seconds()
    with server.client("moderator1") as client:
        lease = claim(client)[0]
    claimed = server.clock()
    server.clock.advance(to_next_monday + 3600)  # Monday 01:00 of the next week
    dated = claimed + timedelta(seconds=30)  # in the closed week
    with fresh_client(server, "moderator1") as client:  # the old token expired meanwhile
        response = client.post("/v1/decisions", json=decision_body(lease, decided_at=_iso(dated)))
        assert response.status_code == 200, response.text
    received = server.clock()
    first = (claimed - timedelta(days=7)).date().isoformat()
    last = received.date().isoformat()
    with fresh_client(server, "lead1") as lead:
        weeks = lead.get("/v1/metrics/trends", params={"from": first, "to": last, "period": "week"}).json()
    counted = {w["period_start"]: w["decisions"] for w in weeks if w["decisions"]}
    monday = (received.date() - timedelta(days=received.weekday())).isoformat()
    assert counted == {monday: 1}
    assert datetime.fromisoformat(response.json()["decided_at"]).astimezone(UTC) < datetime.fromisoformat(
        monday + "T00:00:00+00:00"
    )
