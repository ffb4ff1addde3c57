"""The fault suite: a desk process (desk_child.py) against the real reference server, through the
fault proxy, with the desk killed at crash points or at random, the server restarted, the desk's
disk filled, and its clock stepped or skewed. Each iteration gets a fresh server; at the end the
desk's outbox (on disk), its conflicts and the server's decisions, audit log and leases are
compared, and each iteration counts its decisions that were:

- lost: acknowledged by the desk (in its outbox), never undone, yet not on the server;
- doubled: applied twice (two decisions on one listing, or one key twice in the audit log);
- wrong: on the server but not as the desk recorded them (another action, reasons, target or
  listing), or undone and still applied;
- stuck: still unsent once the faults are gone, a listing left "being decided", a lease the
  moderator still holds after quitting, or the desk process failing by itself;
- misreported: said refused but applied, said sent but absent, or the session and the outbox
  disagreeing.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fault_proxy import FaultProxy, Request

from moderator_app.demo_backend import ServerThread, serve_in_thread
from moderator_app.net.api_client import ApiClient
from moderator_app.server.context import ServerSettings
from moderator_app.sync.crash_points import ENV_VAR

CHILD = Path(__file__).with_name("desk_child.py")
CLIENT_TESTS = Path(__file__).resolve().parents[1] / "client"
DB_FILE = "workstation.sqlite3"
# Requests a fault may hit: everything the desk syncs, not the sign-in.
SYNC_PATHS = ("/v1/decisions", "/claim", "/v1/leases", "/v1/items", "/v1/media", "/v1/sellers", "/v1/images")

HTML_KINDS = {f"HTML {s} {when}": f"html{s}_{when}" for s in (403, 404, 502) for when in ("before", "after")}
PROXY_KINDS = {
    "proxy drop": "drop",
    "proxy blackhole": "blackhole",
    "proxy delay": "delay",
    "proxy cut": "cut",
    "proxy garbage": "garbage",
    **HTML_KINDS,
}
KINDS = (
    *PROXY_KINDS,
    "kill at a crash point",
    "kill at random",
    "server restart",
    "full disk",
    "clock step",
    "clock skew",
)
BAD = ("lost", "doubled", "wrong", "stuck", "misreported")


@dataclass
class Outcome:
    kind: str
    decisions: int = 0
    lost: int = 0
    doubled: int = 0
    wrong: int = 0
    stuck: int = 0
    misreported: int = 0
    skipped: str | None = None
    exercised: bool = False  # the fault really happened (a proxy fault applied, the desk killed...)
    notes: list[str] = field(default_factory=list)

    def bad(self) -> int:
        return sum(getattr(self, name) for name in BAD)


class Server:
    """The reference server in this process, restartable on the same port and database."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.settings = ServerSettings(lease_seconds=600)
        self.handle: ServerThread = serve_in_thread(database, settings=self.settings)
        self.url = self.handle.url

    def restart(self, down_s: float) -> None:
        port = self.handle.port
        self.handle.stop()
        time.sleep(down_s)
        self.handle = serve_in_thread(self.database, port=port, settings=self.settings)

    def stop(self) -> None:
        self.handle.stop()


def seeded_template(directory: Path) -> Path:
    """A migrated server database with the client tests' dataset (40 listings in new-fr)."""
    sys.path.insert(0, str(CLIENT_TESTS))
    from client_dataset import build_dataset

    from moderator_app.server.db import Database
    from moderator_app.server.migrate import upgrade
    from moderator_app.server.seed import seed_dataset

    path = directory / "template.sqlite3"
    db = Database(str(path))
    upgrade(db)
    seed_dataset(db, build_dataset(listings=40))
    db.dispose()
    return path


# --- the desk process -----------------------------------------------------------------------------


