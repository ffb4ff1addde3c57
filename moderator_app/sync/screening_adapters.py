"""Connect the sync engine to the screening engines (text and image), when they are available.

The engine needs two callables: ``listing -> findings`` and ``image file -> result``. Building
them here keeps the engine independent of the screening packages' constructors, and lets the
workstation run (without local flags, saying so in the log) if an engine cannot be loaded.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderator_app.core import schema

if TYPE_CHECKING:
    from moderator_app.screening.image.prescreener import ImagePrescreener
    from moderator_app.screening.text import TextScreener

log = logging.getLogger(__name__)


class TextScreening:
    """``listing -> list[Finding]`` over title and description, with the server's policy once known.

    Until the server's policy is cached, the policy shipped with the app is used. The screener is
    built on first use (on a sync thread), so creating a Workstation stays fast. Findings can be
    encoded for the local cache (``encode``/``decode``), keyed by ``policy_version``.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._screener: TextScreener | None = None
        self._policy: schema.Policy | None = None
        self._unavailable = False
        self.policy_version = "builtin"

    def use_policy(self, policy: schema.Policy) -> bool:
        """Screen with the server's policy from now on; False (and the old policy kept) if it is invalid."""
        from moderator_app.screening.text import PolicyError, TextScreener, parse_policy

        raw = {
            "version": policy.version,
            "markets": list(policy.markets),
            "terms": [t.model_dump(exclude_none=True) for t in policy.terms],
        }
        try:
            parsed = parse_policy(raw, source="server policy")
        except PolicyError as exc:
            log.warning("The server's policy cannot be used for screening: %s", exc)
            return False
        with self._lock:
            self._screener = TextScreener(parsed)
            self.policy_version = f"server:{policy.version}"
        return True

    def _get(self) -> TextScreener | None:
        with self._lock:
            if self._screener is None and not self._unavailable:
                try:
                    from moderator_app.screening.text import TextScreener, default_policy

                    self._screener = TextScreener(default_policy())
                    self.policy_version = f"builtin:{self._screener.policy.version}"
                except Exception:  # ImportError or a broken shipped policy: run without local text flags
                    log.exception(
                        "Text screening is not available; listings will show no local text findings"
                    )
                    self._unavailable = True
            return self._screener

    def __call__(self, listing: schema.Listing) -> list[Any]:
        screener = self._get()
        if screener is None:
            return []
        fields = {"title": listing.title, "description": listing.description}
        return list(screener.screen(fields, country=listing.country or None))

    @staticmethod
    def encode(findings: list[Any]) -> str:
        return json.dumps([dataclasses.asdict(f) for f in findings], ensure_ascii=False)

    @staticmethod
    def decode(data: str) -> list[Any]:
        from moderator_app.core.findings import Finding

        return [Finding(**record) for record in json.loads(data)]


class ImageScreening:
    """``path -> ImageScreenResult`` through the image pre-screener and its persistent result cache.

    The pre-screener (and its models) is built on first use, on the engine's screening thread, so
    creating a Workstation stays fast.
    """

    def __init__(self, cache_path: Path, max_age_days: float):
        self.cache_path = cache_path
        self.max_age_days = max_age_days
        self._prescreener: ImagePrescreener | None = None
        self._lock = threading.Lock()

    def _get(self) -> ImagePrescreener:
        with self._lock:
            if self._prescreener is None:
                from moderator_app.screening.image.prescreener import ImagePrescreener

                self._prescreener = ImagePrescreener(
                    self.cache_path, workers=1, cache_max_age_days=self.max_age_days
                )
            return self._prescreener

    def __call__(
        self,
        path: Path,
        *,
        image_id: str,
        listing_id: str,
        country: str | None,
        similar: list[schema.SimilarImage],
    ) -> Any:
        from moderator_app.screening.image.similarity import HashCandidate

        candidates = [
            HashCandidate(ref=s.image_id, phash=s.phash, listing_id=s.listing_id, source="server")
            for s in similar
        ]
        return self._get().screen_path(
            path, image_id=image_id, listing_id=listing_id, country=country, server_candidates=candidates
        )

    def close(self) -> None:
        with self._lock:
            if self._prescreener is not None:
                self._prescreener.shutdown(wait=False)
                self._prescreener = None


def default_text_screener() -> TextScreening:
    return TextScreening()


def default_image_screener(cache_path: Path, max_age_days: float) -> ImageScreening | None:
    try:
        import moderator_app.screening.image  # noqa: F401
    except ImportError:
        log.warning("Image pre-screening is not available; photos will show server flags only")
        return None
    return ImageScreening(cache_path, max_age_days)


def warm_up_screening() -> None:
    """Import the screening engines ahead of need (call it on a background thread at start-up).

    phonenumbers' metadata alone takes a second or two to import. Done here while the user signs
    in and picks a queue, it no longer sits between the first claim and the first listing on the
    sync thread. Failures are left for the real use to report.
    """
    try:
        import phonenumbers

        import moderator_app.screening.image.screener  # noqa: F401  (numpy, onnxruntime, OpenCV)
        import moderator_app.screening.text  # noqa: F401

        phonenumbers.parse("+33612345678")  # loads the metadata of the first region it meets
    except Exception:  # noqa: BLE001 - a warm-up must never cost the session
        log.debug("screening warm-up failed", exc_info=True)
