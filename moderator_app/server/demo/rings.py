"""Three spam rings mixed into the demo queues, so the cluster features have something to find.

- **Stolen photos**: four fresh accounts post the same two phone photos (one as exact copies, one
  re-encoded or resized) in the French and Spanish queues.
- **One phone number**: three accounts, each with its own account phone, write one WhatsApp number
  in their listings in different spellings (``06 39 98 77 10``, ``+33 6 39 98 77 10``,
  ``0639987710``), and one of them writes it across a photo too.
- **Templated text**: four accounts post one "I am abroad, the courier will deliver" template with
  the product, the price and the contact changed.

The marketplace's nudity classifier also flags the demo's adult listings (a server flag), so that a
moderator whose exposure budget is spent is routed around them. Everything derives from the seed
through its own random generators, so the rest of the dataset is the same with or without rings.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

from . import images
from .contacts import national_format
from .dataset import DemoDataset, DemoImage, DemoListing, DemoSeller, DemoServerFlag

RING_PHONE = "+33639987710"
_TEMPLATE_FR = (
    "Je vends {product} en parfait état, jamais utilisé, encore sous garantie avec facture. "
    "Je suis actuellement à l'étranger pour mon travail, l'envoi se fait par transporteur après "
    "paiement par virement ou coupon PCS. Prix ferme {price} euros. Contact uniquement par mail : {email}"
)
_TEMPLATE_PRODUCTS = (
    ("MacBook Air M2", "laptop", 450),
    ("PlayStation 5 avec deux manettes", "headphones", 250),
    ("iPhone 14 Pro 256 Go", "phone", 390),
    ("Trottinette électrique Segway", "scooter", 420),
)
_STOLEN = (
    ("iPhone 15 Pro Max neuf sous blister", "phone", 520),
    ("iPhone 15 Pro Max 256 Go, jamais servi", "phone", 540),
)
_PHONE_ADS = (
    ("Console Nintendo Switch OLED", "headphones", 180, "Dispo de suite, WhatsApp au {phone}."),
    ("Trottinette électrique Xiaomi", "scooter", 190, "Écrivez-moi sur WhatsApp {phone}, réponse rapide."),
    ("AirPods Pro 2", "headphones", 90, "Neufs, scellés. Contact WhatsApp : {phone}"),
)


def _seller(rng: random.Random, seller_id: str, name: str, now, days: float, email: str) -> DemoSeller:
    phone = f"+33644{rng.randint(100000, 999999)}"
    return DemoSeller(
        seller_id, name, now - timedelta(days=days), rng.random() < 0.5, False, "none", phone, email,
        f"dev-ring-{seller_id}", None, 0, (),
    )  # fmt: skip


def add_rings(dataset: DemoDataset, seed: int = 7) -> DemoDataset:
    """The dataset with the three rings' sellers and pending listings added, and the adult
    listings flagged by the marketplace's nudity classifier."""
    rng = random.Random(f"rings:{seed}")
    now = dataset.reference_time
    number = max(int(listing.id.split("-")[1]) for listing in dataset.listings)
    sellers: list[DemoSeller] = []
    listings: list[DemoListing] = []
    pictures = 0

    def picture(data: bytes) -> DemoImage:
        nonlocal pictures
        pictures += 1
        return DemoImage(f"img-ring-{pictures:03d}", data, "image/jpeg")

    def post(seller: DemoSeller, title, description, price, shape, queue, photos, minutes) -> None:
        nonlocal number
        number += 1
        created = now - timedelta(minutes=minutes)
        listings.append(
            DemoListing(
                id=f"lst-{number:06d}",
                seller_id=seller.id,
                title=title,
                description=description,
                price=float(price),
                currency="EUR",
                category="electronics",
                location="Paris" if queue == "new-fr" else "Madrid",
                country="FR" if queue == "new-fr" else "ES",
                created_at=created,
                images=tuple(photos) or (picture(images.product_image(shape, f"ring:{number}")),),
                queue_id=queue,
                priority=70 if queue == "reported" else 35,
                outcome=None,
                outcome_reasons=(),
                # A buyer reported the ones in the Reported queue.
                server_flags=(DemoServerFlag("user-report", None, "reported_by_user", 0.55, None),)
                if queue == "reported"
                else (),
                language="fr",
                planted=("ring",),
                enqueued_at=created + timedelta(seconds=30),
            )
        )

    # 1. Stolen photos: the same two photos on four fresh accounts (each upload its own image id,
    # as on a marketplace).
    first = images.product_image("phone", "ring:stolen:1")
    second_key = "ring:stolen:2"
    for k in range(4):
        seller = _seller(
            rng,
            f"ring-photo-{k + 1}",
            f"Apple Store Outlet {k + 1}",
            now,
            rng.uniform(0.5, 3),
            f"outlet{k + 1}@proton.me",
        )
        sellers.append(seller)
        title, shape, price = _STOLEN[k % 2]
        copy = images.near_duplicate("phone", second_key, k) if k else images.product_image("phone", second_key)
        description = "Neuf, jamais ouvert, facture et garantie Apple. Envoi rapide partout en France."
        post(
            seller,
            title,
            description,
            price + 10 * k,
            shape,
            ("new-fr", "new-es")[k % 2],
            (picture(first), picture(copy)),
            rng.uniform(10, 90),
        )
    # 2. One WhatsApp number in three spellings, on three accounts with their own phones.
    spellings = (national_format(RING_PHONE), "+33 6 39 98 77 10", RING_PHONE.replace("+33", "0"))
    for k, (title, shape, price, line) in enumerate(_PHONE_ADS):
        seller = _seller(
            rng,
            f"ring-phone-{k + 1}",
            f"Bonnes affaires {k + 1}",
            now,
            rng.uniform(1, 10),
            f"affaires{k + 1}@gmail.com",
        )
        sellers.append(seller)
        photos = ()
        if k == 2:
            photos = (picture(images.product_image(shape, f"ring:phone:{k}", f"WhatsApp {spellings[0]}")),)
        post(
            seller,
            title,
            line.format(phone=spellings[k]),
            price,
            shape,
            "new-fr",
            photos,
            rng.uniform(5, 100),
        )
    # 3. One template, the product, price and contact changed.
    for k, (product, shape, price) in enumerate(_TEMPLATE_PRODUCTS):
        email = f"expat.vente{k + 1}@outlook.fr"
        seller = _seller(rng, f"ring-text-{k + 1}", f"Expatrié {k + 1}", now, rng.uniform(0.2, 2), email)
        sellers.append(seller)
        description = _TEMPLATE_FR.format(product=product, price=price, email=email)
        post(
            seller, product, description, price, shape, ("new-fr", "reported")[k % 2], (), rng.uniform(5, 110)
        )
    flagged = tuple(
        replace(
            listing,
            server_flags=(
                *listing.server_flags,
                DemoServerFlag(
                    "marketplace-ml", "nsfw-v2", "adult_content", round(rng.uniform(0.82, 0.97), 2), None
                ),
            ),
        )
        if "adult_content" in listing.planted and listing.queue_id
        else listing
        for listing in dataset.listings
    )
    return replace(dataset, sellers=(*dataset.sellers, *sellers), listings=(*flagged, *listings))
