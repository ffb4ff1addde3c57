"""A small, deterministic dataset for the workstation tests: few listings, small real images.

The full demo dataset is the server helper's; this one keeps each test's server start fast
while exercising the real reference server (accounts, queues, leases, media, duplicates).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import numpy as np
from PIL import Image

from moderator_app.server.demo.dataset import (
    DemoDataset,
    DemoImage,
    DemoListing,
    DemoQueue,
    DemoReasonCode,
    DemoSeller,
    DemoUser,
)

REFERENCE = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
QUEUE = "new-fr"
ESCALATIONS = "escalations"


def _png(colour: tuple[int, int, int], size: int = 64) -> bytes:
    image = Image.new("RGB", (size, size), colour)
    for x in range(0, size, 8):  # some structure, so pHashes differ between colours
        for y in range(0, size, 8):
            if (x // 8 + y // 8 + colour[0]) % 3 == 0:
                image.putpixel((x, y), (255 - colour[0], colour[1], 255 - colour[2]))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _textured_png(seed: int, size: int = 64) -> bytes:
    """A photo with real structure (random blocks), so that its perceptual hash means something:
    near-uniform photos such as `_png`'s are too flat to be matched as reused."""
    rng = np.random.default_rng(seed)
    blocks = rng.integers(0, 256, (size // 8, size // 8, 3), dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(blocks).resize((size, size), Image.Resampling.NEAREST).save(out, format="PNG")
    return out.getvalue()


def build_dataset(listings: int = 30) -> DemoDataset:
    users = (
        DemoUser("moderator1", "Camille Roux", "moderator"),
        DemoUser("moderator2", "Javier Ortega", "moderator"),
        DemoUser("lead1", "Sophie Garnier", "lead"),
        DemoUser("admin1", "Desk Administrator", "admin"),
    )
    reasons = (
        DemoReasonCode(
            "contact_details",
            "Contact details",
            "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
            "DECISION_GROUND_INCOMPATIBLE_CONTENT",
        ),
        DemoReasonCode(
            "scam_suspected",
            "Suspected scam",
            "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
            "DECISION_GROUND_ILLEGAL_CONTENT",
        ),
    )
    queues = (
        DemoQueue(
            QUEUE,
            "New listings FR",
            7200,
            ("approve", "reject", "escalate"),
            ("contact_details", "scam_suspected"),
            (ESCALATIONS,),
        ),
        DemoQueue(
            ESCALATIONS,
            "Escalations",
            86400,
            ("approve", "reject"),
            ("contact_details", "scam_suspected"),
            (),
        ),
    )
    sellers = tuple(
        DemoSeller(
            id=f"seller-{i}",
            display_name=f"Vendeur {i}",
            created_at=REFERENCE - timedelta(days=30 * i + 2),
            email_verified=i % 2 == 0,
            phone_verified=True,
            kyc="verified" if i == 0 else "none",
            phone="+33612345678" if i in (1, 2) else None,
            email=f"vendeur{i}@example.fr",
            device_fingerprint=f"dev-{i}",
            payment_fingerprint=None,
            reports_received=i,
            strikes=((REFERENCE - timedelta(days=3), "scam_suspected"),) if i == 2 else (),
        )
        for i in range(3)
    )
    shared = DemoImage("img-shared", _textured_png(7), "image/png")
    items = []
    for n in range(listings):
        images = [DemoImage(f"img-{n}", _png((n * 7 % 256, 120, 255 - n * 5 % 256)), "image/png")]
        if n in (0, 1):
            images.append(shared)  # the same photo on two sellers' listings
        items.append(
            DemoListing(
                id=f"L{n:04d}",
                seller_id=f"seller-{n % 3}",
                title=f"Vélo de ville {n}",
                description="Très bon état. Appelez le 06 12 34 56 78" if n == 2 else "Très bon état.",
                price=100.0 + n,
                currency="EUR",
                category="home",
                location="Lyon",
                country="FR",
                created_at=REFERENCE - timedelta(hours=listings - n),
                images=tuple(images),
                queue_id=QUEUE,
                priority=0,
                outcome=None,
                outcome_reasons=(),
                server_flags=(),
            )
        )
    items.append(
        DemoListing(
            id="L-past",
            seller_id="seller-2",
            title="Ancien vélo",
            description="Vendu",
            price=50.0,
            currency="EUR",
            category="home",
            location="Lyon",
            country="FR",
            created_at=REFERENCE - timedelta(days=10),
            images=(),
            queue_id=None,
            priority=0,
            outcome="rejected",
            outcome_reasons=("scam_suspected",),
            server_flags=(),
        )
    )
    return DemoDataset(
        users=users,
        reason_codes=reasons,
        queues=queues,
        sellers=sellers,
        listings=tuple(items),
        policy_terms=({"term": "western union", "category": "scam"},),
        policy_version="test-1",
        reference_time=REFERENCE,
    )
