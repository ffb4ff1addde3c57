"""Benchmarks of the workstation's data layer: the session snapshot's latency, the durable outbox write,
record_decision end to end, and the embedded demo backend's start time.

Run: .venv/bin/pytest tests/benchmarks/test_bench_workstation_data.py -m benchmark -s
"""

from __future__ import annotations

import statistics
import time
import uuid
from datetime import UTC, datetime

import keyring
import keyring.backends.fail
import pytest

from moderator_app.core import schema
from moderator_app.core.review_item import ReviewItem
from moderator_app.core.review_session import ReviewSessionModel
from moderator_app.demo_backend import start_demo_backend
from moderator_app.net.token_store import TokenStore
from moderator_app.store.outbox import DecisionOutbox
from moderator_app.store.writer import StoreWriter
from moderator_app.sync.engine import SyncSettings
from moderator_app.sync.item_index import ItemIndex
from moderator_app.sync.workstation import Workstation

pytestmark = pytest.mark.benchmark


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _report(name: str, seconds: list[float], unit: str = "us") -> None:
    scale = 1e6 if unit == "us" else 1e3
    print(
        f"\n{name}: n={len(seconds)} median={statistics.median(seconds) * scale:.1f} {unit} "
        f"p95={_pct(seconds, 95) * scale:.1f} {unit} max={max(seconds) * scale:.1f} {unit}"
    )


def _listing(n: int) -> schema.Listing:
    return schema.Listing(
        id=f"L{n}",
        version=1,
        title=f"Listing {n}",
        description="x" * 500,
        price=10.0,
        currency="EUR",
        category="home",
        location="Lyon",
        country="FR",
        created_at=datetime.now(UTC),
        seller_id="s",
        images=[],
    )


def test_session_view_latency():
    """The review session's snapshot (what the screen renders), with 50 and 200 listings held."""
    for size in (50, 200):
        session = ReviewSessionModel("q", ("r",), ("t",), time.monotonic)
        session.add_ready(range(size))
        index = ItemIndex()
        for n in range(size):
            index.put(ReviewItem(item_id=n, queue_id="q", listing=_listing(n)))
        samples = []
        for n in range(5000):
            if n % 10 == 0:  # a screening result changes an item now and then
                index.update(n % size, image_results={})
            started = time.perf_counter()
            view = session.view()
            index.get(view.current_id)
            samples.append(time.perf_counter() - started)
        _report(f"session view with {size} listings", samples)


def test_outbox_write_latency(tmp_path):
    """DecisionOutbox.add: one transaction, synchronous=FULL, returns after COMMIT (fsync)."""
    writer = StoreWriter(tmp_path / "bench.sqlite3")
    outbox = DecisionOutbox(writer)
    samples = []
    for n in range(200):
        request = schema.DecisionRequest(
            idempotency_key=uuid.uuid4(),
            item_id=n,
            lease_token="t",
            action=schema.Action.approve,
            time_spent_ms=1000,
            listing_version=1,
        )
        started = time.perf_counter()
        outbox.add("http://127.0.0.1:1", "moderator1", request)
        samples.append(time.perf_counter() - started)
    writer.close()
    _report("outbox write (durable commit)", samples, unit="ms")


def test_record_decision_against_the_live_server(server_factory, make_test_dataset, tmp_path):
    """record_decision() on real leased items (the engine runs; decisions are sent after 5 s)."""
    server = server_factory(dataset=make_test_dataset(open_items=60))
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        settings = SyncSettings(runway=50, refill_below=50, send_hold_s=5.0)
        ws = Workstation(
            server.url,
            data_dir=tmp_path / "ws",
            token_store=TokenStore(),
            settings=settings,
            prescreen_images=False,
            screen_text=False,
        )
        ws.sign_in("moderator1", "demo")
        ws.start()
        ws.start_queue("new-fr")
        deadline = time.monotonic() + 120
        while len(ws.review_items()) < 40 and time.monotonic() < deadline:
            time.sleep(0.05)
        items = ws.review_items()
        reads, writes = [], []
        for item in items[:40]:
            started = time.perf_counter()
            ws.record_decision(item.item_id, "approve", time_spent_ms=900)
            writes.append(time.perf_counter() - started)
            started = time.perf_counter()
            ws.review_items()
            reads.append(time.perf_counter() - started)
        ws.stop()
    finally:
        keyring.set_keyring(previous)
    _report("record_decision() end to end", writes, unit="ms")
    _report("review_items() right after a decision", reads)


def test_demo_backend_start_time(tmp_path):
    """First start (migrate + seed the demo dataset) and warm start (seeded database)."""
    for label in ("first run (seeding)", "warm"):
        started = time.perf_counter()
        backend = start_demo_backend(tmp_path / "demo")
        total = time.perf_counter() - started
        backend.stop()
        timings = ", ".join(f"{k}={v:.2f}s" for k, v in backend.timings.items())
        print(f"\ndemo backend {label}: {total:.2f} s to first HTTP answer ({timings})")
