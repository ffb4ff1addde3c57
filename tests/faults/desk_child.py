"""A desk process for the fault suite: a scripted keyboard moderator on the real Workstation.

It decides listings through the same path as the keys on the review screen (``press`` with the
id of the listing on screen): approve, reject with a reason, escalate, now and then a skip or an
undo. It reports on stdout, one JSON object a line, flushed:

- ``{"recorded": key, "item": id, "action": ..., "reasons": [...], "target": ...}`` once a
  decision is in the outbox (the desk has acknowledged it);
- ``{"undoing": key}`` before an undo, ``{"undone": key}`` once the outbox no longer holds it;
- ``{"misreport": ...}`` when what the session says disagrees with the outbox;
- ``{"decided": n}`` when it has made its decisions; it then waits for a line on stdin (the
  harness clears the faults) before it drains the outbox;
- ``{"final": {...}}`` with the outbox, the conflicts and the session, before it quits.

Run: python desk_child.py URL DATA_DIR [--decisions N] [--drain-only] [--seed S] [--hold S]
[--clock-file F]. The desk's wall clock is the system's plus the offset read from ``--clock-file``
(seconds), so the harness can step or skew it while the desk runs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import keyring
import keyring.backends.fail

from moderator_app.core.keymap import ActionId
from moderator_app.core.session_types import ItemState
from moderator_app.net.errors import ApiError
from moderator_app.net.retry import Backoff
from moderator_app.net.token_store import TokenStore
from moderator_app.sync.clocks import Clocks, boot_monotonic
from moderator_app.sync.engine import SyncSettings
from moderator_app.sync.workstation import Workstation

QUEUE = "new-fr"


def say(**record: object) -> None:
    print(json.dumps(record), flush=True)


def wall_clock(path: Path | None):
    def wall() -> float:
        try:
            return time.time() + float(path.read_text()) if path else time.time()
        except (OSError, ValueError):
            return time.time()

    return wall


def outbox(ws: Workstation) -> dict[str, object]:
    return {e.key: e for e in ws.outbox.entries()}


def sign_in(ws: Workstation, deadline: float) -> None:
    while True:
        try:
            ws.sign_in("moderator1", "demo")
            return
        except ApiError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def decide(ws: Workstation, rng: random.Random, count: int, deadline: float) -> int:
    made = 0
    while made < count and time.monotonic() < deadline:
        view = ws.session_view()
        current = view.current
        if current is None:
            time.sleep(0.05)
            continue
        if current.state != ItemState.READY:
            ws.press(ActionId.NEXT, current.item_id)
            time.sleep(0.05)
            continue
        shown = current.item_id
        roll = rng.random()
        if roll < 0.08:
            ws.press(ActionId.SKIP, shown)
            continue
        if roll < 0.5:
            keys = [ActionId.APPROVE]
        elif roll < 0.75:
            keys = [ActionId.REJECT, rng.choice([ActionId.OPTION_1, ActionId.OPTION_2]), ActionId.CONFIRM]
        else:
            keys = [ActionId.ESCALATE, ActionId.CONFIRM]
        before = outbox(ws)
        for key in keys:
            ws.press(key, shown)
        after = outbox(ws)
        new = [after[k] for k in after if k not in before]
        entry = ws.session_view()
        state = next((e.state for e in entry.entries if e.item_id == shown), None)
        if new:
            for row in new:
                request = row.request
                say(
                    recorded=row.key,
                    item=row.item_id,
                    action=request.action.value,
                    reasons=list(request.reason_codes),
                    target=request.escalate_to,
                )
            made += 1
            if state not in (ItemState.DECIDED_UNSENT, ItemState.SENT, ItemState.REFUSED, None):
                say(misreport=f"item {shown} recorded but the session says {state}")
            if rng.random() < 0.15:
                key = new[-1].key
                say(undoing=key)
                ws.press(ActionId.UNDO, ws.session_view().current_id)
                if key not in outbox(ws):
                    say(undone=key)
        elif state in (ItemState.DECIDED_UNSENT, ItemState.SENT):
            say(misreport=f"item {shown} shown decided but no decision is in the outbox")
        time.sleep(rng.choice((0.0, 0.01, 0.05)))
    return made


def drain(ws: Workstation, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if ws.outbox.unsent_count() == 0:
                return
        except OSError:
            pass
        time.sleep(0.1)


def final(ws: Workstation) -> dict[str, object]:
    view = ws.session_view()
    return {
        "outbox": [[e.key, e.item_id, e.state] for e in ws.outbox.entries()],
        "conflicts": [[c.key, c.code] for c in ws.conflicts()],
        "deciding": sum(1 for e in view.entries if e.state == ItemState.DECIDING),
        "status": ws.status().state,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--decisions", type=int, default=6)
    parser.add_argument("--drain-only", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hold", type=float, default=0.5)
    parser.add_argument("--clock-file", type=Path)
    parser.add_argument("--budget", type=float, default=40.0)
    args = parser.parse_args()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    rng = random.Random(args.seed)
    settings = SyncSettings(
        runway=6,
        refill_below=3,
        send_hold_s=args.hold,
        idle_poll_s=0.2,
        empty_queue_retry_s=0.5,
        backoff=Backoff(base=0.05, cap=0.5),
    )
    ws = Workstation(
        args.url,
        data_dir=args.data_dir,
        token_store=TokenStore(),
        settings=settings,
        prescreen_images=False,
        screen_text=False,
        timeout=2.0,
        clocks=Clocks(monotonic=boot_monotonic, wall=wall_clock(args.clock_file)),
    )
    sign_in(ws, time.monotonic() + 60)
    ws.start()
    if not args.drain_only:
        ws.start_queue(QUEUE)
        made = decide(ws, rng, args.decisions, time.monotonic() + args.budget)
        say(decided=made)
        sys.stdin.readline()  # the harness has cleared the faults
    drain(ws, time.monotonic() + 60)
    say(final=final(ws))
    ws.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
