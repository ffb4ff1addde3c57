"""The clusters part of the `/v1` wire schema: listings grouped by shared photos, contact details
and near-identical text, claimed and decided together.

Shared by the reference server (its routes are declared with these types) and the workstation's
client. docs/clusters-and-wellness.md describes the endpoints and the exact requests a desk sends.
No Qt, no I/O.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Annotated

from pydantic import Field, StringConstraints

from moderator_app.core.qa_schema import ErrorRateRow
from moderator_app.core.schema import (
    MAX_CODE_CHARS,
    MAX_NOTE_CHARS,
    Action,
    Code,
    DecisionResult,
    EvidenceKind,
    FlagShown,
    Id,
    ImageRef,
    Lease,
    Role,
    _Model,
)
from moderator_app.core.schema import (
    ClusterSummary as ClusterSummary,  # re-exported: the item detail carries it
)
from moderator_app.core.schema import (
    EvidenceCount as EvidenceCount,
)

# At most this many items are claimed or decided in one cluster request (the largest role limit a
# lead can set), so a body stays bounded whatever a cluster's size.
MAX_CLUSTER_BATCH = 200
# The namespace of the idempotency keys of a cluster decision's member decisions (see member_key).
_MEMBER_KEY_NAMESPACE = uuid.UUID("8a0f6c0e-5b7d-4f3e-9d51-2c4b7e61a9d3")


def member_key(cluster_key: uuid.UUID, item_id: int) -> uuid.UUID:
    """The idempotency key of the decision a cluster decision records for one member.

    Derived from the cluster decision's key, so a desk stores one key per cluster decision and a
    retry names exactly the member decisions of the first attempt. Client and server use this one
    definition.
    """
    return uuid.uuid5(_MEMBER_KEY_NAMESPACE, f"{cluster_key}:{item_id}")


class EvidenceSource(enum.StrEnum):
    text = "text"  # read in the listing's title or description (server-side text screening)
    photo = "photo"  # read in a photo (OCR, reported by a desk's pre-screening)
    account = "account"  # the seller's account details
    image = "image"  # the photo itself (perceptual hash)


class EvidenceMember(_Model):
    """One member's part in a piece of evidence."""

    item_id: int
    listing_id: str
    source: EvidenceSource
    image_id: str | None = None  # the photo that shows it (photo evidence, or a contact read in a photo)
    distance: int | None = None  # photo evidence: Hamming distance (bits) to the group's first photo


class ClusterEvidence(_Model):
    """One thing that several members share, and which members share it.

    ``value`` is what is shared: the E.164 number, the address, the handle, the IBAN, the first
    photo's pHash (16 hex digits), or for text ``None``. ``similarity`` is, for text, the lowest
    estimated similarity between two members the evidence links (0-1).
    """

    kind: EvidenceKind
    value: str | None = None
    similarity: float | None = None
    sellers: int
    members: list[EvidenceMember]


class ClusterMember(_Model):
    """A member of a cluster, as the cluster view lists it."""

    item_id: int
    queue_id: str
    listing_id: str
    listing_version: int
    seller_id: str
    seller_name: str
    title: str
    price: float | None
    currency: str
    category: str
    country: str
    created_at: datetime
    images: list[ImageRef]
    # The caller's lease on this item (None: not leased to the caller).
    lease: Lease | None = None
    leased_to_other: bool = False  # another user holds a live lease on it


class ClusterView(_Model):
    """A cluster as seen from one of its items: its open members, connected through evidence that
    still holds between open members, and the evidence itself."""

    cluster_id: int
    anchor_item_id: int | None
    listings: int
    sellers: int
    members: list[ClusterMember]
    evidence: list[ClusterEvidence]
    may_decide: bool
    max_size: int | None = None
    built_at: datetime


class ClusterPage(_Model):
    clusters: list[ClusterSummary]
    total: int


class ClusterClaimRequest(_Model):
    """Lease a cluster's members to the caller, together.

    ``item_id`` is the item the desk came from (a moderator must hold its lease). ``item_ids``
    names the members to claim (default: every open member). With ``require_all`` the claim leases
    nothing unless every named member can be leased (409 ``cluster_members_unavailable``); without
    it, members leased to someone else are left out and listed in ``unavailable``.
    """

    item_id: Id
    item_ids: list[Id] | None = Field(default=None, max_length=MAX_CLUSTER_BATCH)
    require_all: bool = False
    # A desk-generated id, one per claim: a retry with the same id returns the first answer's
    # leases without leasing anything more.
    request_id: uuid.UUID | None = None


class UnavailableReason(enum.StrEnum):
    leased = "leased"  # another user holds a live lease on it
    decided = "decided"
    superseded = "superseded"
    not_in_cluster = "not_in_cluster"  # named by the desk, but not an open member seen from the item
    not_for_you = "not_for_you"  # an appeal against the caller's own decision
    sensitive = "sensitive"  # the caller's exposure budget is spent: sensitive listings are held back


class UnavailableMember(_Model):
    item_id: int
    reason: UnavailableReason


class ClusterClaimResponse(_Model):
    view: ClusterView
    leases: list[Lease]  # the members now leased to the caller (those already leased kept their token)
    unavailable: list[UnavailableMember] = Field(default_factory=list)
    server_time: datetime


