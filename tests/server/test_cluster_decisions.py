"""Claiming and deciding clusters: atomic leases under many concurrent desks, one audited decision
and one statement of reasons per member, exactly once, all or none, and the role limits."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from api_helpers import assert_problem
from cluster_helpers import item_ids, ring_dataset
from sqlalchemy import select

from moderator_app.core.cluster_schema import member_key
from moderator_app.server import tables as t
from moderator_app.server.audit_verify import verify_database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def rings(request, server_factory, make_test_dataset):
    dataset = ring_dataset(make_test_dataset(extra_moderators=12))
    if request.param == "postgres":
        server = server_factory(dataset, database_url=request.getfixturevalue("pg_url"))
    else:
        server = server_factory(dataset)
    with server.client("lead1") as lead:
        assert lead.post("/v1/cluster-builds").status_code == 200
    return server


def _cluster_of(server, item_id: int) -> int:
    with server.client("lead1") as lead:
        return lead.get(f"/v1/items/{item_id}").json()["cluster"]["cluster_id"]


def _claim_item(client: httpx.Client, item_id: int) -> dict:
    """A moderator's desk holds the item it came from: claim the queue until it comes up."""
    for _ in range(40):
        leases = client.post("/v1/queues/new-fr/claim", json={"count": 50}).json()["leases"]
        found = next((lease for lease in leases if lease["item_id"] == item_id), None)
        if found:
            client.post("/v1/leases/release", json={"item_ids": [x["item_id"] for x in leases if x["item_id"] != item_id]})
            return found
    raise AssertionError(f"item {item_id} never came up")


def _decision(cluster_id: int, leases: list[dict], action="reject", **extra) -> dict:
    body = {
        "idempotency_key": str(uuid.uuid4()),
        "cluster_id": cluster_id,
        "action": action,
        "reason_codes": ["contact_details"] if action == "reject" else [],
        "time_spent_ms": 9000,
        "members": [
            {"item_id": lease["item_id"], "lease_token": lease["lease_token"], "listing_version": lease["listing_version"]}
            for lease in leases
        ],
    }
    body.update(extra)
    return body


def test_a_cluster_decision_records_one_audited_decision_and_statement_per_member(rings, capsys):
    ids = item_ids(rings)
    cluster_id = _cluster_of(rings, ids["PH1"])
    with rings.client("moderator1") as desk:
        _claim_item(desk, ids["PH1"])
        claimed = desk.post(f"/v1/clusters/{cluster_id}/claim", json={"item_id": ids["PH1"], "request_id": str(uuid.uuid4())})
        assert claimed.status_code == 200, claimed.text
        answer = claimed.json()
        assert {lease["listing_id"] for lease in answer["leases"]} == {"PH1", "PH2", "PH3"}
        assert all(m["lease"] is not None and m["images"] for m in answer["view"]["members"])
        photo = answer["view"]["members"][1]["images"][0]["url"]
        assert desk.get(photo).status_code == 200  # the members' photos open once they are claimed
        keep, exclude = answer["leases"][:2], answer["leases"][2]
        body = _decision(cluster_id, keep, excluded_item_ids=[exclude["item_id"]], note="ring")
        decided = desk.post("/v1/cluster-decisions", json=body)
        assert decided.status_code == 200, decided.text
        assert decided.headers["idempotent-replayed"] == "false"
        again = desk.post("/v1/cluster-decisions", json=body)
        assert again.status_code == 200 and again.headers["idempotent-replayed"] == "true"
        assert again.json() == decided.json()
        reused = desk.post("/v1/cluster-decisions", json={**body, "note": "another"})
        assert_problem(reused, 409, "idempotency_key_reused")
    result = decided.json()
    assert [d["item_id"] for d in result["decisions"]] == sorted(x["item_id"] for x in keep)
    assert result["excluded_item_ids"] == [exclude["item_id"]]
    assert {d["idempotency_key"] for d in result["decisions"]} == {
        str(member_key(uuid.UUID(body["idempotency_key"]), x["item_id"])) for x in keep
    }
    assert all(d["statement_puid"] and d["cluster_decision_id"] == result["cluster_decision_id"] for d in result["decisions"])
    assert sum(d["time_spent_ms"] for d in result["decisions"]) == 9000
    assert result["evidence"] and result["evidence"][0]["kind"] == "phone"
    with rings.db.read() as conn:
        kinds = Counter(conn.execute(select(t.audit_log.c.kind)).scalars())
        statements = conn.execute(select(t.statements.c.body)).scalars().all()
        report = verify_database(conn, rings.db.audit_key)
    assert kinds["decision"] == 2 and kinds["cluster.decision"] == 1
    assert len(statements) == 2 and all('"automated_detection": "Yes"' in body for body in statements)
    assert "linked to 1 other listing(s) by the same phone number" in statements[0]
    assert report.ok, report.problems
    with rings.client("moderator1") as desk:  # the excluded member stays leased to the desk, undecided
        assert desk.get(f"/v1/items/{exclude['item_id']}").status_code == 200


