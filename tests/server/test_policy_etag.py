"""The policy is versioned and served with a strong ETag; If-None-Match gives 304."""

from __future__ import annotations


def test_etag_and_304_until_the_policy_changes(any_server):
    with any_server.client("moderator1") as client:
        first = client.get("/v1/policy")
        etag = first.headers["etag"]
        assert first.status_code == 200 and etag.startswith('"') and not etag.startswith("W/")
        policy = first.json()
        assert policy["version"] == "test-1"
        assert policy["terms"][0] == {
            "term": "western union",
            "category": "scams_and_fraud",
            "languages": ["fr", "es"],
            "severity": "reject",
        }
        categories = {rc["code"]: rc["statement_category"] for rc in policy["reason_codes"]}
        assert categories["contact_details"] == "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"

        again = client.get("/v1/policy", headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""
        assert again.headers["etag"] == etag

        with any_server.client("admin1") as admin:
            update = {"version": "test-2", "terms": [{"term": "mandat cash", "category": "scams_and_fraud"}]}
            assert admin.put("/v1/admin/policy", json=update).status_code == 200

        changed = client.get("/v1/policy", headers={"If-None-Match": etag})
        assert changed.status_code == 200
        assert changed.headers["etag"] != etag
        assert changed.json()["version"] == "test-2"
