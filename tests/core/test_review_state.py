"""The review screen's state machine, driven like a moderator drives it: keys through the real
default keymap, with a hand-moved clock and an outbox the test plays (the caller's role)."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderator_app.core.keymap import ActionId, Keymap
from moderator_app.core.review_state import (
    MSG_NO_REASON,
    MSG_NO_TARGET,
    MSG_NOTE_TOO_LONG,
    MSG_NOTHING_TO_UNDO,
    MSG_UNDO_SENT,
    MSG_UNDO_TOO_LATE,
    Navigate,
    Notice,
    QueueExhausted,
    RecordDecision,
    ReviewSession,
    ReviewState,
    ShowSheet,
    SkipItem,
    Undo,
)
from moderator_app.core.schema import MAX_NOTE_CHARS, Action

REASONS = ("SCAM", "COUNTERFEIT", "CONTACT_DETAILS")


class Desk:
    """A moderator at a desk: presses keys, and plays the caller that carries out the commands.

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
        self.shown: list[int] = []
        self.notices: list[str] = []
        self.other: list[object] = []
        self.undone: list[uuid.UUID] = []
        self._keys = iter(range(1, 10_000))
        self.session = ReviewSession(
            items,
            reasons,
            targets,
            clock=lambda: self.now,
            is_unsent=lambda key: key in self.unsent,
            new_key=lambda: uuid.UUID(int=next(self._keys)),
        )

    def press(self, *keys: str) -> None:
        for key in keys:
            action = self.keymap.action_for(key)
            assert action is not None, f"{key} is not bound"
            self.carry_out(self.session.handle(action))

    def wait(self, seconds: float) -> None:
        self.now += seconds

    def carry_out(self, commands) -> None:
        for command in commands:
            match command:
                case RecordDecision():
                    self.recorded.append(command)
                    self.in_flight.append(command)
                    if self.write_at_once:
                        self.finish_writes()
                case Undo(key=key):
                    if self.unsent.pop(key, None) is not None:
                        self.undone.append(key)
                        self.carry_out(self.session.undo_applied(key))
                    else:
                        self.carry_out(self.session.undo_failed(key, "sent meanwhile"))
                case Navigate(item_id=item_id):
                    self.shown.append(item_id)
                case Notice(text=text):
                    self.notices.append(text)
                case _:
                    self.other.append(command)

    def finish_writes(self) -> None:
        while self.in_flight:
            decision = self.in_flight.pop(0)
            self.unsent[decision.key] = decision
            self.carry_out(self.session.decision_recorded(decision.key))

    def send_outbox(self) -> None:
        self.unsent.clear()

    def decisions(self) -> list[tuple[int, str, tuple[str, ...], str | None]]:
        return [(d.item_id, d.action.value, d.reasons, d.target) for d in self.recorded]


# --- approve, reject, escalate by keyboard ----------------------------------------------------


def test_approve_records_and_moves_to_the_next_listing():
    desk = Desk()
    desk.press("A")
    assert desk.decisions() == [(101, "approve", (), None)]
    assert desk.shown == [102]
    assert desk.session.state == ReviewState.BROWSING
    assert desk.session.is_decided(101)


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
    assert desk.notices[0] == "Choose at least one reason: press its number, then Enter."
    assert desk.session.state == ReviewState.CHOOSING_REASONS
    desk.press("2", "Return")
    assert desk.decisions() == [(101, "reject", ("COUNTERFEIT",), None)]


def test_digits_beyond_the_queues_reasons_are_ignored():
    desk = Desk(reasons=("SCAM", "COUNTERFEIT"))
    desk.press("R", "3", "9")
    assert desk.session.selected_reasons == ()
    assert ActionId.OPTION_3 not in desk.session.enabled_actions()
    desk.press("Return")
    assert desk.recorded == [] and desk.notices == [MSG_NO_REASON]


