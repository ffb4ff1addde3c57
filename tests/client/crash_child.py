"""A workstation process for the crash tests: decides N items and syncs, or only drains the outbox.

Run: python crash_child.py URL DATA_DIR decide|drain N. With MODERATOR_APP_CRASH_AT set, the
process dies (os._exit) at that point; the parent may also kill it with SIGKILL.
Prints one line per event on stdout, flushed, so the parent knows what was decided.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import keyring
import keyring.backends.fail

from moderator_app.net.retry import Backoff
from moderator_app.net.token_store import TokenStore
from moderator_app.sync.engine import SyncSettings
from moderator_app.sync.workstation import Workstation

QUEUE = "new-fr"
SETTINGS = SyncSettings(
    runway=5, refill_below=3, send_hold_s=0.0, idle_poll_s=0.2, backoff=Backoff(base=0.05, cap=0.5)
)


def wait(predicate, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            print("timeout", flush=True)
            raise SystemExit(3)
        time.sleep(0.02)


def main() -> int:
    url, data_dir, mode, count = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    keyring.set_keyring(keyring.backends.fail.Keyring())
    ws = Workstation(
        url,
        data_dir=data_dir,
        token_store=TokenStore(),
        settings=SETTINGS,
        prescreen_images=False,
        screen_text=False,
    )
    ws.sign_in("moderator1", "demo")
    ws.start()
    if mode == "decide":
        ws.start_queue(QUEUE)
        wait(lambda: len(ws.review_items()) >= count)
        for item in ws.review_items()[:count]:
            print(f"deciding {item.item_id}", flush=True)
            ws.record_decision(item.item_id, "approve", time_spent_ms=100)
        print("decided all", flush=True)
    wait(lambda: ws.status().outbox_count == 0)
    sent = [e.item_id for e in ws.outbox.entries(("sent",))]
    print(
        "result " + json.dumps({"sent": sent, "conflicts": [c.item_id for c in ws.conflicts()]}), flush=True
    )
    ws.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
