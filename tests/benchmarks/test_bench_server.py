"""Benchmark: claim → decide cycles per second against the real server, 1/8/32 clients.

Run with `.venv/bin/pytest tests/benchmarks/test_bench_server.py -m benchmark -s`.
The server runs as `moderator-server` subprocess(es); the load comes from one asyncio process
with one keep-alive HTTP/1.1 connection per simulated moderator (a minimal client, so that the
load generator is not the bottleneck). Each cycle claims one item and
decides it (approve), the way a desk works one listing at a time. Latencies are per request.
Figures are printed, never asserted: the machine is shared and they are noisy.

Two kinds of run:
- **saturating** (1, 8, 32 clients): each client starts its next cycle as soon as the last one
  ends. This finds the most cycles per second; its latency is mostly queueing, since by Little's
  law 32 clients at R cycles/s wait 32/R seconds per cycle on average, whatever the server does.
- **paced** (32 clients sharing a fixed rate, `PACED_RATES`): cycles start on a schedule, the way
  a floor of moderators works, and latency is measured from the scheduled start (so a server that
  falls behind cannot hide it). This shows the p95 at a given load.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import time
import uuid
from dataclasses import dataclass, field

import httpx
import pytest

CLIENT_COUNTS = (1, 8, 32)
SECONDS_PER_RUN = float(os.environ.get("MODERATOR_BENCH_SECONDS", "5"))
WARMUP_SECONDS = 1.0
ITEMS = 20_000
PG_WORKERS = int(os.environ.get("MODERATOR_BENCH_PG_WORKERS", "2"))
SQLITE_WORKERS = int(os.environ.get("MODERATOR_BENCH_SQLITE_WORKERS", "2"))
PACED_CLIENTS = 32
PACED_RATES = {"sqlite": (100, 200), "postgres": (200, 300, 500)}


@dataclass
class RunResult:
    clients: int
    paced_rate: float | None = None  # cycles/s offered, for a paced run
    cycles: int = 0
    seconds: float = 0.0
    claim_ms: list[float] = field(default_factory=list)
    decide_ms: list[float] = field(default_factory=list)
    errors: int = 0
    server_cpu_s: float = 0.0  # CPU time of the server processes over the whole run (warm-up too)
    all_cycles: int = 0  # cycles completed over the whole run, warm-up included

    @property
    def rate(self) -> float:
        return self.cycles / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_cycle(self) -> float:
        return 1000 * self.server_cpu_s / self.all_cycles if self.all_cycles else float("nan")


def _process_tree_cpu_seconds(root_pid: int) -> float:
    """User + system CPU seconds of ``root_pid`` and its live descendants (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        parents[pid] = int(fields[1])
        times[pid] = (int(fields[11]) + int(fields[12])) / ticks
    total = 0.0
    for pid, seconds in times.items():
        ancestor = pid
        while ancestor not in (root_pid, 0, 1) and ancestor in parents:
            ancestor = parents[ancestor]
        if ancestor == root_pid:
            total += seconds
    return total


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class _RawHttp:
    """A minimal keep-alive HTTP/1.1 JSON client on asyncio streams.

    The load generator shares two cores with the server; httpx's per-request overhead would
    make it, not the server, the bottleneck at 32 clients.
    """

    def __init__(self, url: str, token: str) -> None:
        host_port = url.split("//", 1)[1]
        self.host, port = host_port.rsplit(":", 1)
        self.port = int(port)
        self.auth = f"Bearer {token}"
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def __aenter__(self) -> _RawHttp:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        return self

    async def __aexit__(self, *exc) -> None:
        self.writer.close()
        await self.writer.wait_closed()

    async def post(self, path: str, body: dict) -> tuple[int, dict]:
        payload = json.dumps(body).encode()
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nAuthorization: {self.auth}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
        )
        self.writer.write(head.encode() + payload)
        status_line = await self.reader.readline()
        status = int(status_line.split()[1])
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        return status, json.loads(await self.reader.readexactly(length)) if length else {}


