"""The API calls behind the appeal screen: claim the next appeal with what it shows, send an
outcome, give an appeal back, renew its lease. Called from a background thread, never the UI's."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from moderator_app.core import dsa_schema as dsa
from moderator_app.core import schema
from moderator_app.core.dsa_schema import APPEALS_QUEUE
from moderator_app.net.api_client import ApiClient
from moderator_app.sync.appeal_flow import AppealCase, SendOutcome
from moderator_app.sync.appeal_sender import AppealSender

log = logging.getLogger(__name__)

MAX_PHOTOS = 12  # photos fetched per appeal, as for an audit


class AppealDesk:
    """Claims appeals one at a time, fetches what they show, sends outcomes. Never on the UI thread."""

    def __init__(
        self,
        api: Callable[[], ApiClient],
        text_findings: Callable[[schema.Listing], list[Any]] = lambda _listing: [],
        sender: AppealSender | None = None,
    ) -> None:
        self._api = api
        self._sender = sender
        self._text_findings = text_findings
        self._reasons: tuple[str, ...] | None = None

    def next_case(self) -> AppealCase | None:
        """Claim the next appeal (never one of the reviewer's own decisions: the server sees to
        it) and fetch the appeal, the decision, its statement and the listing's photos."""
        api = self._api()
        leases = api.claim(APPEALS_QUEUE, 1, uuid.uuid4())
        if not leases:
            return None
        lease = leases[0]
        detail = api.item_appeal(lease.item_id)
        photos: dict[str, bytes | None] = {}
        for image in detail.listing.images[:MAX_PHOTOS]:
            try:
                photos[image.id] = api.media(image)
            except Exception as exc:  # a missing photo must not hide the appeal
                log.info("appeal photo not fetched: %s", type(exc).__name__)
                photos[image.id] = None
        findings = self._text_findings(detail.listing)
        return AppealCase(lease, detail, self._reason_codes(api), photos, findings)

    def _reason_codes(self, api: ApiClient) -> tuple[str, ...]:
        if self._reasons is None:
            queue = next((q for q in api.queues() if q.id == APPEALS_QUEUE), None)
            self._reasons = tuple(queue.reason_codes) if queue else ()
        return self._reasons

    def send(self, command: SendOutcome) -> dsa.AppealOutcomeResult:
        """With a sender, the outcome is committed to the local store before it travels."""
        if self._sender is not None:
            return self._sender.send(self._api(), command)
        return self._api().appeal_outcome(command.appeal_id, command.request)

    def give_back(self, item_id: int) -> None:
        self._api().release([item_id])

    def renew(self, item_id: int) -> None:
        self._api().renew([item_id])
