"""Shared fixtures: a real reference server on loopback, seeded with a small dataset.

- ``live_server``: a uvicorn server in a background thread on 127.0.0.1 (free port), on a fresh
  SQLite file under ``tmp_path``. Its ``.url`` is the base URL; ``.token(user)``, ``.headers(user)``
  and ``.client(user)`` sign in (password ``demo``). ``.stop()`` and ``.start()`` restart it on the
  SAME port and database (offline-mode tests). ``.clock.advance(s)`` moves the server's clock.
- ``server_factory``: builds more servers: ``server_factory(dataset=..., database_url=...)``.
- ``make_test_dataset``: the small dataset builder (``open_items``, ``extra_moderators``).
- ``pg_url``: a fresh PostgreSQL database per test (needs ``MODERATOR_TEST_PG_URL``; skipped
  with a clear reason otherwise). ``pg_live_server``: ``live_server`` on that database.
- ``server_process``: starts ``moderator-server`` as a real subprocess (several may share a DB).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from PIL import Image, ImageDraw

from moderator_app.server.demo.dataset import (
    DemoDataset,
    DemoImage,
    DemoListing,
    DemoQueue,
    DemoReasonCode,
    DemoSeller,
    DemoServerFlag,
    DemoUser,
)

PG_ENV = "MODERATOR_TEST_PG_URL"


def _session_audit_key() -> None:
    """Every server the tests start seals its audit log with one key made for this run (servers
    started as subprocesses inherit it), never a key in the user's data directory."""
    import secrets
    import tempfile

    from moderator_app.server.audit_key import KEY_FILE_ENV

    if os.environ.get(KEY_FILE_ENV):
        return
    path = Path(tempfile.mkdtemp(prefix="moderator-test-audit-key-")) / "audit.key"
    path.write_text(secrets.token_hex(32) + "\n", encoding="ascii")
    os.environ[KEY_FILE_ENV] = str(path)


_session_audit_key()
DEMO_USERS = ("moderator1", "moderator2", "lead1", "qa1", "admin1")
REFERENCE_TIME = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


# --- the small test dataset -----------------------------------------------------------------