class _QueueEmpty(Exception):
    pass


async def _cycle(client: _RawHttp, result: RunResult) -> tuple[float, float] | None:
    """Claim one item and approve it: (claimed, decided) times, or None if the decision failed.

    Raises _QueueEmpty when nothing is left to claim (or the claim failed)."""
    status, body = await client.post("/v1/queues/bench/claim", {"count": 1})
    claimed = time.perf_counter()
    leases = body["leases"] if status == 200 else []
    if not leases:
        result.errors += status != 200
        raise _QueueEmpty
    lease = leases[0]
    decision = {
        "idempotency_key": str(uuid.uuid4()),
        "item_id": lease["item_id"],
        "lease_token": lease["lease_token"],
        "action": "approve",
        "time_spent_ms": 1000,
        "listing_version": lease["listing_version"],
    }
    status, _ = await client.post("/v1/decisions", decision)
    decided = time.perf_counter()
    if status != 200:
        result.errors += 1
        return None
    return claimed, decided


async def _client_loop(url: str, token: str, stop_at: float, measure_from: float, result: RunResult) -> None:
    async with _RawHttp(url, token) as client:
        while (started := time.perf_counter()) < stop_at:
            try:
                times = await _cycle(client, result)
            except _QueueEmpty:
                return
            if times is not None:
                result.all_cycles += 1
            if times is not None and started >= measure_from:
                claimed, decided = times
                result.cycles += 1
                result.claim_ms.append((claimed - started) * 1000)
                result.decide_ms.append((decided - claimed) * 1000)


async def _paced_client_loop(
    url: str,
    token: str,
    first_at: float,
    interval: float,
    stop_at: float,
    measure_from: float,
    result: RunResult,
) -> None:
    """Start a cycle every ``interval`` seconds from ``first_at``; late cycles start at once.

    Only cycles that end inside the measuring window count towards the rate, so a server that
    falls behind shows a lower rate than the one offered (and latencies that keep growing).
    """
    async with _RawHttp(url, token) as client:
        scheduled = first_at
        while scheduled < stop_at and time.perf_counter() < stop_at:
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            try:
                times = await _cycle(client, result)
            except _QueueEmpty:
                return
            if times is not None:
                result.all_cycles += 1
            if times is not None and scheduled >= measure_from:
                claimed, decided = times
                result.cycles += decided <= stop_at
                # From the scheduled start: time spent waiting behind a slow server counts.
                result.claim_ms.append((claimed - scheduled) * 1000)
                result.decide_ms.append((decided - claimed) * 1000)
            scheduled += interval


async def _paced_run(urls: list[str], tokens: list[str], clients: int, rate: float) -> RunResult:
    result = RunResult(clients, paced_rate=rate)
    now = time.perf_counter()
    measure_from = now + WARMUP_SECONDS
    stop_at = measure_from + SECONDS_PER_RUN
    interval = clients / rate
    await asyncio.gather(
        *(
            _paced_client_loop(
                urls[i % len(urls)], tokens[i], now + i / rate, interval, stop_at, measure_from, result
            )
            for i in range(clients)
        )
    )
    result.seconds = SECONDS_PER_RUN
    return result


async def _run(urls: list[str], tokens: list[str], clients: int) -> RunResult:
    result = RunResult(clients)
    now = time.perf_counter()
    measure_from = now + WARMUP_SECONDS
    stop_at = measure_from + SECONDS_PER_RUN
    await asyncio.gather(
        *(_client_loop(urls[i % len(urls)], tokens[i], stop_at, measure_from, result) for i in range(clients))
    )
    result.seconds = min(time.perf_counter(), stop_at) - measure_from
    return result


