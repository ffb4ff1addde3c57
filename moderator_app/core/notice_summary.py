"""What the review screen says about the notices on a listing (DSA Arts. 16, 22, 23). No Qt.

The screen shows, per notice, its category, the notifier's kind (and an organisation's name),
their track record and the explanation; the panel says whether the case is in the priority
lane. The words are the Qt layer's; the facts are decided here, once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from moderator_app.core.schema import NoticeView

# Notifier kinds whose notices put the case in the priority lane (Art. 22 and authorities' orders).
PRIORITY_KINDS = frozenset({"trusted_flagger", "authority"})


@dataclass(frozen=True)
class TrackRecord:
    """A notifier's past notices as the moderator reads them."""

    decided: int
    upheld_percent: int | None  # None until one of their notices was decided
    unfounded: int  # notices found manifestly unfounded


@dataclass(frozen=True)
class NoticeLine:
    number: int  # 1-based: the digit that marks it while marking notices
    notice_id: int
    category: str  # STATEMENT_CATEGORY_*
    notifier_kind: str
    notifier_name: str | None  # organisations only
    record: TrackRecord | None  # None: an anonymous notifier (no record kept)
    explanation: str
    url: str | None
    unfounded: bool  # marked manifestly unfounded (by this moderator now, or already on the server)


def track_record(notice: NoticeView) -> TrackRecord | None:
    record = notice.track_record
    if record is None:
        return None
    share = record.upheld_share
    if share is None and record.decided:
        share = record.upheld / record.decided
    percent = None if share is None else round(max(0.0, min(1.0, share)) * 100)
    return TrackRecord(record.decided, percent, record.manifestly_unfounded)


def notice_lines(notices: Sequence[NoticeView], marked: Sequence[int] = ()) -> list[NoticeLine]:
    """The notices numbered in the server's order (oldest first: the order the marking digits
    use), with the moderator's marks."""
    chosen = set(marked)
    return [
        NoticeLine(
            number=i,
            notice_id=n.notice_id,
            category=n.category,
            notifier_kind=n.notifier_kind,
            notifier_name=n.notifier_name if n.notifier_kind in PRIORITY_KINDS else None,
            record=track_record(n),
            explanation=n.explanation,
            url=n.url,
            unfounded=n.notice_id in chosen or n.manifestly_unfounded,
        )
        for i, n in enumerate(notices, start=1)
    ]


def in_priority_lane(notices: Sequence[NoticeView]) -> bool:
    return any(n.notifier_kind in PRIORITY_KINDS for n in notices)