def _png(color: tuple[int, int, int], shape: str, size: tuple[int, int] = (96, 72)) -> bytes:
    img = Image.new("RGB", size, (245, 245, 240))
    draw = ImageDraw.Draw(img)
    if shape == "circle":
        draw.ellipse((16, 10, 80, 62), fill=color)
    else:
        draw.rectangle((10, 20, 86, 52), fill=color)
        draw.line((0, 0, 95, 71), fill=(20, 20, 20), width=3)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def build_test_dataset(open_items: int = 12, extra_moderators: int = 0) -> DemoDataset:
    """A small, deterministic dataset: the five demo accounts, four queues, three sellers (two share
    a phone number), ``open_items`` listings waiting in ``new-fr`` and two past listings."""
    opened = REFERENCE_TIME - timedelta(days=2000)  # long before any history a test writes
    users = (
        DemoUser("moderator1", "Moderator One", "moderator", created_at=opened),
        DemoUser("moderator2", "Moderator Two", "moderator", created_at=opened),
        DemoUser("lead1", "Lead One", "lead", created_at=opened),
        DemoUser("qa1", "QA One", "qa", created_at=opened),
        DemoUser("admin1", "Admin One", "admin", created_at=opened),
    ) + tuple(
        DemoUser(f"mod{i:02d}", f"Moderator {i}", "moderator", created_at=opened) for i in range(extra_moderators)
    )
    reasons = (
        DemoReasonCode(
            "contact_details",
            "Contact details",
            "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
            "DECISION_GROUND_INCOMPATIBLE_CONTENT",
        ),
        DemoReasonCode(
            "counterfeit",
            "Counterfeit",
            "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
            "DECISION_GROUND_ILLEGAL_CONTENT",
        ),
        DemoReasonCode(
            "weapons",
            "Weapons",
            "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
            "DECISION_GROUND_ILLEGAL_CONTENT",
        ),
    )
    actions = ("approve", "reject", "escalate")
    queues = (
        DemoQueue(
            "new-fr", "New listings FR", 7200, actions, ("contact_details", "counterfeit"), ("escalations",)
        ),
        DemoQueue(
            "new-es", "New listings ES", 7200, actions, ("contact_details", "counterfeit"), ("escalations",)
        ),
        DemoQueue(
            "reported",
            "Reported",
            3600,
            actions,
            ("contact_details", "counterfeit", "weapons"),
            ("escalations",),
        ),
        DemoQueue(
            "escalations",
            "Escalations",
            86400,
            ("approve", "reject"),
            ("contact_details", "counterfeit", "weapons"),
            (),
        ),
    )
    base = REFERENCE_TIME
    sellers = (
        DemoSeller(
            "S1",
            "Jean D.",
            base - timedelta(days=400),
            True,
            True,
            "verified",
            "+33612345678",
            "Jean@Example.fr",
            "dev-1",
            "pay-1",
            0,
            (),
        ),
        DemoSeller(
            "S2",
            "Nouveau vendeur",
            base - timedelta(days=1),
            False,
            False,
            "none",
            "+33612345678",
            "new@example.fr",
            "dev-2",
            None,
            3,
            ((base - timedelta(hours=5), "contact_details"),),
        ),
        DemoSeller(
            "S3",
            "Other",
            base - timedelta(days=30),
            True,
            False,
            "pending",
            None,
            "other@example.es",
            "dev-2",
            "pay-3",
            1,
            (),
        ),
    )
    red = DemoImage("img-red", _png((200, 30, 30), "rect"), "image/png")
    blue = DemoImage("img-blue", _png((30, 30, 200), "circle"), "image/png")
    listings = [
        DemoListing(
            id=f"L{i:04d}",
            seller_id=("S1", "S2", "S3")[i % 3],
            title=f"Vélo de ville {i}",
            description="Très bon état, à venir chercher sur place.",
            price=120.0 + i,
            currency="EUR",
            category="home",
            location="Lyon",
            country="FR",
            created_at=base - timedelta(minutes=open_items - i),
            images=(red,) if i % 2 else (blue, red),
            queue_id="new-fr",
            priority=5 if i % 4 == 0 else 0,
            outcome=None,
            outcome_reasons=(),
            server_flags=(DemoServerFlag("marketplace-ml", "fraud-v3", "scam_risk", 0.42, None),)
            if i % 3 == 1
            else (),
        )
        for i in range(open_items)
    ]
    listings += [
        DemoListing(
            "P0001",
            "S2",
            "iPhone 15 neuf 150€",
            "Paiement Western Union uniquement",
            150.0,
            "EUR",
            "electronics",
            "Paris",
            "FR",
            base - timedelta(days=2),
            (red,),
            None,
            0,
            "rejected",
            ("contact_details",),
            (),
        ),
        DemoListing(
            "P0002",
            "S1",
            "Armoire ancienne",
            "Belle armoire en chêne",
            300.0,
            "EUR",
            "home",
            "Lyon",
            "FR",
            base - timedelta(days=90),
            (),
            None,
            0,
            "approved",
            (),
            (),
        ),
    ]
    return DemoDataset(
        users=users,
        reason_codes=reasons,
        queues=queues,
        sellers=sellers,
        listings=tuple(listings),
        policy_terms=(
            {
                "term": "western union",
                "category": "scams_and_fraud",
                "languages": ["fr", "es"],
                "severity": "reject",
            },
        ),
        policy_version="test-1",
        reference_time=REFERENCE_TIME,
        flag_targets=(
            {"flag": "phone", "reason_codes": ["contact_details"]},
            {
                "flag": "banned_term:intellectual_property_infringements",
                "statement_categories": ["STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"],
            },
        ),
    )


@pytest.fixture
def make_test_dataset():
    return build_test_dataset


# --- the live server ------------------------------------------------------------------------


class ServerClock:
    """Real UTC time plus an offset that tests can move forward (to expire leases and tokens);
    ``freeze()`` stops the real part, so that only ``advance`` moves it."""

    def __init__(self) -> None:
        self.offset = timedelta(0)
        self.frozen_at: datetime | None = None

    def __call__(self) -> datetime:
        return (self.frozen_at or datetime.now(UTC)) + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)

    def freeze(self) -> None:
        self.frozen_at = datetime.now(UTC)


_TOKENS: dict[tuple[bytes, str, str], str] = {}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """A real uvicorn server on 127.0.0.1 in a background thread; restartable on the same port."""

    def __init__(
        self, database_url: str, *, lease_seconds: int = 600, port: int | None = None, hot_routes: bool = True
    ) -> None:
        self.database_url = database_url
        self.lease_seconds = lease_seconds
        self.hot_routes = hot_routes
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.clock = ServerClock()
        self.app = None
        self._server = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> LiveServer:
        """Start (or restart) on the same port and database; returns once it accepts requests."""
        import uvicorn

        from moderator_app.server.app import create_app
        from moderator_app.server.context import ServerSettings

        if self.running:
            return self
        self.app = create_app(
            self.database_url,
            settings=ServerSettings(lease_seconds=self.lease_seconds, hot_routes=self.hot_routes),
            clock=self.clock,
        )
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="on")
        self._server = uvicorn.Server(config)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True, name=f"live-server-{self.port}"
        )
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the live server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Stop serving (connections are refused until start() is called again)."""
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=30)
        self._server = None
        self._thread = None

    @property
    def db(self):
        """The server's Database (for tests that inspect or tamper with stored rows)."""
        return self.app.state.ctx.db

    def token(self, username: str, password: str = "demo") -> str:
        """A bearer token for the user. Servers built from the same seeded template share the
        signing secret and user ids, so tokens are reused across them (argon2 is slow on purpose)."""
        key = (self.app.state.ctx.token_secret, username, password)
        if key not in _TOKENS:
            response = httpx.post(
                f"{self.url}/v1/auth/token", json={"username": username, "password": password}
            )
            response.raise_for_status()
            _TOKENS[key] = response.json()["access_token"]
        return _TOKENS[key]

    def headers(self, username: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(username)}"}

    def client(self, username: str | None = None, **kwargs) -> httpx.Client:
        headers = self.headers(username) if username else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=kwargs.pop("timeout", 30), **kwargs)