def test_a_click_can_pick_reasons_beyond_nine():
    codes = tuple(f"R{n}" for n in range(1, 13))
    desk = Desk(reasons=codes)
    desk.press("R")
    desk.carry_out(desk.session.toggle_reason(12))
    desk.carry_out(desk.session.toggle_reason(13))  # beyond the list: ignored
    desk.press("Return")
    assert desk.decisions() == [(101, "reject", ("R12",), None)]


def test_escape_cancels_the_reasons_and_forgets_them():
    desk = Desk()
    desk.press("R", "1", "Esc")
    assert desk.session.state == ReviewState.BROWSING
    assert desk.session.selected_reasons == ()
    desk.press("R", "Return")
    assert desk.recorded == [] and desk.notices == [MSG_NO_REASON]


def test_other_decision_keys_do_nothing_while_choosing_reasons():
    desk = Desk()
    desk.press("R", "A", "E", "S", "N", "Z")
    assert desk.recorded == [] and desk.shown == [] and desk.notices == []
    assert desk.session.state == ReviewState.CHOOSING_REASONS


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
    assert desk.session.state == ReviewState.BROWSING
    assert desk.notices == [
        "This queue has no reason codes to reject with.",
        "This queue has no escalation target.",
    ]


# --- double presses ------------------------------------------------------------------------------


def test_a_second_approve_while_the_first_is_being_written_is_ignored():
    desk = Desk(write_at_once=False)
    desk.press("A", "A", "R", "E", "S")
    assert desk.decisions() == [(101, "approve", (), None)]
    assert desk.session.state == ReviewState.DECIDING
    assert desk.session.enabled_actions() == frozenset()
    desk.finish_writes()
    assert desk.shown == [102]
    assert desk.decisions() == [(101, "approve", (), None)]


def test_the_event_handlers_guard_themselves_without_the_keymap_filter():
    # A decision bar button calls the handlers directly: they check the state too.
    desk = Desk(write_at_once=False)
    first = desk.session.approve()
    assert desk.session.approve() == [] and desk.session.reject_start() == []
    assert desk.session.escalate_start() == [] and desk.session.skip() == []
    desk.carry_out(first)
    desk.finish_writes()
    desk.carry_out(desk.session.prev())
    assert desk.session.current_item == 101
    assert desk.session.approve() == [] and desk.session.note_start() == []
    assert len(desk.recorded) == 1


def test_a_bounced_approve_does_not_decide_the_next_unseen_listing():
    desk = Desk()
    desk.press("A")
    desk.wait(0.05)
    desk.press("A")
    assert desk.decisions() == [(101, "approve", (), None)]
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
    assert desk.session.current_item == 101
    assert ActionId.APPROVE not in desk.session.enabled_actions()


# --- undo ----------------------------------------------------------------------------------------


def test_undo_within_five_seconds_brings_the_listing_back_undecided():
    desk = Desk()
    desk.press("A")
    desk.wait(4.9)
    desk.press("Z")
    assert desk.unsent == {}
    assert desk.shown == [102, 101]
    assert not desk.session.is_decided(101)
    desk.press("R", "2", "Return")
    assert desk.decisions() == [(101, "approve", (), None), (101, "reject", ("COUNTERFEIT",), None)]
    assert desk.recorded[0].key != desk.recorded[1].key


def test_undo_at_exactly_five_seconds_is_still_allowed():
    desk = Desk()
    desk.press("A")
    desk.wait(5.0)
    desk.press("Z")
    assert not desk.session.is_decided(101)


def test_undo_after_five_seconds_is_refused_and_the_decision_stays():
    desk = Desk()
    desk.press("A")
    desk.wait(5.01)
    desk.press("Z")
    assert desk.notices == [MSG_UNDO_TOO_LATE]
    assert len(desk.unsent) == 1 and desk.session.is_decided(101)


