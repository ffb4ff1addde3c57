"""The review session model, driven like a moderator drives it: keys through the real default
keymap, each press carrying the listing on screen, with a hand-moved clock and an outbox the test
plays (the desk's role)."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderator_app.core.keymap import ActionId, Keymap
from moderator_app.core.review_session import (
    MSG_ALREADY_DECIDED,
    MSG_BOUNCE,
    MSG_LEASE_LOST,
    MSG_NO_REASON,
    MSG_NO_TARGET,
    MSG_NOTE_TOO_LONG,
    MSG_NOTHING_TO_UNDO,
    MSG_SCREEN_CHANGED,
    MSG_UNDO_TOO_LATE,
    MSG_UNDONE,
    ReviewSessionModel,
)
from moderator_app.core.schema import MAX_NOTE_CHARS, Action
from moderator_app.core.session_types import (
    FocusNote,
    GiveBack,
    ItemState,
    LeaseLoss,
    Mode,
    Notice,
    RecordDecision,
    Refusal,
    ShowSheet,
    Verdict,
    WithdrawDecision,
)

REASONS = ("SCAM", "COUNTERFEIT", "CONTACT_DETAILS")


class Desk:
    """A moderator at a desk whose screen has always caught up with the session: presses keys on
    the listing shown, and plays the desk that carries out the effects.

    With ``write_at_once`` the outbox write completes before the next key press; without it the
    test completes writes itself with ``finish_writes``, to press keys while one is in flight.
    """

    def __init__(self, items=(101, 102, 103), reasons=REASONS, targets=("legal",), write_at_once=True):
        self.now = 1000.0
        self.keymap = Keymap()
        self.write_at_once = write_at_once
        self.unsent: dict[uuid.UUID, RecordDecision] = {}
        self.recorded: list[RecordDecision] = []
        self.in_flight: list[RecordDecision] = []
        self.notices: list[str] = []
        self.other: list[object] = []
        self.undone: list[uuid.UUID] = []
        self._keys = iter(range(1, 10_000))
        self.session = ReviewSessionModel(
            "q", reasons, targets, clock=lambda: self.now, new_key=lambda: uuid.UUID(int=next(self._keys))
        )
        self.session.add_ready(items)
        self.shown: list[int | None] = []  # the listings the screen showed, in order of appearance
        self._note_shown()

    @property
    def current(self) -> int | None:
        return self.session.current_id

    def press(self, *keys: str) -> None:
        for key in keys:
            self.press_on(self.current, key)

    def press_on(self, shown: int | None, key: str) -> None:
        action = self.keymap.action_for(key)
        assert action is not None, f"{key} is not bound"
        self.carry_out(self.session.press(action, shown))

    def wait(self, seconds: float) -> None:
        self.now += seconds

    def carry_out(self, effects) -> None:
        for effect in effects:
            match effect:
                case RecordDecision():
                    self.recorded.append(effect)
                    self.in_flight.append(effect)
                    if self.write_at_once:
                        self.finish_writes()
                case WithdrawDecision(key=key):
                    if self.unsent.pop(key, None) is not None:
                        self.undone.append(key)
                        self.carry_out(self.session.undo_applied(key))
                    else:
                        self.carry_out(self.session.undo_failed(key))
                case Notice(text=text):
                    self.notices.append(text)
                case _:
                    self.other.append(effect)
        self._note_shown()

    def finish_writes(self) -> None:
        while self.in_flight:
            decision = self.in_flight.pop(0)
            self.unsent[decision.key] = decision
            self.carry_out(self.session.decision_recorded(decision.key))

    def send_outbox(self) -> None:
        for key in list(self.unsent):
            del self.unsent[key]
            self.carry_out(self.session.decision_sent(key))

    def decisions(self) -> list[tuple[int, str, tuple[str, ...], str | None]]:
        return [
            (d.item_id, d.verdict.action.value, d.verdict.reasons, d.verdict.target) for d in self.recorded
        ]

    def state(self, item_id: int) -> ItemState | None:
        entry = self.session.entry(item_id)
        return entry.state if entry else None

    def _note_shown(self) -> None:
        if not self.shown or self.shown[-1] != self.current:
            self.shown.append(self.current)


# --- approve, reject, escalate by keyboard ----------------------------------------------------


def test_approve_records_and_moves_to_the_next_listing():
    desk = Desk()
    desk.press("A")
    assert desk.decisions() == [(101, "approve", (), None)]
    assert desk.current == 102
    assert desk.session.mode == Mode.BROWSING
    assert desk.state(101) == ItemState.DECIDED_UNSENT


def test_reject_with_reasons_toggled_by_digits_in_queue_order():
    desk = Desk()
    desk.press("R", "3", "1", "Return")
    desk.wait(1)
    desk.press("R", "1", "2", "1", "Enter")  # 1 toggled on, then off again
    assert desk.decisions() == [
        (101, "reject", ("SCAM", "CONTACT_DETAILS"), None),
        (102, "reject", ("COUNTERFEIT",), None),
    ]


def test_reject_without_a_reason_cannot_confirm_and_says_why():
    desk = Desk()
    desk.press("R", "Return")
    assert desk.recorded == []
    assert desk.notices == [MSG_NO_REASON]
    assert desk.session.mode == Mode.CHOOSING_REASONS
    desk.press("2", "Return")
    assert desk.decisions() == [(101, "reject", ("COUNTERFEIT",), None)]


def test_digits_beyond_the_queues_reasons_are_ignored():
    desk = Desk(reasons=("SCAM", "COUNTERFEIT"))
    desk.press("R", "3", "9")
    assert desk.session.selected_reasons == ()
    assert ActionId.OPTION_3 not in desk.session.enabled_actions()
    desk.press("Return")
    assert desk.recorded == [] and desk.notices == [MSG_NO_REASON]


def test_escape_cancels_the_reasons_and_forgets_them():
    desk = Desk()
    desk.press("R", "1", "Esc")
    assert desk.session.mode == Mode.BROWSING
    assert desk.session.selected_reasons == ()
    desk.press("R", "Return")
    assert desk.recorded == [] and desk.notices == [MSG_NO_REASON]


def test_other_decision_keys_do_nothing_while_choosing_reasons():
    desk = Desk()
    desk.press("R", "A", "E", "S", "N", "Z")
    assert desk.recorded == [] and desk.shown == [101] and desk.notices == []
    assert desk.session.mode == Mode.CHOOSING_REASONS


def test_escalating_to_the_only_target_takes_e_then_enter():
    desk = Desk(targets=("legal",))
    desk.press("E", "Return")
    assert desk.decisions() == [(101, "escalate", (), "legal")]


def test_escalating_with_several_targets_needs_a_choice():
    desk = Desk(targets=("legal", "senior", "police"))
    desk.press("E", "Return")
    assert desk.notices == [MSG_NO_TARGET]
    desk.press("7", "Return")  # beyond the list: still nothing chosen
    assert desk.notices == [MSG_NO_TARGET, MSG_NO_TARGET]
    desk.press("3", "2", "Return")
    assert desk.decisions() == [(101, "escalate", (), "senior")]


def test_a_queue_without_reasons_or_targets_says_so():
    desk = Desk(reasons=(), targets=())
    desk.press("R", "E")
    assert desk.session.mode == Mode.BROWSING
    assert desk.notices == [
        "This queue has no reason codes to reject with.",
        "This queue has no escalation target.",
    ]


# --- the listing on screen ------------------------------------------------------------------------


def test_a_key_pressed_for_a_listing_no_longer_current_is_dropped_with_a_hint():
    desk = Desk()
    desk.press_on(102, "A")  # the screen still showed 102 when the session had moved to 101
    desk.press_on(None, "R")
    assert desk.recorded == []
    assert desk.notices == [MSG_SCREEN_CHANGED, MSG_SCREEN_CHANGED]
    desk.press_on(101, "A")
    assert desk.decisions() == [(101, "approve", (), None)]


def test_previous_right_after_a_decision_shows_it_decided_and_nothing_decides_it_again():
    desk = Desk()
    desk.press("A")
    desk.press("P")
    view = desk.session.view()
    assert view.current_id == 101 and view.current.state == ItemState.DECIDED_UNSENT
    assert view.position is None  # not "n of N ready"
    assert not {ActionId.APPROVE, ActionId.REJECT, ActionId.ESCALATE, ActionId.SKIP} & view.enabled
    desk.press("A", "R", "1", "Return", "E", "Return", "S")
    assert desk.decisions() == [(101, "approve", (), None)]
    assert desk.notices.count(MSG_ALREADY_DECIDED) >= 3
    desk.press("N", "R", "1", "Return")
    assert desk.decisions() == [(101, "approve", (), None), (102, "reject", ("SCAM",), None)]


def test_going_back_past_a_sent_decision_keeps_every_key_on_the_listing_shown():
    desk = Desk()
    desk.press("A")
    desk.send_outbox()  # 101 is on the server and has left the desk
    desk.press("Left")
    assert desk.current == 102 and desk.session.view().position == 1
    desk.wait(1)
    desk.press("A")
    desk.press("E", "Return")
    assert desk.decisions() == [
        (101, "approve", (), None),
        (102, "approve", (), None),
        (103, "escalate", (), "legal"),
    ]


def test_a_sent_decision_shown_on_screen_leaves_when_the_moderator_moves_on():
    desk = Desk()
    desk.press("A", "P")
    desk.send_outbox()
    assert desk.session.view().current.state == ItemState.SENT
    desk.press("N")
    assert 101 not in desk.session.item_ids()
    desk.press("P")
    assert desk.current == 102


# --- double presses ------------------------------------------------------------------------------


def test_a_second_approve_while_the_first_is_being_written_is_ignored():
    desk = Desk(write_at_once=False)
    desk.press("A", "A", "R", "E", "S")
    assert desk.decisions() == [(101, "approve", (), None)]
    assert desk.state(101) == ItemState.DECIDING
    desk.finish_writes()
    assert desk.current == 102
    assert desk.decisions() == [(101, "approve", (), None)]


def test_a_bounced_approve_does_not_decide_the_next_unseen_listing():
    desk = Desk()
    desk.press("A")
    desk.wait(0.05)
    desk.press("A")
    assert desk.decisions() == [(101, "approve", (), None)]
    assert desk.notices == [MSG_BOUNCE]
    desk.wait(0.2)  # long enough to be a deliberate press
    desk.press("A")
    assert [d[0] for d in desk.decisions()] == [101, 102]


def test_the_bounce_guard_does_not_delay_a_different_key():
    desk = Desk()
    desk.press("A", "R", "1", "Return")
    assert desk.decisions() == [(101, "approve", (), None), (102, "reject", ("SCAM",), None)]


def test_an_item_already_decided_cannot_be_decided_again():
    desk = Desk()
    desk.press("A")
    desk.wait(1)
    desk.press("P", "A", "R", "E", "S")
    assert desk.decisions() == [(101, "approve", (), None)]
    assert desk.current == 101
    assert ActionId.APPROVE not in desk.session.enabled_actions()


# --- undo: the send hold ---------------------------------------------------------------------------


def test_undo_within_the_hold_brings_the_listing_back_undecided():
    desk = Desk()
    desk.press("A")
    desk.wait(4.9)
    desk.press("Z")
    assert desk.unsent == {}
    assert desk.shown == [101, 102, 101]
    assert desk.state(101) == ItemState.READY
    assert desk.notices == [MSG_UNDONE]
    desk.press("R", "2", "Return")
    assert desk.decisions() == [(101, "approve", (), None), (101, "reject", ("COUNTERFEIT",), None)]
    assert desk.recorded[0].key != desk.recorded[1].key


def test_the_hold_ends_at_five_seconds_for_undo_and_sending_alike():
    desk = Desk()
    desk.press("A")
    desk.wait(4.99)
    assert desk.session.undo_left_s() == pytest.approx(0.01)
    desk.wait(0.01)
    desk.press("Z")
    assert desk.notices == [MSG_UNDO_TOO_LATE]
    assert len(desk.unsent) == 1 and desk.state(101) == ItemState.DECIDED_UNSENT


def test_undo_after_the_decision_was_sent_is_refused():
    desk = Desk()
    desk.press("A")
    desk.send_outbox()
    desk.wait(1)
    desk.press("Z")
    assert desk.notices == [MSG_NOTHING_TO_UNDO]
    assert desk.unsent == {}


def test_undo_races_with_sending_and_loses_cleanly():
    desk = Desk()
    desk.press("A")
    desk.unsent.clear()  # the sender took it just before the withdrawal reached the outbox
    desk.press("Z")
    assert desk.notices == [MSG_UNDO_TOO_LATE]
    assert desk.state(101) == ItemState.DECIDED_UNSENT


def test_only_the_last_decision_can_be_undone_and_only_once():
    desk = Desk()
    desk.press("Z")
    assert desk.notices == [MSG_NOTHING_TO_UNDO]
    desk.press("A")
    desk.wait(1)
    desk.press("A")
    desk.wait(1)
    desk.press("Z")
    assert desk.state(101) == ItemState.DECIDED_UNSENT and desk.state(102) == ItemState.READY
    desk.press("Z")
    assert desk.notices == [MSG_NOTHING_TO_UNDO, MSG_UNDONE, MSG_NOTHING_TO_UNDO]


# --- moving around ---------------------------------------------------------------------------------


def test_next_and_previous_keys_stop_at_the_ends():
    desk = Desk()
    desk.press("Left", "P", "N", "Right", "Right", "N", "P", "Left", "Left")
    assert desk.shown == [101, 102, 103, 102, 101]


def test_skip_gives_the_listing_back_and_moves_on():
    desk = Desk()
    desk.press("N", "S")
    assert desk.other == [GiveBack(102)]
    assert desk.shown == [101, 102, 103]
    assert desk.session.item_ids() == (101, 103)


def test_the_shortcut_sheet():
    desk = Desk()
    desk.press("?")
    desk.press("R", "?")
    assert desk.other == [ShowSheet(), ShowSheet()]
    assert desk.session.mode == Mode.CHOOSING_REASONS


def test_deciding_everything_waits_for_more_work_and_new_work_appears():
    desk = Desk(items=(1, 2))
    desk.press("A")
    desk.wait(1)
    desk.press("A")
    assert desk.current is None
    desk.carry_out(desk.session.add_ready([2, 3, 4]))
    assert desk.session.item_ids() == (1, 2, 3, 4)
    assert desk.shown == [1, 2, None, 3]


def test_back_from_the_empty_screen_shows_the_last_decision():
    desk = Desk(items=(1,))
    desk.press("A", "P")
    assert desk.current == 1 and desk.state(1) == ItemState.DECIDED_UNSENT


def test_after_a_decision_the_next_undecided_item_comes_next_wrapping_around():
    desk = Desk(items=(1, 2, 3))
    desk.press("N", "N", "A")  # 3 decided: wrap to 1
    assert desk.shown == [1, 2, 3, 1]


def test_an_empty_session_waits_for_items():
    desk = Desk(items=())
    desk.press("A", "N", "Z")
    assert desk.recorded == [] and desk.current is None
    desk.carry_out(desk.session.add_ready([7]))
    assert desk.shown == [None, 7]


# --- what the sync reports ----------------------------------------------------------------------------


def test_a_lease_lost_on_screen_stays_with_its_reason_until_the_moderator_moves_on():
    desk = Desk()
    desk.press("N", "R", "1")
    desk.carry_out(desk.session.lease_lost(102, LeaseLoss.EXPIRED))
    view = desk.session.view()
    assert view.current.state == ItemState.LEASE_LOST and view.current.loss == LeaseLoss.EXPIRED
    assert view.mode == Mode.BROWSING
    desk.press("A")
    assert desk.recorded == [] and desk.notices == [MSG_LEASE_LOST]
    desk.carry_out(desk.session.lease_lost(101, LeaseLoss.TAKEN))  # not on screen: it just goes
    desk.press("N")
    assert desk.session.item_ids() == (103,) and desk.current == 103


def test_a_refused_decision_with_a_new_lease_comes_back_next_with_the_refusal():
    desk = Desk()
    desk.press("A")
    key = desk.recorded[0].key
    refusal = Refusal(Verdict(Action.approve), "lease_expired", "replaced by a newer claim")
    desk.unsent.clear()
    desk.carry_out(desk.session.decision_refused(key, 101, refusal, still_leased=True))
    assert desk.session.item_ids() == (102, 101, 103)
    desk.press("N")
    entry = desk.session.view().current
    assert entry.item_id == 101 and entry.state == ItemState.READY and entry.refusal == refusal
    desk.press("R", "1", "Return")
    assert desk.decisions()[-1] == (101, "reject", ("SCAM",), None)


def test_a_refused_decision_without_a_lease_is_final_and_a_later_claim_brings_it_back_with_the_reason():
    desk = Desk()
    desk.press("A")
    key = desk.recorded[0].key
    refusal = Refusal(Verdict(Action.approve), "lease_expired", "expired")
    desk.carry_out(desk.session.decision_refused(key, 101, refusal, still_leased=False))
    assert 101 not in desk.session.item_ids()
    desk.carry_out(desk.session.add_ready([101]))  # claimed again later
    assert desk.session.entry(101).refusal == refusal


def test_a_failed_write_leaves_the_item_undecided_on_screen():
    desk = Desk(write_at_once=False)
    desk.press("A")
    key = desk.in_flight.pop().key
    desk.carry_out(desk.session.decision_failed(key, Notice("The disk is full.")))
    assert desk.notices == ["The disk is full."]
    assert desk.current == 101 and desk.state(101) == ItemState.READY
    desk.write_at_once = True
    desk.press("A")
    assert [d.item_id for d in desk.recorded] == [101, 101]


def test_stale_reports_from_the_caller_are_ignored():
    desk = Desk()
    desk.press("A")
    assert desk.session.decision_recorded(desk.recorded[0].key) == []
    assert desk.session.undo_applied(uuid.UUID(int=999)) == []
    assert desk.session.decision_sent(uuid.UUID(int=998)) == []


def test_decisions_found_unsent_at_start_are_shown_decided():
    session = ReviewSessionModel("q", REASONS, (), clock=lambda: 0.0)
    session.restore_decided(5, uuid.UUID(int=1), Verdict(Action.reject, ("SCAM",)))
    session.add_ready([5, 6])
    assert session.entry(5).state == ItemState.DECIDED_UNSENT
    assert session.current_id == 6
    assert session.undo_left_s() is None


# --- notes --------------------------------------------------------------------------------------------


def test_a_note_goes_with_the_decision():
    desk = Desk()
    desk.press("M")
    assert desk.other == [FocusNote()]
    assert desk.session.mode == Mode.NOTE_EDITING
    assert desk.session.enabled_actions() == {ActionId.CONFIRM, ActionId.CANCEL}
    desk.carry_out(desk.session.note_edited("seller sent a fake ID", 101))
    desk.press("A")  # typing: decision keys do nothing
    desk.press("Return", "A")
    assert desk.recorded[0].note == "seller sent a fake ID"


def test_escape_leaves_the_note_field_and_keeps_the_note_and_the_reasons():
    desk = Desk()
    desk.press("R", "2", "M")
    desk.carry_out(desk.session.note_edited("draft", 101))
    desk.press("Esc")
    assert desk.session.mode == Mode.CHOOSING_REASONS
    assert desk.session.note == "draft"
    desk.press("Return")
    assert desk.decisions() == [(101, "reject", ("COUNTERFEIT",), None)]
    assert desk.recorded[0].note == "draft"


def test_clearing_the_note_field_discards_the_note():
    desk = Desk()
    desk.press("M")
    desk.carry_out(desk.session.note_edited("draft", 101))
    desk.carry_out(desk.session.note_edited("", 101))
    desk.press("Esc", "A")
    assert desk.recorded[0].note == ""


def test_an_overlong_note_is_cut_with_a_notice():
    desk = Desk()
    desk.press("M")
    desk.carry_out(desk.session.note_edited("x" * (MAX_NOTE_CHARS + 10), 101))
    assert len(desk.session.note) == MAX_NOTE_CHARS
    assert desk.notices == [MSG_NOTE_TOO_LONG]


# --- handling time --------------------------------------------------------------------------------


def test_handling_time_counts_only_active_time_on_screen():
    desk = Desk()
    desk.wait(3)
    desk.session.set_active(False)
    desk.wait(600)  # the moderator locked the screen
    desk.session.set_active(True)
    desk.wait(2)
    desk.press("R")
    desk.wait(1)
    desk.press("1", "Return")
    assert desk.recorded[0].time_spent_ms == 6000


def test_handling_time_accumulates_across_visits_and_stops_once_decided():
    desk = Desk()
    desk.wait(2)
    desk.press("N")
    desk.wait(10)
    desk.press("P")
    desk.wait(1.5)
    assert desk.session.handling_ms(101) == 3500
    assert desk.session.handling_ms(102) == 10_000
    desk.press("A")
    desk.wait(30)
    desk.press("P")  # back to look at the decided item
    desk.wait(30)
    assert desk.session.handling_ms(101) == 3500
    assert desk.recorded[0].time_spent_ms == 3500


def test_enabled_actions_follow_the_state():
    desk = Desk(reasons=("A1", "A2"))
    browsing = desk.session.enabled_actions()
    assert {ActionId.APPROVE, ActionId.REJECT, ActionId.ESCALATE, ActionId.SKIP, ActionId.NEXT} <= browsing
    assert ActionId.CONFIRM not in browsing and ActionId.UNDO not in browsing
    desk.press("R")
    assert desk.session.enabled_actions() == {
        ActionId.OPTION_1,
        ActionId.OPTION_2,
        ActionId.CONFIRM,
        ActionId.CANCEL,
        ActionId.NOTE,
        ActionId.SHORTCUT_SHEET,
    }
    desk.press("1", "Return")
    assert ActionId.UNDO in desk.session.enabled_actions()


@pytest.mark.parametrize("action", list(Action))
def test_each_api_action_is_reachable_by_keyboard(action):
    desk = Desk()
    keys = {Action.approve: ["A"], Action.reject: ["R", "1", "Return"], Action.escalate: ["E", "Return"]}
    desk.press(*keys[action])
    assert [d.verdict.action for d in desk.recorded] == [action]


# --- any sequence of keys -------------------------------------------------------------------------

# Deciding and moving keys are drawn more often: the interesting sequences are made of them.
KEYS = ["A", "A", "A", "R", "E", "S", "N", "P", "P", "Z", "?", "M", "Return", "Esc", "1", "2", "4"]
WAITS = {"wait 0.05 s": 0.05, "wait 1 s": 1.0, "wait 4.99 s": 4.99, "wait 6 s": 6.0}
REPORTS = ["finish writes", "finish writes", "send outbox", "lose a lease", "stale key", "refuse one"]
STEPS = st.sampled_from([*KEYS, *REPORTS, *WAITS])


@settings(max_examples=300, deadline=None)
@given(st.lists(STEPS, min_size=10, max_size=80), st.booleans(), st.randoms(use_true_random=False))
def test_no_sequence_decides_a_listing_twice_or_one_not_on_screen(steps, write_at_once, rng):
    desk = Desk(items=(1, 2, 3, 4), targets=("legal", "senior"), write_at_once=write_at_once)
    live: dict[int, uuid.UUID] = {}  # item -> its decision that has not been undone or refused
    for step in steps:
        before = len(desk.recorded)
        shown = desk.current
        if step == "finish writes":
            desk.finish_writes()
        elif step == "send outbox":
            desk.send_outbox()
        elif step == "lose a lease":
            desk.carry_out(desk.session.lease_lost(rng.choice([1, 2, 3, 4]), LeaseLoss.TAKEN))
        elif step == "stale key":
            shown = rng.choice([1, 2, 3, 4, None])
            desk.press_on(shown, rng.choice(["A", "S", "Return"]))
        elif step == "refuse one" and desk.unsent:
            key = rng.choice(list(desk.unsent))
            item = desk.unsent.pop(key).item_id
            desk.carry_out(
                desk.session.decision_refused(key, item, Refusal(Verdict(Action.approve), "x", ""), True)
            )
            live.pop(item, None)
        elif step in WAITS:
            desk.wait(WAITS[step])
        elif step not in REPORTS:
            desk.press(step)
        live = {item: key for item, key in live.items() if key not in desk.undone}
        for decision in desk.recorded[before:]:
            assert decision.item_id not in live, f"item {decision.item_id} decided twice"
            assert decision.item_id == shown, "a decision for a listing that was not on screen"
            assert len(desk.in_flight) <= 1, "two decisions in flight at once"
            assert decision.time_spent_ms >= 0
            live[decision.item_id] = decision.key
        view = desk.session.view()
        assert desk.current in (None, *desk.session.item_ids())
        if view.current is not None and view.current.state != ItemState.READY:
            assert view.position is None and ActionId.APPROVE not in view.enabled
