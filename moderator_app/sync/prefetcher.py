"""Prefetch: everything a leased listing needs on screen, fetched before the moderator opens it.

For each held lease (the queue under review first, in review order): the item detail, its photos
(checked against their digests), the seller's history, photos reused by other listings, and the
text findings (screened here, cached per policy version). Photos go on to the image
pre-screening job. Around that, the policy and the queue list are refreshed now and then, seller
histories are fetched again after this desk's decisions reached the server, and expired personal
data is purged.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from moderator_app.core import schema
from moderator_app.core.cluster_schema import ClusterView
from moderator_app.core.review_item import ReviewItem, seller_with_outcome
from moderator_app.net.api_client import ApiClient
from moderator_app.net.errors import (
    Forbidden,
    ForeignUrl,
    MalformedResponse,
    MissingMediaKey,
    NotFound,
    ValidationFailed,
)
from moderator_app.screening.price_check import price_finding
from moderator_app.store.cache_store import CacheStore, LeaseRow
from moderator_app.store.image_files import ImageHashMismatch
from moderator_app.sync.clocks import Clocks
from moderator_app.sync.image_prescreening import ImagePrescreening
from moderator_app.sync.item_index import ItemIndex
from moderator_app.sync.lease_keeper import LeaseKeeper

log = logging.getLogger(__name__)

# listing -> findings. May also have ``use_policy(schema.Policy)``, ``policy_version`` and
# ``encode``/``decode`` (to cache findings); see screening_adapters.TextScreening.
TextScreener = Callable[[schema.Listing], list[Any]]


@dataclass(frozen=True)
class PrefetchSettings:
    max_age_days: float = 7.0  # cached personal data expires after this
    policy_refresh_s: float = 600.0
    queues_refresh_s: float = 60.0
    purge_interval_s: float = 3600.0
    similar_max_distance: int = 8


@dataclass(frozen=True)
class OwnOutcome:
    """A decision of this desk not yet reflected in the server's seller history."""

    listing_id: str
    action: schema.Action
    reasons: tuple[str, ...]


class PrefetchReports(Protocol):
    def items_ready(self, queue_id: str, item_ids: list[int]) -> None: ...

    def items_changed(self, item_ids: set[int]) -> None: ...

    def queues_changed(self) -> None: ...

    def session_items(self) -> set[int]: ...

    def own_outcomes(self, seller_id: str) -> list[OwnOutcome]: ...


