"""Calibration sets: independent answers, once each, and a report computed with core.metrics."""

from __future__ import annotations

import pytest
from api_helpers import assert_problem
from qa_helpers import audit_log_kinds

from moderator_app.core import metrics

REVIEWERS = ["moderator1", "moderator2", "qa1"]
# listing -> the action of each reviewer (in REVIEWERS order): a hand-made example.
ANSWERS = {
    "L0001": ["approve", "approve", "approve"],
    "L0002": ["approve", "reject", "reject"],
    "L0003": ["reject", "reject", "escalate"],
    "L0004": ["approve", "reject", "escalate"],
}


def _answer(client, set_id: int, listing_id: str, action: str):
    codes = ["contact_details"] if action == "reject" else []
    return client.post(
        f"/v1/calibrations/{set_id}/answers",
        json={"listing_id": listing_id, "action": action, "reason_codes": codes},
    )


def test_calibration_flow_and_report(any_server):
    with any_server.client("lead1") as lead, any_server.client("admin1") as admin:
        created = lead.post(
            "/v1/calibrations",
            json={
                "name": "November",
                "items": [{"listing_id": lid} for lid in ANSWERS],
                "reviewers": REVIEWERS,
            },
        )
        assert created.status_code == 201, created.text
        cal = created.json()
        assert (cal["items"], cal["reviewers"], cal["answered"], cal["my_remaining"]) == (
            4,
            REVIEWERS,
            0,
            None,
        )
        set_id = cal["set_id"]

        for index, name in enumerate(REVIEWERS):
            with any_server.client(name) as reviewer:
                assert reviewer.get("/v1/calibrations").json()[0]["my_remaining"] == 4
                positions = []
                while (response := reviewer.get(f"/v1/calibrations/{set_id}/next")).status_code == 200:
                    task = response.json()
                    positions.append(task["position"])
                    assert task["total"] == 4 and task["listing"]["version"] == 1
                    lid = task["listing"]["id"]
                    assert _answer(reviewer, set_id, lid, ANSWERS[lid][index]).status_code == 204
                assert response.status_code == 204
                assert positions == [1, 2, 3, 4]
                assert_problem(_answer(reviewer, set_id, "L0001", "approve"), 409, "already_answered")
                assert reviewer.get("/v1/calibrations").json()[0]["my_remaining"] == 0

        assert lead.get("/v1/calibrations").json()[0]["answered"] == 12
        report = lead.get(f"/v1/calibrations/{set_id}/report").json()
        assert audit_log_kinds(admin).count("qa.calibration_answered") == 12

    # Hand-computed: per-item pairwise agreement 1, 1/3, 1/3, 0 -> mean 5/12.
    assert report["percent_agreement"] == pytest.approx(5 / 12)
    assert [i["listing_id"] for i in report["items"]] == ["L0004", "L0002", "L0003", "L0001"]
    assert report["items"][0]["majority"] is None and report["items"][1]["majority"] == "reject"
    assert report["items"][3]["agreement"] == 1.0
    assert report["items"][1]["answers"] == dict(zip(REVIEWERS, ANSWERS["L0002"], strict=True))
    # Against core.metrics on the same labels.
    assert report["fleiss_kappa"] == pytest.approx(metrics.fleiss_kappa_from_labels(list(ANSWERS.values())))
    ratings = {lid: dict(zip(REVIEWERS, labels, strict=True)) for lid, labels in ANSWERS.items()}
    kappas = metrics.pairwise_cohen_kappa(ratings)
    pairs = {(p["reviewer_a"], p["reviewer_b"]): p for p in report["pairs"]}
    assert set(pairs) == set(kappas)
    for pair, kappa in kappas.items():
        assert pairs[pair]["cohen_kappa"] == pytest.approx(kappa)
        a, b = ([ratings[lid][r] for lid in ratings] for r in pair)
        assert pairs[pair]["agreement"] == pytest.approx(metrics.percent_agreement(a, b))
        assert pairs[pair]["items"] == 4
    by_reviewer = {r["reviewer"]: r for r in report["reviewers"]}
    # Majorities: L0001 approve, L0002 reject, L0003 reject (L0004 tied: left out).
    assert by_reviewer["moderator1"]["agreement_with_majority"] == pytest.approx(2 / 3)
    assert by_reviewer["moderator2"]["agreement_with_majority"] == pytest.approx(1.0)
    assert by_reviewer["qa1"]["answered"] == 4
    mean_m1 = (kappas[("moderator1", "moderator2")] + kappas[("moderator1", "qa1")]) / 2
    assert by_reviewer["moderator1"]["mean_cohen_kappa"] == pytest.approx(mean_m1)