class Desk:
    """One run of desk_child.py; its output lines are collected as they come."""

    def __init__(
        self,
        url: str,
        data_dir: Path,
        *,
        seed: int,
        drain_only: bool,
        env: dict[str, str],
        clock_file: Path,
        decisions: int = 8,
    ) -> None:
        args = [
            sys.executable,
            str(CHILD),
            url,
            str(data_dir),
            "--seed",
            str(seed),
            "--hold",
            "0.4",
            "--decisions",
            str(decisions),
            "--clock-file",
            str(clock_file),
        ]
        if drain_only:
            args.append("--drain-only")
        self.proc = subprocess.Popen(
            args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        self.lines: list[dict] = []
        self.decided = threading.Event()
        self._errors: list[str] = []
        self._readers = [
            threading.Thread(target=self._read, daemon=True),
            threading.Thread(target=self._read_errors, daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with contextlib.suppress(ValueError):
                record = json.loads(line)
                self.lines.append(record)
                if "decided" in record:
                    self.decided.set()
        self.decided.set()

    def _read_errors(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self._errors.append(line)

    def go_on(self) -> None:
        """Faults cleared: the desk may drain and quit."""
        with contextlib.suppress(OSError):
            assert self.proc.stdin is not None
            self.proc.stdin.write("go\n")
            self.proc.stdin.flush()

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.proc.send_signal(signal.SIGKILL)

    def wait(self, timeout: float) -> int:
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            code = self.proc.wait()
        for reader in self._readers:
            reader.join(5)
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        return code

    def error_tail(self) -> str:
        return "".join(self._errors[-15:])


def outbox_on_disk(data_dir: Path) -> dict[str, tuple[int, str, dict]]:
    """The desk's outbox as it is on disk: key -> (item, state, request)."""
    path = data_dir / DB_FILE
    if not path.exists():
        return {}
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT key, item_id, state, payload FROM outbox").fetchall()
    finally:
        conn.close()
    return {key: (item, state, json.loads(payload)) for key, item, state, payload in rows}


# --- one iteration ----------------------------------------------------------------------------------


def run_iteration(kind: str, seed: int, workdir: Path, template: Path) -> Outcome:
    rng = random.Random(seed)
    outcome = Outcome(kind)
    database = workdir / "server.sqlite3"
    shutil.copyfile(template, database)
    server = Server(database)
    data_dir = workdir / "desk"
    disk: Path | None = None
    if kind == "full disk":
        disk = mount_small_disk(workdir / "disk")
        if disk is None:
            server.stop()
            outcome.skipped = "mounting a tmpfs needs root (and a kernel that allows it)"
            return outcome
        data_dir = disk / "desk"
    proxy = FaultProxy(server.url, plan_for(kind, rng))
    clock_file = workdir / "clock-offset"
    clock_file.write_text(str(rng.choice((-1, 1)) * rng.uniform(120, 900)) if kind == "clock skew" else "0")
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    if kind == "kill at a crash point":
        point = rng.choice(("after_outbox_commit", "after_send_before_mark", "after_mark_sent"))
        env[ENV_VAR] = f"{point}:{rng.randint(1, 3)}"
        outcome.notes.append(env[ENV_VAR])
    records: list[dict] = []
    try:
        desk = Desk(proxy.url, data_dir, seed=seed, drain_only=False, env=env, clock_file=clock_file)
        disturbed = disturb(kind, rng, desk, server, clock_file, disk)
        desk.decided.wait(90)
        proxy.clear()
        if disk is not None:
            free_disk(disk)
        desk.go_on()
        code = desk.wait(120)
        records += desk.lines
        outcome.exercised = (
            sum(proxy.applied.values()) > 0
            if kind in PROXY_KINDS
            else code == 137
            if kind == "kill at a crash point"
            else disturbed.is_set() or kind == "clock skew"
        )
        if code not in (0, 137, -signal.SIGKILL):
            # The desk process failed by itself: on a real desk, a crash in the moderator's face.
            outcome.stuck += 1
            outcome.notes.append(
                f"the desk crashed (exit {code}): {desk.error_tail().strip().splitlines()[-1:]}"
            )
        if code != 0 or not any("final" in r for r in desk.lines):
            # Killed (or it failed): a new desk on the same data drains the outbox and quits.
            env.pop(ENV_VAR, None)
            again = Desk(proxy.url, data_dir, seed=seed + 1, drain_only=True, env=env, clock_file=clock_file)
            if again.wait(120) != 0:
                outcome.stuck += 1
                outcome.notes.append("the draining desk failed: " + again.error_tail()[-300:])
            records += again.lines
        judge(outcome, records, outbox_on_disk(data_dir), server.url)
    finally:
        proxy.close()
        server.stop()
        if disk is not None:
            subprocess.run(["umount", "-l", str(disk)], check=False)
    return outcome


def plan_for(kind: str, rng: random.Random) -> Callable[[Request, int], str | None]:
    fault = PROXY_KINDS.get(kind)
    if fault is None:
        return lambda request, n: None
    share = 0.15 if fault == "blackhole" else 0.35
    lock = threading.Lock()

    def plan(request: Request, n: int) -> str | None:
        if not any(part in request.path for part in SYNC_PATHS):
            return None
        with lock:
            return fault if rng.random() < share else None

    return plan


def disturb(
    kind: str, rng: random.Random, desk: Desk, server: Server, clock_file: Path, disk: Path | None
) -> threading.Event:
    """Start the iteration's disturbance on its own thread (a kill, a restart, a full disk, a step);
    the event is set once it happened (while the desk was still running)."""
    done = threading.Event()
    after = rng.randint(1, 3)  # decisions made before it strikes, then a random moment
    delay = rng.uniform(0.0, 0.3)

    def act() -> None:
        deadline = time.monotonic() + 60
        while sum(1 for r in list(desk.lines) if "recorded" in r) < after and time.monotonic() < deadline:
            if desk.proc.poll() is not None or desk.decided.is_set():
                return
            time.sleep(0.02)
        time.sleep(delay)
        if desk.proc.poll() is not None or desk.decided.is_set():
            return
        done.set()
        if kind == "kill at random":
            desk.kill()
        elif kind == "server restart":
            server.restart(rng.uniform(0.5, 3.0))
        elif kind == "full disk" and disk is not None:
            fill_disk(disk)
            time.sleep(rng.uniform(2.0, 5.0))  # the moderator keeps pressing keys meanwhile
            free_disk(disk)
        elif kind == "clock step":
            clock_file.write_text(str(rng.choice((-1, 1)) * rng.uniform(600, 7200)))

    if kind in ("kill at random", "server restart", "full disk", "clock step"):
        threading.Thread(target=act, daemon=True).start()
    return done


# --- a small disk --------------------------------------------------------------------------------------


def mount_small_disk(path: Path, size: str = "24m") -> Path | None:
    if os.geteuid() != 0:
        return None
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
    )
    return path if done.returncode == 0 else None


def fill_disk(disk: Path) -> None:
    with open(disk / "filler", "wb") as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 65536)
            f.flush()


def free_disk(disk: Path) -> None:
    (disk / "filler").unlink(missing_ok=True)


# --- the verdict ---------------------------------------------------------------------------------------


def judge(outcome: Outcome, records: list[dict], on_disk: dict[str, tuple[int, str, dict]], url: str) -> None:
    recorded = {r["recorded"]: r for r in records if "recorded" in r}
    undoing = {r["undoing"] for r in records if "undoing" in r}
    undone = {r["undone"] for r in records if "undone" in r}
    finals = [r["final"] for r in records if "final" in r]
    outcome.misreported += sum(1 for r in records if "misreport" in r)
    acknowledged = set(recorded) | set(on_disk)
    outcome.decisions = len(acknowledged)

    with ApiClient(url) as lead:
        lead.login("lead1", "demo")
        decisions = lead.decisions(moderator="moderator1", limit=500).decisions
    with ApiClient(url) as admin:
        admin.login("admin1", "demo")
        audit = admin._send("GET", "/v1/audit-log", params={"limit": 1000}).json()
    with ApiClient(url) as moderator:
        moderator.login("moderator1", "demo")
        held = moderator.leases().leases

    on_server = {str(d.idempotency_key): d for d in decisions}
    # Doubled: one listing decided twice, or one key applied twice.
    outcome.doubled += sum(n - 1 for n in Counter(d.item_id for d in decisions).values() if n > 1)
    keys = Counter(e["payload"]["idempotency_key"] for e in audit if e["kind"] == "decision")
    outcome.doubled += sum(n - 1 for n in keys.values() if n > 1)

    withdrawn = {k for k in undoing if k not in on_disk and k not in on_server}
    for key in acknowledged:
        if key in withdrawn or key in undone:
            continue
        state = on_disk.get(key, (None, None, None))[1]
        if key not in on_server:
            outcome.lost += 1
            outcome.notes.append(f"lost {key[:8]} (desk: {state})")
        elif state in ("conflict", "rejected"):
            outcome.misreported += 1
            outcome.notes.append(f"{key[:8]} said refused but applied")
    for key, decision in on_server.items():
        mine = recorded.get(key)
        disk_row = on_disk.get(key)
        if (key in undone or key in withdrawn) or (mine is None and disk_row is None):
            outcome.wrong += 1
            outcome.notes.append(f"{key[:8]} applied but undone or unknown to the desk")
            continue
        want = (
            (mine["item"], mine["action"], sorted(mine["reasons"]), mine["target"])
            if mine
            else (
                disk_row[0],
                disk_row[2]["action"],
                sorted(disk_row[2]["reason_codes"]),
                disk_row[2]["escalate_to"],
            )
        )
        got = (decision.item_id, decision.action.value, sorted(decision.reason_codes), decision.escalate_to)
        if want != got:
            outcome.wrong += 1
            outcome.notes.append(f"{key[:8]} applied as {got}, recorded as {want}")
    for key, (_item, state, _request) in on_disk.items():
        if state == "sent" and key not in on_server:
            outcome.misreported += 1
            outcome.notes.append(f"{key[:8]} said sent but not on the server")
        if state in ("pending", "sending"):
            outcome.stuck += 1
            outcome.notes.append(f"{key[:8]} still {state}")
    if finals and finals[-1]["deciding"]:
        outcome.stuck += finals[-1]["deciding"]
    if held:
        outcome.stuck += len(held)
        outcome.notes.append(f"{len(held)} lease(s) still held after quitting")


# --- the table --------------------------------------------------------------------------------------------


def table(outcomes: list[Outcome]) -> str:
    rows = []
    for kind in KINDS:
        mine = [o for o in outcomes if o.kind == kind and o.skipped is None]
        skipped = [o for o in outcomes if o.kind == kind and o.skipped is not None]
        if not mine and not skipped:
            continue
        counts = [sum(getattr(o, name) for o in mine) for name in BAD]
        note = f"  (skipped {len(skipped)}: {skipped[0].skipped})" if skipped else ""
        exercised = sum(1 for o in mine if o.exercised)
        rows.append((kind, len(mine), exercised, sum(o.decisions for o in mine), *counts, note))
    header = ("fault kind", "iterations", "faulted", "decisions", *BAD, "")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header) - 1)]
    lines = []
    for row in [header, *rows]:
        cells = [str(row[0]).ljust(widths[0])] + [
            str(c).rjust(w) for c, w in zip(row[1:-1], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells) + row[-1])
    totals = [sum(getattr(o, name) for o in outcomes) for name in BAD]
    lines.append(
        "total".ljust(widths[0])
        + "  "
        + "  ".join(
            str(c).rjust(w)
            for c, w in zip(
                [
                    sum(1 for o in outcomes if o.skipped is None),
                    sum(1 for o in outcomes if o.exercised),
                    sum(o.decisions for o in outcomes),
                    *totals,
                ],
                widths[1:],
                strict=True,
            )
        )
    )
    return "\n".join(lines)
