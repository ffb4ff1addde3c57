"""Notices: intake rules, one case per listing, what a decision answers, unfounded notifiers."""

from __future__ import annotations

from tests.server.api_helpers import assert_problem, claim, decision_body
from tests.server.dsa_helpers import add_intake_user, notice_body


def test_intake_refuses_bad_notices_and_closes_one_on_a_removed_listing(live_server):
    intake = add_intake_user(live_server)
    assert_problem(intake.post("/v1/notices", json=notice_body("NOPE")), 422, "unknown_listing")
    assert_problem(
        intake.post("/v1/notices", json=notice_body("P0002", good_faith=False)), 422, "good_faith_required"
    )
    no_id = notice_body("P0002", notifier={"kind": "trusted_flagger", "name": "X"})
    assert_problem(intake.post("/v1/notices", json=no_id), 422, "flagger_id_required")
    old_schema = notice_body("P0002", category="STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT")
    assert_problem(intake.post("/v1/notices", json=old_schema), 422, "validation_error")
    closed = intake.post("/v1/notices", json=notice_body("P0001")).json()  # P0001 was rejected
    assert closed["item_id"] is None and closed["resolution"] == "already_restricted"
    intake.close()


def test_an_approval_answers_only_the_notices_shown_and_can_find_them_unfounded(live_server):
    intake = add_intake_user(live_server)
    moderator, lead = live_server.client("moderator1"), live_server.client("lead1")
    first = intake.post("/v1/notices", json=notice_body("P0002")).json()
    [lease] = claim(moderator, "reported")
    late = intake.post("/v1/notices", json=notice_body("P0002", explanation="Another one")).json()
    assert late["item_id"] == first["item_id"]
    wrong = decision_body(
        lease, "reject", reason_codes=["counterfeit"], unfounded_notice_ids=[first["notice_id"]]
    )
    assert_problem(moderator.post("/v1/decisions", json=wrong), 422, "unfounded_needs_approval")
    body = decision_body(lease, notice_ids=[first["notice_id"]], unfounded_notice_ids=[first["notice_id"]])
    decided = moderator.post("/v1/decisions", json=body)
    assert decided.status_code == 200, decided.text
    assert (
        decided.json()["notice_ids"] == [first["notice_id"]]
        and decided.json()["source_type"] == "SOURCE_ARTICLE_16"
    )
    assert_problem(
        moderator.get(f"/v1/decisions/{decided.json()['decision_id']}/statement-of-reasons"), 404, "not_found"
    )
    # The notice that arrived meanwhile got a case of its own.
    [again] = claim(moderator, "reported")
    assert again["item_id"] != first["item_id"]
    assert [n["notice_id"] for n in moderator.get(f"/v1/items/{again['item_id']}").json()["notices"]] == [
        late["notice_id"]
    ]
    record = {n["kind"]: n for n in lead.get("/v1/notifiers").json()["notifiers"]}["user"]
    assert record["manifestly_unfounded"] == 1 and record["decided"] == 1 and record["upheld_share"] == 0.0
    for client in (intake, moderator, lead):
        client.close()


def test_leads_see_flagged_notifiers_and_can_suspend_them(live_server):
    intake = add_intake_user(live_server)
    moderator, lead = live_server.client("moderator1"), live_server.client("lead1")
    settings = lead.get("/v1/dsa/settings").json()
    lead.put("/v1/dsa/settings", json={**settings, "unfounded_flag_count": 1})
    notice = intake.post("/v1/notices", json=notice_body("P0002")).json()
    [lease] = claim(moderator, "reported")
    moderator.post("/v1/decisions", json=decision_body(lease, unfounded_notice_ids=[notice["notice_id"]]))
    [flagged] = lead.get("/v1/notifiers", params={"flagged": "true"}).json()["notifiers"]
    assert flagged["flagged"] and flagged["email"] == "jeanne.martin@example.org"
    assert (
        lead.put(
            f"/v1/notifiers/{flagged['notifier_id']}/suspension", json={"days": 30, "reason": "warned"}
        ).status_code
        == 204
    )
    assert_problem(intake.post("/v1/notices", json=notice_body("P0002")), 403, "notifier_suspended")
    assert lead.delete(f"/v1/notifiers/{flagged['notifier_id']}/suspension").status_code == 204
    assert intake.post("/v1/notices", json=notice_body("P0002")).status_code == 201
    for client in (intake, moderator, lead):
        client.close()


def test_notices_follow_their_case_to_a_new_version_of_the_listing(live_server):
    intake = add_intake_user(live_server)
    admin = live_server.client("admin1")
    notice = intake.post("/v1/notices", json=notice_body("P0002")).json()
    edit = {"id": "P0002", "seller_id": "S1", "title": "Armoire", "description": "Chêne massif", "category": "home",
            "country": "FR", "queue_id": None}  # fmt: skip
    assert admin.post("/v1/admin/listings", json=edit).status_code == 200
    with live_server.client("lead1") as lead:
        items = lead.get("/v1/queues").json()
        assert {q["id"]: q["size"] for q in items}["reported"] == 1
    moderator = live_server.client("moderator1")
    [lease] = claim(moderator, "reported")
    assert lease["listing_version"] == 2 and lease["item_id"] != notice["item_id"]
    assert [n["notice_id"] for n in moderator.get(f"/v1/items/{lease['item_id']}").json()["notices"]] == [
        notice["notice_id"]
    ]
    for client in (intake, admin, moderator):
        client.close()


def test_the_policy_publishes_each_reason_codes_mapping(live_server):
    with live_server.client("moderator1") as client:
        codes = {c["code"]: c for c in client.get("/v1/policy").json()["reason_codes"]}
    assert codes["counterfeit"]["category_specification"] == ["KEYWORD_TRADEMARK_INFRINGEMENT"]
    assert codes["counterfeit"]["legal_ground"] and codes["counterfeit"]["tos_clause"]
    # "weapons" is not in the shipped policy: its mapping is derived from the reason code itself.
    assert codes["weapons"]["tos_clause"] == "Terms of service: Weapons"
