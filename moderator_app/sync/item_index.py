"""The in-memory list of review items, read by the UI without touching SQLite.

Writers (the sync engine, the facade) replace items under a lock and rebuild an immutable
snapshot; readers take the current snapshot without locking. A read is a tuple copy of a few
dozen references, far below a frame.
"""

from __future__ import annotations

import dataclasses
import threading

from moderator_app.core.review_item import ReviewItem


class ItemIndex:
    """ReviewItems by item id, in the local review order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[int, ReviewItem] = {}
        self._order: list[int] = []
        self._ready: tuple[ReviewItem, ...] = ()
        self._queue_id: str | None = None

    def ready(self) -> tuple[ReviewItem, ...]:
        """Undecided items of the active queue in review order (lock-free snapshot)."""
        return self._ready

    def set_queue(self, queue_id: str | None) -> None:
        """Only items of this queue are ready (None: items of every queue)."""
        with self._lock:
            self._queue_id = queue_id
            self._rebuild()

    def get(self, item_id: int) -> ReviewItem | None:
        return self._items.get(item_id)

    def __contains__(self, item_id: int) -> bool:
        return item_id in self._items

    def item_ids(self) -> list[int]:
        with self._lock:
            return list(self._order)

    def put(self, item: ReviewItem, *, position: int | None = None) -> None:
        """Add or replace an item; a new item goes to the back (or ``position``)."""
        with self._lock:
            if item.item_id not in self._items:
                if position is None:
                    self._order.append(item.item_id)
                else:
                    self._order.insert(position, item.item_id)
            self._items[item.item_id] = item
            self._rebuild()

    def update(self, item_id: int, **changes) -> ReviewItem | None:
        """Replace fields of an item (dataclasses.replace); None if it is not there."""
        with self._lock:
            item = self._items.get(item_id)
            if item is None:
                return None
            item = dataclasses.replace(item, **changes)
            self._items[item_id] = item
            self._rebuild()
            return item

    def update_image_result(self, item_id: int, image_id: str, result: object) -> bool:
        with self._lock:
            item = self._items.get(item_id)
            if item is None:
                return False
            results = dict(item.image_results)
            results[image_id] = result
            self._items[item_id] = dataclasses.replace(item, image_results=results)
            self._rebuild()
            return True

    def move_to_back(self, item_id: int) -> None:
        with self._lock:
            if item_id in self._items:
                self._order.remove(item_id)
                self._order.append(item_id)
                self._rebuild()

    def remove(self, item_id: int) -> ReviewItem | None:
        with self._lock:
            item = self._items.pop(item_id, None)
            if item is not None:
                self._order.remove(item_id)
                self._rebuild()
            return item

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._order.clear()
            self._rebuild()

    def _rebuild(self) -> None:
        queue_id = self._queue_id
        self._ready = tuple(
            item
            for item in (self._items[k] for k in self._order)
            if not item.decided and (queue_id is None or item.queue_id == queue_id)
        )
