"""Sign-in throttling: failed passwords slow the next attempts down, per account and per address.

Three counters of failed sign-ins, shared by every server process through the database:

- the pair (address, account): after 5 failures, each further one doubles a wait (1 s, 2 s, …)
  up to 15 minutes. A password guesser on one machine gets about 18 guesses an hour.
- the account, from any address: after 10 failures, doubling up to 60 s. Guessing one account
  from many machines stays slow, and since the wait never exceeds a minute an attacker cannot
  lock its moderator out for long; the moderator's own successful sign-in clears it.
- the address, over all accounts: after 30 failures, doubling up to 60 s. Spraying many accounts
  from one machine slows down, without shutting a whole desk behind one NAT address out for long.

A counter forgets failures 30 minutes after the last one (longer than the longest wait, so that
waiting out the cap never resets the count). While any counter says wait, sign-in
answers 429 with ``Retry-After`` and does not even check the password. A successful sign-in clears
the pair and account counters (not the address's, which a sprayer could otherwise reset with an
account of their own).
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from moderator_app.server import tables as t
from moderator_app.server.db import Database

log = logging.getLogger(__name__)

WINDOW = timedelta(minutes=30)
_PURGE_EVERY_S = 60.0


@dataclass(frozen=True)
class Rule:
    prefix: str
    free: int  # failures allowed before any wait
    cap: timedelta  # the longest wait

    def wait_after(self, failures: int) -> timedelta:
        """The wait imposed after ``failures`` failures: 0, then 1 s doubling up to the cap."""
        if failures <= self.free:
            return timedelta(0)
        return min(self.cap, timedelta(seconds=2 ** min(failures - self.free - 1, 30)))


PAIR = Rule("pair", 5, timedelta(minutes=15))
ACCOUNT = Rule("account", 10, timedelta(seconds=60))
ADDRESS = Rule("address", 30, timedelta(seconds=60))


def keys(username: str, address: str) -> dict[Rule, str]:
    """The counter keys of one sign-in attempt (usernames compared case-insensitively)."""
    name = username.strip().lower()[:100]
    return {PAIR: f"pair:{address}:{name}", ACCOUNT: f"account:{name}", ADDRESS: f"address:{address}"}


class SignInThrottle:
    """Reads and updates the counters of ``sign_in_failures`` (see the module docstring)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._purged_at = 0.0

    def retry_after(self, attempt: dict[Rule, str], now: datetime) -> int:
        """Whole seconds to wait before this attempt may be checked (0: go ahead)."""
        with self.db.read() as conn:
            rows = conn.execute(
                select(t.sign_in_failures.c.blocked_until, t.sign_in_failures.c.last_at).where(
                    t.sign_in_failures.c.key.in_(list(attempt.values()))
                )
            ).all()
        waits = [
            (row.blocked_until - now).total_seconds()
            for row in rows
            if row.blocked_until is not None and row.last_at > now - WINDOW
        ]
        longest = max(waits, default=0.0)
        return math.ceil(longest) if longest > 0 else 0

    def failed(self, attempt: dict[Rule, str], now: datetime) -> None:
        """Count a failed sign-in on every counter of the attempt."""
        with self.db.write() as conn:
            current = {
                row.key: row
                for row in conn.execute(
                    select(t.sign_in_failures).where(t.sign_in_failures.c.key.in_(list(attempt.values())))
                )
            }
            for rule, key in attempt.items():
                row = current.get(key)
                fresh = row is None or row.last_at <= now - WINDOW
                failures = 1 if fresh else row.failures + 1
                wait = rule.wait_after(failures)
                values = {
                    "failures": failures,
                    "first_at": now if fresh else row.first_at,
                    "last_at": now,
                    "blocked_until": now + wait if wait else None,
                }
                dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
                stmt = dialect.insert(t.sign_in_failures).values(key=key, **values)
                conn.execute(stmt.on_conflict_do_update(index_elements=[t.sign_in_failures.c.key], set_=values))
                if wait:
                    log.warning("sign-in throttled on %s after %d failures: %.0f s", rule.prefix, failures,
                                wait.total_seconds())
            self._purge(conn, now)

    def succeeded(self, attempt: dict[Rule, str]) -> None:
        """The right password: forget the pair's and the account's failures."""
        with self.db.write() as conn:
            conn.execute(
                delete(t.sign_in_failures).where(t.sign_in_failures.c.key.in_([attempt[PAIR], attempt[ACCOUNT]]))
            )

    def _purge(self, conn, now: datetime) -> None:
        """Drop counters idle for longer than the window (at most once a minute per process)."""
        tick = time.monotonic()
        if tick - self._purged_at < _PURGE_EVERY_S:
            return
        self._purged_at = tick
        conn.execute(delete(t.sign_in_failures).where(t.sign_in_failures.c.last_at <= now - WINDOW))