def test_undo_after_the_decision_was_sent_is_refused():
    desk = Desk()
    desk.press("A")
    desk.send_outbox()
    desk.wait(1)
    desk.press("Z")
    assert desk.notices == [MSG_UNDO_SENT]
    assert desk.session.is_decided(101)


def test_undo_races_with_sending_and_loses_cleanly():
    desk = Desk()
    desk.press("A")
    (undo,) = desk.session.undo()
    assert isinstance(undo, Undo) and desk.session.state == ReviewState.UNDOING
    desk.press("A", "Z")  # nothing happens while the undo is being applied
    desk.send_outbox()
    desk.carry_out(desk.session.undo_failed(undo.key, "Already sent."))
    assert desk.notices == ["Already sent."]
    assert desk.session.state == ReviewState.BROWSING and desk.session.is_decided(101)


def test_only_the_last_decision_can_be_undone_and_only_once():
    desk = Desk()
    desk.press("Z")
    assert desk.notices == [MSG_NOTHING_TO_UNDO]
    desk.press("A")
    desk.wait(1)
    desk.press("A")
    desk.wait(1)
    desk.press("Z")
    assert desk.session.is_decided(101) and not desk.session.is_decided(102)
    desk.press("Z")
    assert desk.notices == [MSG_NOTHING_TO_UNDO, MSG_NOTHING_TO_UNDO]


# --- moving around ---------------------------------------------------------------------------------


def test_next_and_previous_keys_stop_at_the_ends():
    desk = Desk()
    desk.press("Left", "P", "N", "Right", "Right", "N", "P", "Left", "Left")
    assert desk.shown == [102, 103, 102, 101]


def test_skip_gives_the_item_back_and_moves_on():
    desk = Desk()
    desk.press("N", "S")
    assert desk.other == [SkipItem(102)]
    assert desk.shown == [102, 103]
    assert desk.session.items == (101, 103)
    assert desk.session.current_index == 1


def test_the_shortcut_sheet():
    desk = Desk()
    desk.press("?")
    desk.press("R", "?")
    assert desk.other == [ShowSheet(), ShowSheet()]
    assert desk.session.state == ReviewState.CHOOSING_REASONS


def test_deciding_everything_asks_for_more_work_and_new_work_appears():
    desk = Desk(items=(1, 2))
    desk.press("A")
    desk.wait(1)
    desk.press("A")
    assert desk.other == [QueueExhausted()]
    assert desk.session.current_item == 2
    desk.carry_out(desk.session.add_items([2, 3, 4]))
    assert desk.session.items == (1, 2, 3, 4)
    assert desk.shown == [2, 3]


def test_after_a_decision_the_next_undecided_item_comes_next_wrapping_around():
    desk = Desk(items=(1, 2, 3))
    desk.press("N", "N", "A")  # 3 decided: wrap to 1
    assert desk.shown == [2, 3, 1]


def test_an_empty_session_waits_for_items():
    desk = Desk(items=())
    desk.press("A", "N", "Z")
    assert desk.recorded == [] and desk.session.current_item is None
    desk.carry_out(desk.session.add_items([7]))
    assert desk.shown == [7]


def test_a_lost_lease_drops_the_item_and_shows_its_neighbour():
    desk = Desk()
    desk.press("N", "R", "1")
    desk.carry_out(desk.session.drop_item(102))
    assert desk.session.state == ReviewState.BROWSING
    assert desk.shown == [102, 103]
    desk.carry_out(desk.session.drop_item(101))  # not on screen: nothing to show
    assert desk.session.items == (103,) and desk.session.current_item == 103


def test_a_failed_write_leaves_the_item_undecided_on_screen():
    desk = Desk(write_at_once=False)
    desk.press("A")
    key = desk.in_flight.pop().key
    desk.carry_out(desk.session.decision_failed(key, "The disk is full."))
    assert desk.notices == ["The disk is full."]
    assert desk.session.current_item == 101 and not desk.session.is_decided(101)
    desk.write_at_once = True
    desk.press("A")
    assert [d.item_id for d in desk.recorded] == [101, 101]


