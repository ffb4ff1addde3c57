"""The ``price`` finding: a price far below what comparable listings cost ("an iPhone at 80 €").

The usual range comes from the server's own listings (``schema.PriceRange``: the middle half
of the prices of similar listings, or of the category). A price under half of the range's low
end is "far below": too good to be true, the classic bait of advance-payment scams. The finding
points at the listing's ``price`` field, whose text is the price as a plain number (``"80"``),
and carries the range in its explanation and in ``details`` for the workstation to show.
"""

from __future__ import annotations

from moderator_app.core.findings import Finding
from moderator_app.core.i18n import translate_noop
from moderator_app.core.risk_score import amount_text, far_below_usual
from moderator_app.core.schema import PriceRange

PRICE_FIELD = "price"
CONTEXT = "PriceCheck"
EXPLANATIONS = {
    "similar": translate_noop(
        CONTEXT, "Far below the usual price of similar listings: %1 (middle half of %2 listings)"
    ),
    "category": translate_noop(
        CONTEXT, "Far below the usual price in this category: %1 (middle half of %2 listings)"
    ),
}


def price_text(price: float) -> str:
    """The ``price`` field as findings index it: the number without a trailing ``.0``."""
    return amount_text(price)


def price_finding(price: float | None, currency: str, usual: PriceRange | None) -> Finding | None:
    """A ``price`` finding when ``price`` is under half of the usual range's low end, else None."""
    if price is None or usual is None or not far_below_usual(price, currency, usual):
        return None
    text = price_text(price)
    span = f"{price_text(usual.low)}–{price_text(usual.high)} {currency}"
    explanation = EXPLANATIONS[usual.basis].replace("%1", span).replace("%2", str(usual.listings))
    return Finding(
        "price",
        PRICE_FIELD,
        0,
        len(text),
        text,
        f"{text} {currency}",
        "scams_and_fraud",
        explanation,
        "review",
        f"price:below_{usual.basis}_range",
        {
            "basis": usual.basis,
            "low": usual.low,
            "median": usual.median,
            "high": usual.high,
            "listings": usual.listings,
            "currency": currency,
        },
    )
