"""The usual price of a listing's kind of item, from the server's own listings.

``price_range(ctx, conn, listing)`` answers for the item detail: the middle half of the prices
(25th to 75th percentile) of comparable listings. Comparable means the same category and
currency, current versions only, not rejected, not the listing itself; among those, the ones
whose titles share the item's model words ("iPhone 12", "Redmi Note 12") when there are enough
of them, else the whole category. The desk compares the price with this range (see
``moderator_app.screening.price_check``).

Ranges are cached per category and currency for `CACHE_SECONDS` on the server context, so an
item detail costs one indexed query per category every few minutes, not one per request.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence

from sqlalchemy import Connection, and_, select

from moderator_app.core.schema import Listing, PriceRange
from moderator_app.server import tables as t
from moderator_app.server.context import ServerContext

SAMPLE = 2000  # most recent listings of a category looked at
MIN_CATEGORY_LISTINGS = 20
MIN_SIMILAR_LISTINGS = 6
CACHE_SECONDS = 300.0

# Words that say nothing about which item it is.
# fmt: off
_STOP = frozenset({
    "a", "à", "au", "de", "des", "du", "en", "et", "la", "le", "les", "un", "une", "pour", "avec", "sans",
    "très", "tres", "bon", "état", "etat", "neuf", "neuve", "comme", "vends", "vend", "urgent", "urgente",
    "prix", "ferme", "lot", "el", "los", "las", "y", "con", "sin", "muy", "buen", "estado", "nuevo", "nueva",
    "vendo", "the", "and", "for", "with", "new", "like", "good", "condition", "quick", "sale", "boxed",
    "excellent", "ono", "used", "sell", "selling",
})
# fmt: on
_WORD_RE = re.compile(r"[^\W_]+")


def title_words(title: str) -> frozenset[str]:
    """The words of a title that name the item (lower case, no filler words)."""
    return frozenset(
        w for w in _WORD_RE.findall(title.casefold()) if w not in _STOP and (len(w) > 1 or w.isdigit())
    )


def price_range(ctx: ServerContext, conn: Connection, listing: Listing) -> PriceRange | None:
    """The usual price range for ``listing`` (None without a price or without enough data)."""
    if listing.price is None:
        return None
    rows = _category_prices(ctx, conn, listing.category, listing.currency)
    others = [(listing_id, words, price) for listing_id, words, price in rows if listing_id != listing.id]
    mine = title_words(listing.title)
    similar = [price for _, words, price in others if _comparable(mine, words)]
    if len(similar) >= MIN_SIMILAR_LISTINGS:
        return _range(listing, similar, "similar")
    if len(others) >= MIN_CATEGORY_LISTINGS:
        return _range(listing, [price for _, _, price in others], "category")
    return None


def _comparable(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = len(a & b)
    return shared >= 2 and shared * 2 >= min(len(a), len(b))


def _range(listing: Listing, prices: Sequence[float], basis: str) -> PriceRange:
    ordered = sorted(prices)
    return PriceRange(
        category=listing.category,
        currency=listing.currency,
        basis=basis,
        listings=len(ordered),
        low=_percentile(ordered, 0.25),
        median=_percentile(ordered, 0.5),
        high=_percentile(ordered, 0.75),
    )


def _percentile(ordered: Sequence[float], q: float) -> float:
    """Linear interpolation between the closest ranks (numpy's default method)."""
    position = (len(ordered) - 1) * q
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return round(ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower), 2)


def _category_prices(
    ctx: ServerContext, conn: Connection, category: str, currency: str
) -> list[tuple[str, frozenset[str], float]]:
    key = (category, currency)
    cached = ctx.price_cache.get(key)
    now = time.monotonic()
    if cached is not None and now - cached[0] < CACHE_SECONDS:
        return cached[1]
    versions = t.listing_versions
    rows = conn.execute(
        select(versions.c.listing_id, versions.c.title, versions.c.price)
        .join(
            t.listings,
            and_(
                t.listings.c.id == versions.c.listing_id, t.listings.c.current_version == versions.c.version
            ),
        )
        .where(
            versions.c.category == category,
            versions.c.currency == currency,
            versions.c.price.is_not(None),
            versions.c.price > 0,
            t.listings.c.status != "rejected",
        )
        .order_by(versions.c.created_at.desc())
        .limit(SAMPLE)
    ).all()
    prices = [(r.listing_id, title_words(r.title), float(r.price)) for r in rows]
    ctx.price_cache[key] = (now, prices)
    return prices
