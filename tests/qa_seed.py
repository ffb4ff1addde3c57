"""Seed decisions and blind audits THROUGH THE API, and say which figures they must produce.

Plain functions for any test that has a live server (tests/conftest.py ``live_server``): the CLI
test, the client test and the Qt dashboard test read the same history. Usage::

    history = seed_audited_history(live_server)
    history["by"]["moderator"]["moderator1"]  # {"decisions": 5, "audited": 4, "errors": 1}

The figures are counted here from what the seed did, not read back from the server.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from moderator_app.core import qa_schema as qa
from moderator_app.core import schema
from moderator_app.net.api_client import ApiClient

SAMPLE_ALL = qa.SamplingRuleUpdate(
    base_rate=1.0, new_moderator_rate=1.0, new_moderator_days=30, error_threshold=0.1, high_error_rate=1.0
)
SAMPLE_NONE = qa.SamplingRuleUpdate(
    base_rate=0.0, new_moderator_rate=0.0, new_moderator_days=30, error_threshold=0.1, high_error_rate=0.0
)
APPROVED = "(approved)"

# (moderator, queue, action, reason codes, planned audit) in the order they are decided.
# Audit plans: "agree", or (correct action, correct reasons, severity) for an error, or None for
# a sampled decision the auditor leaves alone. Queue new-es samples nothing (rule rate 0).
PLAN: list[tuple[str, str, str, list[str], Any]] = [
    ("moderator1", "new-fr", "approve", [], "agree"),
    ("moderator1", "new-fr", "approve", [], "agree"),
    ("moderator1", "new-fr", "reject", ["contact_details"], ("approve", [], "major")),
    ("moderator1", "new-fr", "approve", [], None),
    ("moderator1", "new-fr", "reject", ["counterfeit"], "agree"),
    ("moderator2", "new-fr", "approve", [], ("reject", ["contact_details"], "critical")),
    ("moderator2", "new-fr", "reject", ["contact_details"], "agree"),
    ("moderator2", "new-fr", "approve", [], "agree"),
    (
        "moderator2",
        "new-fr",
        "reject",
        ["contact_details", "counterfeit"],
        ("reject", ["counterfeit"], "minor"),
    ),
    ("moderator2", "new-es", "approve", [], None),
    ("moderator2", "new-es", "approve", [], None),
    ("moderator2", "new-es", "reject", ["counterfeit"], None),
]
NEW_ES_LISTINGS = ("QA-ES-1", "QA-ES-2", "QA-ES-3")
CATEGORY = {"new-fr": "home", "new-es": "electronics"}  # the test dataset's new-fr listings are "home"


def api(server, username: str) -> ApiClient:
    """A client of the live server signed in as ``username`` (password "demo")."""
    return ApiClient(server.url, token=server.token(username))


def add_new_es_listings(server) -> None:
    """Ingest three listings into queue new-es (admin API); the test dataset leaves it empty."""
    with server.client("admin1") as admin:
        for listing_id in NEW_ES_LISTINGS:
            body = {
                "id": listing_id,
                "seller_id": "S3",
                "title": f"Cámara réflex {listing_id}",
                "description": "Funciona perfectamente.",
                "price": 250.0,
                "category": CATEGORY["new-es"],
                "country": "ES",
                "queue_id": "new-es",
            }
            response = admin.post("/v1/admin/listings", json=body)
            assert response.status_code == 200, response.text


def decide_plan(server, plan=PLAN) -> list[dict[str, Any]]:
    """Claim and decide the plan's decisions; returns one record per decision."""
    records = []
    for moderator in dict.fromkeys(p[0] for p in plan):
        with api(server, moderator) as client:
            for queue in dict.fromkeys(p[1] for p in plan if p[0] == moderator):
                steps = [p for p in plan if p[0] == moderator and p[1] == queue]
                leases = client.claim(queue, len(steps))
                assert len(leases) == len(steps), f"{queue} has too few open items for the plan"
                for number, (lease, (_, _, action, reasons, audit)) in enumerate(
                    zip(leases, steps, strict=True)
                ):
                    time_spent_ms = 1000 * (number + 1)
                    result = client.decide(
                        schema.DecisionRequest(
                            idempotency_key=uuid.uuid4(),
                            item_id=lease.item_id,
                            lease_token=lease.lease_token,
                            action=action,
                            reason_codes=reasons,
                            time_spent_ms=time_spent_ms,
                            listing_version=lease.listing_version,
                        )
                    )
                    records.append(
                        {
                            "decision_id": result.decision_id,
                            "moderator": moderator,
                            "queue": queue,
                            "category": CATEGORY[queue],
                            "listing_id": lease.listing_id,
                            "action": action,
                            "reason_codes": reasons,
                            "time_spent_ms": time_spent_ms,
                            "plan": audit,
                            "audited": False,
                            "error": False,
                            "severity": None,
                        }
                    )
    return records


