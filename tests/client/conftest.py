"""Fixtures of the workstation data-layer tests: keyrings, a fresh data dir, store objects."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from client_support import FAST_SETTINGS, Events, RestartableServer

from moderator_app.store.cache_store import CacheStore
from moderator_app.store.image_files import ImageFiles
from moderator_app.store.outbox import DecisionOutbox
from moderator_app.store.writer import StoreWriter
from moderator_app.sync.workstation import Workstation


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict: nothing touches the real keychain in tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.secrets[(service, username)]


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def fail_keyring():
    previous = keyring.get_keyring()
    backend = keyring.backends.fail.Keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Every test gets its own MODERATOR_APP_HOME, so nothing lands in the real user dirs."""
    monkeypatch.setenv("MODERATOR_APP_HOME", str(tmp_path / "home"))


@pytest.fixture
def writer(tmp_path):
    w = StoreWriter(tmp_path / "data" / "workstation.sqlite3")
    yield w
    w.close()


@pytest.fixture
def cache(writer, tmp_path):
    return CacheStore(writer, ImageFiles(tmp_path / "cache" / "images"))


@pytest.fixture
def outbox(writer):
    return DecisionOutbox(writer)


# --- the real reference server on loopback ----------------------------------------------------


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """A migrated, seeded server database, built once; each test serves its own copy."""
    from client_dataset import build_dataset

    from moderator_app.server.db import Database
    from moderator_app.server.migrate import upgrade
    from moderator_app.server.seed import seed_dataset

    path = tmp_path_factory.mktemp("server-template") / "server.sqlite3"
    db = Database(str(path))
    upgrade(db)
    seed_dataset(db, build_dataset())
    db.dispose()
    return path


@pytest.fixture
def make_server(seeded_template, tmp_path):
    """Start a server on a fresh copy of the seeded database (``lease_seconds`` configurable)."""
    started: list[RestartableServer] = []

    def make(lease_seconds: int = 600) -> RestartableServer:
        db_path = tmp_path / f"server-{len(started)}.sqlite3"
        shutil.copyfile(seeded_template, db_path)
        srv = RestartableServer(db_path, lease_seconds=lease_seconds)
        started.append(srv)
        return srv

    yield make
    for srv in started:
        srv.stop()


@pytest.fixture
def server(make_server):
    return make_server()


@pytest.fixture
def make_workstation(tmp_path, memory_keyring):
    """Build Workstations on a data dir (default: this test's); all are stopped at teardown."""
    made: list[Workstation] = []

    def make(url: str, data_dir: Path | None = None, **kwargs) -> tuple[Workstation, Events]:
        kwargs.setdefault("settings", FAST_SETTINGS)
        kwargs.setdefault("prescreen_images", False)
        kwargs.setdefault("screen_text", False)
        ws = Workstation(url, data_dir=data_dir or tmp_path / "client", **kwargs)
        events = Events()
        ws.add_listener(events)
        made.append(ws)
        return ws, events

    yield make
    for ws in made:
        with contextlib.suppress(RuntimeError):
            ws.stop()
