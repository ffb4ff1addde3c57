"""The seller panel lists decided outcomes before listings still waiting for a decision."""

from __future__ import annotations

from datetime import timedelta

from moderator_app.core import schema
from moderator_app.views.seller_panel import SellerPanel
from tests.views.sample_items import NOW, make_seller


def test_decided_outcomes_come_before_pending_listings(qtbot):
    seller = make_seller()
    pending = schema.PastListing(
        listing_id="L-10", title="Console neuve", created_at=NOW - timedelta(minutes=5), outcome="pending", reasons=[]
    )
    seller = seller.model_copy(update={"past_listings": [pending, *seller.past_listings]})
    panel = SellerPanel()
    qtbot.addWidget(panel)
    panel.show_seller(seller, None, now=NOW)
    titles = [row.text for row in panel.past.rows()]
    assert titles == ["Samsung S23 neuf", "AirPods Pro", "Vélo de ville", "Console neuve"]
