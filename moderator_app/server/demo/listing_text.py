"""Compose one listing's title, description and price for a given scenario.

A scenario names what is planted in the listing ("clean", "contact_phone", "counterfeit"...). The
result says which tags were actually planted, so tests and screening checks know what to expect.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .contacts import handle_for, new_phone, written_email, written_phone
from .sellers import TEXTS, SellerPlan

CATEGORIES = ("electronics", "vehicles", "real_estate", "fashion", "jobs", "animals", "home")

# What each scenario plants, as tags on the listing.
SCENARIO_TAGS = {
    "clean": (),
    "contact_phone": ("contact_phone",),
    "contact_handle": ("contact_handle",),
    "contact_email": ("contact_email",),
    "phone_in_image": ("phone_in_image",),
    "payment": ("off_platform_payment",),
    "abroad": ("abroad_courier", "price_below_market"),
    "deposit": ("deposit_before_viewing",),
    "counterfeit": ("counterfeit",),
    "prohibited": ("prohibited_item",),
    "protected_animal": ("protected_animal",),
    "price_below_market": ("price_below_market",),
    "stolen_photo": ("image_exact_duplicate",),
    "near_duplicate_photo": ("image_near_duplicate",),
    "poor_photo": ("poor_photo",),
    "wrong_category": ("wrong_category",),
    "duplicate_listing": ("duplicate_listing",),
    "adult": ("adult_content",),
    "discrimination": ("hate_speech",),
    "minors": ("minors",),
}

# The reason code a moderator would reject each tag with.
TAG_REASONS = {
    "contact_phone": "contact_details",
    "contact_handle": "contact_details",
    "contact_email": "contact_details",
    "phone_in_image": "contact_details",
    "off_platform_payment": "off_platform_payment",
    "abroad_courier": "scam_suspected",
    "deposit_before_viewing": "scam_suspected",
    "counterfeit": "counterfeit",
    "prohibited_item": "prohibited_item",
    "protected_animal": "protected_animal",
    "price_below_market": "price_misleading",
    "image_exact_duplicate": "stolen_photos",
    "image_near_duplicate": "stolen_photos",
    "poor_photo": "poor_quality_photos",
    "wrong_category": "wrong_category",
    "duplicate_listing": "duplicate_listing",
    "adult_content": "adult_content",
    "hate_speech": "hate_speech",
    "minors": "minors",
    "new_account_burst": "scam_suspected",
}

# Scenarios that only make sense in some categories; the listing's category is forced to one of them.
SCENARIO_CATEGORIES = {
    "deposit": ("real_estate",),
    "adult": ("jobs",),
    "discrimination": ("jobs", "real_estate"),
    "minors": ("electronics", "home"),
}


@dataclass
class ListingText:
    category: str
    shape: str  # the picture shape that matches the product
    title: str
    description: str
    price: float | None
    currency: str
    tags: list[str] = field(default_factory=list)
    contact_phone: str | None = None  # E.164 written in the text or on a photo


def _luhn_complete(digits: str) -> str:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        total += n
    return digits + str((10 - total % 10) % 10)


def _digits(rng: random.Random, n: int) -> str:
    return f"{rng.randrange(10**n):0{n}d}"


def _round_price(value: float) -> float:
    step = 1 if value < 20 else 5 if value < 200 else 10 if value < 2000 else 100 if value < 50000 else 1000
    return float(max(step, round(value / step) * step))


def _group_thousands(n: int, language: str) -> str:
    text = f"{n:,}"
    return text.replace(",", {"fr": " ", "es": ".", "en": ","}[language])


def _values(
    rng: random.Random,
    language: str,
    place: tuple[str, str, str],
    price: float | None,
    currency: str,
    posted: datetime,
) -> dict:
    location, _, postcode = place
    km = rng.randrange(8, 210) * 1000 + rng.randrange(0, 1000, 100)
    year = posted.year - rng.randint(0, 3)
    return {
        "location": location,
        "postcode": postcode,
        "year": year,
        "month": f"{rng.randint(1, 12):02d}",
        "km": _group_thousands(km, language),
        "km2": _group_thousands(km // 2000 * 1000, language),
        "mileage": _group_thousands(int(km * 0.621) // 100 * 100, language),
        "imei": _luhn_complete(rng.choice(("35", "86", "01")) + _digits(rng, 12)),
        "siret": " ".join((lambda s: [s[:3], s[3:6], s[6:9], s[9:]])(_luhn_complete(_digits(rng, 13)))),
        "cif": _digits(rng, 8),
        "company_no": _digits(rng, 8),
        "chip": "250268" + _digits(rng, 9),
        "battery": rng.randint(78, 100),
        "past_date": (posted - timedelta(days=rng.randint(5, 300))).strftime("%d/%m/%Y"),
        "recent_date": (posted - timedelta(days=rng.randint(3, 35))).strftime("%d/%m/%Y"),
        "future_date": (posted + timedelta(days=rng.randint(7, 500))).strftime("%d/%m/%Y"),
        "born": (posted - timedelta(days=rng.randint(42, 80))).strftime("%d/%m/%Y"),
        "critair": rng.randint(1, 3),
        "doors": rng.choice((3, 5)),
        "m2": rng.randint(18, 120),
        "floor": rng.randint(1, 7),
        "rooms": rng.randint(1, 5),
        "dpe": rng.choice("ABCDEF"),
        "size": rng.choice(("S", "M", "L", "38", "40", "42", "44")),
        "colour": rng.choice(TEXTS[language].COLOURS),
        "salary": rng.randrange(1750, 2600, 50),
        "hours": rng.choice((15, 20, 24, 35, 39)),
        "hourly": f"{rng.uniform(11.5, 15):.2f}",
        "width": rng.randrange(40, 240, 5),
        "depth": rng.randrange(30, 100, 5),
        "deposit": rng.choice((200, 300, 450, 500, 800)),
        "price": int(price) if price else "",
        "cur": "£" if currency == "GBP" else "€",
    }


class Rotation:
    """Hands out the variants of each planted wording in turn (not at random), so that every
    wording (each payment method, each counterfeit term...) appears once there are enough listings."""

    def __init__(self) -> None:
        self._next: dict[int, int] = {}

    def pick(self, options: tuple):
        index = self._next.get(id(options), 0)
        self._next[id(options)] = index + 1
        return options[index % len(options)]


def compose(
    rng: random.Random,
    rotation: Rotation,
    seller: SellerPlan,
    category: str,
    scenario: str,
    posted: datetime,
    contact_style: int | None = None,
) -> ListingText:
    """Title, description and price of one listing by ``seller`` in ``category`` planting ``scenario``,
    posted at ``posted`` (dates in the text are relative to it). ``contact_style`` forces how a planted
    phone number or e-mail address is written (see ``contacts.written_phone`` / ``written_email``).

    The scenario may change the category (a deposit scam is a rental) or the product (a
    counterfeit bag); ``tags`` in the result list what was planted.
    """
    texts = TEXTS[seller.language]
    category = rng.choice(SCENARIO_CATEGORIES[scenario]) if scenario in SCENARIO_CATEGORIES else category
    country = seller.place[1]
    currency = "GBP" if country == "GB" else "EUR"
    tags = list(SCENARIO_TAGS[scenario])

    item_description = None
    if scenario in ("counterfeit", "prohibited", "protected_animal"):
        title, category, shape, low, high, item_description = rotation.pick(texts.PLANT_ITEMS[scenario])
    elif scenario == "wrong_category":
        other = rng.choice([c for c in CATEGORIES if c not in (category, "jobs")])
        title, shape, low, high = rng.choice(texts.PRODUCTS[other])
    else:
        title, shape, low, high = rng.choice(texts.PRODUCTS[category])

    if category == "jobs":
        price = None
    elif low == 0 and rng.random() < 0.5:
        price = 0.0
    else:
        price = _round_price(rng.uniform(max(low, 1), max(high, 1)))
        if "price_below_market" in tags:
            price = _round_price(low * rng.uniform(0.12, 0.35))

    values = _values(rng, seller.language, seller.place, price, currency, posted)
    values["product"] = title
    model_year = re.search(r"\b(19|20)\d\d\b", title)
    if model_year:  # "Peugeot 208 ... 2019" is registered in 2019
        values["year"] = int(model_year.group())
    values["condition"] = rng.choice(texts.CONDITIONS)
    sentences = [rng.choice(texts.OPENERS[category]).format_map(values)]
    if item_description:
        sentences.append(item_description)
    sentences += [d.format_map(values) for d in rng.sample(texts.DETAILS[category], k=rng.randint(1, 2))]
    if rng.random() < 0.3:
        sentences.append(rng.choice(texts.TRAPS.get(category, ()) + texts.TRAPS["any"]))
        tags.append("innocent_trap")

    phone = seller.ring_phone or seller.seller.phone
    if phone is None or rng.random() < 0.25:
        # A number that is not on the account is still contact details.
        phone = seller.ring_phone or new_phone(rng, country)
    values.update(
        phone=written_phone(rng, phone, contact_style),
        phone_digits=phone.lstrip("+"),
        email=written_email(rng, seller.seller.email, contact_style),
        handle=handle_for(rng, seller.seller.display_name),
    )
    contact_phone = None
    for tag in tags:
        plant_key = {
            "contact_phone": "contact_phone",
            "contact_handle": "contact_handle",
            "contact_email": "contact_email",
            "off_platform_payment": "payment",
            "abroad_courier": "abroad",
            "deposit_before_viewing": "deposit",
            "adult_content": "adult",
            "hate_speech": "discrimination",
            "minors": "minors",
        }.get(tag)
        if plant_key:
            sentence = rotation.pick(texts.PLANTS[plant_key])
            if "{phone" in sentence:
                contact_phone = phone
            sentences.append(sentence.format_map(values))
    if scenario == "phone_in_image":
        contact_phone = phone
    if scenario == "abroad" and rng.random() < 0.5:
        sentences.append(rotation.pick(texts.PLANTS["payment"]).format_map(values))
        tags.append("off_platform_payment")
    closing = rng.choice(texts.CLOSINGS)
    if closing:
        sentences.append(closing)

    full_title = title + rng.choice(texts.TITLE_EXTRAS)
    if scenario == "contact_phone" and rng.random() < 0.2:
        full_title += " - " + values["phone"]  # the number in the title, where filters look less
    joiner = rng.choice((" ", "\n", "\n\n"))
    return ListingText(
        category, shape, full_title, joiner.join(sentences), price, currency, tags, contact_phone
    )
