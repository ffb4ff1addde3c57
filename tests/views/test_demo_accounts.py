"""`moderator-app --demo --demo-user NAME`: the demo opens as any demo account, and a name that is
not one is refused with a clear message (the real app, in a subprocess, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "MODERATOR_APP_SMOKE_TEST": "1",
    }
    return subprocess.run(
        [sys.executable, "-m", "moderator_app.cli", "--demo", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_demo_opens_as_a_team_lead(tmp_path):
    done = _run(tmp_path, "--demo-user", "lead1")
    assert done.returncode == 0, done.stderr
    assert "ready: queue-picker" in done.stdout
    assert "as lead1 (lead)" in done.stdout


def test_an_unknown_demo_account_is_refused_clearly(tmp_path):
    done = _run(tmp_path, "--demo-user", "nobody")
    assert done.returncode == 2
    assert "'nobody' is not a demo account" in done.stderr
    assert "Traceback" not in done.stderr
