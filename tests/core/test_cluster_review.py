"""The cluster view's model and the review session's cluster decisions, without Qt: what a
decision covers whatever keys are pressed (Hypothesis), why each member belongs, and one key that
decides, undoes and settles every listing of the session a cluster decision covers."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from moderator_app.core.cluster_review import (
    MSG_TOO_MANY,
    CloseCluster,
    ClusterKey,
    ClusterMode,
    ClusterReview,
    DecideCluster,
)
from moderator_app.core.cluster_schema import (
    ClusterEvidence,
    ClusterMember,
    ClusterView,
    EvidenceMember,
    EvidenceSource,
    UnavailableMember,
    UnavailableReason,
)
from moderator_app.core.keymap import ActionId
from moderator_app.core.review_session import ReviewSessionModel
from moderator_app.core.schema import Action, EvidenceKind, ImageRef
from moderator_app.core.session_types import ItemState, Notice, OpenCluster, Verdict

NOW = datetime(2026, 12, 5, tzinfo=UTC)
REASONS = ("contact_details", "counterfeit")


def _member(item_id: int, leased_to_other: bool = False) -> ClusterMember:
    image = ImageRef(id=f"img-{item_id}", url=f"/media/{item_id}", sha256="0" * 64, width=10, height=10)
    return ClusterMember(
        item_id=item_id, queue_id="new-fr", listing_id=f"L{item_id}", listing_version=1,
        seller_id=f"S{item_id}", seller_name=f"Seller {item_id}", title=f"Listing {item_id}", price=10.0,
        currency="EUR", category="phones", country="FR", created_at=NOW, images=[image],
        leased_to_other=leased_to_other,
    )  # fmt: skip


def _view(count: int, max_size: int | None = None, may_decide: bool = True, others: frozenset[int] = frozenset()):
    members = [_member(i, i in others) for i in range(1, count + 1)]
    phone = ClusterEvidence(
        kind=EvidenceKind.phone, value="+33612345678", sellers=2,
        members=[EvidenceMember(item_id=i, listing_id=f"L{i}", source=EvidenceSource.text) for i in (1, 2)],
    )  # fmt: skip
    photo = ClusterEvidence(
        kind=EvidenceKind.photo, value="ffff000011112222", sellers=count - 1,
        members=[
            EvidenceMember(item_id=i, listing_id=f"L{i}", source=EvidenceSource.image, image_id=f"img-{i}")
            for i in range(2, count + 1)
        ],
    )  # fmt: skip
    return ClusterView(
        cluster_id=7, anchor_item_id=1, listings=count, sellers=count, members=members,
        evidence=[phone, photo], may_decide=may_decide, max_size=max_size, built_at=NOW,
    )  # fmt: skip


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_each_member_says_what_it_shares():
    review = ClusterReview(_view(4), 1, REASONS, (), Clock())
    rows = {r.member.item_id: r for r in review.rows()}
    assert [c.value for c in rows[1].contacts] == ["+33612345678"] and rows[1].shared_images == frozenset()
    assert rows[1].contacts[0].sources == (EvidenceSource.text,)
    assert [c.value for c in rows[2].contacts] == ["+33612345678"] and rows[2].shared_images == {"img-2"}
    assert rows[3].contacts == () and rows[3].shared_images == {"img-3"}
    assert rows[1].anchor and not rows[2].anchor


def test_exclude_then_reject_with_a_reason_covers_the_rest_and_counts_the_time_spent():
    clock = Clock()
    review = ClusterReview(_view(4), 1, REASONS, ("escalations",), clock)
    review.press(ClusterKey.DOWN)
    review.press(ClusterKey.EXCLUDE)
    clock.now += 12.5
    assert review.press(ActionId.REJECT) == [] and review.mode == ClusterMode.CHOOSING_REASONS
    assert isinstance(review.press(ActionId.CONFIRM)[0], Notice)  # no reason chosen yet
    review.press(ActionId.OPTION_2)
    [decide] = review.press(ActionId.CONFIRM)
    assert decide == DecideCluster(Verdict(Action.reject, ("counterfeit",)), (1, 3, 4), (2,), 12500)


def test_a_member_leased_elsewhere_or_left_out_is_never_decided_nor_excludable():
    unavailable = [UnavailableMember(item_id=3, reason=UnavailableReason.sensitive)]
    review = ClusterReview(_view(4, others=frozenset({4})), 1, REASONS, (), Clock(), unavailable=unavailable)
    review.cursor = 2
    [notice] = review.press(ClusterKey.EXCLUDE)
    assert isinstance(notice, Notice) and review.excluded() == []
    [decide] = review.press(ActionId.APPROVE)
    assert isinstance(decide, DecideCluster) and decide.item_ids == (1, 2)


def test_over_the_role_limit_nothing_is_decided_until_enough_are_excluded():
    review = ClusterReview(_view(5, max_size=3), 1, REASONS, (), Clock())
    [notice] = review.press(ActionId.APPROVE)
    assert isinstance(notice, Notice) and notice.text == MSG_TOO_MANY and ("over", "2") in notice.args
    for _ in range(2):
        review.press(ClusterKey.DOWN)
        review.press(ClusterKey.EXCLUDE)
    [decide] = review.press(ActionId.APPROVE)
    assert isinstance(decide, DecideCluster) and len(decide.item_ids) == 3


def test_a_read_only_cluster_decides_nothing_and_esc_closes_it():
    review = ClusterReview(_view(3, may_decide=False), 1, REASONS, (), Clock())
    assert review.read_only
    for key in (ActionId.APPROVE, ActionId.REJECT, ClusterKey.EXCLUDE):
        assert all(isinstance(e, Notice) for e in review.press(key))
    assert review.press(ActionId.CANCEL) == [CloseCluster()]


KEYS = st.sampled_from(
    [ClusterKey.UP, ClusterKey.DOWN, ClusterKey.EXCLUDE, ActionId.APPROVE, ActionId.REJECT, ActionId.ESCALATE,
     ActionId.OPTION_1, ActionId.OPTION_2, ActionId.OPTION_3, ActionId.CONFIRM, ActionId.CANCEL, ActionId.NEXT]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    count=st.integers(2, 25),
    max_size=st.one_of(st.none(), st.integers(2, 25)),
    unavailable=st.sets(st.integers(1, 25), max_size=6),
    keys=st.lists(KEYS, max_size=80),
)
def test_whatever_keys_a_decision_covers_only_decidable_members_within_the_limit(count, max_size, unavailable, keys):
    gone = [UnavailableMember(item_id=i, reason=UnavailableReason.leased) for i in unavailable if i <= count]
    review = ClusterReview(_view(count, max_size=max_size), 1, REASONS, ("escalations",), Clock(), unavailable=gone)
    left_out = {u.item_id for u in gone}
    for key in keys:
        for effect in review.press(key):
            if isinstance(effect, DecideCluster):
                decided, excluded = set(effect.item_ids), set(effect.excluded)
                assert decided and not decided & excluded and not decided & left_out
                assert decided | excluded <= set(range(1, count + 1))
                assert max_size is None or len(decided) <= max_size
                assert effect.verdict.action != Action.reject or effect.verdict.reasons
                assert effect.verdict.action != Action.escalate or effect.verdict.target == "escalations"
        assert 0 <= review.cursor < count


def _session(clock: Clock) -> ReviewSessionModel:
    model = ReviewSessionModel("new-fr", REASONS, ("escalations",), clock, hold_s=5.0)
    model.add_ready([1, 2, 3, 4])
    return model


def test_c_opens_the_cluster_of_the_listing_shown_only_when_it_is_ready():
    model = _session(Clock())
    assert model.press(ActionId.CLUSTER, 1) == [OpenCluster(1)]
    assert all(isinstance(e, Notice) for e in model.press(ActionId.CLUSTER, 2))  # not the one shown


def test_a_cluster_decision_decides_the_session_listings_it_covers_and_z_undoes_them_together():
    clock = Clock()
    model = _session(clock)
    key = uuid.uuid4()
    model.cluster_recorded(key, 1, [1, 3, 99], Verdict(Action.reject, ("contact_details",)))
    states = {e.item_id: e.state for e in model.view().entries}
    assert states == {1: ItemState.DECIDED_UNSENT, 2: ItemState.READY, 3: ItemState.DECIDED_UNSENT, 4: ItemState.READY}
    assert model.current_id == 2 and model.undo_left_s() == 5.0
    [withdraw] = model.press(ActionId.UNDO, 2)
    assert withdraw.key == key
    model.undo_applied(key)
    assert all(e.state == ItemState.READY for e in model.view().entries)
    assert model.current_id == 1  # back on the listing it was decided from


def test_a_sent_cluster_decision_settles_every_listing_it_covers():
    clock = Clock()
    model = _session(clock)
    key = uuid.uuid4()
    model.cluster_recorded(key, 1, [1, 3], Verdict(Action.approve))
    clock.now += 6
    model.decision_sent(key)
    assert [e.item_id for e in model.view().entries] == [2, 4]
    assert model.undo_left_s() is None