def audit_samples(server, records: list[dict[str, Any]], auditor: str = "qa1") -> None:
    """Audit every waiting sample blind, as the records' plans say; marks the records."""
    by_decision = {r["decision_id"]: r for r in records}
    skipped: list[int] = []
    with api(server, auditor) as client:
        while (task := client.claim_audit()) is not None:
            # Which decision this is shows only after the blind step, so every sample gets one;
            # the blind decision is the planned correct one.
            reveal_plan = _plan_of_listing(records, task.listing.id)
            correct = _correct(reveal_plan)
            reveal = client.blind_decision(
                task.sample_id, qa.BlindDecision(action=correct[0], reason_codes=correct[1])
            )
            record = by_decision[reveal.original.decision_id]
            if record["plan"] is None:
                skipped.append(task.sample_id)  # stays leased, so the next claim hands out another
                continue
            agree = record["plan"] == "agree"
            action, reasons = (record["action"], record["reason_codes"]) if agree else record["plan"][:2]
            severity = None if agree else qa.Severity(record["plan"][2])
            audit = client.audit_verdict(
                task.sample_id,
                qa.AuditVerdict(
                    agree=agree,
                    correct_action=action,
                    correct_reason_codes=reasons,
                    severity=severity,
                    comment="" if agree else f"Should have been {action}.",
                ),
            )
            assert audit.decision_id == record["decision_id"] and audit.is_error == (not agree)
            record.update(audited=True, error=not agree, severity=severity and severity.value)
        for sample_id in skipped:
            client.release_audit(sample_id)


def _plan_of_listing(records, listing_id: str):
    return next(r for r in records if r["listing_id"] == listing_id)


def _correct(record) -> tuple[str, list[str]]:
    plan = record["plan"]
    if isinstance(plan, tuple):
        return plan[0], plan[1]
    return record["action"], record["reason_codes"]


def group_keys(record: dict[str, Any], group_by: str) -> list[str]:
    """The groups a decision counts in (reason: one per reason code, approvals under "(approved)")."""
    if group_by == "reason":
        return list(record["reason_codes"]) or [APPROVED]
    return [record[group_by]]


def expected_counts(records: list[dict[str, Any]], group_by: str) -> dict[str, dict[str, int]]:
    """group -> {"decisions", "audited", "errors"}, counted from the seed's own records."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"decisions": 0, "audited": 0, "errors": 0})
    for record in records:
        for key in group_keys(record, group_by):
            counts[key]["decisions"] += 1
            counts[key]["audited"] += record["audited"]
            counts[key]["errors"] += record["error"]
    return dict(counts)


def seed_audited_history(server) -> dict[str, Any]:
    """Sampling rules (new-fr: every decision; new-es: none), 12 decisions by moderator1 and
    moderator2, and qa1's blind audits of 8 of them (3 errors: one critical, major and minor).

    Returns ``{"date_from", "date_to", "decisions": [records], "by": {group_by: counts}}``;
    the dates bracket today (UTC) so the seeded decisions fall inside.
    """
    with api(server, "lead1") as lead:
        lead.update_qa_rule("new-fr", SAMPLE_ALL)
        lead.update_qa_rule("new-es", SAMPLE_NONE)
    add_new_es_listings(server)
    records = decide_plan(server)
    audit_samples(server, records)
    today = datetime.now(UTC).date()
    return {
        "date_from": today - timedelta(days=1),
        "date_to": today + timedelta(days=1),
        "decisions": records,
        "by": {g: expected_counts(records, g) for g in ("moderator", "queue", "reason", "category")},
    }
