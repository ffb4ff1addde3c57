"""What one desk's moderator was exposed to, measured on the desk's monotonic clock. No Qt, no I/O.

The meter turns what the screen reports (a listing is on screen, a hidden photo was revealed, the
moderator pressed a key) into exposure events for the server (core.wellness_schema.ExposureEvent,
without their wall time: the sync layer stamps them on the server's clock when it stores them).

- **Reveals.** Revealing a hidden photo is one ``reveal`` event, once per photo of a listing: a
  second reveal of the same photo (the listing refreshed, the key pressed twice) is not a new
  exposure. It is *sensitive* when the photo's own flags say nudity or violence
  (core.exposure_rules); the server classifies it again with what it knows.
- **Time on a listing.** Time counts while the listing is on screen and the moderator is at the
  desk: up to IDLE_AFTER_S after their last input, so a listing left open over lunch does not
  count as two hours of exposure. It is reported in ``view`` events: when the listing leaves the
  screen, and in chunks at each heartbeat (``take``) so the server's figures follow a long look.
  A view is sensitive when the listing's photo flags (its own and the server's) say so at the time
  the chunk is cut: flags that arrive after the listing opened (pre-screening) still count.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from moderator_app.core.exposure_rules import categories
from moderator_app.core.schema import FlagShown
from moderator_app.core.wellness_schema import ExposureEventKind

IDLE_AFTER_S = 60.0  # time on screen counts up to this long after the moderator's last input
MAX_VIEW_MS = 4 * 3600 * 1000  # the wire schema's bound on one event's duration


def is_sensitive(flags: Iterable[FlagShown]) -> bool:
    """True when any of the flags says nudity or violence (core.exposure_rules)."""
    return bool(categories((f.kind, f.label, f.score) for f in flags))


@dataclass(frozen=True)
class MeteredEvent:
    """An exposure event as the meter produced it; ``ended_at`` is on the monotonic clock."""

    event_id: uuid.UUID
    kind: ExposureEventKind
    ended_at: float
    item_id: int | None
    image_id: str | None
    duration_ms: int
    flags: tuple[FlagShown, ...]
    sensitive: bool


@dataclass(frozen=True)
class ListingFlags:
    """The flags the desk holds for a listing's photos: per photo, and the listing's own (server
    flags not tied to one photo). Text findings are not photo exposure and are never included."""

    listing: tuple[FlagShown, ...] = ()
    photos: Mapping[str, tuple[FlagShown, ...]] | None = None

    def of_photo(self, image_id: str) -> tuple[FlagShown, ...]:
        return tuple((self.photos or {}).get(image_id, ()))

    def all(self) -> tuple[FlagShown, ...]:
        own = [f for flags in (self.photos or {}).values() for f in flags]
        return tuple(self.listing) + tuple(own)


class ExposureMeter:
    """Counts one moderator's exposure (see the module docstring). Not thread-safe: its owner
    serializes the calls. Every ``now`` is the caller's monotonic clock, in seconds."""

    def __init__(self, clock_now: float) -> None:
        self._events: list[MeteredEvent] = []
        self._revealed: set[tuple[int | None, str]] = set()
        self._item: int | None = None
        self._flags = ListingFlags()
        self._since = clock_now
        self._on_ms = 0.0
        self._last_input: float | None = None

    # --- what the screen reports ----------------------------------------------------------------

    def input(self, now: float) -> None:
        """The moderator pressed a key or clicked: they are at the desk."""
        self._accrue(now)
        self._last_input = now

    def show(self, now: float, item_id: int | None, flags: ListingFlags) -> None:
        """Listing ``item_id`` is on screen now (None: none), with the flags the desk holds for it.
        The same listing again only updates its flags."""
        if item_id == self._item:
            self._flags = flags
            self.input(now)
            return
        self._cut(now)
        self._item = item_id
        self._flags = flags
        self._on_ms = 0.0
        self._last_input = now

    def reveal(
        self, now: float, item_id: int | None, image_id: str, flags: Sequence[FlagShown]
    ) -> MeteredEvent | None:
        """A hidden photo was revealed; the event, or None when this photo was revealed already.
        (``item_id`` None: a photo outside the review queue, such as a QA audit's.)"""
        self.input(now)
        if (item_id, image_id) in self._revealed:
            return None
        self._revealed.add((item_id, image_id))
        return MeteredEvent(
            uuid.uuid4(), ExposureEventKind.reveal, now, item_id, image_id, 0, tuple(flags), is_sensitive(flags)
        )

    # --- what the reporter takes ----------------------------------------------------------------

    def take(self, now: float) -> list[MeteredEvent]:
        """The views not taken yet, with the time on the current listing so far cut into one.
        (A reveal is returned by ``reveal`` itself, so that its caller stores it at once.)"""
        self._cut(now)
        events, self._events = self._events, []
        return events

    def active(self, now: float) -> bool:
        """The moderator gave input within IDLE_AFTER_S."""
        return self._last_input is not None and now - self._last_input <= IDLE_AFTER_S

    def untaken_sensitive_ms(self, now: float) -> float:
        """Sensitive time measured and not taken yet: views cut, and the current listing's so far."""
        self._accrue(now)
        cut = sum(e.duration_ms for e in self._events if e.sensitive)
        current = self._on_ms if self._item is not None and is_sensitive(self._flags.all()) else 0.0
        return cut + current

    @property
    def item_id(self) -> int | None:
        return self._item

    # --- inside -------------------------------------------------------------------------------

    def _accrue(self, now: float) -> None:
        if self._item is not None and self._last_input is not None:
            end = min(now, self._last_input + IDLE_AFTER_S)
            if end > self._since:
                self._on_ms += (end - self._since) * 1000.0
        self._since = max(self._since, now)

    def _cut(self, now: float) -> None:
        self._accrue(now)
        spent = int(self._on_ms)
        if self._item is not None and spent > 0:
            flags = self._flags.all()
            while spent > 0:  # a chunk longer than the wire's bound goes as several events
                part = min(spent, MAX_VIEW_MS)
                self._events.append(
                    MeteredEvent(
                        uuid.uuid4(), ExposureEventKind.view, now, self._item, None, part, flags, is_sensitive(flags)
                    )
                )
                spent -= part
        self._on_ms = 0.0
