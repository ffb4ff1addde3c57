"""The cluster view's model: the members of one cluster, why each belongs, which ones the moderator
excluded, and the one decision that covers the rest. No Qt, no I/O.

The view renders :meth:`ClusterReview.rows` and the header facts, and sends keys here. Keys are the
review screen's own (its remappable keymap: A approves, R then digits and Enter rejects with
reasons, E escalates, Esc cancels a choice or closes the view, N/P or Down/Up move) plus X or
Space, which excludes the highlighted member or brings it back. A decision covers every member the
desk may decide (leased to this moderator, or, offline, to be claimed when the connection returns)
that is not excluded, and never more than the role's size limit.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from moderator_app.core.cluster_schema import (
    ClusterMember,
    ClusterView,
    EvidenceSource,
    UnavailableMember,
    UnavailableReason,
)
from moderator_app.core.i18n import translate_noop
from moderator_app.core.keymap import ActionId, option_number
from moderator_app.core.schema import Action, EvidenceKind
from moderator_app.core.session_types import Notice, Verdict

_CONTEXT = "ClusterReview"
MAX_TIME_SPENT_MS = 24 * 3600 * 1000

MSG_NOTHING_LEFT = translate_noop(_CONTEXT, "Every member is excluded or unavailable: there is nothing to decide.")
MSG_TOO_MANY = translate_noop(
    _CONTEXT,
    "Your role may decide up to {limit} listings at once: exclude {over} more, or decide them one by one.",
)
MSG_READ_ONLY = translate_noop(_CONTEXT, "This cluster can only be looked at here: {reason}")
MSG_NO_REASON = translate_noop(_CONTEXT, "Choose at least one reason: press its number, then Enter.")
MSG_NO_TARGET = translate_noop(_CONTEXT, "Choose where to escalate: press its number, then Enter.")
MSG_NO_REASON_CODES = translate_noop(_CONTEXT, "This queue has no reason codes to reject with.")
MSG_NO_TARGETS = translate_noop(_CONTEXT, "This queue has no escalation target.")
MSG_UNAVAILABLE = translate_noop(_CONTEXT, "This member cannot be decided by you now: {reason}")

UNAVAILABLE_TEXTS = {
    UnavailableReason.leased: translate_noop(_CONTEXT, "another desk holds it"),
    UnavailableReason.decided: translate_noop(_CONTEXT, "already decided"),
    UnavailableReason.superseded: translate_noop(_CONTEXT, "the listing was edited since"),
    UnavailableReason.not_in_cluster: translate_noop(_CONTEXT, "no longer in this cluster"),
    UnavailableReason.not_for_you: translate_noop(_CONTEXT, "an appeal against your own decision"),
    UnavailableReason.sensitive: translate_noop(_CONTEXT, "held back: your exposure budget is spent"),
}

# Why listings belong together, as the banner and the view say it.
EVIDENCE_LABELS = {
    EvidenceKind.photo: translate_noop(_CONTEXT, "same photos"),
    EvidenceKind.phone: translate_noop(_CONTEXT, "same phone number"),
    EvidenceKind.email: translate_noop(_CONTEXT, "same e-mail address"),
    EvidenceKind.handle: translate_noop(_CONTEXT, "same messaging handle"),
    EvidenceKind.iban: translate_noop(_CONTEXT, "same IBAN"),
    EvidenceKind.text: translate_noop(_CONTEXT, "near-identical text"),
}

# Where a member shows a shared contact.
SOURCE_LABELS = {
    EvidenceSource.text: translate_noop(_CONTEXT, "in the text"),
    EvidenceSource.photo: translate_noop(_CONTEXT, "in a photo"),
    EvidenceSource.account: translate_noop(_CONTEXT, "on the account"),
    EvidenceSource.image: translate_noop(_CONTEXT, "the photo itself"),
}

CONTACT_KINDS = frozenset({EvidenceKind.phone, EvidenceKind.email, EvidenceKind.handle, EvidenceKind.iban})


class ClusterKey(enum.StrEnum):
    """The cluster view's own keys besides the keymap's."""

    EXCLUDE = "exclude"
    UP = "up"
    DOWN = "down"


class ClusterMode(enum.StrEnum):
    BROWSING = "browsing"
    CHOOSING_REASONS = "choosing_reasons"
    CHOOSING_ESCALATION = "choosing_escalation"


@dataclass(frozen=True)
class SharedContact:
    kind: EvidenceKind
    value: str
    sellers: int  # sellers sharing it
    sources: tuple[EvidenceSource, ...]  # where this member shows it (text, a photo, the account)


@dataclass(frozen=True)
class MemberRow:
    """One line of the cluster view."""

    member: ClusterMember
    anchor: bool  # the listing the view was opened from
    excluded: bool
    unavailable: UnavailableReason | None  # the server left it out (None: the desk may decide it)
    shared_images: frozenset[str]  # this member's photos that other members share (or show a shared contact)
    contacts: tuple[SharedContact, ...]  # contact details it shares with other members
    text_similarity: float | None  # near-identical text: the lowest similarity of its text evidence

    @property
    def decidable(self) -> bool:
        return self.unavailable is None and not self.excluded


@dataclass(frozen=True)
class DecideCluster:
    """Record this cluster decision (the outbox), for these members; ``excluded`` were left out."""

    verdict: Verdict
    item_ids: tuple[int, ...]
    excluded: tuple[int, ...]
    time_spent_ms: int


@dataclass(frozen=True)
class CloseCluster:
    """Close the view without deciding."""


ClusterEffect = DecideCluster | CloseCluster | Notice


def _member_evidence(view: ClusterView) -> dict[int, tuple[set[str], list[SharedContact], float | None]]:
    found: dict[int, tuple[set[str], list[SharedContact], float | None]] = {
        m.item_id: (set(), [], None) for m in view.members
    }
    for evidence in view.evidence:
        for part in evidence.members:
            if part.item_id not in found:
                continue
            images, contacts, similarity = found[part.item_id]
            if part.image_id is not None:
                images.add(part.image_id)
            if evidence.kind in CONTACT_KINDS and evidence.value:
                known = next((c for c in contacts if (c.kind, c.value) == (evidence.kind, evidence.value)), None)
                if known is None:
                    contacts.append(SharedContact(evidence.kind, evidence.value, evidence.sellers, (part.source,)))
                elif part.source not in known.sources:
                    contacts[contacts.index(known)] = SharedContact(
                        known.kind, known.value, known.sellers, (*known.sources, part.source)
                    )
            if evidence.kind == EvidenceKind.text and evidence.similarity is not None:
                similarity = evidence.similarity if similarity is None else min(similarity, evidence.similarity)
            found[part.item_id] = (images, contacts, similarity)
    return found


class ClusterReview:
    """The open cluster view (see the module docstring). Not thread-safe: the UI thread owns it.

    ``claimed``: the members were leased through a cluster claim (False: opened offline from the
    prefetched view; the claim goes with the decision). ``refusal``: the server's reason why this
    moderator may not decide the cluster (then the view is read-only).
    """

    def __init__(
        self,
        view: ClusterView,
        anchor_item_id: int,
        reason_codes: Sequence[str],
        escalation_targets: Sequence[str],
        clock: Callable[[], float],
        *,
        unavailable: Iterable[UnavailableMember] = (),
        claimed: bool = True,
        refusal: str | None = None,
    ) -> None:
        self.view = view
        self.anchor_item_id = anchor_item_id
        self.reason_codes = tuple(reason_codes)
        self.escalation_targets = tuple(escalation_targets)
        self.claimed = claimed
        self.refusal = refusal if refusal is not None else (None if view.may_decide else "")
        self._clock = clock
        self._opened_at = clock()
        self._unavailable = {u.item_id: u.reason for u in unavailable}
        for member in view.members:
            if member.leased_to_other and member.item_id not in self._unavailable:
                self._unavailable[member.item_id] = UnavailableReason.leased
        self._evidence = _member_evidence(view)
        self._excluded: set[int] = set()
        ids = [m.item_id for m in view.members]
        self.cursor = ids.index(anchor_item_id) if anchor_item_id in ids else 0
        self.mode = ClusterMode.BROWSING
        self._reasons: set[int] = set()
        self._target: int | None = None
        self.version = 0

    # --- what the view reads ---------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.refusal is not None

    @property
    def max_size(self) -> int | None:
        return self.view.max_size

    def rows(self) -> list[MemberRow]:
        rows = []
        for member in self.view.members:
            images, contacts, similarity = self._evidence.get(member.item_id, (set(), [], None))
            rows.append(
                MemberRow(
                    member=member,
                    anchor=member.item_id == self.anchor_item_id,
                    excluded=member.item_id in self._excluded,
                    unavailable=self._unavailable.get(member.item_id),
                    shared_images=frozenset(images),
                    contacts=tuple(contacts),
                    text_similarity=similarity,
                )
            )
        return rows

    def to_decide(self) -> list[int]:
        return [r.member.item_id for r in self.rows() if r.decidable]

    def excluded(self) -> list[int]:
        return [m.item_id for m in self.view.members if m.item_id in self._excluded]

    def over_limit(self) -> int:
        """How many members too many the decision would cover (0: within the role's limit)."""
        limit = self.view.max_size
        return max(0, len(self.to_decide()) - limit) if limit is not None else 0

    @property
    def selected_reasons(self) -> tuple[str, ...]:
        return tuple(self.reason_codes[i] for i in sorted(self._reasons))

    @property
    def selected_target(self) -> str | None:
        return None if self._target is None else self.escalation_targets[self._target]

    def sellers_to_decide(self) -> int:
        decide = set(self.to_decide())
        return len({m.seller_id for m in self.view.members if m.item_id in decide})

    def time_spent_ms(self) -> int:
        return min(MAX_TIME_SPENT_MS, max(0, round((self._clock() - self._opened_at) * 1000)))

    # --- keys --------------------------------------------------------------------------------------

    def press(self, key: ActionId | ClusterKey) -> list[ClusterEffect]:
        effects = self._press(key)
        self.version += 1
        return effects

    def _press(self, key: ActionId | ClusterKey) -> list[ClusterEffect]:
        if key in (ClusterKey.DOWN, ActionId.NEXT):
            self._move(+1)
            return []
        if key in (ClusterKey.UP, ActionId.PREVIOUS):
            self._move(-1)
            return []
        if key == ActionId.CANCEL:
            if self.mode != ClusterMode.BROWSING:
                self.mode = ClusterMode.BROWSING
                self._reasons.clear()
                self._target = None
                return []
            return [CloseCluster()]
        if key in (ClusterKey.EXCLUDE, ActionId.APPROVE, ActionId.REJECT, ActionId.ESCALATE) and self.read_only:
            return [Notice(MSG_READ_ONLY, context=_CONTEXT, args=(("reason", self.refusal or ""),))]
        if key == ClusterKey.EXCLUDE:
            return self._toggle_excluded()
        number = option_number(key) if isinstance(key, ActionId) else None
        if number is not None:
            if self.mode == ClusterMode.CHOOSING_REASONS and number <= len(self.reason_codes):
                self._reasons ^= {number - 1}
            elif self.mode == ClusterMode.CHOOSING_ESCALATION and number <= len(self.escalation_targets):
                self._target = number - 1
            return []
        if self.mode == ClusterMode.BROWSING:
            return self._browsing(key)
        if key == ActionId.CONFIRM:
            return self._confirm()
        return []

    def _browsing(self, key: ActionId | ClusterKey) -> list[ClusterEffect]:
        if key == ActionId.APPROVE:
            return self._decide(Verdict(Action.approve))
        if key == ActionId.REJECT:
            if not self.reason_codes:
                return [Notice(MSG_NO_REASON_CODES, context=_CONTEXT)]
            self.mode = ClusterMode.CHOOSING_REASONS
            self._reasons.clear()
        elif key == ActionId.ESCALATE:
            if not self.escalation_targets:
                return [Notice(MSG_NO_TARGETS, context=_CONTEXT)]
            self.mode = ClusterMode.CHOOSING_ESCALATION
            self._target = 0 if len(self.escalation_targets) == 1 else None
        return []

    def _confirm(self) -> list[ClusterEffect]:
        if self.mode == ClusterMode.CHOOSING_REASONS:
            if not self._reasons:
                return [Notice(MSG_NO_REASON, context=_CONTEXT)]
            return self._decide(Verdict(Action.reject, self.selected_reasons))
        if self._target is None:
            return [Notice(MSG_NO_TARGET, context=_CONTEXT)]
        return self._decide(Verdict(Action.escalate, (), self.selected_target))

    def _decide(self, verdict: Verdict) -> list[ClusterEffect]:
        decide = self.to_decide()
        if not decide:
            return [Notice(MSG_NOTHING_LEFT, context=_CONTEXT)]
        over = self.over_limit()
        if over:
            limit = str(self.view.max_size)
            return [Notice(MSG_TOO_MANY, context=_CONTEXT, args=(("limit", limit), ("over", str(over))))]
        self.mode = ClusterMode.BROWSING
        return [DecideCluster(verdict, tuple(decide), tuple(self.excluded()), self.time_spent_ms())]

    def _toggle_excluded(self) -> list[ClusterEffect]:
        if not self.view.members:
            return []
        member = self.view.members[self.cursor]
        reason = self._unavailable.get(member.item_id)
        if reason is not None:
            return [Notice(MSG_UNAVAILABLE, context=_CONTEXT, args=(("reason", UNAVAILABLE_TEXTS[reason]),))]
        self._excluded ^= {member.item_id}
        return []

    def _move(self, delta: int) -> None:
        if self.view.members:
            self.cursor = max(0, min(len(self.view.members) - 1, self.cursor + delta))