class Prefetcher:
    """Keeps the content of every held lease in the item index (see the module docstring)."""

    def __init__(
        self,
        cache: CacheStore,
        index: ItemIndex,
        leases: LeaseKeeper,
        settings: PrefetchSettings,
        clocks: Clocks,
        reports: PrefetchReports,
        prescreening: ImagePrescreening,
        text_screener: TextScreener | None,
        stop: threading.Event,
    ) -> None:
        self._cache = cache
        self._index = index
        self._leases = leases
        self.settings = settings
        self._clocks = clocks
        self._reports = reports
        self._prescreening = prescreening
        self.text_screener = text_screener
        self._stop = stop
        self.queues: list[schema.QueueInfo] = []
        self.policy: schema.Policy | None = None
        self._policy_etag: str | None = None
        self._next_policy_at = 0.0
        self._next_queues_at = 0.0
        self._next_purge_at = 0.0
        self._failed: set[int] = set()
        self._stale_sellers: set[str] = set()
        self._lock = threading.Lock()

    # --- start-up (no network) ----------------------------------------------------------------

    def load_from_cache(self) -> None:
        """The queues, the policy and the content of held leases from the local cache (offline start)."""
        self.queues = self._cache.load_queues()
        cached = self._cache.policy()
        if cached:
            self.policy, self._policy_etag = cached
            self._use_policy(cached[0])
        self._next_policy_at = self._next_queues_at = 0.0
        self._failed.clear()
        for row in self._leases.rows():
            detail = self._cache.item(row.item_id)
            if detail is None:
                continue
            listing = detail.listing
            paths: dict[str, Path | None] = {}
            errors: dict[str, str] = {}
            for image in listing.images:
                found = self._cache.image(image.id)
                paths[image.id] = found.path if found else None
                if found is not None and found.path is None and found.error:
                    errors[image.id] = found.error
            similar = self._cache.similar(listing.id) or []
            seller = self._cache.seller(listing.seller_id)
            self._put(self._make_item(row, detail, seller, paths, similar, errors))

    def seller_changed(self, seller_id: str) -> None:
        """A decision on one of this seller's listings reached the server: fetch the history again."""
        with self._lock:
            self._stale_sellers.add(seller_id)

    # --- the prefetch thread's round ------------------------------------------------------------

    def round(self, api: ApiClient) -> float:
        now = self._clocks.monotonic()
        if now >= self._next_policy_at:
            self._refresh_policy(api)
        if now >= self._next_queues_at:
            self.refresh_queues(api)
        self._fetch_missing(api)
        self._refresh_sellers(api)
        if now >= self._next_purge_at:
            self._next_purge_at = now + self.settings.purge_interval_s
            self._cache.purge_expired(self.settings.max_age_days)
        self._index.retain({r.item_id for r in self._leases.rows()} | self._reports.session_items())
        return max(0.05, min(self._next_policy_at, self._next_queues_at) - self._clocks.monotonic())

    def refresh_queues(self, api: ApiClient) -> list[schema.QueueInfo]:
        queues = api.queues()
        self._next_queues_at = self._clocks.monotonic() + self.settings.queues_refresh_s
        self.queues = queues
        self._cache.save_queues(queues)
        self._reports.queues_changed()
        return queues

    def _refresh_policy(self, api: ApiClient) -> None:
        answer = api.policy(self._policy_etag)
        self._next_policy_at = self._clocks.monotonic() + self.settings.policy_refresh_s
        if answer.policy is None:
            return
        self.policy, self._policy_etag = answer.policy, answer.etag
        self._cache.save_policy(answer.policy, answer.etag)
        log.info("Policy %s cached", answer.policy.version)
        if self._use_policy(answer.policy):
            # Screen the listings in memory again with it.
            changed = set()
            for item_id in self._index.item_ids():
                item = self._index.get(item_id)
                if item is not None:
                    # The price finding comes from the server's data, not from the policy: it stays.
                    kept = [f for f in item.text_findings if f.kind == "price"]
                    self._index.update(item_id, text_findings=[*self._findings(item.listing), *kept])
                    changed.add(item_id)
            if changed:
                self._reports.items_changed(changed)

    def _use_policy(self, policy: schema.Policy) -> bool:
        use_policy = getattr(self.text_screener, "use_policy", None)
        return bool(use_policy is not None and use_policy(policy))

    def _fetch_missing(self, api: ApiClient) -> None:
        """Fetch what held leases lack, each listing announced ready as soon as it is complete; those
        already held are announced again (a listing claimed anew after its lease was lost)."""
        active = self._leases.active_queue
        rows = sorted(self._leases.rows(), key=lambda r: (r.queue_id != active, r.position))
        held: dict[str, list[int]] = {}
        for row in rows:
            if self._stop.is_set():
                return
            if row.item_id in self._failed:
                continue
            if row.item_id in self._index:
                held.setdefault(row.queue_id, []).append(row.item_id)
                continue
            item = self._fetch_item(api, row)
            if item is not None:
                self._put(item)
                self._reports.items_ready(row.queue_id, [row.item_id])
        for queue_id, item_ids in held.items():
            self._reports.items_ready(queue_id, item_ids)

    def _put(self, item: ReviewItem) -> None:
        """Hold the item's content; its photos go to pre-screening once it is there to take the results."""
        self._index.put(item)
        for image_id, path in item.image_paths.items():
            if path is not None:
                self._prescreening.submit(item.item_id, image_id, path)

    def _fetch_item(self, api: ApiClient, row: LeaseRow) -> ReviewItem | None:
        try:
            detail = api.item(row.item_id)
        except (NotFound, Forbidden):
            log.info("Item %d is no longer available; its lease is given back", row.item_id)
            self._leases.give_back([row.item_id])
            return None
        except MalformedResponse:
            log.warning("Item %d: the server sent an unreadable detail; skipped", row.item_id)
            self._failed.add(row.item_id)
            return None
        self._cache.save_item(detail)
        listing = detail.listing
        seller = self._cache.seller(listing.seller_id)
        if seller is None:
            seller = self._fetch_seller(api, listing.seller_id)
        image_paths: dict[str, Path | None] = {}
        image_errors: dict[str, str] = {}
        for image in listing.images:
            image_paths[image.id], error = self.fetch_image(api, image)
            if error is not None:
                image_errors[image.id] = error
        similar = self._fetch_similar(api, listing)
        item = self._make_item(row, detail, seller, image_paths, similar, image_errors)
        if detail.cluster is not None:
            item = replace(item, cluster_view=self._fetch_cluster(api, row.item_id, detail.cluster))
        return item

    def _fetch_cluster(self, api: ApiClient, item_id: int, summary: schema.ClusterSummary) -> ClusterView | None:
        """The cluster as seen from the item, so its view opens even when the connection drops."""
        try:
            return api.cluster(summary.cluster_id, item_id)
        except (NotFound, Forbidden, MalformedResponse):
            log.info("Item %d: its cluster could not be fetched; the view claims it when opened", item_id)
            return None

    def _fetch_seller(self, api: ApiClient, seller_id: str) -> schema.SellerHistory | None:
        try:
            seller = api.seller_history(seller_id)
        except (NotFound, Forbidden, MalformedResponse) as exc:
            log.info("Seller history unavailable (%s)", type(exc).__name__)
            return None
        self._cache.save_seller(seller)
        for own in self._reports.own_outcomes(seller_id):
            seller = seller_with_outcome(seller, own.listing_id, own.action, own.reasons)
        return seller

    def _refresh_sellers(self, api: ApiClient) -> None:
        with self._lock:
            stale, self._stale_sellers = self._stale_sellers, set()
        for seller_id in stale:
            fresh = self._fetch_seller(api, seller_id)
            if fresh is not None:
                changed = self._index.update_sellers(seller_id, _replaced_by(fresh))
                if changed:
                    self._reports.items_changed(changed)

    def fetch_image(self, api: ApiClient, image: schema.ImageRef) -> tuple[Path | None, str | None]:
        """The photo's file in the local cache, downloaded first if needed, or None and why it
        could not be had (a PHOTO_ERRORS code)."""
        cached = self._cache.image(image.id)
        if cached is not None and cached.path is not None:
            return cached.path, None
        try:
            existing = self._cache.images.existing(image.sha256)
        except ValueError:
            existing = None
        if existing is not None:
            self._cache.save_image(image.id, image.sha256, existing)
            return existing, None
        try:
            data = api.media(image)
            path = self._cache.images.write(image.sha256, data)
        except (NotFound, Forbidden, ForeignUrl, MalformedResponse, ImageHashMismatch, ValueError) as exc:
            # One bad photo must not hold back the listing: the gallery shows a placeholder.
            error = _photo_error(exc)
            log.warning("Image %s not cached: %s", image.id, error)
            self._cache.save_image(image.id, image.sha256, None, error)
            return None, error
        self._cache.save_image(image.id, image.sha256, path)
        return path, None

    def _fetch_similar(self, api: ApiClient, listing: schema.Listing) -> list[schema.SimilarImage]:
        cached = self._cache.similar(listing.id)
        if cached is not None:
            return cached
        found: dict[tuple[str, str], schema.SimilarImage] = {}
        for image in listing.images:
            if not image.phash:
                continue
            try:
                matches = api.similar_images(image.phash, self.settings.similar_max_distance)
            except (NotFound, Forbidden, ValidationFailed, MalformedResponse) as exc:
                log.info("Similar-photo lookup unavailable (%s)", type(exc).__name__)
                return []
            for match in matches:
                if match.listing_id != listing.id:
                    found.setdefault((match.listing_id, match.image_id), match)
        similar = sorted(found.values(), key=lambda m: (m.distance, m.listing_id))
        self._cache.save_similar(listing.id, similar)
        return similar

    def _make_item(
        self,
        row: LeaseRow,
        detail: schema.ItemDetail,
        seller: schema.SellerHistory | None,
        image_paths: dict[str, Path | None],
        similar: list[schema.SimilarImage],
        image_errors: dict[str, str],
    ) -> ReviewItem:
        findings = self._findings(detail.listing)
        price = price_finding(detail.listing.price, detail.listing.currency, detail.price_range)
        if price is not None:
            findings = [*findings, price]
        return ReviewItem(
            item_id=row.item_id,
            queue_id=row.queue_id,
            listing=detail.listing,
            seller=seller,
            server_flags=list(detail.flags),
            text_findings=findings,
            image_paths=image_paths,
            image_results={image_id: None for image_id in image_paths},
            similar_images=similar,
            price_range=detail.price_range,
            image_errors=image_errors,
            notices=list(detail.notices),
            cluster=detail.cluster,
        )

    def _findings(self, listing: schema.Listing) -> list[Any]:
        """Text findings of a listing: from the local cache for this policy, else screened now."""
        screener = self.text_screener
        if screener is None:
            return []
        policy_version = getattr(screener, "policy_version", None)
        encode = getattr(screener, "encode", None)
        decode = getattr(screener, "decode", None)
        cacheable = isinstance(policy_version, str) and encode is not None and decode is not None
        if cacheable and isinstance(policy_version, str) and decode is not None:
            cached = self._cache.findings(listing.id, listing.version, policy_version)
            if cached is not None:
                try:
                    return list(decode(cached))
                except (ValueError, TypeError):
                    log.info("Cached findings of another format; screening again")
        try:
            findings = list(screener(listing))
        except Exception:  # a screening bug must not stop the moderator from seeing the listing
            log.exception("Text screening failed for listing %s", listing.id)
            return []
        if cacheable and encode is not None:
            # Read the version again: the first call may have loaded the screener and its policy.
            version = str(getattr(screener, "policy_version", policy_version))
            self._cache.save_findings(listing.id, listing.version, version, encode(findings))
        return findings


def _photo_error(exc: Exception) -> str:
    """The code_labels.PHOTO_ERRORS key of a failed photo fetch."""
    for kind, code in (
        (MissingMediaKey, "missing_media_key"),
        (NotFound, "not_found"),
        (Forbidden, "forbidden"),
        (ForeignUrl, "foreign_url"),
        (MalformedResponse, "malformed"),
        (ImageHashMismatch, "hash_mismatch"),
    ):
        if isinstance(exc, kind):
            return code
    return "not_stored"


def _replaced_by(fresh: schema.SellerHistory) -> Callable[[schema.SellerHistory], schema.SellerHistory]:
    return lambda _old: fresh
