"""Assemble the demo dataset: sellers, listings (pending and past), pictures and server flags.

Everything derives from one seed through ``random.Random`` instances seeded with strings (stable
across runs and Python versions, unaffected by PYTHONHASHSEED), and every timestamp is relative to
the fixed ``REFERENCE_TIME``. So the same seed gives the same dataset, down to the image bytes.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from . import images
from .contacts import national_format
from .dataset import DemoDataset, DemoImage, DemoListing, DemoServerFlag
from .hostile import hostile_texts
from .listing_text import CATEGORIES, TAG_REASONS, ListingText, Rotation, compose
from .moderation_setup import FLAG_TARGETS, QUEUES, REASON_CODES, USERS
from .policy_file import PolicyFileError, load_default_policy
from .rings import add_rings
from .sellers import TEXTS, SellerPlan, build_sellers

log = logging.getLogger(__name__)

REFERENCE_TIME = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday morning on the desk

# Pending work per queue: (number of listings, language weights).
PENDING_PLAN = {
    "new-fr": (150, {"fr": 0.9, "en": 0.1}),
    "new-es": (112, {"es": 0.92, "en": 0.08}),
    "reported": (64, {"fr": 0.4, "es": 0.35, "en": 0.25}),
    "escalations": (26, {"fr": 0.4, "es": 0.3, "en": 0.3}),
}
PAST_LISTINGS = 140
# The national desks take listings from their own markets.
QUEUE_COUNTRIES = {"new-fr": ("FR", "BE", "MA"), "new-es": ("ES", "PT")}
# How old (minutes) the oldest new listing of each queue may be: FR runs past its 2 h SLA, ES nears it.
BACKLOG_MINUTES = {"new-fr": 150, "new-es": 100}
BURST_LISTINGS = {"fr": ("new-fr", 14), "es": ("new-es", 12), "en": ("reported", 6)}
CATEGORY_WEIGHTS = {
    "electronics": 22,
    "vehicles": 13,
    "real_estate": 11,
    "fashion": 18,
    "jobs": 7,
    "animals": 10,
    "home": 16,
}

# What each listing plants, with weights per kind of queue: (new, reported, escalations, past).
# About a third of listings carry something (more in the reported and escalation queues), as on
# real desks; reported queues also hold false reports.
SCENARIO_WEIGHTS = {
    "clean": (90, 46, 6, 90),
    "contact_phone": (5, 8, 6, 4),
    "contact_handle": (4, 7, 5, 3),
    "contact_email": (2, 3, 2, 1),
    "phone_in_image": (3, 5, 4, 2),
    "payment": (2.5, 6, 8, 3),
    "abroad": (1.5, 5, 7, 2),
    "deposit": (1, 3, 4, 1),
    "counterfeit": (2.5, 6, 8, 3),
    "prohibited": (1.5, 4, 8, 2),
    "protected_animal": (1, 2, 6, 1),
    "price_below_market": (2, 4, 4, 2),
    "stolen_photo": (3, 5, 6, 2),
    "near_duplicate_photo": (2, 3, 3, 1),
    "poor_photo": (2, 2, 1, 2),
    "wrong_category": (1, 1, 1, 1),
    "duplicate_listing": (1, 1, 1, 1),
    "adult": (0.5, 2, 4, 0.5),
    "discrimination": (0.4, 2, 4, 0.5),
    "minors": (0.2, 1, 3, 0),
}
SCENARIOS = tuple(SCENARIO_WEIGHTS)
_QUEUE_KINDS = ("new", "reported", "escalations", "past")


def _weights(kind: str) -> list[float]:
    column = _QUEUE_KINDS.index(kind)
    return [row[column] for row in SCENARIO_WEIGHTS.values()]


# One listing per notable way of writing contact details, so that every seed shows them all:
# (language, country, scenario, style index in contacts.written_phone / written_email, queue).
CONTACT_SHOWCASE = (
    ("fr", "FR", "contact_phone", 0, "new-fr"),
    ("fr", "FR", "contact_phone", 1, "new-fr"),
    ("fr", "FR", "contact_phone", 5, "new-fr"),
    ("fr", "FR", "contact_phone", 8, "new-fr"),
    ("fr", "FR", "contact_phone", 9, "new-fr"),
    ("fr", "FR", "contact_phone", 10, "new-fr"),
    ("fr", "FR", "contact_phone", 11, "new-fr"),
    ("fr", "BE", "contact_phone", 0, "new-fr"),
    ("fr", "BE", "contact_phone", 2, "new-fr"),
    ("fr", "MA", "contact_phone", 1, "new-fr"),
    ("es", "ES", "contact_phone", 2, "new-es"),
    ("es", "ES", "contact_phone", 5, "new-es"),
    ("es", "PT", "contact_phone", 1, "new-es"),
    ("en", "GB", "contact_phone", 0, "reported"),
    ("en", "GB", "contact_phone", 1, "reported"),
    ("en", "GB", "contact_phone", 4, "reported"),
    ("fr", "FR", "contact_email", 1, "new-fr"),
    ("fr", "FR", "contact_email", 3, "new-fr"),
    ("es", "ES", "contact_email", 2, "new-es"),
    ("en", "GB", "contact_email", 5, "reported"),
)
_SCAM_SCENARIOS = {
    "payment",
    "abroad",
    "deposit",
    "counterfeit",
    "price_below_market",
    "stolen_photo",
    "near_duplicate_photo",
}


@dataclass
class _Draft:
    """A listing before ids and pictures are assigned."""

    seller: SellerPlan
    text: ListingText
    created_at: datetime
    queue_id: str | None
    image_count: int
    enqueued_at: datetime | None = None
    outcome: str | None = None
    reasons: tuple[str, ...] = ()
    reports: int = 0
    flags: list[DemoServerFlag] = field(default_factory=list)
    copy_images_of: _Draft | None = None
    listing_id: str = ""
    images: tuple[DemoImage, ...] = ()


@dataclass(frozen=True)
class _Photo:
    """A posted photo that later listings may steal: ``key`` re-renders it (see images.py)."""

    shape: str
    key: str
    seller_id: str
    data: bytes


class _Builder:
    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.rng = random.Random(f"demo:{seed}")
        self.ref = REFERENCE_TIME
        self.sellers = build_sellers(random.Random(f"sellers:{seed}"), self.ref)
        self.drafts: list[_Draft] = []
        self.image_counter = 0
        self.rotation = Rotation()

    # --- choosing who posts what ------------------------------------------------------------------

    def _pick_seller(
        self, language: str, scenario: str, min_age: timedelta, countries: tuple[str, ...] = ()
    ) -> SellerPlan:
        rng = self.rng
        pool = [
            p
            for p in self.sellers
            if p.language == language and p.weight > 0 and self.ref - p.seller.created_at >= min_age
        ]
        local = [p for p in pool if p.place[1] in countries]
        pool = local or pool
        if scenario in _SCAM_SCENARIOS and rng.random() < 0.6:
            shady = [p for p in pool if p.kind in ("shady", "ring")]
            pool = shady or pool
        if scenario in ("contact_phone", "contact_handle", "phone_in_image") and rng.random() < 0.25:
            ring = [p for p in pool if p.kind == "ring"]
            pool = ring or pool
        return rng.choices(pool, [p.weight for p in pool])[0]

    def _image_count(self, category: str) -> int:
        if category == "jobs":
            return self.rng.choices((0, 1), (35, 65))[0]
        return self.rng.choices((1, 2, 3, 4), (48, 32, 13, 7))[0]

    # --- drafts -----------------------------------------------------------------------------------

    def plan_pending(self) -> None:
        """Listings waiting in the queues, with a backlog that a lead would recognise."""
        rng = self.rng
        for queue_id, (count, languages) in PENDING_PLAN.items():
            kind = "new" if queue_id.startswith("new-") else queue_id
            for _ in range(count):
                language = rng.choices(list(languages), list(languages.values()))[0]
                scenario = rng.choices(SCENARIOS, _weights(kind))[0]
                category = rng.choices(CATEGORIES, [CATEGORY_WEIGHTS[c] for c in CATEGORIES])[0]
                if kind == "new":
                    # A desk's normal day: most items are minutes old, a tail nears the 2 h SLA
                    # (and in the busier French queue a few have breached it).
                    age = timedelta(minutes=rng.uniform(2, BACKLOG_MINUTES[queue_id]))
                    created = self.ref - age
                    seller = self._pick_seller(
                        language, scenario, age + timedelta(hours=1), QUEUE_COUNTRIES[queue_id]
                    )
                    enqueued = created + timedelta(seconds=rng.randint(5, 90))
                else:
                    created = self.ref - timedelta(days=rng.uniform(0.5, 20))
                    seller = self._pick_seller(language, scenario, self.ref - created + timedelta(hours=1))
                    enqueued = self.ref - timedelta(hours=rng.uniform(0.1, 3.5 if kind == "reported" else 20))
                    # Reported (or escalated) some time after it was posted, never before.
                    enqueued = max(enqueued, created + timedelta(minutes=rng.randint(10, 120)))
                draft = self._draft(seller, category, scenario, created, queue_id, enqueued)
                if scenario == "duplicate_listing":
                    self._add_duplicate(draft)

    def plan_contact_showcase(self) -> None:
        rng = self.rng
        for language, country, scenario, style, queue_id in CONTACT_SHOWCASE:
            sellers = [
                p
                for p in self.sellers
                if p.language == language and p.place[1] == country and p.kind not in ("burst", "ring")
            ]
            seller = rng.choice(sellers)
            created = self.ref - timedelta(hours=rng.uniform(0.1, 1.8 if queue_id.startswith("new-") else 20))
            enqueued = (
                created + timedelta(seconds=40)
                if queue_id.startswith("new-")
                else self.ref - timedelta(minutes=rng.randint(5, 25))
            )
            category = rng.choices(CATEGORIES, [CATEGORY_WEIGHTS[c] for c in CATEGORIES])[0]
            self._draft(seller, category, scenario, created, queue_id, enqueued, contact_style=style)

    def plan_ring(self) -> None:
        """Every account of a ring writes the shared number in at least one pending listing."""
        rng = self.rng
        for plan in (p for p in self.sellers if p.kind == "ring" and p.ring_phone):
            queue_id = "new-fr" if plan.language == "fr" else "new-es"
            created = max(
                self.ref - timedelta(hours=rng.uniform(0.2, 1.9)), plan.seller.created_at + timedelta(hours=1)
            )
            category = rng.choice(("electronics", "vehicles", "fashion", "home"))
            self._draft(
                plan,
                category,
                "contact_phone",
                created,
                queue_id,
                created,
                contact_style=rng.choice((0, 1, 5)),
            )

    def _draft(
        self,
        seller: SellerPlan,
        category: str,
        scenario: str,
        created: datetime,
        queue_id: str | None,
        enqueued: datetime | None,
        contact_style: int | None = None,
    ) -> _Draft:
        text = compose(self.rng, self.rotation, seller, category, scenario, created, contact_style)
        if enqueued is not None:
            # An item enters its queue after it is posted, and before the reference time.
            enqueued = min(self.ref, max(enqueued, created + timedelta(seconds=30))).replace(microsecond=0)
        draft = _Draft(
            seller,
            text,
            created.replace(microsecond=0),
            queue_id,
            self._image_count(text.category),
            enqueued_at=enqueued,
        )
        if (
            "phone_in_image" in text.tags
            or text.tags.count("poor_photo")
            or "image_exact_duplicate" in text.tags
            or "image_near_duplicate" in text.tags
        ):
            draft.image_count = max(draft.image_count, 1)
        if queue_id == "reported":
            draft.reports = self.rng.choices((1, 2, 3, 4, 6), (45, 25, 15, 10, 5))[0]
        self.drafts.append(draft)
        return draft

    def _add_duplicate(self, original: _Draft) -> None:
        # The seller posts the same ad again an hour later, with the same photos.
        later = original.created_at + timedelta(minutes=self.rng.randint(20, 90))
        if later > self.ref:
            later = self.ref - timedelta(minutes=1)
            original.created_at = later - timedelta(minutes=30)
            if original.enqueued_at:
                original.enqueued_at = original.created_at + timedelta(seconds=30)
        text = ListingText(**{**original.text.__dict__, "tags": list(original.text.tags)})
        clone = _Draft(
            original.seller,
            text,
            later,
            original.queue_id,
            original.image_count,
            # A reposted ad enters the same queue as the original, at about the same time.
            enqueued_at=(
                min(self.ref, max(original.enqueued_at or later, later) + timedelta(seconds=20))
                if original.queue_id and original.queue_id.startswith("new-")
                else original.enqueued_at
            ),
            reports=original.reports,
            copy_images_of=original,
        )
        original.text.tags = [t for t in original.text.tags if t != "duplicate_listing"]
        self.drafts.append(clone)

    def plan_bursts(self) -> None:
        """Brand-new accounts posting many listings in a few hours, mostly scams."""
        rng = self.rng
        for plan in (p for p in self.sellers if p.kind == "burst"):
            queue_id, count = BURST_LISTINGS[plan.language]
            start = self.ref - min(timedelta(hours=2.5), (self.ref - plan.seller.created_at) / 2)
            for i in range(count):
                created = start + (self.ref - start) * (i + rng.random()) / (count + 1)
                scenario = rng.choice(
                    ("stolen_photo", "price_below_market", "payment", "abroad", "clean", "contact_handle")
                )
                category = rng.choice(("electronics", "electronics", "vehicles", "fashion"))
                enqueued = (
                    created + timedelta(seconds=30)
                    if queue_id != "reported"
                    else self.ref - timedelta(minutes=rng.randint(5, 60))
                )
                draft = self._draft(plan, category, scenario, created, queue_id, enqueued)
                draft.text.tags.append("new_account_burst")
                draft.flags.append(
                    DemoServerFlag(
                        "marketplace-rules",
                        None,
                        "new_account_burst",
                        round(rng.uniform(0.85, 0.99), 2),
                        None,
                    )
                )

    def plan_past(self) -> None:
        """Already moderated listings: they give sellers a history (approved, or rejected with reasons)."""
        rng = self.rng
        for _ in range(PAST_LISTINGS):
            language = rng.choices(("fr", "es", "en"), (0.5, 0.35, 0.15))[0]
            scenario = rng.choices(SCENARIOS, _weights("past"))[0]
            if scenario == "duplicate_listing":
                scenario = "clean"
            category = rng.choices(CATEGORIES, [CATEGORY_WEIGHTS[c] for c in CATEGORIES])[0]
            seller = self._pick_seller(language, scenario, timedelta(days=3))
            oldest = min(timedelta(days=150), self.ref - seller.seller.created_at - timedelta(days=1))
            created = self.ref - timedelta(days=1) - (oldest - timedelta(days=1)) * rng.random()
            draft = self._draft(seller, category, scenario, created, None, None)
            draft.image_count = 1 if draft.image_count else 0
            reasons = tuple(dict.fromkeys(TAG_REASONS[t] for t in draft.text.tags if t in TAG_REASONS))
            if reasons and rng.random() < 0.9:
                draft.outcome, draft.reasons = "rejected", reasons
            elif not reasons and rng.random() < 0.04:
                draft.outcome, draft.reasons = "rejected", ("other",)
            else:
                draft.outcome = "approved"  # sometimes a miss: the QA sample will find it

    def plan_hostile(self) -> None:
        rng = self.rng
        for language, category, title, description in hostile_texts(rng):
            seller = self._pick_seller(language, "clean", timedelta(days=2))
            shape = rng.choice(TEXTS[language].PRODUCTS[category])[1]
            currency = "GBP" if seller.place[1] == "GB" else "EUR"
            text = ListingText(
                category, shape, title, description, _hostile_price(rng), currency, ["hostile_text"]
            )
            created = self.ref - timedelta(hours=rng.uniform(2, 48))
            enqueued = self.ref - timedelta(minutes=rng.randint(10, 200))
            draft = _Draft(
                seller,
                text,
                created.replace(microsecond=0),
                "reported",
                1,
                enqueued_at=enqueued.replace(microsecond=0),
                reports=1,
            )
            self.drafts.append(draft)

    # --- pictures -------------------------------------------------------------------------------------

    def _new_image(self, data: bytes, mime: str = "image/jpeg") -> DemoImage:
        self.image_counter += 1
        return DemoImage(f"img-{self.image_counter:05d}", data, mime)

    def render_images(self) -> None:
        """Draw every listing's pictures in chronological order, so that a stolen photo always
        copies one that another seller posted earlier."""
        originals: dict[str, list[_Photo]] = {}  # shape -> first photos posted so far
        stolen: list[_Photo] = []
        for draft in self.drafts:
            if draft.copy_images_of is not None:  # a duplicate listing re-uploads its own photos
                draft.images = tuple(self._new_image(i.data, i.mime) for i in draft.copy_images_of.images)
                continue
            source = self._stolen_source(draft, originals, stolen)
            pictures = [self._picture(draft, index, source) for index in range(draft.image_count)]
            if (
                pictures
                and source is None
                and pictures[0].mime == "image/jpeg"
                and draft.text.shape != "logo"
            ):
                first_is_plain = "poor_photo" not in draft.text.tags and not (
                    "phone_in_image" in draft.text.tags and draft.image_count == 1
                )
                if first_is_plain:
                    originals.setdefault(draft.text.shape, []).append(
                        _Photo(
                            draft.text.shape,
                            f"{draft.listing_id}:0",
                            draft.seller.seller.id,
                            pictures[0].data,
                        )
                    )
            draft.images = tuple(pictures)

    def _stolen_source(
        self, draft: _Draft, originals: dict[str, list[_Photo]], stolen: list[_Photo]
    ) -> _Photo | None:
        """The earlier photo of another seller that this listing reuses, if it plants one."""
        tags = draft.text.tags
        if "image_exact_duplicate" not in tags and "image_near_duplicate" not in tags:
            return None
        seller_id, shape = draft.seller.seller.id, draft.text.shape
        candidates = [o for o in originals.get(shape, ()) if o.seller_id != seller_id]
        reused = [o for o in stolen if o.seller_id != seller_id and o.shape == shape]
        if reused and "image_exact_duplicate" in tags and self.rng.random() < 0.5:
            source = self.rng.choice(reused)  # the same stolen photo goes round several accounts
        elif candidates:
            source = self.rng.choice(candidates)
        else:  # nothing to copy yet: the listing keeps its own photos
            draft.text.tags = [t for t in tags if t not in ("image_exact_duplicate", "image_near_duplicate")]
            return None
        if "image_exact_duplicate" in tags:
            stolen.append(source)
        return source

    def _picture(self, draft: _Draft, index: int, source: _Photo | None) -> DemoImage:
        rng, text = self.rng, draft.text
        shape, key = text.shape, f"{draft.listing_id}:{index}"
        if index == 0 and source is not None:
            exact = "image_exact_duplicate" in text.tags
            data = source.data if exact else images.near_duplicate(shape, source.key, rng.randrange(4))
            image = self._new_image(data)
            score = 1.0 if exact else round(rng.uniform(0.8, 0.95), 2)
            draft.flags.append(
                DemoServerFlag(
                    "marketplace-rules", "image-hash-bank", "image_seen_on_other_account", score, image.id
                )
            )
            return image
        if index == 0 and "poor_photo" in text.tags:
            kind = rng.choice(images.POOR_KINDS)
            return self._new_image(
                images.poor_image(shape, key, kind), "image/png" if kind == "blank" else "image/jpeg"
            )
        overlay = None
        if "phone_in_image" in text.tags and index == min(1, draft.image_count - 1) and text.contact_phone:
            template = rng.choice(TEXTS[draft.seller.language].PHOTO_TEXTS)
            overlay = template.format(
                phone=national_format(text.contact_phone),
                handle=draft.seller.seller.display_name.split(" ")[0].lower(),
            )
        # Employers upload logos as PNG; PNG is slow to encode, so not all of them.
        mime = "image/png" if shape == "logo" and rng.random() < 0.4 else "image/jpeg"
        return self._new_image(images.product_image(shape, key, overlay, mime), mime)

    # --- flags and priorities --------------------------------------------------------------------------

    def add_flags(self, draft: _Draft) -> None:
        rng, tags = self.rng, draft.text.tags
        if "price_below_market" in tags and rng.random() < 0.8:
            draft.flags.append(
                DemoServerFlag(
                    "marketplace-rules",
                    None,
                    "price_far_below_market",
                    round(rng.uniform(0.7, 0.97), 2),
                    None,
                )
            )
        if draft.reports:
            draft.flags.append(
                DemoServerFlag(
                    "user-report",
                    None,
                    "reported_by_user",
                    round(min(1.0, 0.25 + 0.15 * draft.reports), 2),
                    None,
                )
            )
        scam = {"off_platform_payment", "abroad_courier", "deposit_before_viewing"} & set(tags)
        if scam and rng.random() < 0.7:
            draft.flags.append(
                DemoServerFlag(
                    "marketplace-ml",
                    "scam-text-v3",
                    "scam_likelihood",
                    round(rng.uniform(0.6, 0.96), 2),
                    None,
                )
            )
        elif not tags and rng.random() < 0.05:  # the model's false positives are part of the job too
            draft.flags.append(
                DemoServerFlag(
                    "marketplace-ml",
                    "scam-text-v3",
                    "scam_likelihood",
                    round(rng.uniform(0.3, 0.55), 2),
                    None,
                )
            )

    def priority(self, draft: _Draft) -> int:
        if draft.queue_id is None:
            return 0
        rng = self.rng
        if draft.queue_id == "reported":
            return min(90, 50 + 5 * draft.reports + rng.randint(0, 5))
        if draft.queue_id == "escalations":
            return rng.randint(70, 95)
        bonus = 10 if (self.ref - draft.seller.seller.created_at).days < 7 else 0
        return 20 + bonus + (10 if draft.flags else 0) + rng.randint(0, 5)

    # --- assembly ---------------------------------------------------------------------------------------

    def build(self) -> DemoDataset:
        self.plan_past()
        self.plan_pending()
        self.plan_bursts()
        self.plan_contact_showcase()
        self.plan_ring()
        self.plan_hostile()
        # Ids follow posting order, as on a real marketplace.
        self.drafts.sort(key=lambda d: (d.created_at, d.seller.seller.id, d.text.title))
        for number, draft in enumerate(self.drafts, start=1):
            draft.listing_id = f"lst-{number:06d}"
        self.render_images()
        images.clear_caches()
        listings = []
        for draft in self.drafts:
            self.add_flags(draft)
            text = draft.text
            location, country, _ = draft.seller.place
            listings.append(
                DemoListing(
                    id=draft.listing_id,
                    seller_id=draft.seller.seller.id,
                    title=text.title,
                    description=text.description,
                    price=text.price,
                    currency=text.currency,
                    category=text.category,
                    location=location,
                    country=country,
                    created_at=draft.created_at,
                    images=draft.images,
                    queue_id=draft.queue_id,
                    priority=self.priority(draft),
                    outcome=draft.outcome,
                    outcome_reasons=draft.reasons,
                    server_flags=tuple(draft.flags),
                    language=draft.seller.language,
                    planted=tuple(dict.fromkeys(text.tags)),
                    enqueued_at=draft.enqueued_at,
                )
            )
        try:
            policy_version, policy_terms = load_default_policy()
        except PolicyFileError as exc:
            log.warning("demo dataset built without banned terms: %s", exc)
            policy_version, policy_terms = "", ()
        return DemoDataset(
            users=USERS,
            reason_codes=REASON_CODES,
            queues=QUEUES,
            sellers=tuple(p.seller for p in self.sellers),
            listings=tuple(listings),
            policy_terms=policy_terms,
            policy_version=policy_version,
            reference_time=self.ref,
            flag_targets=FLAG_TARGETS,
        )


def _hostile_price(rng: random.Random) -> float:
    return float(rng.randrange(20, 400, 5))


def build_demo_dataset(seed: int = 7) -> DemoDataset:
    """Build the demo dataset. Deterministic: the same ``seed`` gives an equal dataset, down to the
    image bytes, with three spam rings mixed into the queues (demo.rings). Takes about a second (it
    draws several hundred pictures)."""
    return add_rings(_Builder(seed).build(), seed)
