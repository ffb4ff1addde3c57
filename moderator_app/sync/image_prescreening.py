"""Pre-screening of downloaded photos on their own thread, so flags are ready before a listing opens.

A hostile photo must not stop the others: a failure is logged and the next photo goes on.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from moderator_app.sync.item_index import ItemIndex

log = logging.getLogger(__name__)

# (path, *, image_id, listing_id, country, similar) -> the image pre-screener's result.
ImageScreener = Callable[..., Any]


class ImagePrescreening:
    """A queue of photos to screen and the loop that screens them; results go into the item index."""

    def __init__(
        self, index: ItemIndex, screener: ImageScreener | None, changed: Callable[[set[int]], None]
    ) -> None:
        self._index = index
        self.screener = screener
        self._changed = changed
        self._jobs: queue.Queue[tuple[int, str, Path] | None] = queue.Queue()

    def submit(self, item_id: int, image_id: str, path: Path) -> None:
        if self.screener is not None:
            self._jobs.put((item_id, image_id, path))

    def stop(self) -> None:
        self._jobs.put(None)

    def run(self, stop: threading.Event) -> None:
        """The screening thread: until ``stop`` is set (and ``stop()`` wakes it)."""
        while True:
            job = self._jobs.get()
            if job is None or stop.is_set():
                return
            self._screen(*job)

    def _screen(self, item_id: int, image_id: str, path: Path) -> None:
        item = self._index.get(item_id)
        if item is None or self.screener is None:
            return
        try:
            result = self.screener(
                path,
                image_id=image_id,
                listing_id=item.listing.id,
                country=item.listing.country or None,
                similar=item.similar_images,
            )
        except Exception:  # a hostile image must not stop the others
            log.exception("Image pre-screening failed for image %s", image_id)
            return
        if self._index.update_image_result(item_id, image_id, result):
            self._changed({item_id})