async def _login_all(url: str, usernames: list[str]) -> list[str]:
    async with httpx.AsyncClient(base_url=url, timeout=120) as client:

        async def login(name: str) -> str:
            response = await client.post("/v1/auth/token", json={"username": name, "password": "demo"})
            response.raise_for_status()
            return response.json()["access_token"]

        return list(await asyncio.gather(*(login(n) for n in usernames)))


def _bench_dataset(make_test_dataset):
    """The small test dataset plus one big `bench` queue, without images (they play no part here)."""
    from dataclasses import replace

    from moderator_app.server.demo.dataset import DemoQueue

    base = make_test_dataset(open_items=ITEMS, extra_moderators=max(CLIENT_COUNTS))
    bench_queue = DemoQueue("bench", "Benchmark", 3600, ("approve", "reject"), ("contact_details",), ())
    listings = tuple(
        replace(item, queue_id="bench", images=(), priority=0) if item.queue_id else item
        for item in base.listings
    )
    return replace(base, queues=(*base.queues, bench_queue), listings=listings)


def _print_table(backend: str, workers: int, results: list[RunResult]) -> None:
    print(
        f"\nclaim→decide cycles on {backend} ({workers} server process(es), {SECONDS_PER_RUN:.0f} s per run)"
    )
    print(
        f"{'clients':>7} {'offered':>8} {'cycles/s':>9} {'claim p50':>10} {'claim p95':>10} {'decide p50':>11} "
        f"{'decide p95':>11} {'cycle p95':>10} {'errors':>6} {'server CPU/cycle':>17}"
    )
    for r in results:
        cycle = [c + d for c, d in zip(r.claim_ms, r.decide_ms, strict=True)]
        offered = f"{r.paced_rate:.0f}/s" if r.paced_rate else "max"
        print(
            f"{r.clients:>7} {offered:>8} {r.rate:>9.0f} {_pct(r.claim_ms, 0.5):>8.1f}ms "
            f"{_pct(r.claim_ms, 0.95):>8.1f}ms "
            f"{_pct(r.decide_ms, 0.5):>9.1f}ms {_pct(r.decide_ms, 0.95):>9.1f}ms {_pct(cycle, 0.95):>8.1f}ms "
            f"{r.errors:>6} {r.cpu_ms_per_cycle:>15.2f}ms"
        )
    saturated = [r for r in results if r.paced_rate is None and r.decide_ms]
    if saturated:
        print(
            f"mean decide latency at {saturated[-1].clients} clients, saturating: "
            f"{statistics.fmean(saturated[-1].decide_ms):.1f} ms"
        )
    print("paced rows: claim and cycle latencies count from the scheduled start")
    print("server CPU/cycle: user+system CPU of the server processes over the run, per completed cycle")


@pytest.mark.benchmark
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_bench_claim_decide_cycles(backend, request, server_process, make_test_dataset, tmp_path):
    from moderator_app.server.seed import seed_dataset

    if backend == "postgres":
        database, workers = request.getfixturevalue("pg_url"), PG_WORKERS
    else:
        database, workers = str(tmp_path / "bench.sqlite3"), SQLITE_WORKERS
    proc = server_process(database, "--workers", str(workers))
    seed_dataset(database, _bench_dataset(make_test_dataset))
    usernames = [f"mod{i:02d}" for i in range(max(CLIENT_COUNTS))]
    tokens = asyncio.run(_login_all(proc.url, usernames))

    def measured(run) -> RunResult:
        before = _process_tree_cpu_seconds(proc.proc.pid)
        result = asyncio.run(run)
        result.server_cpu_s = _process_tree_cpu_seconds(proc.proc.pid) - before
        return result

    results = [measured(_run([proc.url], tokens, n)) for n in CLIENT_COUNTS]
    results += [measured(_paced_run([proc.url], tokens, PACED_CLIENTS, rate)) for rate in PACED_RATES[backend]]

    _print_table(backend, workers, results)
    assert all(r.cycles > 0 and r.errors == 0 for r in results)
