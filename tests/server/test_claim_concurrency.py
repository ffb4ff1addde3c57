"""Concurrent claims over real HTTP never hand one item to two moderators."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from api_helpers import decision_body

CLIENTS = 16
ITEMS = 160


def _drain(url: str, token: str) -> list[int]:
    """Claim small batches and decide them until the queue is empty; return every item leased."""
    leased: list[int] = []
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
        while True:
            response = client.post("/v1/queues/new-fr/claim", json={"count": 3})
            response.raise_for_status()
            leases = response.json()["leases"]
            if not leases:
                return leased
            for lease in leases:
                leased.append(lease["item_id"])
                decided = client.post("/v1/decisions", json=decision_body(lease))
                assert decided.status_code == 200, decided.text


def _tokens(url: str, usernames: list[str]) -> list[str]:
    def login(name: str) -> str:
        response = httpx.post(f"{url}/v1/auth/token", json={"username": name, "password": "demo"}, timeout=60)
        response.raise_for_status()
        return response.json()["access_token"]

    with ThreadPoolExecutor(len(usernames)) as pool:
        return list(pool.map(login, usernames))


def _run_clients(urls: list[str], tokens: list[str]) -> list[int]:
    with ThreadPoolExecutor(len(tokens)) as pool:
        futures = [pool.submit(_drain, urls[i % len(urls)], token) for i, token in enumerate(tokens)]
        return [item for f in futures for item in f.result()]


def _assert_each_item_once(leased: list[int]) -> None:
    twice = [item for item, n in Counter(leased).items() if n > 1]
    assert not twice, f"items leased more than once: {twice[:10]}"
    assert len(leased) == ITEMS


def test_sixteen_clients_on_sqlite_never_share_an_item(server_factory, make_test_dataset):
    server = server_factory(make_test_dataset(open_items=ITEMS, extra_moderators=CLIENTS))
    tokens = _tokens(server.url, [f"mod{i:02d}" for i in range(CLIENTS)])

    leased = _run_clients([server.url], tokens)

    _assert_each_item_once(leased)
    with server.client("lead1") as lead:
        page = lead.get("/v1/decisions", params={"limit": 1}).json()
        queues = {q["id"]: q for q in lead.get("/v1/queues").json()}
    assert page["total"] == ITEMS
    assert queues["new-fr"]["size"] == 0


@pytest.mark.parametrize("backend", [pytest.param("postgres", marks=pytest.mark.postgres), "sqlite"])
def test_sixteen_clients_on_two_server_processes(
    backend, request, tmp_path, server_process, make_test_dataset
):
    """Two `moderator-server` processes on one database: PostgreSQL (SKIP LOCKED), and SQLite
    (BEGIN IMMEDIATE serialises writers across processes)."""
    from moderator_app.server.seed import seed_dataset

    database = (
        request.getfixturevalue("pg_url") if backend == "postgres" else str(tmp_path / "shared.sqlite3")
    )
    first = server_process(database)  # migrates the empty database
    seed_dataset(database, make_test_dataset(open_items=ITEMS, extra_moderators=CLIENTS))
    second = server_process(database)
    tokens = _tokens(first.url, [f"mod{i:02d}" for i in range(CLIENTS)])

    leased = _run_clients([first.url, second.url], tokens)

    _assert_each_item_once(leased)
    with httpx.Client(
        base_url=second.url, headers={"Authorization": f"Bearer {_tokens(second.url, ['lead1'])[0]}"}
    ) as lead:
        assert lead.get("/v1/decisions", params={"limit": 1}).json()["total"] == ITEMS