def test_verify_audit_catches_a_decision_moved_out_of_its_cluster_decision(rings):
    ids = item_ids(rings)
    cluster_id = _cluster_of(rings, ids["TX1"])
    with rings.client("lead1") as lead:
        leases = lead.post(f"/v1/clusters/{cluster_id}/claim", json={"item_id": ids["TX1"]}).json()["leases"]
        assert lead.post("/v1/cluster-decisions", json=_decision(cluster_id, leases)).status_code == 200
    with rings.db.write() as conn:
        conn.execute(t.decisions.update().where(t.decisions.c.item_id == ids["TX1"]).values(cluster_decision_id=None))
    with rings.db.read() as conn:
        report = verify_database(conn, rings.db.audit_key)
    assert not report.ok
    assert any("differs from its entry" in p or "its decisions differ" in p for p in report.problems), report.problems


def test_all_or_none_a_lost_lease_records_nothing(rings):
    ids = item_ids(rings)
    cluster_id = _cluster_of(rings, ids["PR1"])
    with rings.client("lead1") as lead:
        leases = lead.post(f"/v1/clusters/{cluster_id}/claim", json={"item_id": ids["PR1"]}).json()["leases"]
        lead.post("/v1/leases/release", json={"item_ids": [leases[1]["item_id"]]})
        failed = lead.post("/v1/cluster-decisions", json=_decision(cluster_id, leases))
        body = assert_problem(failed, 409, "lease_expired")
        assert [e["loc"] for e in body["errors"]] == ["body.members[1]"]
        wrong_reason = lead.post("/v1/cluster-decisions", json=_decision(cluster_id, leases[:1], reason_codes=["weapons"]))
        assert_problem(wrong_reason, 422, "reason_code_not_allowed")
    with rings.db.read() as conn:
        assert conn.execute(select(t.decisions.c.id).where(t.decisions.c.item_id.in_([x["item_id"] for x in leases]))).first() is None


def test_a_lease_not_claimed_through_the_cluster_cannot_be_decided_in_it(rings):
    ids = item_ids(rings)
    cluster_id = _cluster_of(rings, ids["PH1"])
    with rings.client("moderator1") as desk:
        lease = _claim_item(desk, ids["PH1"])
        refused = desk.post("/v1/cluster-decisions", json=_decision(cluster_id, [lease]))
        assert_problem(refused, 409, "not_claimed_in_cluster")


def test_the_role_limit_applies_and_leads_can_change_it(rings):
    ids = item_ids(rings)
    cluster_id = _cluster_of(rings, ids["PH1"])
    with rings.client("lead1") as lead:
        settings = lead.get("/v1/cluster-settings").json()
        roles = [{**r, "max_size": 2} if r["role"] == "moderator" else r for r in settings["roles"]]
        assert lead.put("/v1/cluster-settings", json={**settings, "roles": roles}).status_code == 200
    with rings.client("moderator1") as desk:
        _claim_item(desk, ids["PH1"])
        summary = desk.get(f"/v1/items/{ids['PH1']}").json()["cluster"]
        assert summary["may_decide"] is False and summary["max_size"] == 2
        too_large = desk.post(f"/v1/clusters/{cluster_id}/claim", json={"item_id": ids["PH1"]})
        assert_problem(too_large, 403, "cluster_too_large")
    with rings.client("qa1") as qa:
        assert_problem(qa.post(f"/v1/clusters/{cluster_id}/claim", json={"item_id": ids["PH1"]}), 403)
    with rings.client("lead1") as lead:
        assert lead.post(f"/v1/clusters/{cluster_id}/claim", json={"item_id": ids["PH1"]}).status_code == 200


def test_a_member_leased_to_another_desk_is_left_out_or_fails_the_claim(rings):
    ids = item_ids(rings)
    cluster_id = _cluster_of(rings, ids["PR1"])
    with rings.client("moderator2") as other:
        _claim_item(other, ids["PR2"])
    with rings.client("lead1") as lead:
        strict = lead.post(f"/v1/clusters/{cluster_id}/claim", json={"item_id": ids["PR1"], "require_all": True})
        assert_problem(strict, 409, "cluster_members_unavailable")
        with rings.db.read() as conn:
            owners = dict(conn.execute(select(t.items.c.id, t.items.c.lease_owner).where(t.items.c.id.in_([ids["PR1"], ids["PR3"]]))).all())
        assert set(owners.values()) == {None}  # nothing leased
        claimed = lead.post(f"/v1/clusters/{cluster_id}/claim", json={"item_id": ids["PR1"]}).json()
    assert {x["listing_id"] for x in claimed["leases"]} == {"PR1", "PR3"}
    assert claimed["unavailable"] == [{"item_id": ids["PR2"], "reason": "leased"}]
    assert next(m for m in claimed["view"]["members"] if m["item_id"] == ids["PR2"])["leased_to_other"] is True


