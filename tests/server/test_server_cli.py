"""`moderator-server` as a real process: prints its URL, serves, seeds the demo once, refuses a
busy port clearly, and spreads desks across its worker processes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from moderator_app.server.workers import balanced_workers_supported


def test_port_zero_prints_the_real_url_and_serves(server_process, tmp_path):
    proc = server_process(str(tmp_path / "cli.sqlite3"))
    assert not proc.url.endswith(":0")
    assert httpx.get(f"{proc.url}/v1/queues").status_code == 401


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


def test_a_busy_port_is_refused_with_a_clear_message(server_process, tmp_path):
    running = server_process(str(tmp_path / "first.sqlite3"), "--workers", "2")
    port = running.url.rsplit(":", 1)[1]
    for workers in ("1", "2"):
        second = subprocess.run(
            [
                sys.executable,
                "-m",
                "moderator_app.server.cli",
                "--port",
                port,
                "--workers",
                workers,
                "--database",
                str(tmp_path / "second.sqlite3"),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 1
        assert f"cannot listen on 127.0.0.1:{port}" in second.stderr
        assert "Traceback" not in second.stderr
    # The first server still answers: the second never joined its address.
    assert httpx.get(f"{running.url}/v1/queues").status_code == 401


def _listening_inodes(pid: int) -> set[str]:
    fd_dir = Path(f"/proc/{pid}/fd")
    inodes = set()
    for fd in fd_dir.iterdir():
        try:
            target = fd.readlink().as_posix()
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def _server_side_inode(server_port: int, client_port: int) -> str | None:
    """The inode of the accepted socket for one client connection, from /proc/net/tcp."""
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local_port = int(fields[1].rsplit(":", 1)[1], 16)
        remote_port = int(fields[2].rsplit(":", 1)[1], 16)
        if local_port == server_port and remote_port == client_port:
            return fields[9]
    return None


@pytest.mark.skipif(not balanced_workers_supported(), reason="SO_REUSEPORT balancing is Linux-only")
def test_workers_share_a_burst_of_desk_connections(server_process, tmp_path):
    """32 desks connecting at once (as after a restart) are spread over both worker processes.

    With one shared listening socket the first worker to wake accepts them all, and keep-alive
    pins every desk to it. Each connection's server-side socket is found in /proc and attributed
    to the worker that holds it; with even hashing, both getting at least 4 of 32 fails about
    once in a million runs.
    """
    proc = server_process(str(tmp_path / "workers.sqlite3"), "--workers", "2")
    server_port = int(proc.url.rsplit(":", 1)[1])
    children = Path(f"/proc/{proc.proc.pid}/task/{proc.proc.pid}/children").read_text().split()
    workers = {int(pid): _listening_inodes(int(pid)) for pid in children}
    workers = {pid: inodes for pid, inodes in workers.items() if inodes}  # not the resource tracker
    assert len(workers) == 2

    # The burst: the desks connect while both workers are frozen, so all 32 connections are
    # pending together (as when a floor reconnects after a restart). One worker then wakes
    # before the other: on a shared socket it would accept all 32; with a socket per worker
    # it can only take the connections the kernel queued for it.
    first, second = workers
    for pid in workers:
        os.kill(pid, signal.SIGSTOP)
    try:
        desks = [socket.create_connection(("127.0.0.1", server_port)) for _ in range(32)]
        os.kill(first, signal.SIGCONT)
        time.sleep(0.5)
    finally:
        for pid in workers:
            os.kill(pid, signal.SIGCONT)
    try:
        request = b"GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n"
        for desk in desks:
            desk.sendall(request)
        for desk in desks:
            assert desk.recv(12).startswith(b"HTTP/1.1 200")
        owners = []
        for desk in desks:
            inode = _server_side_inode(server_port, desk.getsockname()[1])
            refreshed = {pid: _listening_inodes(pid) for pid in workers}
            owners.append(next(pid for pid, inodes in refreshed.items() if inode in inodes))
    finally:
        for desk in desks:
            desk.close()
    counts = {pid: owners.count(pid) for pid in workers}
    assert min(counts.values()) >= 4, counts


@pytest.mark.skipif(not balanced_workers_supported(), reason="the worker pool is Linux-only")
def test_killing_the_supervisor_stops_its_workers_and_frees_the_port(server_process, tmp_path):
    proc = server_process(str(tmp_path / "orphans.sqlite3"), "--workers", "2")
    port = int(proc.url.rsplit(":", 1)[1])
    children = [
        int(p) for p in Path(f"/proc/{proc.proc.pid}/task/{proc.proc.pid}/children").read_text().split()
    ]
    proc.proc.kill()  # SIGKILL: no chance to stop the workers itself
    proc.proc.wait(30)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in children):
        time.sleep(0.1)
    assert not [
        pid
        for pid in children
        if Path(f"/proc/{pid}/status").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text()
    ]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", port))  # nobody holds it any more
