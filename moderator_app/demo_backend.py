"""The embedded demo: the reference server in-process, on loopback, with the demo data.

`moderator-app --demo` calls :func:`start_demo_backend`: it serves
``moderator_app.server.app.create_app`` with uvicorn in a background thread, on 127.0.0.1 and a
free port, on ``<data_dir>/demo-server.sqlite3`` (seeded with the demo dataset the first time),
and returns once the server answers HTTP.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

log = logging.getLogger(__name__)

DEMO_DB_FILENAME = "demo-server.sqlite3"
# The demo keeps its port across runs when it can: the workstation's cache and outbox are tied to
# the server URL, so a decision left unsent by a crash is still sent after the restart.
DEMO_PORT_FILENAME = "demo-server.port"
LOOPBACK = "127.0.0.1"


class DemoBackendError(RuntimeError):
    """The embedded server could not be started."""


@dataclass
class ServerThread:
    """A uvicorn server for the reference app, running in a daemon thread of this process."""

    url: str
    database: str
    port: int
    timings: dict[str, float] = field(default_factory=dict)
    _server: object | None = None
    _thread: threading.Thread | None = None

    def stop(self, timeout: float = 10.0) -> None:
        """Ask uvicorn to exit, wait for the thread; open connections are closed."""
        server = self._server
        if server is None:
            return
        server.should_exit = True  # type: ignore[attr-defined]
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                server.force_exit = True  # type: ignore[attr-defined]
                self._thread.join(timeout)
        self._server = None
        self._thread = None


# The facade's name for the demo (url + stop()).
DemoBackend = ServerThread


def serve_in_thread(
    database: str | Path,
    *,
    host: str = LOOPBACK,
    port: int = 0,
    ready_timeout: float = 30.0,
    settings: object | None = None,
) -> ServerThread:
    """Serve the reference app on ``database`` (a SQLite path or a URL); return once it answers.

    ``port=0`` picks a free port. Passing the port of a stopped server restarts it on the same
    address (SO_REUSEADDR), which the offline tests rely on.
    """
    import uvicorn

    from moderator_app.server.app import create_app

    started = time.perf_counter()
    kwargs = {"settings": settings} if settings is not None else {}
    app = create_app(str(database), **kwargs)
    app_built = time.perf_counter()
    sock = _bind(host, port)
    actual_port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="on", timeout_graceful_shutdown=2
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="demo-backend", daemon=True)
    thread.start()
    url = f"http://{host}:{actual_port}"
    handle = ServerThread(url=url, database=str(database), port=actual_port, _server=server, _thread=thread)
    try:
        _wait_until_answering(url, thread, ready_timeout)
    except BaseException:
        handle.stop()
        raise
    ready = time.perf_counter()
    handle.timings = {"create_app_s": app_built - started, "serve_s": ready - app_built}
    return handle


def start_demo_backend(data_dir: Path, *, port: int = 0, ready_timeout: float = 120.0) -> ServerThread:
    """Start the demo server on loopback with the demo data in ``data_dir``; seed it if empty.

    Without ``port``, the port of the previous run is reused when it is free, else a free one.

    ``timings`` on the result holds seconds spent seeding (first run only), building the app
    and waiting for the first HTTP answer.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    db_path = data_dir / DEMO_DB_FILENAME
    port_file = data_dir / DEMO_PORT_FILENAME
    started = time.perf_counter()
    seed_s = _seed_if_empty(db_path)
    preferred = port or _read_port(port_file)
    try:
        backend = serve_in_thread(db_path, port=preferred, ready_timeout=ready_timeout)
    except DemoBackendError:
        if not preferred or port:
            raise
        log.info("Demo port %d is taken; using a free one", preferred)
        backend = serve_in_thread(db_path, port=0, ready_timeout=ready_timeout)
    port_file.write_text(str(backend.port), encoding="ascii")
    backend.timings["seed_s"] = seed_s
    backend.timings["total_s"] = time.perf_counter() - started
    log.info("Demo backend on %s (ready in %.2fs)", backend.url, backend.timings["total_s"])
    return backend


def _seed_if_empty(db_path: Path) -> float:
    """Migrate the demo database and load the demo dataset and its history into it the first time;
    return seconds."""
    from moderator_app.server.db import Database
    from moderator_app.server.demo.seeding import seed_demo
    from moderator_app.server.migrate import upgrade
    from moderator_app.server.seed import database_is_empty

    started = time.perf_counter()
    db = Database(str(db_path))
    try:
        upgrade(db)
        if not database_is_empty(db):
            return 0.0
        log.info("Seeding the demo database (first run)")
        seed_demo(db)
    finally:
        db.dispose()
    return time.perf_counter() - started


def _read_port(path: Path) -> int:
    try:
        port = int(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return 0
    return port if 1024 <= port <= 65535 else 0


def _bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise DemoBackendError(f"Cannot listen on {host}:{port}: {exc.strerror}") from exc
    sock.set_inheritable(False)
    return sock


def _wait_until_answering(url: str, thread: threading.Thread, timeout: float) -> None:
    """Poll until any HTTP answer comes back (401 on /v1/me is an answer)."""
    deadline = time.monotonic() + timeout
    delay = 0.005
    with httpx.Client(timeout=1.0) as client:
        while time.monotonic() < deadline:
            if not thread.is_alive():
                raise DemoBackendError("The demo server stopped while starting; see the log.")
            with contextlib.suppress(httpx.TransportError):
                client.get(f"{url}/v1/me")
                return
            time.sleep(delay)
            delay = min(delay * 2, 0.1)
    raise DemoBackendError(f"The demo server did not answer within {timeout:.0f} s.")
