"""A keyboard monkey on the real window against the live reference server.

Random gestures of a keyboard-only moderator (A; R, digits, Enter or Esc; E, a digit, Enter;
S; N, P and the arrows; Z; M, some text, Esc or Enter), with random pauses and random delays on
every exchange with the server, so sync results land between and during key presses. After
every key it checks:

- a decision is recorded only for the listing displayed, as ready, when its key was pressed;
- a decided listing (its decision waiting or sent) is never displayed as ready;

and after every sequence, once the outbox has drained:

- every decision the desk acknowledged is on the server exactly once, and no undone one is;
- the moderator holds no lease the desk does not show.

The default run is short and seeded. ``make monkey`` runs thousands of keys:
``MODERATOR_MONKEY_KEYS=5000 MODERATOR_MONKEY_SEED=7 pytest tests/views/test_keyboard_monkey.py -s``.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

import httpx
import pytest
from desk_support import after_guard, close_desk, open_desk, shown, shown_as_ready
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from moderator_app.net.api_client import ApiClient

pytestmark = pytest.mark.slow

KEYS = int(os.environ.get("MODERATOR_MONKEY_KEYS", "400"))
SEED = int(os.environ.get("MODERATOR_MONKEY_SEED", "20261127"))
KEYS_PER_ROUND = 400  # each round: a fresh server and desk (the dataset has enough listings for it)
SEQUENCE = 25  # keys between two drains


class Jitter(httpx.BaseTransport):
    """The real network with random delays before and after each exchange."""

    def __init__(self, rng: random.Random) -> None:
        self.real = httpx.HTTPTransport()
        self._rng = rng
        self._lock = threading.Lock()
        self.exchanges = 0

    def _pause(self) -> None:
        with self._lock:
            self.exchanges += 1
            delay = self._rng.choice((0.0, 0.0, 0.005, 0.02, 0.06, 0.15))
        time.sleep(delay)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._pause()
        response = self.real.handle_request(request)
        self._pause()
        return response

    def close(self) -> None:
        self.real.close()


def server_decisions(server) -> list[dict]:
    """Every decision of moderator1 on the server, page by page."""
    out: list[dict] = []
    with server.client("lead1") as lead:
        while True:
            page = lead.get(
                "/v1/decisions", params={"moderator": "moderator1", "limit": 200, "offset": len(out)}
            )
            page.raise_for_status()
            batch = page.json()["decisions"]
            out += batch
            if len(batch) < 200:
                return out


@dataclass
class Tally:
    keys: int = 0
    sequences: int = 0
    key_checks: int = 0
    drain_checks: int = 0
    recorded: int = 0
    undone: int = 0
    exchanges: int = 0
    gestures: Counter = field(default_factory=Counter)


GESTURES = ("A", "A", "R", "E", "S", "N", "P", "Left", "Right", "Z", "M")
QT_KEYS = {
    "A": Qt.Key.Key_A,
    "R": Qt.Key.Key_R,
    "E": Qt.Key.Key_E,
    "S": Qt.Key.Key_S,
    "N": Qt.Key.Key_N,
    "P": Qt.Key.Key_P,
    "Z": Qt.Key.Key_Z,
    "M": Qt.Key.Key_M,
    "Left": Qt.Key.Key_Left,
    "Right": Qt.Key.Key_Right,
    "Enter": Qt.Key.Key_Return,
    "Esc": Qt.Key.Key_Escape,
    **{str(n): getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)},
}
DECIDING_KEYS = {"A", "Enter"}


class Monkey:
    def __init__(self, desk, rng: random.Random, tally: Tally) -> None:
        self.desk = desk
        self.rng = rng
        self.tally = tally
        self.seen: dict[str, int] = {}  # every outbox key ever seen -> its item
        self.undone: set[str] = set()
        self._began: tuple[int | None, bool] = (None, False)

    # --- gestures ----------------------------------------------------------------------------

    def gesture(self) -> list[str]:
        name = self.rng.choice(GESTURES)
        self.tally.gestures[name] += 1
        match name:
            case "R":
                digits = [str(self.rng.randint(1, 3)) for _ in range(self.rng.randint(0, 2))]
                return ["R", *digits, self.rng.choice(["Enter", "Enter", "Esc"])]
            case "E":
                return ["E", str(self.rng.randint(1, 2)), self.rng.choice(["Enter", "Enter", "Esc"])]
            case "M":
                return ["M", "text", self.rng.choice(["Esc", "Enter"])]
        return [name]

    def press(self, key: str) -> None:
        review = self.desk.review
        if key == "text":
            QTest.keyClicks(review.decision_bar.note_edit, self.rng.choice(["vu", "numero en photo", "ok"]))
            return
        deciding = key in ("A", "S") or (key == "Enter" and review.mode() != "browse")
        if deciding and self.rng.random() < 0.7:  # else a quick double press, now and then
            after_guard()
        target = shown(review)
        if review.mode() == "browse":
            # What the moderator saw when the gesture began (reject and escalate confirm later).
            self._began = (target, shown_as_ready(review))
        ready = self._began[0] == target and self._began[1]
        before = self._outbox()
        widget = review.decision_bar.note_edit if review.decision_bar.note_edit.hasFocus() else review
        QTest.keyClick(widget, QT_KEYS[key])
        self.tally.keys += 1
        self._check_key(key, target, ready, before)
        QTest.qWait(self.rng.choice((0, 0, 5, 20, 60)))  # sync results land between keys

    # --- invariants ----------------------------------------------------------------------------

    def _outbox(self) -> dict[str, tuple[int, str]]:
        return {e.key: (e.item_id, e.state) for e in self.desk.ws.outbox.entries()}

    def _check_key(self, key: str, target: int | None, was_ready: bool, before: dict) -> None:
        after = self._outbox()
        new = {k: v for k, v in after.items() if k not in before}
        for k in before:
            if k not in after:
                self.undone.add(k)
                self.tally.undone += 1
        for k, (item_id, _state) in new.items():
            assert key in DECIDING_KEYS, f"{key} recorded a decision"
            assert item_id == target, f"decision for {item_id} while {target} was on screen"
            assert was_ready, f"decision on {item_id}, which was not shown as ready"
            self.seen[k] = item_id
            self.tally.recorded += 1
        # A listing whose decision waits or was sent is never presented as ready.
        now_shown = shown(self.desk.review)
        decided = {item for item, state in after.values() if state in ("pending", "sending", "sent")}
        if now_shown in decided:
            assert not shown_as_ready(self.desk.review), f"decided listing {now_shown} shown as ready"
        self.tally.key_checks += 1

    def drain_and_check(self, qtbot) -> None:
        ws, server = self.desk.ws, self.desk.server
        qtbot.waitUntil(lambda: ws.status().outbox_count == 0, timeout=60_000)
        decisions = server_decisions(server)
        on_server = Counter(d["idempotency_key"] for d in decisions)
        outbox = self._outbox()
        sent = {k for k, (_item, state) in outbox.items() if state == "sent"}
        refused = {k for k, (_item, state) in outbox.items() if state in ("conflict", "rejected")}
        assert all(n == 1 for n in on_server.values()), on_server
        assert set(on_server) == sent, (set(on_server) - sent, sent - set(on_server))
        assert not (self.undone & set(on_server)), "an undone decision reached the server"
        assert not (refused & set(on_server)), "a decision shown as refused was applied"
        items = Counter(d["item_id"] for d in decisions)
        assert all(n == 1 for n in items.values()), "a listing decided twice on the server"

        def leases_shown() -> bool:
            with ApiClient(server.url) as other:
                other.login("moderator1", "demo")
                held = {lease.item_id for lease in other.leases().leases}
            return held <= {e.item_id for e in ws.session_view().entries}

        qtbot.waitUntil(leases_shown, timeout=30_000)
        self.tally.drain_checks += 1


def test_random_keys_never_decide_the_wrong_listing_nor_lose_or_double_a_decision(
    qtbot, runner, server_factory, make_test_dataset, tmp_path
):
    rng = random.Random(SEED)
    tally = Tally()
    rounds = max(1, -(-KEYS // KEYS_PER_ROUND))
    for round_no in range(rounds):
        server = server_factory(dataset=make_test_dataset(open_items=160))
        transport = Jitter(random.Random(rng.random()))
        desk = open_desk(
            qtbot,
            runner,
            server,
            tmp_path / f"desk-{round_no}",
            hold=rng.choice((0.3, 0.8, 2.0)),
            transport=transport,
            screen_text=False,
            runway=12,
            refill_below=8,
            ready=3,
        )
        try:
            monkey = Monkey(desk, rng, tally)
            keys_this_round = min(KEYS_PER_ROUND, KEYS - round_no * KEYS_PER_ROUND)
            first_key = tally.keys
            while tally.keys - first_key < keys_this_round:
                for _ in range(SEQUENCE):
                    for key in monkey.gesture():
                        monkey.press(key)
                monkey.drain_and_check(qtbot)
                tally.sequences += 1
            tally.exchanges += transport.exchanges
        finally:
            close_desk(desk)
    print(
        f"\nkeyboard monkey (seed {SEED}): {tally.keys} keys in {tally.sequences} sequences over {rounds} "
        f"round(s); {tally.key_checks} per-key invariant checks, {tally.drain_checks} drain checks "
        f"(server exactly-once, no undone decision, no hidden lease); {tally.recorded} decisions recorded, "
        f"{tally.undone} undone; {tally.exchanges} delayed exchanges; gestures {dict(tally.gestures)}"
    )
    assert tally.recorded > 0 and tally.keys >= KEYS