class ClusterMemberDecision(_Model):
    """One member of a cluster decision: its lease, and what the desk showed for it."""

    item_id: Id
    lease_token: Annotated[str, StringConstraints(max_length=64)]
    listing_version: Id
    flags_shown: list[FlagShown] = Field(default_factory=list, max_length=100)
    # DSA: the member's notices the desk showed (None: all notices gathered on the item).
    notice_ids: list[Id] | None = Field(default=None, max_length=200)


class ClusterDecisionRequest(_Model):
    """Decide the members of a cluster in one action: one decision per member, all or none.

    Each member's decision gets the idempotency key ``member_key(idempotency_key, item_id)``.
    ``time_spent_ms`` is the time spent in the cluster view; it is shared out between the members
    (docs/clusters-and-wellness.md). ``excluded_item_ids`` are the members the moderator left out.
    """

    idempotency_key: uuid.UUID
    cluster_id: Id
    action: Action
    reason_codes: list[Code] = Field(default_factory=list, max_length=20)
    escalate_to: Code | None = None
    note: Annotated[str, StringConstraints(max_length=MAX_NOTE_CHARS)] = ""
    time_spent_ms: int = Field(ge=0, le=24 * 3600 * 1000)
    members: list[ClusterMemberDecision] = Field(min_length=1, max_length=MAX_CLUSTER_BATCH)
    excluded_item_ids: list[Id] = Field(default_factory=list, max_length=MAX_CLUSTER_BATCH)
    decided_at: datetime | None = None


class ClusterDecisionResult(_Model):
    cluster_decision_id: int
    idempotency_key: uuid.UUID
    cluster_id: int
    moderator: str
    action: Action
    reason_codes: list[str]
    escalate_to: str | None
    decisions: list[DecisionResult]
    excluded_item_ids: list[int]
    decided_at: datetime
    received_at: datetime
    # What linked the members when they were decided (kept with the decision for QA and appeals).
    evidence: list[ClusterEvidence] = Field(default_factory=list)


class ClusterDecisionPage(_Model):
    cluster_decisions: list[ClusterDecisionResult]
    total: int


class ClusterDecisionMetrics(_Model):
    """A moderator's cluster decisions over a range, with the error rate of the decisions taken in
    them beside that of the decisions taken alone (the same filters), each with its Wilson interval."""

    moderator: str
    cluster_decisions: int
    excluded: int  # members left out of those cluster decisions
    in_clusters: ErrorRateRow  # group "in clusters"
    alone: ErrorRateRow  # group "alone"


class ClusterRoleLimit(_Model):
    """Whether a role may decide clusters, and up to what size (listings; None: no limit)."""

    role: Role
    may_decide: bool
    max_size: int | None = Field(default=None, ge=2, le=MAX_CLUSTER_BATCH)


def default_role_limits() -> list[ClusterRoleLimit]:
    return [
        ClusterRoleLimit(role=Role.moderator, may_decide=True, max_size=20),
        ClusterRoleLimit(role=Role.lead, may_decide=True, max_size=None),
        ClusterRoleLimit(role=Role.admin, may_decide=True, max_size=None),
    ]


class ClusterSettings(_Model):
    """Who may decide clusters, and how the server builds them (leads and admins edit these).

    - ``group_single_seller``: whether one seller's own listings that share something (a shop's
      phone number, a reposted ad) form a cluster; by default only evidence that links two or more
      sellers counts.
    - ``max_key_sellers``: a contact, photo or text shared by more sellers than this is common (a
      marketplace's own address, a stock photo) and links nobody.
    - ``photo_max_distance``: photos this many bits apart or fewer (pHash) are the same photo.
    - ``text_similarity``: the lowest estimated similarity of two texts' 5-gram sets that makes them
      near-identical.
    """

    roles: list[ClusterRoleLimit] = Field(default_factory=default_role_limits, max_length=10)
    group_single_seller: bool = False
    max_key_sellers: int = Field(default=50, ge=2, le=10_000)
    photo_max_distance: int = Field(default=6, ge=0, le=12)
    text_similarity: float = Field(default=0.65, ge=0.5, le=0.98)

    def limit_for(self, role: Role) -> ClusterRoleLimit:
        for limit in self.roles:
            if limit.role == role:
                return limit
        return ClusterRoleLimit(role=role, may_decide=False)


class ClusterBuildReport(_Model):
    """What the last cluster build did."""

    generation: int
    built_at: datetime
    duration_ms: float
    open_items: int
    features_extracted: int  # listing versions whose features were extracted in this build
    clusters: int
    clustered_items: int
    common_keys_ignored: int  # contacts, photos or texts shared by more than max_key_sellers sellers


class PhotoTextFinding(_Model):
    """A contact detail a desk read in a photo (OCR), as the text finding's kind and normalized value."""

    kind: Annotated[
        str, StringConstraints(min_length=1, max_length=20)
    ]  # phone | email | messaging | payment
    normalized: Annotated[str, StringConstraints(min_length=1, max_length=MAX_CODE_CHARS)]


class PhotoTextReport(_Model):
    """What a desk's pre-screening read in one photo (contact details only)."""

    findings: list[PhotoTextFinding] = Field(max_length=20)


class PhotoTextResult(_Model):
    image_id: str
    accepted: int  # contact details stored (new or already known)
    ignored: int  # findings that are not a contact the server keeps (an app name, a bad number…)
