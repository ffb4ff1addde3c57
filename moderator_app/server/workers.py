"""`moderator-server --workers N` on Linux: N processes, each with its own listening socket.

One socket shared by N processes balances badly: when desks (re)connect in a burst, say after a
restart, the first worker to wake accepts every pending connection at once, and HTTP keep-alive
then pins all those desks to that one process while the others idle. Here every worker listens
on its own ``SO_REUSEPORT`` socket bound to the same address, and the kernel spreads new
connections evenly across them.

The parent binds the address first (without listening, so it never receives a connection): that
picks the port for ``--port 0`` and holds it. It starts the workers, waits until each one is
listening, and only then prints the URL. A worker that dies is restarted; SIGINT or SIGTERM stops
them all gracefully (uvicorn finishes in-flight requests), and if the supervisor itself is killed
the kernel stops its workers, so none is left holding the port.

Elsewhere (Windows, macOS, whose ``SO_REUSEPORT`` does not balance) the CLI keeps uvicorn's
shared-socket supervisor.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

APP_FACTORY = "moderator_app.server.app:app_from_env"
START_TIMEOUT_SECONDS = 120.0
STOP_TIMEOUT_SECONDS = 30.0
LISTEN_BACKLOG = 2048
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
QUICK_EXIT_SECONDS = 10.0
MAX_RESTART_DELAY_SECONDS = 30.0


def balanced_workers_supported() -> bool:
    """True where the kernel load-balances ``SO_REUSEPORT`` listeners (Linux)."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def bind_socket(host: str, port: int, *, reuse_port: bool = False) -> socket.socket:
    """A TCP socket bound to ``host:port`` (IPv6 when the host has a colon), not yet listening."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
    except BaseException:
        sock.close()
        raise
    return sock


def reserve_port(host: str, port: int) -> socket.socket:
    """Bind the address for this server alone, and return the (not listening) socket.

    ``SO_REUSEPORT`` would let a second server started on the same port by the same user join
    this one's group silently and take a share of its desks. So the port is first bound without
    it, which fails with "address in use" if anything at all holds it (and picks the port for 0).
    """
    with bind_socket(host, port) as probe:
        port = probe.getsockname()[1]
    return bind_socket(host, port, reuse_port=True)


def _die_with_parent(parent_pid: int) -> None:
    """Have the kernel stop this worker if the supervisor dies, even by SIGKILL (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os.kill(os.getpid(), signal.SIGTERM)


def _worker_main(host: str, port: int, uvicorn_options: dict[str, Any], listening, parent_pid: int) -> None:
    """One worker process: listen on its own socket, say so, then serve until told to stop."""
    import uvicorn

    _die_with_parent(parent_pid)
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    sock = bind_socket(host, port, reuse_port=True)
    sock.listen(LISTEN_BACKLOG)
    listening.set()
    config = uvicorn.Config(APP_FACTORY, factory=True, **uvicorn_options)
    uvicorn.Server(config).run(sockets=[sock])


class WorkerPool:
    """Start, watch and stop the worker processes."""

    def __init__(self, host: str, port: int, count: int, uvicorn_options: dict[str, Any]) -> None:
        self.host = host
        self.count = count
        self.uvicorn_options = uvicorn_options
        self._mp = multiprocessing.get_context("spawn")
        self._reservation = reserve_port(host, port)
        self.port: int = self._reservation.getsockname()[1]
        self._procs: list[Any] = []
        self._stopping = False

    def _spawn(self) -> tuple[Any, Any]:
        listening = self._mp.Event()
        proc = self._mp.Process(
            target=_worker_main,
            args=(self.host, self.port, self.uvicorn_options, listening, os.getpid()),
            name="moderator-server-worker",
        )
        proc.start()
        return proc, listening

    def start(self) -> None:
        """Start every worker and return once all of them are listening (or raise)."""
        started = [self._spawn() for _ in range(self.count)]
        self._procs = [proc for proc, _ in started]
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        for proc, listening in started:
            while not listening.wait(0.1):
                if not proc.is_alive() or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"a server worker did not start (exit code {proc.exitcode})")

    def supervise(self, on_ready: Callable[[], None] | None = None) -> None:
        """Block until SIGINT/SIGTERM, restarting workers that die; then stop them all."""
        previous = {sig: signal.signal(sig, self._request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            if on_ready is not None:
                on_ready()
            started_at = [time.monotonic()] * len(self._procs)
            failures = [0] * len(self._procs)
            due = [0.0] * len(self._procs)
            while not self._stopping:
                time.sleep(0.5)
                now = time.monotonic()
                for index, proc in enumerate(self._procs):
                    if proc.is_alive() or self._stopping:
                        continue
                    if not due[index]:
                        # A worker that keeps dying right after its start (the database is down,
                        # say) is restarted less and less often instead of every half second.
                        quick = now - started_at[index] < QUICK_EXIT_SECONDS
                        failures[index] = failures[index] + 1 if quick else 0
                        delay = min(MAX_RESTART_DELAY_SECONDS, 2.0 ** failures[index] - 1)
                        due[index] = now + delay
                        log.warning(
                            "server worker %s exited with %s; restarting it in %.0f s",
                            proc.pid,
                            proc.exitcode,
                            delay,
                        )
                    if now >= due[index]:
                        self._procs[index], _ = self._spawn()
                        started_at[index], due[index] = time.monotonic(), 0.0
        finally:
            self.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _request_stop(self, _signum, _frame) -> None:
        self._stopping = True

    def stop(self) -> None:
        self._stopping = True
        for proc in self._procs:
            if proc.is_alive():
                proc.terminate()  # SIGTERM: uvicorn's graceful shutdown
        deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
        for proc in self._procs:
            proc.join(max(0.0, deadline - time.monotonic()))
            if proc.is_alive():
                proc.kill()
                proc.join()
        self._reservation.close()

    @property
    def pids(self) -> list[int]:
        return [proc.pid for proc in self._procs]
