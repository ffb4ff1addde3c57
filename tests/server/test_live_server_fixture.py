"""The shared `live_server` fixture itself: restartable on the same port and database."""

from __future__ import annotations

import httpx
import pytest
from api_helpers import claim


def test_stop_refuses_connections_and_start_resumes_with_the_same_data(live_server):
    with live_server.client("moderator1") as client:
        lease = claim(client)[0]
    url = live_server.url

    live_server.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/v1/queues", timeout=2)

    live_server.start()
    assert live_server.url == url
    with live_server.client("moderator1") as client:
        detail = client.get(f"/v1/items/{lease['item_id']}")
    assert detail.status_code == 200
    assert detail.json()["lease"]["lease_token"] == lease["lease_token"]
