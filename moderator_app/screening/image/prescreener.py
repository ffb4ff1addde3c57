"""The pre-screening pipeline the workstation calls: background workers, a persistent cache.

``ImagePrescreener`` runs ``ImageScreener`` on a small thread pool (1 worker by default, each
inference capped at 2 intra-op threads), so a 2-core desk keeps room for the UI. Results are
cached by the bytes' sha256 in the local SQLite store and survive restarts; the same bytes are
never analysed twice, even when submitted twice at once. Reused-photo matches are looked up in
the cache's pHash index of other listings' photos (and in server candidates the caller passes),
fresh for every request, since they depend on what else is known.

No Qt here: ``on_done`` runs on the worker thread; the workstation forwards it to its UI thread
(a queued signal), as it does for every background task.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from moderator_app.screening.image.result import ImageScreenResult
from moderator_app.screening.image.screener import ImageScreener, ScreenerSettings
from moderator_app.screening.image.similarity import HashCandidate, HashMatch, find_matches
from moderator_app.store.screening_cache import DEFAULT_MAX_AGE_DAYS, ScreeningCache

log = logging.getLogger(__name__)

ResultCallback = Callable[[ImageScreenResult], None]


class ImagePrescreener:
    """Pre-screen listing photos in the background, with a persistent cache.

    ``workers`` bounds how many images are analysed at once; ``settings.threads`` caps the
    threads of each inference. ``cache_path`` None keeps no cache (every call analyses).
    """

    def __init__(
        self,
        cache_path: str | Path | None,
        settings: ScreenerSettings | None = None,
        workers: int = 1,
        cache_max_age_days: float = DEFAULT_MAX_AGE_DAYS,
        text_screener: object = None,
    ) -> None:
        self.screener = ImageScreener(settings, text_screener=text_screener)
        self.settings = self.screener.settings
        self.cache = ScreeningCache(cache_path, cache_max_age_days) if cache_path is not None else None
        self._executor = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="image-prescreen")
        self._inflight: dict[str, threading.Lock] = {}
        self._inflight_guard = threading.Lock()

    def __enter__(self) -> ImagePrescreener:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.shutdown()

    def submit(
        self,
        image_id: str,
        data: bytes,
        on_done: ResultCallback | None = None,
        *,
        listing_id: str | None = None,
        country: str | None = None,
        server_candidates: Iterable[HashCandidate] = (),
    ) -> Future[ImageScreenResult]:
        """Queue one photo; ``on_done(result)`` runs on the worker thread when it is ready.

        The returned future never holds an exception from screening itself: failures come back
        as results with an ``unreadable`` flag.
        """
        candidates = list(server_candidates)

        def task() -> ImageScreenResult:
            result = self.screen_bytes(
                data, image_id=image_id, listing_id=listing_id, country=country, server_candidates=candidates
            )
            if on_done is not None:
                try:
                    on_done(result)
                except Exception:
                    log.exception("image pre-screening callback failed")
            return result

        return self._executor.submit(task)

    def screen_bytes(
        self,
        data: bytes,
        *,
        image_id: str | None = None,
        listing_id: str | None = None,
        country: str | None = None,
        server_candidates: Iterable[HashCandidate] = (),
    ) -> ImageScreenResult:
        """Screen ``data`` now, on the calling thread (cache first). Never raises for bad bytes."""
        sha256 = hashlib.sha256(data).hexdigest()
        with self._sha_lock(sha256):
            result = self._analysis(data, sha256)
        with self._inflight_guard:
            self._inflight.pop(sha256, None)
        result.image_id = image_id
        matches = self._matches(result, image_id, listing_id, server_candidates)
        if self.cache is not None and image_id is not None and result.matchable:
            self.cache.remember_image(image_id, sha256, result.phash, listing_id)
        return self.screener.contextual(result, country, matches)

    def screen_path(self, path: str | Path, **kwargs: object) -> ImageScreenResult:
        """Like :meth:`screen_bytes` for a file; an unreadable file gives an ``unreadable`` result."""
        from moderator_app.screening.image.screener import unreadable_flag

        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            result = ImageScreenResult(
                sha256="", flags=[unreadable_flag(f"cannot read file ({exc.strerror})")]
            )
            result.path = str(path)
            return result
        result = self.screen_bytes(data, **kwargs)  # type: ignore[arg-type]
        result.path = str(path)
        return result

    def _sha_lock(self, sha256: str) -> threading.Lock:
        with self._inflight_guard:
            return self._inflight.setdefault(sha256, threading.Lock())

    def _analysis(self, data: bytes, sha256: str) -> ImageScreenResult:
        if self.cache is not None:
            started = time.perf_counter()
            cached = self.cache.get(sha256, self.screener.config_key)
            if cached is not None:
                result = ImageScreenResult.from_json(cached)
                result.path = None
                result.cached = True
                result.ms = {"cache": (time.perf_counter() - started) * 1000}
                return result
        result = self.screener.analyse(data, sha256)
        # Unreadable bytes are cached too (the same hostile file is not decoded twice), but not
        # our own transient failures, which the next attempt may not repeat.
        transient = any(flag.details.get("transient") for flag in result.flags)
        if self.cache is not None and not transient:
            self.cache.put(sha256, self.screener.config_key, result.to_json(), result.phash)
        return result

    def _matches(
        self,
        result: ImageScreenResult,
        image_id: str | None,
        listing_id: str | None,
        server_candidates: Iterable[HashCandidate],
    ) -> list[HashMatch]:
        if not result.matchable:
            return []  # a blank or flat photo: its hash would match every other one
        max_distance = self.settings.duplicate_max_distance
        matches: list[HashMatch] = []
        if self.cache is not None:
            for similar in self.cache.similar(result.phash, max_distance, image_id, listing_id):
                matches.append(HashMatch(similar.image_id, similar.distance, similar.listing_id, "local"))
        server = [c for c in server_candidates if listing_id is None or c.listing_id != listing_id]
        matches.extend(find_matches(result.phash, server, max_distance))
        matches.sort(key=lambda m: (m.distance, m.ref))
        return matches

    def shutdown(self, wait: bool = True) -> None:
        """Stop the workers (waiting for queued photos if ``wait``) and close the cache."""
        self._executor.shutdown(wait=wait, cancel_futures=not wait)
        if self.cache is not None:
            self.cache.close()
