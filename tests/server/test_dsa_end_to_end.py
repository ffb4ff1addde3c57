"""The DSA loop end to end, through the API and the CLI, on SQLite and PostgreSQL: a notice, a
rejection with its statement of reasons, a submission to the Transparency Database stand-in, an
appeal and its reversal, and what leads see of it."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid

import httpx
import pytest

from moderator_app.server.dsa.tdb_validation import validate
from tests.server.api_helpers import assert_problem, claim, decision_body
from tests.server.dsa_helpers import TDB_TOKEN, RunningStandIn, add_intake_user, notice_body


@pytest.fixture
def standin():
    running = RunningStandIn()
    yield running
    running.stop()


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "moderator_app.server.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_notice_rejection_statement_submission_appeal_and_reversal(any_server, standin, tmp_path):
    server = any_server
    intake = add_intake_user(server)
    moderator1, moderator2, lead = (
        server.client("moderator1"),
        server.client("moderator2"),
        server.client("lead1"),
    )

    # Moderators cannot file notices; the intake account can, and notices gather on one case.
    assert_problem(moderator1.post("/v1/notices", json=notice_body("P0002")), 403, "wrong_role")
    first = intake.post("/v1/notices", json=notice_body("P0002"))
    assert first.status_code == 201, first.text
    receipt = first.json()
    assert set(receipt) >= {"notice_id", "received_at", "item_id"} and receipt["queue_id"] == "reported"
    second = intake.post("/v1/notices", json=notice_body("P0002", kind="trusted_flagger")).json()
    assert second["item_id"] == receipt["item_id"]
    assert second["queue_id"] == "priority-notices", "a trusted flagger's notice moves the case to its lane"

    # The moderator sees both notices on the item, with the notifiers' track records.
    [lease] = claim(moderator1, "priority-notices")
    assert lease["item_id"] == receipt["item_id"]
    detail = moderator1.get(f"/v1/items/{lease['item_id']}").json()
    assert [n["notifier_kind"] for n in detail["notices"]] == ["user", "trusted_flagger"]
    assert detail["notices"][0]["notifier_name"] is None, "a user's identity is not shown"
    assert detail["notices"][1]["notifier_name"] == "Brand Alliance"
    assert detail["notices"][0]["track_record"] == {
        "decided": 0, "upheld": 0, "upheld_share": None, "manifestly_unfounded": 0
    }  # fmt: skip
    notices = moderator1.get(f"/v1/items/{lease['item_id']}/notices").json()
    assert notices["source_type"] == "SOURCE_TRUSTED_FLAGGER" and notices["trusted_flagger"] is True

    # The preview shows what the rejection will produce, before confirming.
    flags = [{"source": "local-text", "kind": "banned_term", "label": "intellectual_property_infringements"}]
    preview = moderator1.post(
        f"/v1/items/{lease['item_id']}/statement-preview",
        json={"reason_codes": ["counterfeit"], "flags_shown": flags},
    )
    assert preview.status_code == 200, preview.text
    assert validate(preview.json()["statement"] | {"puid": "preview"}) == {}

    # The rejection answers both notices and yields its statement of reasons.
    rejected = moderator1.post(
        "/v1/decisions", json=decision_body(lease, "reject", reason_codes=["counterfeit"], flags_shown=flags)
    )
    assert rejected.status_code == 200, rejected.text
    decision = rejected.json()
    assert decision["source_type"] == "SOURCE_TRUSTED_FLAGGER"
    assert decision["notice_ids"] == [receipt["notice_id"], second["notice_id"]]
    envelope = moderator1.get(f"/v1/decisions/{decision['decision_id']}/statement-of-reasons").json()
    statement = envelope["statement"]
    assert statement["puid"] == decision["statement_puid"] and validate(statement) == {}
    assert statement["category"] == "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"
    assert statement["decision_ground"] == "DECISION_GROUND_ILLEGAL_CONTENT"
    assert statement["automated_detection"] == "Yes" and statement["source_type"] == "SOURCE_TRUSTED_FLAGGER"
    assert "CONTENT_TYPE_PRODUCT" in statement["content_type"]
    text = json.dumps(statement, ensure_ascii=False)
    for personal in ("Jean", "example.fr", "jeanne", "06 12 34", "Armoire", "Brand Alliance"):
        assert personal not in text, f"{personal!r} leaked into the statement"
    assert envelope["seller_notice"]["language"] == "fr" and "article 21" in envelope["seller_notice"]["text"]
    assert envelope["submission"]["state"] == "pending"

    # The CLI exports it and submits it; a second run submits nothing new.
    day = statement["application_date"]
    exported = _cli("export-sor", "--database", server.database_url, "--from", day, "--to", day)
    assert exported.returncode == 0, exported.stderr
    assert [json.loads(line)["puid"] for line in exported.stdout.splitlines()] == [statement["puid"]]
    token_file = tmp_path / "tdb-token"
    token_file.write_text(TDB_TOKEN + "\n")
    token_file.chmod(0o600)
    args = (
        "submit-sor",
        "--database",
        server.database_url,
        "--endpoint",
        standin.url,
        "--token-file",
        str(token_file),
    )
    run = _cli(*args)
    assert run.returncode == 0, run.stderr
    assert statement["puid"] in standin.state.stored
    calls = len(standin.state.calls)
    again = _cli(*args)
    assert again.returncode == 0, again.stderr
    assert len(standin.state.calls) == calls, "a second run sends nothing"
    submitted = lead.get(f"/v1/decisions/{decision['decision_id']}/statement-of-reasons").json()["submission"]
    assert submitted["state"] == "submitted" and submitted["tdb_uuid"]

    # Appeals: nothing to appeal in an approval; the seller's complaint waits in Appeals.
    assert_problem(
        intake.post(
            "/v1/appeals",
            json={"decision_id": decision["decision_id"], "appellant": "notifier", "explanation": "x"},
        ),
        422,
        "nothing_to_appeal",
    )
    appeal = intake.post(
        "/v1/appeals",
        json={
            "decision_id": decision["decision_id"],
            "appellant": "seller",
            "explanation": "Genuine, with invoice.",
        },
    )
    assert appeal.status_code == 201, appeal.text
    appeal = appeal.json()
    assert appeal["queue_id"] == "appeals"
    assert_problem(
        intake.post(
            "/v1/appeals",
            json={"decision_id": decision["decision_id"], "appellant": "seller", "explanation": "again"},
        ),
        409,
        "appeal_pending",
    )
    assert claim(moderator1, "appeals") == [], "never to the moderator who made the decision"
    [appeal_lease] = claim(moderator2, "appeals")
    assert appeal_lease["item_id"] == appeal["item_id"]
    view = moderator2.get(f"/v1/items/{appeal['item_id']}/appeal").json()
    assert view["decision"]["decision_id"] == decision["decision_id"]
    assert view["statement"]["puid"] == statement["puid"] and view["listing"]["id"] == "P0002"
    assert view["appeal"]["explanation"] == "Genuine, with invoice."

    # The reversal restores the listing and records a new decision linked to the first.
    outcome = moderator2.post(
        f"/v1/appeals/{appeal['appeal_id']}/outcome",
        json={
            "idempotency_key": str(uuid.uuid4()),
            "lease_token": appeal_lease["lease_token"],
            "outcome": "reverse",
            "reply": "The invoice shows the goods are genuine.",
        },
    )
    assert outcome.status_code == 200, outcome.text
    result = outcome.json()
    assert result["new_decision"]["action"] == "approve"
    assert result["new_decision"]["reverses_decision_id"] == decision["decision_id"]
    assert "article 21" in result["reply"]["text"] and "invoice" in result["reply"]["text"]
    history = lead.get("/v1/sellers/S1/history").json()
    assert {p["listing_id"]: p["outcome"] for p in history["past_listings"]}["P0002"] == "approved"
    assert_problem(
        intake.post(
            "/v1/appeals",
            json={"decision_id": decision["decision_id"], "appellant": "seller", "explanation": "x"},
        ),
        422,
        "nothing_to_appeal",
    )

    # Leads: rates per moderator; the reversal counts as an error until they turn that off.
    window = {"from": day, "to": day}
    rates = {r["group"]: r for r in lead.get("/v1/metrics/appeals", params=window).json()}
    assert rates["moderator1"]["appeals"] == 1 and rates["moderator1"]["reversals"] == 1
    errors = {r["group"]: r for r in lead.get("/v1/metrics/error-rates", params=window).json()}
    assert errors["moderator1"]["errors"] == 1 and errors["moderator1"]["audited"] == 1
    settings = lead.get("/v1/dsa/settings").json()
    assert (
        lead.put("/v1/dsa/settings", json={**settings, "reversal_counts_as_error": False}).status_code == 200
    )
    errors = {r["group"]: r for r in lead.get("/v1/metrics/error-rates", params=window).json()}
    assert errors["moderator1"]["errors"] == 0

    # The notices' outcome followed the reversal: the trusted flagger's record shows it.
    notifiers = {n["kind"]: n for n in lead.get("/v1/notifiers").json()["notifiers"]}
    assert notifiers["trusted_flagger"]["decided"] == 1 and notifiers["trusted_flagger"]["upheld"] == 0
    assert_problem(moderator1.get("/v1/notifiers"), 403, "wrong_role")

    # Six months on, a complaint is refused.
    other = claim(moderator1, "new-fr")[0]
    late = moderator1.post("/v1/decisions", json=decision_body(other, "reject")).json()
    server.clock.advance(190 * 86400)
    signed_in = httpx.post(f"{server.url}/v1/auth/token", json={"username": "intake1", "password": "demo"})
    fresh = {"Authorization": f"Bearer {signed_in.json()['access_token']}"}
    late_appeal = {"decision_id": late["decision_id"], "appellant": "seller", "explanation": "late"}
    assert_problem(
        httpx.post(f"{server.url}/v1/appeals", json=late_appeal, headers=fresh), 422, "appeal_window_closed"
    )
    for client in (intake, moderator1, moderator2, lead):
        client.close()

    # The whole loop (notices, a statement, an appeal, a reversal's new decision) left an audit log
    # that verifies against the tables.
    checked = _cli("verify-audit", "--database", server.database_url)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "audit log OK" in checked.stdout
