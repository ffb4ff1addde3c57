"""Kill a workstation process mid-sync at several points, restart it on the same data directory:
nothing is lost and nothing is applied twice (one decision and one audit entry per item)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from client_support import audit_decision_entries, server_decisions

from moderator_app.sync.crash_points import ENV_VAR, EXIT_CODE

CHILD = Path(__file__).with_name("crash_child.py")
DECISIONS = 3


def run_child(url: str, data_dir: Path, mode: str, crash_at: str | None = None, sigkill_after_decided=False):
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    if crash_at:
        env[ENV_VAR] = crash_at
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), url, str(data_dir), mode, str(DECISIONS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line.strip())
        if sigkill_after_decided and line.startswith("decided all"):
            proc.send_signal(signal.SIGKILL)  # mid-sync: decisions committed, sending under way
            break
    proc.wait(timeout=120)
    stderr = proc.stderr.read() if proc.stderr else ""
    proc.stdout.close()
    if proc.stderr:
        proc.stderr.close()
    return proc.returncode, lines, stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    "crash_at",
    ["after_outbox_commit:2", "after_send_before_mark:2", "after_mark_sent:2", "sigkill"],
)
def test_a_killed_client_loses_nothing_and_doubles_nothing(server, tmp_path, crash_at):
    data_dir = tmp_path / "client"
    sigkill = crash_at == "sigkill"
    code, lines, stderr = run_child(server.url, data_dir, "decide", None if sigkill else crash_at, sigkill)
    expected_code = -signal.SIGKILL if sigkill else EXIT_CODE
    assert code == expected_code, (lines, stderr)
    decided = {int(line.split()[1]) for line in lines if line.startswith("deciding ")}
    assert decided, lines

    code, lines, stderr = run_child(server.url, data_dir, "drain")
    assert code == 0, (lines, stderr)
    result = json.loads(next(line for line in lines if line.startswith("result "))[len("result ") :])
    assert result["conflicts"] == []

    on_server = Counter(d.item_id for d in server_decisions(server))
    assert set(on_server) == decided
    assert all(n == 1 for n in on_server.values()), on_server
    audit = Counter(entry["payload"]["item_id"] for entry in audit_decision_entries(server))
    assert audit == Counter(dict.fromkeys(decided, 1))
