"""Benchmark: building the clusters of 100,000 open listings, its time and peak memory.

Run with `make bench` (or `.venv/bin/pytest tests/benchmarks/test_bench_clusters.py -m benchmark -s`).
The database holds 100,000 open queue items from 30,000 sellers with 150,000 photos; 600 rings
hide among them (shared photos, one phone number across accounts, templated text), the rest are
ordinary listings written from a pool of sentences. Each build runs in a fresh process (as a
server's builder would), which prints its wall time and its peak resident memory:

- the **first build** extracts every listing version's contacts and text signature (done once per
  version, as listings arrive) and groups;
- a **rebuild** (what runs when listings arrive later: their features only, then the grouping)
  reads the stored features and groups.

PostgreSQL runs the same grouping in Python; its figures differ by the reads (with
MODERATOR_TEST_PG_URL set). Figures are printed, never asserted.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

LISTINGS = int(os.environ.get("MODERATOR_BENCH_CLUSTER_LISTINGS", "100000"))
SELLERS = LISTINGS * 3 // 10
RINGS = LISTINGS * 6 // 1000
_WORDS = (
    "vends", "très", "bon", "état", "peu", "servi", "cause", "déménagement", "prix", "négociable",
    "facture", "garantie", "remise", "main", "propre", "envoi", "possible", "couleur", "noir", "blanc",
    "bleu", "taille", "modèle", "récent", "ancien", "complet", "accessoires", "boîte", "origine",
    "rayures", "légères", "fonctionne", "parfaitement", "batterie", "neuve", "révisé", "contrôle",
    "technique", "kilomètres", "pneus", "jardin", "cuisine", "salon", "bois", "massif", "chêne",
    "tissu", "cuir", "enfant", "adulte", "vélo", "table", "chaise", "armoire", "canapé", "lampe",
)  # fmt: skip

_BUILD = """
import json, resource, sys, time
from moderator_app.server.context import ServerContext, ServerSettings
from moderator_app.server.db import Database
from moderator_app.server.clusters.builder import build
db = Database(sys.argv[1])
started = time.perf_counter()
report = build(ServerContext(db=db, settings=ServerSettings(cluster_refresh_seconds=None)))
seconds = time.perf_counter() - started
peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mib": peak_mib, **report.model_dump(mode="json")}))
"""


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(12, 40))) + "."


def _rows(now: datetime):
    """Rows for sellers, listings, versions, items, images and listing_images, with the rings."""
    rng = random.Random(17)
    sellers = [
        {
            "id": f"s{n}", "display_name": f"Seller {n}", "created_at": now - timedelta(days=30), "email_verified": False,
            "phone_verified": False, "kyc": "none", "phone": f"+336{n:08d}", "email": f"s{n}@example.fr",
            "device_fingerprint": f"d{n}", "payment_fingerprint": None, "reports_received": 0,
        }
        for n in range(SELLERS)
    ]  # fmt: skip
    hashes = np.random.default_rng(17).integers(0, 2**63, size=LISTINGS * 2, dtype=np.int64)
    listings, versions, items, images, shown = [], [], [], [], []
    ring_of = {n: n % RINGS for n in rng.sample(range(LISTINGS), RINGS * 10)}
    for n in range(LISTINGS):
        ring = ring_of.get(n)
        seller = f"s{rng.randrange(SELLERS)}"
        title, description = f"Article {n}", _text(rng)
        photos = [f"{int(hashes[2 * n + k]):016x}" for k in range(rng.choice((1, 1, 2)))]
        if ring is not None:
            kind = ring % 3
            if kind == 0:  # a shared photo
                photos = [f"{int(hashes[ring]) ^ rng.choice((0, 1, 4)):016x}"]
            elif kind == 1:  # one phone number across accounts
                description += f" Appelez le 07 {ring // 100:02d} {ring % 100:02d} 22 33."
            else:  # the ring's template, one word changed per listing
                words = _text(random.Random(f"ring:{ring}")).split()
                words[rng.randrange(len(words))] = rng.choice(_WORDS)
                description = " ".join(words) + " Je suis à l'étranger, envoi par transporteur après paiement."
        listings.append({"id": f"l{n}", "seller_id": seller, "current_version": 1, "created_at": now, "status": "pending", "status_reasons": "[]"})
        versions.append({"listing_id": f"l{n}", "version": 1, "title": title, "description": description, "price": 10.0, "currency": "EUR", "category": "home", "location": "Lyon", "country": "FR", "created_at": now})
        items.append({"queue_id": "new-fr", "listing_id": f"l{n}", "listing_version": 1, "priority": 0, "enqueued_at": now, "state": "open"})
        for position, value in enumerate(photos):
            image_id = f"i{n}-{position}"
            images.append({"id": image_id, "mime": "image/jpeg", "sha256": image_id, "width": 640, "height": 480, "phash": value, "size_bytes": 1, "created_at": now, "media_key": image_id, "hash_quality": 100})
            shown.append({"listing_id": f"l{n}", "version": 1, "position": position, "image_id": image_id})
    return {"sellers": sellers, "listings": listings, "listing_versions": versions, "items": items, "images": images, "listing_images": shown}  # fmt: skip


def _fill(database: str, base_dataset) -> None:
    from sqlalchemy import insert

    from moderator_app.server import tables as t
    from moderator_app.server.db import Database
    from moderator_app.server.migrate import upgrade
    from moderator_app.server.seed import seed_dataset

    db = Database(database)
    upgrade(db)
    seed_dataset(db, base_dataset)  # the accounts and queues
    rows = _rows(datetime.now(UTC))
    with db.write() as conn:
        for table in ("sellers", "listings", "listing_versions", "items", "images", "listing_images"):
            batch = rows[table]
            for start in range(0, len(batch), 20_000):
                conn.execute(insert(getattr(t, table)), batch[start : start + 20_000])
    db.dispose()


def _build(database: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _BUILD, database], capture_output=True, text=True, timeout=3600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.benchmark
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_bench_cluster_building(backend, request, tmp_path, make_test_dataset):
    database = request.getfixturevalue("pg_url") if backend == "postgres" else str(tmp_path / "clusters.sqlite3")
    _fill(database, make_test_dataset(open_items=0))
    first = _build(database)
    again = _build(database)
    print(f"\ncluster building on {backend}: {first['open_items']:,} open listings, {RINGS} rings hidden")
    for name, run in (("first build (extracts features)", first), ("rebuild (stored features)", again)):
        print(
            f"  {name:<33} {run['seconds']:7.1f} s   peak {run['peak_mib']:6.0f} MiB   "
            f"{run['clusters']:,} clusters, {run['clustered_items']:,} listings clustered, "
            f"{run['features_extracted']:,} extracted, {run['common_keys_ignored']} common keys ignored"
        )
    assert first["open_items"] == LISTINGS + 0 and again["features_extracted"] == 0
