"""A server-only install: `pip install 'moderator-app[server]'` into a fresh virtual environment,
with the lock file, pulls neither Qt nor the ONNX stack nor the desk's API client, and the server
it installs starts, migrates, serves the demo data and signs a user in."""

from __future__ import annotations

import os
import re
import subprocess
import venv
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "packaging" / "requirements.lock"
DESKTOP_ONLY = ("pyside6", "pyside6-essentials", "shiboken6", "onnxruntime", "opencv-python-headless", "nudenet",
                "rapidocr", "httpx", "keyring", "sqlite-utils", "openpyxl")  # fmt: skip


@pytest.mark.slow
def test_the_server_installs_and_runs_alone(tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "-c", str(LOCK), f"{ROOT}[server]"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    listed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True
    )
    installed = {line.split("==")[0].lower() for line in listed.stdout.splitlines()}
    assert not installed & set(DESKTOP_ONLY), (
        f"a server install pulled {sorted(installed & set(DESKTOP_ONLY))}"
    )
    assert {"fastapi", "sqlalchemy", "alembic"} <= installed

    environment = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    environment.pop("MODERATOR_AUDIT_KEY_FILE", None)  # the install finds (creates) its own key
    server = subprocess.Popen(
        [
            str(env_dir / "bin" / "moderator-server"),
            "--database",
            str(tmp_path / "demo.sqlite3"),
            "--port",
            "0",
            "--demo",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=environment,
    )
    try:
        line = server.stdout.readline().decode()
        url = re.search(r"listening on (http://\S+)", line).group(1)
        signed_in = httpx.post(
            f"{url}/v1/auth/token", json={"username": "lead1", "password": "demo"}, timeout=30
        )
        assert signed_in.status_code == 200, signed_in.text
        token = signed_in.json()["access_token"]
        queues = httpx.get(
            f"{url}/v1/queues", headers={"Authorization": f"Bearer {token}"}, timeout=30
        ).json()
        assert {q["id"] for q in queues} == {
            "new-fr",
            "new-es",
            "reported",
            "escalations",
            "priority-notices",
            "appeals",
        }
    finally:
        server.terminate()
        server.wait(timeout=30)
        server.stdout.close()
    assert (tmp_path / "data" / "moderator-app" / "audit.key").is_file()
