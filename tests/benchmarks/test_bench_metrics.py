"""Benchmark: the lead dashboard's metrics over 1,000,000 decisions and 50,000 audits (PostgreSQL).

Run with `.venv/bin/pytest tests/benchmarks/test_bench_metrics.py -m benchmark -s` and
MODERATOR_TEST_PG_URL set. A fresh database is created in the test cluster (``pg_url``), the
small test dataset (with 40 extra moderators) is seeded, and a year of synthetic history is
written by ``server.demo.history`` (COPY). Each metrics endpoint is then asked over real HTTP
for a 90-day and a 7-day range; the median of 3 answers is printed. Goal: each <= 1 s.
Figures are printed, never asserted: the machine is shared and they are noisy.

While tuning, MODERATOR_BENCH_METRICS_URL may name an already generated database to reuse
(the test then skips generation and leaves that database alone).
"""

from __future__ import annotations

import os
import statistics
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest

DECISIONS = int(os.environ.get("MODERATOR_BENCH_DECISIONS", "1000000"))
AUDITS = int(os.environ.get("MODERATOR_BENCH_AUDITS", "50000"))
WEEKS = 52
REPEATS = 3

ENDPOINTS = (
    ("error-rates by moderator", "/v1/metrics/error-rates", {"group_by": "moderator"}),
    ("error-rates by queue", "/v1/metrics/error-rates", {"group_by": "queue"}),
    ("error-rates by reason", "/v1/metrics/error-rates", {"group_by": "reason"}),
    ("error-rates by category", "/v1/metrics/error-rates", {"group_by": "category"}),
    ("error-rates moderator x week", "/v1/metrics/error-rates", {"group_by": "moderator", "period": "week"}),
    ("moderators", "/v1/metrics/moderators", {}),
    ("trends by week", "/v1/metrics/trends", {"period": "week"}),
    ("trends by day", "/v1/metrics/trends", {"period": "day"}),
    ("error-breakdown", "/v1/metrics/error-breakdown", {}),
    ("sla", "/v1/metrics/sla", {}),
    ("flag-agreement", "/v1/metrics/flag-agreement", {}),
    ("drill-down page 1", "/v1/metrics/decisions", {"limit": 50}),
    ("drill-down errors", "/v1/metrics/decisions", {"errors": "true", "limit": 50}),
    ("drill-down one moderator", "/v1/metrics/decisions", {"moderator": "mod07", "limit": 50}),
    ("moderators, one moderator", "/v1/metrics/moderators", {"moderator": "mod07"}),
)


def _generate(server) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    from moderator_app.server.demo.history import seed_history

    started = time.perf_counter()
    counts = seed_history(server.db, weeks=WEEKS, decisions=DECISIONS, audits=AUDITS, seed=2026)
    generated = time.perf_counter() - started
    dsn = make_url(server.database_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")  # what autovacuum would do after a bulk load
    print(
        f"\ngenerated {counts} in {generated:.1f} s (+ VACUUM ANALYZE {time.perf_counter() - started - generated:.1f} s)"
    )


def _median_ms(client: httpx.Client, path: str, params: dict) -> tuple[float, int]:
    times = []
    size = 0
    for _ in range(REPEATS):
        started = time.perf_counter()
        response = client.get(path, params=params)
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
        size = len(response.content)
    return statistics.median(times), size


@pytest.mark.benchmark
@pytest.mark.postgres
def test_metrics_over_a_million_decisions(request, server_factory, make_test_dataset):
    reuse = os.environ.get("MODERATOR_BENCH_METRICS_URL")
    if reuse:
        server = server_factory(database_url=reuse, seed=False)
    else:
        pg_url = request.getfixturevalue("pg_url")
        server = server_factory(dataset=make_test_dataset(extra_moderators=40), database_url=pg_url)
        _generate(server)
    today = datetime.now(UTC).date()
    ranges = {"90 days": (today - timedelta(days=90), today), "7 days": (today - timedelta(days=7), today)}
    with server.client("lead1", timeout=120) as client:
        print(f"\n{'endpoint':32} {'range':>8} {'median ms':>10} {'bytes':>8}")
        worst = 0.0
        for name, path, extra in ENDPOINTS:
            for label, (first, last) in ranges.items():
                params = {"from": first.isoformat(), "to": last.isoformat(), **extra}
                ms, size = _median_ms(client, path, params)
                worst = max(worst, ms)
                flag = "" if ms <= 1000 else "  > 1 s"
                print(f"{name:32} {label:>8} {ms:10.1f} {size:8d}{flag}")
        print(f"slowest answer: {worst:.1f} ms (goal <= 1000 ms)")
