"""`moderator-server` as a real process: prints its URL, serves, and seeds the demo once."""

from __future__ import annotations

import importlib

import httpx
import pytest


def test_port_zero_prints_the_real_url_and_serves(server_process, tmp_path):
    proc = server_process(str(tmp_path / "cli.sqlite3"))
    assert not proc.url.endswith(":0")
    assert httpx.get(f"{proc.url}/v1/queues").status_code == 401


@pytest.mark.skipif(
    not hasattr(importlib.import_module("moderator_app.server.demo"), "build_demo_dataset"),
    reason="the demo dataset builder is not available yet",
)
def test_demo_seeds_an_empty_database_once(server_process, tmp_path):
    database = str(tmp_path / "demo.sqlite3")
    first = server_process(database, "--demo")
    token = httpx.post(
        f"{first.url}/v1/auth/token", json={"username": "moderator1", "password": "demo"}
    ).json()
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    sizes = {q["id"]: q["size"] for q in httpx.get(f"{first.url}/v1/queues", headers=headers).json()}
    first.stop()
    again = server_process(database, "--demo")
    token = httpx.post(
        f"{again.url}/v1/auth/token", json={"username": "moderator1", "password": "demo"}
    ).json()
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    assert {q["id"]: q["size"] for q in httpx.get(f"{again.url}/v1/queues", headers=headers).json()} == sizes
    assert sum(sizes.values()) > 0
