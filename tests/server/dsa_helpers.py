"""Helpers of the DSA tests: a Transparency Database stand-in on loopback, an intake account."""

from __future__ import annotations

import socket
import threading
import time

import httpx

from moderator_app.server.dsa.tdb_standin import StandIn, create_standin_app

TDB_TOKEN = "X|test-token-for-the-stand-in"


class RunningStandIn:
    """The stand-in served by uvicorn in a background thread on 127.0.0.1."""

    def __init__(self, token: str = TDB_TOKEN) -> None:
        import uvicorn

        self.state = StandIn(token=token)
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        config = uvicorn.Config(create_standin_app(self.state), log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "the stand-in did not start"
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def add_intake_user(server, username: str = "intake1") -> httpx.Client:
    """Create the marketplace's intake service account (admin API) and sign it in."""
    with server.client("admin1") as admin:
        response = admin.post(
            "/v1/admin/users",
            json={"username": username, "display_name": "Intake", "role": "intake", "password": "demo"},
        )
        assert response.status_code in (201, 409), response.text
    return server.client(username)


def notice_body(listing_id: str, kind: str = "user", **overrides) -> dict:
    notifier = {"kind": kind, "name": "Jeanne Martin", "email": "jeanne.martin@example.org"}
    if kind == "trusted_flagger":
        notifier = {"kind": kind, "name": "Brand Alliance", "flagger_id": "FR-TF-1"}
    body = {
        "listing_id": listing_id,
        "category": "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        "explanation": "Fake branded goods; call me on 06 12 34 56 78.",
        "notifier": notifier,
        "good_faith": True,
        "url": f"https://marketplace.example/{listing_id}",
    }
    body.update(overrides)
    return body
