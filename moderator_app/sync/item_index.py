"""The content of the listings on the desk, by item id, read by the screen without touching SQLite.

Content only: which listings are in the session, in what order and state, is the review
session's (core.review_session). Writers replace items under a lock; a reader gets the current
object without locking (dict reads are atomic, and items are immutable).
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Collection
from typing import Any

from moderator_app.core import schema
from moderator_app.core.review_item import ReviewItem


class ItemIndex:
    """ReviewItems by item id."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[int, ReviewItem] = {}

    def get(self, item_id: int) -> ReviewItem | None:
        return self._items.get(item_id)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._items

    def item_ids(self) -> list[int]:
        with self._lock:
            return list(self._items)

    def put(self, item: ReviewItem) -> None:
        with self._lock:
            self._items[item.item_id] = item

    def update(self, item_id: int, **changes: Any) -> ReviewItem | None:
        """Replace fields of an item (dataclasses.replace); None if it is not there."""
        with self._lock:
            item = self._items.get(item_id)
            if item is None:
                return None
            item = dataclasses.replace(item, **changes)
            self._items[item_id] = item
            return item

    def update_image_result(self, item_id: int, image_id: str, result: object) -> bool:
        with self._lock:
            item = self._items.get(item_id)
            if item is None:
                return False
            results = dict(item.image_results)
            results[image_id] = result
            self._items[item_id] = dataclasses.replace(item, image_results=results)
            return True

    def update_sellers(
        self, seller_id: str, change: Callable[[schema.SellerHistory], schema.SellerHistory]
    ) -> set[int]:
        """Apply ``change`` to the seller history of every item of this seller; return their ids."""
        changed: set[int] = set()
        with self._lock:
            for item_id, item in self._items.items():
                if item.seller is not None and item.listing.seller_id == seller_id:
                    self._items[item_id] = dataclasses.replace(item, seller=change(item.seller))
                    changed.add(item_id)
        return changed

    def retain(self, keep: Collection[int]) -> None:
        """Forget every item not in ``keep``."""
        with self._lock:
            for item_id in [i for i in self._items if i not in keep]:
                del self._items[item_id]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