@pytest.fixture(scope="session")
def seeded_sqlite_template(tmp_path_factory) -> Path:
    """A SQLite file holding the default test dataset, built once; servers start from copies."""
    from moderator_app.server.db import Database
    from moderator_app.server.migrate import upgrade
    from moderator_app.server.seed import seed_dataset

    path = tmp_path_factory.mktemp("template") / "seeded.sqlite3"
    db = Database(str(path))
    upgrade(db)
    seed_dataset(db, build_test_dataset())
    db.dispose()  # closing the last connection checkpoints the WAL into the file
    return path


@pytest.fixture
def server_factory(tmp_path, seeded_sqlite_template):
    """Build seeded live servers: ``server_factory(dataset=None, database_url=None, lease_seconds=600)``
    (``hot_routes=False`` turns off the claim/decide lane, for comparing it with the FastAPI routes).

    Without a dataset and a database URL, the server runs on a fresh copy of the seeded template.
    """
    from moderator_app.server.seed import seed_dataset

    servers: list[LiveServer] = []

    def make(
        dataset: DemoDataset | None = None,
        database_url: str | None = None,
        *,
        lease_seconds: int = 600,
        seed: bool = True,
        hot_routes: bool = True,
    ) -> LiveServer:
        url = database_url
        needs_seed = seed
        if url is None:
            path = tmp_path / f"server-{len(servers)}.sqlite3"
            if seed and dataset is None:
                shutil.copyfile(seeded_sqlite_template, path)
                needs_seed = False
            url = str(path)
        server = LiveServer(url, lease_seconds=lease_seconds, hot_routes=hot_routes)
        servers.append(server)
        server.start()
        if needs_seed:
            seed_dataset(server.db, dataset or build_test_dataset())
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def live_server(server_factory) -> LiveServer:
    return server_factory()


# --- PostgreSQL -----------------------------------------------------------------------------


@pytest.fixture
def pg_url():
    """A fresh, empty PostgreSQL database for this test; dropped afterwards."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (tests/run-all starts a server and sets it)")
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base)
    name = f"moderator_test_{uuid.uuid4().hex[:12]}"
    admin_dsn = url.set(drivername="postgresql", database=url.database or "postgres").render_as_string(
        hide_password=False
    )
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield url.set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_live_server(pg_url, server_factory) -> LiveServer:
    # pg_url first: teardown runs in reverse, so the servers stop before the database is dropped.
    return server_factory(database_url=pg_url)


# --- server subprocesses --------------------------------------------------------------------


class ServerProcess:
    """`moderator-server` running as a child process; ``.url`` is what it printed."""

    def __init__(self, database: str, *extra: str, log_path: Path) -> None:
        self.log_path = log_path
        self._log = open(log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "moderator_app.server.cli", "--port", "0", "--database", database, *extra],
            stdout=subprocess.PIPE,
            stderr=self._log,
        )
        line = self.proc.stdout.readline().decode("utf-8", "replace")
        match = re.search(r"listening on (http://\S+)", line)
        if not match:
            self.stop()
            raise RuntimeError(
                f"server did not start: {line!r}; log: {log_path.read_text(errors='replace')[-2000:]}"
            )
        self.url = match.group(1)
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/openapi.json", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("server process did not answer")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc.stdout.close()
        self._log.close()


@pytest.fixture
def server_process(tmp_path):
    """Start ``moderator-server`` subprocesses: ``server_process(database, *extra_args)``."""
    started: list[ServerProcess] = []

    def start(database: str, *extra: str) -> ServerProcess:
        proc = ServerProcess(database, *extra, log_path=tmp_path / f"server-process-{len(started)}.log")
        started.append(proc)
        return proc

    yield start
    for proc in started:
        proc.stop()
