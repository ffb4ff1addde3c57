"""Exposure-aware wellness over the real server: what counts, shifts and breaks, budgets, claims
routed away from sensitive listings (SQLite and PostgreSQL), the leads' view, team settings."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import pytest
from api_helpers import assert_problem
from cluster_helpers import item_ids, ring_dataset


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def desk(request, server_factory, make_test_dataset):
    dataset = ring_dataset(make_test_dataset())
    if request.param == "postgres":
        return server_factory(dataset, database_url=request.getfixturevalue("pg_url"))
    return server_factory(dataset)


def _now(server) -> datetime:
    return server.clock()


def _reveal(server, image_id: str, flags=(), seconds_ago: float = 1) -> dict:
    return {
        "event_id": str(uuid.uuid4()),
        "kind": "reveal",
        "at": (_now(server) - timedelta(seconds=seconds_ago)).isoformat(),
        "image_id": image_id,
        "flags": list(flags),
    }


def _view(server, item_id: int, minutes: float, flags=()) -> dict:
    return {
        "event_id": str(uuid.uuid4()),
        "kind": "view",
        "at": _now(server).isoformat(),
        "item_id": item_id,
        "duration_ms": int(minutes * 60_000),
        "flags": list(flags),
    }


NUDITY = {"source": "local-image", "kind": "nudity", "label": "Possible nudity", "score": 0.91}


def _set_wellness(server, **changes) -> dict:
    with server.client("lead1") as lead:
        teams = lead.get("/v1/teams").json()
        default = next(team for team in teams if team["team_id"] == "default")
        answer = lead.put("/v1/teams/default/wellness", json={**default["wellness"], **changes})
        assert answer.status_code == 200, answer.text
        return answer.json()["wellness"]


def test_only_sensitive_content_counts_and_each_event_counts_once(desk):
    ids = item_ids(desk)
    with desk.client("moderator1") as client:
        flagged = _view(desk, ids["CW2"], 3)  # a server flag: adult_content 0.93
        plain = _view(desk, ids["FM1"], 5)  # nothing sensitive: work, not exposure
        reveal = _reveal(desk, "img-own3", [NUDITY])  # the desk's own image flag
        weak = _reveal(desk, "img-own4", [{**NUDITY, "score": 0.2}])
        first = client.post("/v1/me/exposure", json={"events": [flagged, plain, reveal, weak]})
        assert first.status_code == 200, first.text
        again = client.post("/v1/me/exposure", json={"events": [flagged, reveal]}).json()
    body = first.json()
    assert body["receipt"] == {"accepted": 2, "duplicates": 0, "not_sensitive": 2, "rejected": []}
    assert again["receipt"]["duplicates"] == 2, again["receipt"]
    assert body["shift"]["sensitive_minutes"] == 3.0 and body["shift"]["sensitive_photos"] == 1
    assert body["day"]["nudity_photos"] == 1 and body["day"]["violence_photos"] == 0
    assert again["day"]["sensitive_minutes"] == 3.0  # the retry counted nothing


def test_events_in_the_future_or_a_week_old_are_refused_with_a_reason(desk):
    with desk.client("moderator1") as client:
        future = _reveal(desk, "img-own3", [NUDITY], seconds_ago=-3600)
        old = _reveal(desk, "img-own3", [NUDITY], seconds_ago=8 * 86400)
        receipt = client.post("/v1/me/exposure", json={"events": [future, old]}).json()["receipt"]
    assert len(receipt["rejected"]) == 2 and "future" in receipt["rejected"][0]


def test_a_pause_is_a_break_a_long_one_ends_the_shift(desk):
    _set_wellness(desk, break_interval_minutes=60, break_minutes=10, shift_gap_minutes=180)
    desk.clock.freeze()
    with desk.client("moderator1") as client:
        start = client.post("/v1/me/exposure", json={}).json()
        for _ in range(70):  # seventy minutes of work, a report a minute
            desk.clock.advance(60)
            status = client.post("/v1/me/exposure", json={}).json()
        assert status["breaks"]["due"] is True and status["level"] == "reminder"
        assert status["shift"]["active_minutes"] == 70.0
        desk.clock.advance(12 * 60)  # a twelve-minute pause
        rested = client.post("/v1/me/exposure", json={}).json()
        assert rested["breaks"]["due"] is False and rested["breaks"]["minutes_since_break"] == 0
        assert rested["shift"]["shift_id"] == start["shift"]["shift_id"]
        desk.clock.advance(4 * 3600)  # home and back
        next_day = client.post("/v1/me/exposure", json={}).json()
    assert next_day["shift"]["shift_id"] != start["shift"]["shift_id"]


def test_a_spent_budget_routes_claims_to_listings_without_sensitive_flags(desk):
    ids = item_ids(desk)
    _set_wellness(desk, shift_budget_photos=2, reminder_share=0.5)
    with desk.client("moderator1") as client:
        # img-red is on a past listing only: it makes no open listing sensitive.
        one = client.post("/v1/me/exposure", json={"events": [_reveal(desk, "img-red", [NUDITY])]}).json()
        assert one["level"] == "reminder" and one["routed"] is False
        # The desk's screening found img-ring sensitive: the three listings that show it are now sensitive.
        two = client.post("/v1/me/exposure", json={"events": [_reveal(desk, "img-ring", [NUDITY])]}).json()
        assert two["level"] == "reached" and two["routed"] is True
        sensitive = {ids["CW2"], ids["PR1"], ids["PR3"]}
        others = len(ids) - len(sensitive)
        first = client.post("/v1/queues/new-fr/claim", json={"count": others}).json()["leases"]
        assert len(first) == others and not sensitive & {lease["item_id"] for lease in first}
        rest = client.post("/v1/queues/new-fr/claim", json={"count": 10}).json()["leases"]
        assert {lease["item_id"] for lease in rest} == sensitive  # served when nothing else was left
    with desk.client("moderator2") as other:  # not routed: sensitive listings come in queue order
        status = other.get("/v1/me/exposure").json()
        assert status["routed"] is False


def test_a_team_can_hold_sensitive_listings_back_entirely(desk):
    ids = item_ids(desk)
    _set_wellness(desk, shift_budget_photos=1, serve_when_only_sensitive=False)
    with desk.client("moderator1") as client:
        client.post("/v1/me/exposure", json={"events": [_reveal(desk, "img-ring", [NUDITY])]})
        got = {lease["item_id"] for lease in client.post("/v1/queues/new-fr/claim", json={"count": 50}).json()["leases"]}
    assert got and not got & {ids["CW2"], ids["PR1"], ids["PR3"]}


def test_leads_see_exposure_per_moderator_never_the_photos(desk):
    ids = item_ids(desk)
    with desk.client("moderator1") as client:
        client.post("/v1/me/exposure", json={"events": [_view(desk, ids["CW2"], 12), _reveal(desk, "img-own3", [NUDITY])]})
    with desk.client("lead1") as lead:
        now = lead.get("/v1/wellness/exposure").json()
        today = _now(desk).date().isoformat()
        history = lead.get("/v1/wellness/exposure/history", params={"from": today, "to": today}).json()
    row = next(r for r in now["rows"] if r["username"] == "moderator1")
    assert row["day"]["sensitive_minutes"] == 12.0 and row["day"]["sensitive_photos"] == 1
    assert "img-own3" not in str(now) and "img-own3" not in str(history)
    assert history["rows"] == [
        {
            "username": "moderator1",
            "team_id": "default",
            "day": today,
            "sensitive_minutes": 12.0,
            "sensitive_photos": 1,
            "nudity_photos": 1,
            "violence_photos": 0,
            "budget_minutes": 300,
            "budget_photos": None,
            "share": 0.04,
            "reached": False,
        }
    ]
    with desk.client("moderator1") as client:
        assert_problem(client.get("/v1/wellness/exposure"), 403)


def test_teams_hold_their_own_settings(desk):
    with desk.client("lead1") as lead:
        assert lead.put("/v1/teams/night", json={"name": "Night desk"}).status_code == 200
        moved = lead.put("/v1/teams/night/members", json={"usernames": ["moderator2"]}).json()
        assert moved["members"] == ["moderator2"]
        assert_problem(lead.put("/v1/teams/night/members", json={"usernames": ["nobody"]}), 422, "unknown_user")
        night = lead.put(
            "/v1/teams/night/wellness", json={"day_budget_minutes": 60, "timezone": "Europe/Paris"}
        ).json()
        assert night["wellness"]["day_budget_minutes"] == 60
        assert_problem(lead.put("/v1/teams/night/wellness", json={"timezone": "Mars/Olympus"}), 422)
    with desk.client("moderator2") as client:
        status = client.get("/v1/me/exposure").json()
    assert status["team_id"] == "night" and status["day"]["budget_minutes"] == 60
