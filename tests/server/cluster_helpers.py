"""A dataset with spam rings and the listings that must not be grouped, for the cluster tests.

Rings:
- *photo ring*: sellers R1, R2, R3 post the same photo (R2 a re-encoded, resized copy);
- *phone ring*: sellers R4, R5 write the same number (in two spellings), R6 has it on its account;
- *text ring*: sellers T1, T2, T3 post one template with the product, price and phone changed.

Must stay alone: two sellers sharing a blank photo (same bytes), a shop's own phone on all its
listings (one seller), two sellers with different numbers in the same format, listings sharing a
stock phrase, listings made of common words, and a sensitive listing (a server flag).
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import timedelta

import numpy as np
from PIL import Image

from moderator_app.server.demo.dataset import DemoImage, DemoListing, DemoSeller, DemoServerFlag

STOCK = "Remise en main propre uniquement sur Lyon, pas d'envoi possible, merci de votre compréhension."
TEMPLATE = (
    "Vends {product} comme neuf, jamais servi, encore sous garantie deux ans avec facture d'achat. "
    "Je suis actuellement à l'étranger pour le travail, envoi par transporteur après paiement "
    "par virement. Prix {price} euros, contactez-moi au {phone} pour plus d'informations."
)


def photo(seed: int, *, size=(320, 240), quality: int = 90) -> bytes:
    """A structured picture (blocks of random grey levels): its pHash means something."""
    rng = np.random.default_rng(seed)
    blocks = rng.integers(0, 255, size=(12, 16, 3), dtype=np.uint8)
    image = Image.fromarray(blocks).resize(size, Image.Resampling.NEAREST)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def reencoded(data: bytes, size=(300, 225), quality: int = 55) -> bytes:
    with Image.open(io.BytesIO(data)) as img:
        out = io.BytesIO()
        img.convert("RGB").resize(size, Image.Resampling.BILINEAR).save(out, format="JPEG", quality=quality)
        return out.getvalue()


def blank() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 240), (250, 250, 250)).save(out, format="PNG")
    return out.getvalue()


def _seller(base, seller_id: str, phone: str | None = None) -> DemoSeller:
    return DemoSeller(
        seller_id, f"Seller {seller_id}", base - timedelta(days=30), False, False, "none", phone,
        f"{seller_id.lower()}@example.fr", f"dev-{seller_id}", None, 0, (),
    )  # fmt: skip


def ring_dataset(base_dataset):
    """The small test dataset plus the rings and the listings that must stay alone, all in new-fr."""
    base = base_dataset.reference_time
    ring_photo = photo(1)
    pictures = {
        "ring": DemoImage("img-ring", ring_photo, "image/jpeg"),
        "ring-copy": DemoImage("img-ring-copy", reencoded(ring_photo), "image/jpeg"),
        "blank": DemoImage("img-blank", blank(), "image/png"),
    }
    for n in range(2, 20):
        pictures[f"own{n}"] = DemoImage(f"img-own{n}", photo(n), "image/jpeg")
    sellers = [
        _seller(base, s)
        for s in (
            "R1",
            "R2",
            "R3",
            "R4",
            "R5",
            "T1",
            "T2",
            "T3",
            "B1",
            "B2",
            "SHOP",
            "F1",
            "F2",
            "K1",
            "K2",
            "C1",
            "C2",
        )
    ] + [_seller(base, "R6", "+33611223344")]
    own = iter(range(2, 20))

    def listing(listing_id, seller, title, description, images=None, flags=()):
        return DemoListing(
            id=listing_id,
            seller_id=seller,
            title=title,
            description=description,
            price=100.0,
            currency="EUR",
            category="electronics",
            location="Lyon",
            country="FR",
            created_at=base - timedelta(minutes=30),
            images=images if images is not None else (pictures[f"own{next(own)}"],),
            queue_id="new-fr",
            priority=0,
            outcome=None,
            outcome_reasons=(),
            server_flags=tuple(flags),
        )

    listings = [
        # photo ring
        listing("PR1", "R1", "Vélo électrique", "Très bon vélo, peu servi.", (pictures["ring"],)),
        listing("PR2", "R2", "VTT électrique", "Batterie neuve, révisé.", (pictures["ring-copy"],)),
        listing("PR3", "R3", "Vélo ville", "Cadre alu, freins neufs.", (pictures["ring"],)),
        # phone ring (the number in two spellings; R6 has it on its account)
        listing("PH1", "R4", "Console de jeux", "Appelez le 06 11 22 33 44 après 18h."),
        listing("PH2", "R5", "Casque audio", "Contact : +33 6 11 22 33 44, réponse rapide."),
        listing("PH3", "R6", "Montre connectée", "Bon état, chargeur fourni."),
        # text ring
        listing(
            "TX1",
            "T1",
            "iPhone 14",
            TEMPLATE.format(product="un iPhone 14 Pro 256 Go", price=450, phone="07 81 11 11 11"),
        ),
        listing(
            "TX2",
            "T2",
            "Galaxy S23",
            TEMPLATE.format(product="un Samsung Galaxy S23", price=380, phone="07 82 22 22 22"),
        ),
        listing(
            "TX3",
            "T3",
            "Pixel 8",
            TEMPLATE.format(product="un Google Pixel 8 Pro", price=420, phone="07 83 33 33 33"),
        ),
        # must stay alone: a blank photo shared by two sellers
        listing("BL1", "B1", "Table basse", "Table en chêne massif.", (pictures["blank"],)),
        listing("BL2", "B2", "Chaise", "Chaise en paille.", (pictures["blank"],)),
        # one seller's own phone on all its listings
        *(
            listing(f"SH{k}", "SHOP", f"Article {k}", "Boutique Dupont, appelez le 04 78 00 00 00.")
            for k in range(3)
        ),
        # different numbers in the same ordinary format
        listing("FM1", "F1", "Lampe", "Appelez le 06 98 76 54 32."),
        listing("FM2", "F2", "Miroir", "Appelez le 06 45 67 89 01."),
        # a shared stock phrase
        listing(
            "ST1",
            "K1",
            "Canapé trois places",
            f"Canapé en tissu gris, assise ferme, quelques traces d'usure. {STOCK}",
        ),
        listing("ST2", "K2", "Bibliothèque", f"Bibliothèque blanche cinq étagères, montage facile. {STOCK}"),
        # common words
        listing("CW1", "C1", "Très bon état", "Très bon état, à vendre, prix à débattre."),
        listing(
            "CW2",
            "C2",
            "Bon état",
            "Bon état, à vendre, prix ferme.",
            flags=[DemoServerFlag("marketplace-ml", "nsfw-v2", "adult_content", 0.93, None)],
        ),  # fmt: skip
    ]
    return replace(
        base_dataset,
        sellers=(*base_dataset.sellers, *sellers),
        listings=tuple(item for item in base_dataset.listings if item.queue_id is None) + tuple(listings),
    )


RINGS = {"photo": {"PR1", "PR2", "PR3"}, "phone": {"PH1", "PH2", "PH3"}, "text": {"TX1", "TX2", "TX3"}}
ALONE = {"BL1", "BL2", "SH0", "SH1", "SH2", "FM1", "FM2", "ST1", "ST2", "CW1", "CW2"}


def item_ids(server) -> dict[str, int]:
    """listing id -> open item id."""
    from sqlalchemy import select

    from moderator_app.server import tables as t

    with server.db.read() as conn:
        return dict(
            conn.execute(select(t.items.c.listing_id, t.items.c.id).where(t.items.c.state == "open")).all()
        )