def test_stale_reports_from_the_caller_are_ignored():
    desk = Desk()
    desk.press("A")
    assert desk.session.decision_recorded(desk.recorded[0].key) == []
    assert desk.session.undo_applied(uuid.UUID(int=999)) == []


# --- notes --------------------------------------------------------------------------------------------


def test_a_note_goes_with_the_decision():
    desk = Desk()
    desk.press("M")
    assert desk.session.state == ReviewState.NOTE_EDITING
    assert desk.session.enabled_actions() == {ActionId.CONFIRM, ActionId.CANCEL}
    desk.carry_out(desk.session.note_changed("seller sent a fake ID"))
    desk.press("A")  # typing: decision keys do nothing
    desk.press("Return", "A")
    assert desk.recorded[0].note == "seller sent a fake ID"


def test_escape_while_editing_restores_the_note_and_the_reasons_survive():
    desk = Desk()
    desk.press("R", "2", "M")
    desk.carry_out(desk.session.note_changed("draft"))
    desk.press("Esc")
    assert desk.session.state == ReviewState.CHOOSING_REASONS
    assert desk.session.note == ""
    desk.press("Return")
    assert desk.decisions() == [(101, "reject", ("COUNTERFEIT",), None)]


def test_an_overlong_note_is_cut_with_a_notice():
    desk = Desk()
    desk.press("M")
    desk.carry_out(desk.session.note_changed("x" * (MAX_NOTE_CHARS + 10)))
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
    assert ActionId.CONFIRM not in browsing
    desk.press("R")
    assert desk.session.enabled_actions() == {
        ActionId.OPTION_1,
        ActionId.OPTION_2,
        ActionId.CONFIRM,
        ActionId.CANCEL,
        ActionId.NOTE,
        ActionId.SHORTCUT_SHEET,
    }


@pytest.mark.parametrize("action", list(Action))
def test_each_api_action_is_reachable_by_keyboard(action):
    desk = Desk()
    keys = {Action.approve: ["A"], Action.reject: ["R", "1", "Return"], Action.escalate: ["E", "Return"]}
    desk.press(*keys[action])
    assert [d.action for d in desk.recorded] == [action]


# --- any sequence of keys -------------------------------------------------------------------------

# Deciding and moving keys are drawn more often: the interesting sequences are made of them.
KEYS = ["A", "A", "A", "R", "E", "S", "N", "P", "P", "Z", "?", "M", "Return", "Esc", "1", "2", "4"]
WAITS = {"wait 0.05 s": 0.05, "wait 1 s": 1.0, "wait 4.99 s": 4.99, "wait 6 s": 6.0}
STEPS = st.sampled_from([*KEYS, "finish writes", "finish writes", "send outbox", *WAITS])


@settings(max_examples=300, deadline=None)
@given(st.lists(STEPS, min_size=10, max_size=80), st.booleans())
def test_no_key_sequence_decides_an_item_twice(steps, write_at_once):
    desk = Desk(items=(1, 2, 3, 4), targets=("legal", "senior"), write_at_once=write_at_once)

    live: dict[int, uuid.UUID] = {}  # item -> its decision that has not been undone
    for step in steps:
        before = len(desk.recorded)
        if step == "finish writes":
            desk.finish_writes()
        elif step == "send outbox":
            desk.send_outbox()
        elif step in WAITS:
            desk.wait(WAITS[step])
        else:
            desk.press(step)
        live = {item: key for item, key in live.items() if key not in desk.undone}
        for decision in desk.recorded[before:]:
            assert decision.item_id not in live, f"item {decision.item_id} decided twice"
            assert len(desk.in_flight) <= 1, "two decisions in flight at once"
            assert decision.time_spent_ms >= 0
            live[decision.item_id] = decision.key
        assert desk.session.current_item in (None, *desk.session.items)
