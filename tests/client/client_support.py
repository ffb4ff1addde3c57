"""Helpers of the workstation tests: the restartable loopback server, event waits, server reads."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from moderator_app.demo_backend import serve_in_thread
from moderator_app.net.api_client import ApiClient
from moderator_app.net.retry import Backoff
from moderator_app.server.context import ServerSettings
from moderator_app.sync.engine import SyncSettings


class RestartableServer:
    """The reference server in this process; can be stopped and restarted on the same port and DB."""

    def __init__(self, db_path: Path, lease_seconds: int = 600):
        self.db_path = db_path
        self.port = 0
        self.handle = None
        self.settings = ServerSettings(lease_seconds=lease_seconds)
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.handle = serve_in_thread(self.db_path, port=self.port, settings=self.settings)
        self.port = self.handle.port

    def stop(self) -> None:
        if self.handle is not None:
            self.handle.stop()
            self.handle = None

    def lead_client(self) -> ApiClient:
        api = ApiClient(self.url)
        api.login("lead1", "demo")
        return api


FAST_SETTINGS = SyncSettings(
    runway=5,
    refill_below=3,
    send_hold_s=0.0,
    idle_poll_s=0.2,
    empty_queue_retry_s=0.5,
    backoff=Backoff(base=0.05, cap=0.5),
)


class Events:
    """Collects listener events and waits for a condition without fixed sleeps."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._cond = threading.Condition()

    def __call__(self, name: str) -> None:
        with self._cond:
            self.names.append(name)
            self._cond.notify_all()

    def wait_for(self, predicate, timeout: float = 90.0, what: str = "condition"):
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate()
                if value:
                    return value
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out waiting for {what}")
                # Re-check at least every 100 ms: some conditions change without an event.
                self._cond.wait(min(left, 0.1))


def server_decisions(server) -> list:
    """Every decision the server holds (read with a lead account)."""
    with server.lead_client() as lead:
        return lead.decisions(limit=500).decisions


def audit_decision_entries(server) -> list:
    """The audit log's decision entries (read with the admin account)."""
    with ApiClient(server.url) as admin:
        admin.login("admin1", "demo")
        response = admin._send("GET", "/v1/audit-log", params={"limit": 1000})
    return [entry for entry in response.json() if entry["kind"] == "decision"]


def crash(ws) -> None:
    """Leave a workstation as a killed process would: its store as committed, nothing sent, no lease
    given back (a clean quit gives them back)."""
    ws.engine.stop()
    ws._writer.close()
    if ws.engine.session is not None:
        ws.engine.session.api.close()  # the sockets a dead process leaves are closed by the system
