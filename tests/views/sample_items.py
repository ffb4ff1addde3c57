"""Listings, sellers and photos for the view tests, built from the real schema and core types."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

from moderator_app.core import schema
from moderator_app.core.findings import Finding
from moderator_app.core.keymap import ActionId
from moderator_app.core.review_item import ReviewItem
from moderator_app.core.session_types import RecordDecision, SessionView
from moderator_app.screening.image.result import ImageFlag, ImageScreenResult
from moderator_app.sync.review_desk import Feedback, NotLeased, ReviewDesk
from moderator_app.sync.status import SyncStatus

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

DESCRIPTION = (
    "iPhone 14 Pro 256 Go, état neuf, jamais servi. Facture et boîte d'origine.\n"
    "Je suis à l'étranger, le transporteur vous livre. Paiement uniquement par Western Union.\n"
    "Contactez-moi au 06 12 34 56 78 ou sur WhatsApp, ou par mail jean.dupont@mail.fr"
)
TITLE = "iPhone 14 Pro 256 Go — neuf sous blister, prix sacrifié"


def finding_in(field: str, text: str, needle: str, kind: str, category: str | None, explanation: str,
               normalized: str = "") -> Finding:
    start = text.index(needle)
    return Finding(kind, field, start, start + len(needle), needle, normalized or needle.lower(), category,
                   explanation, rule=f"{kind}:{normalized or needle.lower()}")


def findings_for(title: str, description: str) -> list[Finding]:
    out = []
    if "prix sacrifié" in title:
        out.append(finding_in("title", title, "prix sacrifié", "banned_term", "scam", "Urgency wording common in scams"))
    for needle, kind, cat, expl in (
        ("Western Union", "payment", None, "Untraceable money transfer (scam pattern)"),
        ("à l'étranger, le transporteur vous livre", "banned_term", "scam", "Seller abroad + courier: classic advance-fee scam"),
        ("06 12 34 56 78", "phone", None, "French mobile number (+33 6 12 34 56 78)"),
        ("WhatsApp", "messaging", None, "Moves the conversation off the platform"),
        ("jean.dupont@mail.fr", "email", None, "Email address in the listing text"),
    ):
        if needle in description:
            out.append(finding_in("description", description, needle, kind, cat, expl))
    return out


def make_photo(path: Path, colour: tuple[int, int, int], size=(800, 600), label: str = "") -> Path:
    img = Image.new("RGB", size, colour)
    d = ImageDraw.Draw(img)
    w, h = size
    d.rectangle([w * 0.25, h * 0.3, w * 0.75, h * 0.85], fill=(min(255, colour[0] + 60), min(255, colour[1] + 60), min(255, colour[2] + 60)))
    d.ellipse([w * 0.4, h * 0.1, w * 0.6, h * 0.35], fill=(240, 240, 240))
    if label:
        d.text((20, 20), label, fill=(255, 255, 255))
    img.save(path, quality=85)
    return path


def make_seller(seller_id: str = "S-1042", risky: bool = True) -> schema.SellerHistory:
    return schema.SellerHistory(
        seller_id=seller_id,
        display_name="Jean D.",
        account_created_at=NOW - timedelta(days=2 if risky else 900),
        verification=schema.Verification(email=True, phone=not risky, kyc="none" if risky else "verified"),
        past_listings=[
            schema.PastListing(listing_id="L-9", title="Samsung S23 neuf", created_at=NOW - timedelta(hours=5),
                               outcome="rejected", reasons=["SCAM_ADVANCE_PAYMENT"]),
            schema.PastListing(listing_id="L-8", title="AirPods Pro", created_at=NOW - timedelta(hours=9),
                               outcome="rejected", reasons=["CONTACT_DETAILS"]),
            schema.PastListing(listing_id="L-7", title="Vélo de ville", created_at=NOW - timedelta(days=1),
                               outcome="approved", reasons=[]),
        ] if risky else [],
        reports_received=4 if risky else 0,
        strikes=[schema.Strike(at=NOW - timedelta(days=10), reason="Scam: advance payment")] if risky else [],
        linked_accounts=[
            schema.LinkedAccount(seller_id="S-2210", display_name="Marc L.", shared=["phone", "device"], strikes=2,
                                 account_created_at=NOW - timedelta(days=30)),
        ] if risky else [],
    )


def make_item(item_id: int, tmp: Path, *, title: str = TITLE, description: str = DESCRIPTION,
              photos: int = 2, sensitive: bool = False, findings: list | None = None) -> ReviewItem:
    images, paths, results = [], {}, {}
    for n in range(photos):
        image_id = f"img-{item_id}-{n}"
        path = make_photo(tmp / f"{image_id}.jpg", ((40 + 30 * n + item_id * 7) % 200, 90, 140))
        images.append(schema.ImageRef(id=image_id, url=f"/v1/media/{image_id}", sha256="0" * 64, width=800, height=600))
        paths[image_id] = path
        flags = [ImageFlag("text_in_image", "06 12 34 56 78", 0.93, [420, 380, 700, 450])]
        if sensitive and n == 0:
            flags.append(ImageFlag("nudity", "FEMALE_BREAST_EXPOSED", 0.88, [300, 180, 520, 400], {"sexual": True}))
        results[image_id] = ImageScreenResult(sha256="0" * 64, width=800, height=600, flags=flags, image_id=image_id)
    listing = schema.Listing(
        id=f"L-{1000 + item_id}", version=1, title=title, description=description, price=149.0, currency="EUR",
        category="Téléphones & objets connectés", location="Lyon 3e", country="FR", created_at=NOW - timedelta(hours=3),
        seller_id="S-1042", images=images,
    )
    return ReviewItem(
        item_id=item_id, queue_id="new-listings",
        listing=listing, seller=make_seller(), server_flags=[],
        text_findings=findings if findings is not None else findings_for(title, description),
        image_paths=paths, image_results=results,
        similar_images=[schema.SimilarImage(image_id="img-77", listing_id="L-5512", seller_id="S-2210",
                                            phash="8f3c0a1b2c3d4e5f", distance=4)],
    )


QUEUE = schema.QueueInfo(
    id="new-listings", name="New listings · FR", size=128, oldest_age_seconds=5400, sla_seconds=7200,
    allowed_actions=[schema.Action.approve, schema.Action.reject, schema.Action.escalate],
    reason_codes=["SCAM_ADVANCE_PAYMENT", "CONTACT_DETAILS", "COUNTERFEIT", "PROHIBITED_ITEM"],
    escalation_targets=["senior-review", "legal"],
)
POLICY = schema.Policy(version="2026.11", terms=[], reason_codes=[
    schema.ReasonCode(code="SCAM_ADVANCE_PAYMENT", label="Scam: advance payment", statement_category="STATEMENT_CATEGORY_SCAMS_AND_FRAUD"),
    schema.ReasonCode(code="CONTACT_DETAILS", label="Contact details", statement_category="STATEMENT_CATEGORY_OTHER_VIOLATION_TC"),
    schema.ReasonCode(code="COUNTERFEIT", label="Counterfeit", statement_category="STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"),
    schema.ReasonCode(code="PROHIBITED_ITEM", label="Prohibited item", statement_category="STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS"),
])


class StandInWorkstation:
    """Test stand-in for the Workstation's review facade (sync.facade.ReviewFacade): the real review
    desk and session model over in-memory listings, with the outbox and the leases played here.

    ``decisions`` lists what was recorded (dicts with "key", "item_id", "action", "reason_codes",
    "escalate_to", "note"), ``undone`` the keys withdrawn, ``given_back`` the listings skipped. The
    type checker holds it to the facade (tests/typing_check.py); end-to-end tests use the real one.
    """

    policy: schema.Policy | None = POLICY

    def __init__(self, items: list[ReviewItem], queue: schema.QueueInfo = QUEUE, hold_s: float = 5.0) -> None:
        self.items = {i.item_id: i for i in items}
        self.decisions: list[dict] = []
        self.undone: list[str] = []
        self.given_back: list[int] = []
        self.sent: set[str] = set()
        self.desk = ReviewDesk(self, time.monotonic, lambda event: None, hold_s)
        self.desk.open(queue, queue.id, [i.item_id for i in items], [])

    # --- the facade ---------------------------------------------------------------------------

    def session_view(self) -> SessionView:
        return self.desk.view()

    def item(self, item_id: int) -> ReviewItem | None:
        return self.items.get(item_id)

    def press(self, action: ActionId, shown: int | None) -> list[Feedback]:
        return self.desk.press(action, shown)

    def note_edited(self, text: str, shown: int | None) -> list[Feedback]:
        return self.desk.note_edited(text, shown)

    def note_focused(self, shown: int | None) -> list[Feedback]:
        return self.desk.note_focused(shown)

    def set_active(self, active: bool) -> None:
        self.desk.set_active(active)

    def lease_seconds_left(self, item_id: int | None = None) -> float | None:
        return 14 * 60.0

    def status(self) -> SyncStatus:
        unsent = len(self.decisions) - len(self.sent)
        return SyncStatus("online", unsent, len(self.desk.ready_ids()), len(self.items), 14 * 60.0,
                          active_queue=self.desk.queue_id)

    # --- the desk's backend -------------------------------------------------------------------

    def write_decision(self, decision: RecordDecision) -> None:
        if decision.item_id not in self.items:
            raise NotLeased(f"Item {decision.item_id} is not leased to you.")
        verdict = decision.verdict
        self.decisions.append({
            "key": f"key-{len(self.decisions)}", "uuid": decision.key, "item_id": decision.item_id,
            "action": verdict.action.value, "reason_codes": list(verdict.reasons), "escalate_to": verdict.target,
            "note": decision.note, "time_spent_ms": decision.time_spent_ms,
        })

    def withdraw_decision(self, key: uuid.UUID) -> bool:
        decision = next((d for d in self.decisions if d["uuid"] == key), None)
        if decision is None or decision["key"] in self.sent:
            return False
        self.decisions.remove(decision)
        self.undone.append(decision["key"])
        return True

    def give_back(self, item_ids: list[int]) -> None:
        self.given_back += item_ids

    # --- what a test plays: the sync's reports ----------------------------------------------------

    def send_all(self) -> None:
        """The outbox drains: every decision reaches the server."""
        for decision in self.decisions:
            if decision["key"] not in self.sent:
                self.sent.add(decision["key"])
                self.desk.decision_sent(decision["uuid"])
