"""The seller's risk score weighs what the listing itself says: scam wording found by the text
screening and a price far below the server's usual range, each explained to the moderator in
the moderator's language."""

from __future__ import annotations

import httpx
import pytest
from client_dataset import QUEUE

from moderator_app.core.risk_score import RiskLevel
from moderator_app.core.schema import API_PREFIX

ESCORT_AS_NANNY = {
    "id": "L-NANNY",
    "title": "Nanny available evenings",
    "description": "Young lady offers company and massage, discreet company for generous gentlemen, outcalls.",
    "price": 150.0,
    "category": "jobs",
}
BAIT = {
    "id": "L-BAIT",
    "title": "Vélo de ville comme neuf",
    "description": "Très bon état, cause départ.",
    "price": 20.0,
    "category": "home",
}


def _post(server_url: str, *listings: dict) -> None:
    token = httpx.post(f"{server_url}{API_PREFIX}/auth/token", json={"username": "admin1", "password": "demo"})
    token.raise_for_status()
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    for listing in listings:
        body = {
            "seller_id": "seller-1",
            "currency": "EUR",
            "location": "Lyon",
            "country": "FR",
            "queue_id": QUEUE,
            "priority": 100,
            **listing,
        }
        httpx.post(f"{server_url}{API_PREFIX}/admin/listings", json=body, headers=headers).raise_for_status()


@pytest.fixture
def leased(server, make_workstation):
    _post(server.url, ESCORT_AS_NANNY, BAIT)
    ws, events = make_workstation(server.url, screen_text=True)
    ws.sign_in("moderator1", "demo")
    ws.start()
    ws.start_queue(QUEUE)

    def item(listing_id: str):
        return events.wait_for(
            lambda: next(
                (i for i in ws.review_items() if i.listing.id == listing_id and i.seller is not None), None
            ),
            what=f"{listing_id} ready with its seller",
        )

    return item


def test_scam_wording_and_a_bait_price_raise_the_risk_and_say_why(leased):
    import dataclasses

    from moderator_app.views.review_prefetch import assess

    nanny = assess(leased("L-NANNY"))
    bait = assess(leased("L-BAIT"))
    plain = assess(dataclasses.replace(leased("L-BAIT"), text_findings=[], price_range=None))
    assert nanny is not None and bait is not None and plain is not None

    scam = {f.key: f for f in nanny.factors}["scam_patterns"]
    assert scam.points == 20 and dict(scam.args)["patterns"] == ("Coded sexual services",)
    assert "Coded sexual services" in scam.detail

    price = {f.key: f for f in bait.factors}["price_below_market"]
    args = dict(price.args)
    assert price.points == 20 and args["currency"] == "EUR" and args["listings"] >= 20
    assert args["percent"] == round(100 * 20 / float(args["median"])) and args["percent"] < 50
    # The same seller, the same listing without what it says: the two factors are the difference.
    assert bait.score == plain.score + 20
    assert "price_below_market" not in {f.key for f in plain.factors}


@pytest.mark.parametrize(
    "language, scam_label, pattern, price_label",
    [
        ("fr", "Formulations d'arnaque dans l'annonce", "Services sexuels codés", "Prix très inférieur au marché"),
        ("es", "Expresiones de estafa en el anuncio", "Servicios sexuales encubiertos", "Precio muy por debajo del mercado"),
    ],
)
def test_the_seller_panel_explains_both_factors_in_the_moderators_language(
    leased, qtbot, qapp, language, scam_label, pattern, price_label
):
    from moderator_app.views import i18n
    from moderator_app.views.review_prefetch import assess
    from moderator_app.views.seller_panel import SellerPanel

    nanny, bait = leased("L-NANNY"), leased("L-BAIT")
    panel = SellerPanel()
    qtbot.addWidget(panel)
    i18n.install(qapp, language)
    try:
        panel.show_seller(nanny.seller, assess(nanny))
        rows = [(row.text, row.detail) for row in panel.factors.rows()]
        panel.show_seller(bait.seller, assess(bait))
        rows += [(row.text, row.detail) for row in panel.factors.rows()]
    finally:
        i18n.install(qapp, "en")
    labels = dict(rows)
    assert pattern in labels[scam_label], rows
    assert "EUR" in labels[price_label] and "%" in labels[price_label], rows
    assert not any("usual" in detail or "listings" in detail for _, detail in rows), rows


def test_an_escort_advert_posted_as_a_nanny_is_no_longer_low_risk(leased):
    import dataclasses
    from datetime import UTC, datetime, timedelta

    from moderator_app.core.schema import Verification
    from moderator_app.views.review_prefetch import assess

    nanny = leased("L-NANNY")
    # A seller with nothing against them but a new account: only the listing's words can tip it.
    clean = nanny.seller.model_copy(
        update={
            "account_created_at": datetime.now(UTC) - timedelta(days=3),
            "verification": Verification(email=True, phone=True, kyc="verified"),
            "past_listings": [],
            "strikes": [],
            "reports_received": 0,
            "linked_accounts": [],
        }
    )
    without = assess(dataclasses.replace(nanny, seller=clean, text_findings=[]))
    found = assess(dataclasses.replace(nanny, seller=clean))
    assert without.level == RiskLevel.LOW, without
    assert found.level == RiskLevel.MEDIUM and found.score == without.score + 20, found