def test_a_retried_claim_returns_the_first_leases(rings):
    ids = item_ids(rings)
    cluster_id = _cluster_of(rings, ids["TX1"])
    request = {"item_id": ids["TX1"], "request_id": str(uuid.uuid4())}
    with rings.client("lead1") as lead:
        first = lead.post(f"/v1/clusters/{cluster_id}/claim", json=request).json()["leases"]
        again = lead.post(f"/v1/clusters/{cluster_id}/claim", json=request).json()["leases"]
    assert first == again and len(first) == 3


DESKS = 12
ROUNDS = 6


def test_many_concurrent_desks_never_share_a_member(rings):
    """Leads claim the three clusters while moderators claim the queue, all at once, round after
    round (leases released between rounds): no item is ever leased to two desks."""
    ids = item_ids(rings)
    clusters = [(_cluster_of(rings, ids[x]), ids[x]) for x in ("PR1", "PH1", "TX1")]
    leads = [rings.token("lead1"), rings.token("admin1")]
    moderators = [rings.token(f"mod{i:02d}") for i in range(DESKS)]
    violations: list[str] = []
    barrier = threading.Barrier(len(moderators) + 3 * len(leads))

    def as_desk(token: str, action) -> list[int]:
        with httpx.Client(base_url=rings.url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
            barrier.wait()
            return action(client)

    def queue_claim(client) -> list[int]:
        leases = client.post("/v1/queues/new-fr/claim", json={"count": 4}).json()["leases"]
        return [x["item_id"] for x in leases]

    def cluster_claim(cluster_id: int, anchor: int):
        def run(client) -> list[int]:
            answer = client.post(f"/v1/clusters/{cluster_id}/claim", json={"item_id": anchor})
            assert answer.status_code == 200, answer.text
            return [x["item_id"] for x in answer.json()["leases"]]

        return run

    checked = 0
    for _round in range(ROUNDS):
        jobs = [(token, queue_claim) for token in moderators]
        jobs += [(token, cluster_claim(c, a)) for token in leads for c, a in clusters]
        with ThreadPoolExecutor(len(jobs)) as pool:
            got = list(pool.map(lambda job: (job[0], as_desk(*job)), jobs))
        holders: dict[int, set[str]] = {}
        for token, leased in got:
            for item in leased:
                holders.setdefault(item, set()).add(token)
        violations += [f"item {item} leased to {len(who)} desks" for item, who in holders.items() if len(who) > 1]
        with rings.db.read() as conn:
            live = conn.execute(select(t.items.c.id, t.items.c.lease_owner).where(t.items.c.lease_owner.is_not(None))).all()
        checked += len(live)
        with rings.db.write() as conn:  # next round from scratch
            conn.execute(
                t.items.update().values(lease_owner=None, lease_token=None, lease_expires_at=None, lease_request=None, leased_at=None)
            )
    print(f"\n{ROUNDS} rounds of {len(moderators)} queue claims and {3 * len(leads)} cluster claims: {checked} leases checked")
    assert not violations, violations[:10]


def test_qa_samples_cluster_decisions_at_their_own_rate_and_leads_see_them_in_the_metrics(rings):
    from qa_helpers import set_rule

    ids = item_ids(rings)
    with rings.client("lead1") as lead:
        rule = set_rule(lead, base_rate=0.05, cluster_factor=20.0)
        assert rule["cluster_factor"] == 20.0
        cluster_id = _cluster_of(rings, ids["TX1"])
        leases = lead.post(f"/v1/clusters/{cluster_id}/claim", json={"item_id": ids["TX1"]}).json()["leases"]
        decided = lead.post("/v1/cluster-decisions", json=_decision(cluster_id, leases[:2], excluded_item_ids=[leases[2]["item_id"]]))
        assert decided.status_code == 200, decided.text
        single = {**leases[2]}
        body = {
            "idempotency_key": str(uuid.uuid4()),
            "item_id": single["item_id"],
            "lease_token": single["lease_token"],
            "action": "approve",
            "time_spent_ms": 1000,
            "listing_version": single["listing_version"],
        }
        assert lead.post("/v1/decisions", json=body).status_code == 200
        day = rings.clock().date().isoformat()
        rows = lead.get("/v1/metrics/cluster-decisions", params={"from": day, "to": day}).json()
    with rings.db.read() as conn:
        sampled = set(
            conn.execute(
                select(t.decisions.c.item_id).join(t.qa_samples, t.qa_samples.c.decision_id == t.decisions.c.id)
            ).scalars()
        )
    assert {leases[0]["item_id"], leases[1]["item_id"]} <= sampled  # 0.05 x 20: every cluster member
    mine = next(r for r in rows if r["moderator"] == "lead1")
    assert (mine["cluster_decisions"], mine["excluded"]) == (1, 1)
    assert (mine["in_clusters"]["decisions"], mine["alone"]["decisions"]) == (2, 1)