def test_cohen_kappa_of_the_report_matches_scikit_learn(live_server):
    sklearn_metrics = pytest.importorskip("sklearn.metrics")
    with live_server.client("lead1") as lead:
        set_id = lead.post(
            "/v1/calibrations",
            json={
                "name": "pair",
                "items": [{"listing_id": lid} for lid in ANSWERS],
                "reviewers": REVIEWERS[:2],
            },
        ).json()["set_id"]
    for index, name in enumerate(REVIEWERS[:2]):
        with live_server.client(name) as reviewer:
            for lid, labels in ANSWERS.items():
                assert _answer(reviewer, set_id, lid, labels[index]).status_code == 204
    with live_server.client("lead1") as lead:
        report = lead.get(f"/v1/calibrations/{set_id}/report").json()
    a = [labels[0] for labels in ANSWERS.values()]
    b = [labels[1] for labels in ANSWERS.values()]
    assert report["pairs"][0]["cohen_kappa"] == pytest.approx(sklearn_metrics.cohen_kappa_score(a, b))


def test_calibration_input_and_roles_are_checked(live_server):
    with live_server.client("lead1") as lead, live_server.client("moderator1") as mod:
        body = {"name": "x", "items": [{"listing_id": "L0001"}], "reviewers": ["moderator1", "moderator2"]}
        assert_problem(mod.post("/v1/calibrations", json=body), 403)
        assert_problem(
            lead.post("/v1/calibrations", json={**body, "reviewers": ["moderator1", "ghost"]}), 422
        )
        assert_problem(
            lead.post("/v1/calibrations", json={**body, "reviewers": ["moderator1", "moderator1"]}), 422
        )
        assert_problem(
            lead.post("/v1/calibrations", json={**body, "items": [{"listing_id": "missing"}]}), 422
        )
        assert_problem(
            lead.post(
                "/v1/calibrations", json={**body, "items": [{"listing_id": "L0001", "listing_version": 5}]}
            ),
            422,
        )
        assert_problem(
            lead.post("/v1/calibrations", json={**body, "items": [{"listing_id": "L0001"}] * 2}), 422
        )
        assert_problem(lead.post("/v1/calibrations", json={**body, "name": "n" * 201}), 422)
        set_id = lead.post("/v1/calibrations", json=body).json()["set_id"]

        assert_problem(lead.get(f"/v1/calibrations/{set_id}/next"), 403, "not_a_reviewer")
        assert_problem(mod.get("/v1/calibrations/999999/next"), 404)
        assert_problem(mod.get(f"/v1/calibrations/{set_id}/report"), 403)
        assert_problem(
            mod.post(
                f"/v1/calibrations/{set_id}/answers",
                json={"listing_id": "L0001", "action": "reject", "reason_codes": ["made_up"]},
            ),
            422,
            "unknown_reason_code",
        )
        assert_problem(_answer(mod, set_id, "L0002", "approve"), 422)
        empty = lead.get(f"/v1/calibrations/{set_id}/report").json()
        assert (empty["fleiss_kappa"], empty["percent_agreement"]) == (None, None)
        assert empty["pairs"] == [
            {
                "reviewer_a": "moderator1",
                "reviewer_b": "moderator2",
                "items": 0,
                "agreement": None,
                "cohen_kappa": None,
            }
        ]
        with live_server.client("qa1") as qa:
            assert qa.get("/v1/calibrations").json() == []
