"""The seller panel lists decided outcomes before listings still waiting for a decision."""

from __future__ import annotations

from datetime import timedelta

import pytest

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


def test_the_risk_level_is_written_in_the_level_colour(qtbot):
    from PySide6.QtGui import QPalette

    from moderator_app.core.risk_score import assess_seller
    from moderator_app.views import theme as themes
    from moderator_app.views.seller_panel import level_colour

    panel = SellerPanel()
    qtbot.addWidget(panel)
    panel.show()
    risky = assess_seller(make_seller(risky=True), NOW)
    safe = assess_seller(make_seller(risky=False), NOW)
    assert risky.level != safe.level
    for assessment in (risky, safe):
        panel.show_seller(make_seller(), assessment, now=NOW)
        colour = panel.level_label.palette().color(QPalette.ColorRole.Text)
        assert colour == level_colour(assessment.level, themes.current())


def test_a_wrapped_account_fact_pushes_the_sections_below_down(qtbot):
    panel = SellerPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 900)
    panel.show()
    seller = make_seller()
    panel.show_seller(seller, None, now=NOW)
    qtbot.wait(10)
    below = panel.past.geometry().top()
    long = seller.model_copy(update={"strikes": [seller.strikes[0].model_copy(update={"reason": "très long motif " * 8})]})
    panel.show_seller(long, None, now=NOW)
    qtbot.waitUntil(lambda: panel.past.geometry().top() > below)
    assert panel.factors.height() >= panel.factors.sizeHint().height()


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # the offscreen tooltip
def test_every_factor_that_counted_is_listed_and_a_cut_line_shows_whole_on_hover(qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from moderator_app.core.risk_score import ListingContext, assess_seller

    usual = schema.PriceRange(
        category="phones", currency="EUR", basis="similar", listings=31, low=420, median=560, high=690
    )
    scams = ("Payment before delivery", "Seller abroad", "Refuses secure payment", "Overpayment and refund")
    context = ListingContext(
        price=80, currency="EUR", usual_price=usual, scam_patterns=scams, contact_details_found=1,
        reused_photo_matches=2,
    )
    seller = make_seller().model_copy(
        update={"verification": schema.Verification(email=False, phone=False, kyc="none")}
    )
    assessment = assess_seller(seller, NOW, context)
    assert len(assessment.factors) > 12  # more than the panel used to show
    panel = SellerPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 900)
    panel.show()
    panel.show_seller(seller, assessment, now=NOW)
    rows = panel.factors.rows()
    assert [r.text for r in rows] == [f.label for f in assessment.factors]
    height = panel.factors._row_height()
    assert panel.factors.sizeHint().height() >= len(rows) * height
    # Every factor is painted in a row of its own: none is folded into "and N more".
    assert [panel.factors.row_at(i * height + 2) for i in range(len(rows))] == rows

    index = [f.key for f in assessment.factors].index("scam_patterns")
    y = index * panel.factors._row_height() + 2
    assert panel.factors.row_at(y) is rows[index]
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(10, y), panel.factors.mapToGlobal(QPoint(10, y)))
    panel.factors.event(event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=5_000)
    assert all(s in QToolTip.text() for s in scams), QToolTip.text()
    QToolTip.hideText()
