"""Demo sellers with varied histories, and the links between accounts that moderators look for.

Besides ordinary private sellers and shops there are, on purpose:
- a French ring of four accounts sharing one phone number (and partly one device);
- a Spanish ring of three accounts sharing a payment method and a device;
- two accounts sharing one e-mail address;
- brand-new accounts that post many listings within hours ("burst" accounts).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from . import texts_en, texts_es, texts_fr
from .contacts import new_phone
from .dataset import DemoSeller

TEXTS = {"fr": texts_fr, "es": texts_es, "en": texts_en}

_FIRST = {
    "fr": (
        "Julien",
        "Camille",
        "Nicolas",
        "Sarah",
        "Mehdi",
        "Léa",
        "Thomas",
        "Chloé",
        "Karim",
        "Manon",
        "Antoine",
        "Inès",
        "Hugo",
        "Emma",
        "Yanis",
        "Claire",
        "Sébastien",
        "Nadia",
        "Pierre",
        "Aurélie",
        "Fatima",
        "Romain",
        "Laetitia",
        "Youssef",
    ),
    "es": (
        "Javier",
        "Lucía",
        "Carlos",
        "María",
        "Alejandro",
        "Paula",
        "David",
        "Carmen",
        "Sergio",
        "Laura",
        "Pablo",
        "Elena",
        "Jorge",
        "Marta",
        "Raúl",
        "Ana",
        "Iván",
        "Cristina",
        "João",
        "Beatriz",
    ),
    "en": (
        "James",
        "Emily",
        "Oliver",
        "Sophie",
        "Harry",
        "Chloe",
        "Jack",
        "Amelia",
        "Mohammed",
        "Priya",
        "Daniel",
        "Hannah",
        "Tom",
        "Grace",
    ),
}
_LAST = {
    "fr": (
        "Martin",
        "Bernard",
        "Dubois",
        "Moreau",
        "Laurent",
        "Girard",
        "Benali",
        "Roux",
        "Fontaine",
        "Mercier",
        "Haddad",
        "Lefèvre",
    ),
    "es": (
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Silva",
        "Gómez",
        "Ruiz",
        "Díaz",
    ),
    "en": (
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Wilson",
        "Evans",
        "Patel",
        "Khan",
        "Walker",
        "Wright",
        "Hughes",
        "Clarke",
    ),
}
_SHOPS = {
    "fr": (
        "Phone Center {city}",
        "Auto Prestige {city}",
        "Immo Conseil {city}",
        "Dépôt-Vente du Centre",
        "Les Meubles de Mamie",
        "Elevage du Val Fleuri",
        "Cash Occasion {city}",
        "Garage des Halles",
    ),
    "es": (
        "Móviles {city}",
        "AutoOcasión {city}",
        "Inmobiliaria Sol",
        "Muebles Rústicos {city}",
        "Criadero Los Olivos",
        "TecnoSegunda",
    ),
    "en": ("{city} Phone Repairs", "{city} Motors", "Lettings Direct", "Vintage Home {city}"),
}
_MAIL_DOMAINS = {
    "fr": ("gmail.com", "hotmail.fr", "orange.fr", "free.fr", "yahoo.fr", "outlook.fr"),
    "es": ("gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"),
    "en": ("gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk"),
}
_STRIKE_REASONS = (
    "contact_details",
    "off_platform_payment",
    "scam_suspected",
    "counterfeit",
    "duplicate_listing",
    "prohibited_item",
)


@dataclass
class SellerPlan:
    """A seller plus what the builder needs to give them listings."""

    seller: DemoSeller
    language: str
    place: tuple[str, str, str]  # (location, country, postcode)
    kind: str  # "private" | "shop" | "shady" | "ring" | "burst"
    weight: float  # relative number of listings
    ring_phone: str | None = None  # the shared number the ring writes in its listings


def _slug(text: str) -> str:
    table = str.maketrans("àâäéèêëîïôöùûüçñáíóúã", "aaaeeeeiioouuucnaioua")
    return "".join(c for c in text.lower().translate(table) if c.isalnum() or c == ".")


def _hex(rng: random.Random, n: int = 12) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _account_age(rng: random.Random) -> timedelta:
    bucket = rng.random()
    if bucket < 0.05:
        return timedelta(days=rng.uniform(1, 7))
    if bucket < 0.2:
        return timedelta(days=rng.uniform(7, 60))
    if bucket < 0.5:
        return timedelta(days=rng.uniform(60, 365))
    return timedelta(days=rng.uniform(365, 8 * 365))


def _strikes(
    rng: random.Random, created: datetime, ref: datetime, count: int
) -> tuple[tuple[datetime, str], ...]:
    span = (ref - created).total_seconds()
    times = sorted(created + timedelta(seconds=rng.uniform(0.2, 0.98) * span) for _ in range(count))
    return tuple((t.replace(microsecond=0), rng.choice(_STRIKE_REASONS)) for t in times)


class _SellerFactory:
    def __init__(self, rng: random.Random, ref: datetime) -> None:
        self.rng = rng
        self.ref = ref
        self.plans: list[SellerPlan] = []

    def add(
        self,
        language: str,
        kind: str,
        *,
        age: timedelta | None = None,
        phone: str | None = None,
        email: str | None = None,
        device: str | None = None,
        payment: str | None = None,
        place: tuple[str, str, str] | None = None,
    ) -> SellerPlan:
        rng = self.rng
        place = place or rng.choice(TEXTS[language].PLACES)
        first, last = rng.choice(_FIRST[language]), rng.choice(_LAST[language])
        if kind == "shop":
            display = rng.choice(_SHOPS[language]).format(city=place[0].split(" ")[0])
        else:
            display = rng.choice(
                (f"{first} {last[0]}.", f"{first}", f"{first} {last}", f"{first.lower()}{rng.randint(1, 99)}")
            )
        created = self.ref - (age if age is not None else _account_age(rng))
        created = created.replace(microsecond=0)
        shady = kind in ("shady", "ring", "burst")
        verified_kyc = 0.8 if kind == "shop" else (0.0 if shady else 0.22)
        roll = rng.random()
        kyc = "verified" if roll < verified_kyc else ("pending" if roll < verified_kyc + 0.1 else "none")
        if email is None:
            email = f"{_slug(first)}.{_slug(last)}{rng.choice(('', str(rng.randint(1, 99))))}@{rng.choice(_MAIL_DOMAINS[language])}"
        if phone is None and rng.random() < (0.5 if shady else 0.8):
            phone = new_phone(rng, place[1])
        if payment is None and rng.random() < 0.6:
            payment = f"pm-{_hex(rng)}"
        reports = rng.choices((0, 1, 2, 3, 5), (70, 15, 8, 5, 2))[0] if not shady else rng.randint(2, 12)
        strike_count = (
            rng.choices((0, 1, 2, 3), (88, 8, 3, 1))[0]
            if not shady
            else rng.choices((0, 1, 2, 3), (30, 35, 25, 10))[0]
        )
        if (self.ref - created).days < 3:
            strike_count = 0
        seller = DemoSeller(
            id=f"sel-{len(self.plans) + 1:04d}",
            display_name=display,
            created_at=created,
            email_verified=rng.random() < (0.5 if shady else 0.88),
            phone_verified=phone is not None and rng.random() < (0.3 if shady else 0.65),
            kyc=kyc,
            phone=phone,
            email=email,
            device_fingerprint=device or f"dev-{_hex(rng)}",
            payment_fingerprint=payment,
            reports_received=reports,
            strikes=_strikes(rng, created, self.ref, strike_count),
        )
        weight = {"private": 1.0, "shop": 3.5, "shady": 1.6, "ring": 1.5, "burst": 0.0}[kind]
        plan = SellerPlan(
            seller,
            language,
            place,
            kind,
            weight * rng.uniform(0.5, 1.5),
            ring_phone=phone if kind == "ring" else None,
        )
        self.plans.append(plan)
        return plan


def build_sellers(rng: random.Random, ref: datetime) -> list[SellerPlan]:
    """All demo sellers (about 165), deterministic for a given ``rng`` state."""
    factory = _SellerFactory(rng, ref)
    counts = {"fr": (58, 7, 8), "es": (42, 5, 6), "en": (22, 3, 4)}  # private, shop, shady
    for language, (private, shops, shady) in counts.items():
        for _ in range(private):
            factory.add(language, "private")
        for _ in range(shops):
            factory.add(language, "shop", age=timedelta(days=rng.uniform(400, 3000)))
        for _ in range(shady):
            factory.add(language, "shady", age=timedelta(days=rng.uniform(2, 90)))

    # French ring: one phone number on four accounts, two of them on the same device.
    ring_phone = new_phone(rng, "FR")
    ring_device = f"dev-{_hex(rng)}"
    for i in range(4):
        factory.add(
            "fr",
            "ring",
            age=timedelta(days=rng.uniform(3, 40)),
            phone=ring_phone,
            device=ring_device if i < 2 else None,
        )
    # Spanish ring: one payment method and one device on three accounts.
    ring_payment, ring_device = f"pm-{_hex(rng)}", f"dev-{_hex(rng)}"
    for _ in range(3):
        factory.add(
            "es", "ring", age=timedelta(days=rng.uniform(5, 60)), payment=ring_payment, device=ring_device
        )
    # Two accounts on one e-mail address (a banned seller coming back under a new name).
    returning = factory.add("fr", "shady", age=timedelta(days=rng.uniform(200, 400)))
    factory.add("fr", "shady", age=timedelta(days=rng.uniform(2, 6)), email=returning.seller.email)
    # Burst accounts: created a day or two ago, about to post many listings in a few hours.
    factory.add("fr", "burst", age=timedelta(hours=rng.uniform(20, 40)), place=texts_fr.PLACES[0])
    factory.add("es", "burst", age=timedelta(hours=rng.uniform(20, 40)), place=texts_es.PLACES[0])
    factory.add("en", "burst", age=timedelta(hours=rng.uniform(10, 30)), place=texts_en.PLACES[0])
    return factory.plans
