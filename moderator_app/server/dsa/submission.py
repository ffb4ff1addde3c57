"""Exporting statements of reasons and submitting them to the Transparency Database (Art. 24(5)).

Each statement's submission state is kept in ``statements.state``::

    pending --201--> submitted
    pending --422 existing puid--> submitted   (it was accepted before: a lost answer, a rerun)
    pending --422 invalid--> rejected          (the error is kept; --retry-rejected sends it again)
    pending --401/5xx/429/network--> pending   (attempts and the last error recorded; retried
                                                with backoff, then left for the next run)

Every answer is written to the database as soon as it arrives, so a run that dies half way
loses nothing, and the next run sends only what was not accepted: a second run after a complete
one sends nothing. Batches hold at most 100 statements (the database's limit).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from typing import TextIO

import httpx
from sqlalchemy import select, update

from moderator_app.core.dsa_vocabulary import MAX_STATEMENTS_PER_CALL
from moderator_app.server import tables as t
from moderator_app.server.context import Clock, utc_now
from moderator_app.server.db import Database

log = logging.getLogger(__name__)

s = t.statements
MAX_BACKOFF_S = 60.0
_TRANSIENT = {429, 500, 502, 503, 504}


class TokenRefused(RuntimeError):
    """The database refused the bearer token (401/403)."""


class Unavailable(RuntimeError):
    """The database kept failing (network or 5xx) after every retry."""


@dataclass
class SubmitReport:
    submitted: int = 0  # accepted in this run
    already: int = 0  # found already accepted (422 existing puid)
    rejected: int = 0  # refused as invalid in this run
    batches: int = 0  # requests sent

    def line(self) -> str:
        return (
            f"{self.submitted} submitted, {self.already} already in the database, "
            f"{self.rejected} rejected, {self.batches} request(s)"
        )


def export(db: Database, date_from: date, date_to: date, out: TextIO) -> int:
    """Write the statements of decisions taken on the UTC days date_from..date_to (inclusive),
    one JSON object per line, in decision order; returns how many."""
    start = datetime.combine(date_from, day_time(), UTC)
    end = datetime.combine(date_to + timedelta(days=1), day_time(), UTC)
    count = 0
    with db.read() as conn:
        rows = conn.execute(
            select(s.c.body)
            .join(t.decisions, t.decisions.c.id == s.c.decision_id)
            .where(t.decisions.c.decided_at >= start, t.decisions.c.decided_at < end)
            .order_by(t.decisions.c.decided_at, s.c.id)
        )
        for row in rows:
            out.write(json.dumps(json.loads(row.body), ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    return count


def backoff_seconds(attempt: int, retry_after: str | None = None) -> float:
    """Seconds to wait before retry ``attempt`` (1, 2, 4, ... capped; Retry-After wins)."""
    if retry_after:
        try:
            return min(MAX_BACKOFF_S, max(0.0, float(retry_after)))
        except ValueError:
            pass
    return min(MAX_BACKOFF_S, float(2 ** (attempt - 1)))


class Submitter:
    def __init__(
        self,
        db: Database,
        endpoint: str,
        token: str,
        *,
        batch_size: int = MAX_STATEMENTS_PER_CALL,
        max_attempts: int = 5,
        sleep: Callable[[float], None] = time.sleep,
        clock: Clock = utc_now,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        if not 1 <= batch_size <= MAX_STATEMENTS_PER_CALL:
            raise ValueError(f"batch size must be 1 to {MAX_STATEMENTS_PER_CALL}")
        self.db = db
        self.url = endpoint.rstrip("/") + "/api/v1/statements"
        self.batch_size = batch_size
        self.max_attempts = max_attempts
        self.sleep = sleep
        self.clock = clock
        self.client = httpx.Client(
            transport=transport,
            timeout=timeout,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
        )
        self.report = SubmitReport()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Submitter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def run(self, *, retry_rejected: bool = False) -> SubmitReport:
        if retry_rejected:
            with self.db.write() as conn:
                conn.execute(update(s).where(s.c.state == "rejected").values(state="pending"))
        after = 0
        while True:
            with self.db.read() as conn:
                batch = conn.execute(
                    select(s.c.id, s.c.puid, s.c.body)
                    .where(s.c.state == "pending", s.c.id > after)
                    .order_by(s.c.id)
                    .limit(self.batch_size)
                ).all()
            if not batch:
                return self.report
            after = batch[-1].id
            self._send(batch)

    def _send(self, batch: list) -> None:
        attempt = 0
        while batch:
            bodies = [json.loads(row.body) for row in batch]
            self.report.batches += 1
            try:
                response = self.client.post(self.url, json={"statements": bodies})
            except httpx.TransportError as exc:
                attempt = self._transient(batch, attempt, f"network: {type(exc).__name__}", None)
                continue
            if response.status_code == 201:
                self._accepted(batch, response)
                return
            if response.status_code in (401, 403):
                self._note(batch, f"token refused ({response.status_code})")
                raise TokenRefused(f"the Transparency Database refused the token ({response.status_code})")
            if response.status_code == 422:
                batch = self._unprocessable(batch, response)
                continue
            if response.status_code in _TRANSIENT:
                attempt = self._transient(
                    batch, attempt, f"HTTP {response.status_code}", response.headers.get("retry-after")
                )
                continue
            self._note(batch, f"HTTP {response.status_code}: {response.text[:300]}")
            raise Unavailable(f"unexpected answer {response.status_code} from the Transparency Database")

    def _transient(self, batch: list, attempt: int, error: str, retry_after: str | None) -> int:
        attempt += 1
        self._note(batch, error)
        if attempt >= self.max_attempts:
            raise Unavailable(f"the Transparency Database failed {attempt} times ({error})")
        wait = backoff_seconds(attempt, retry_after)
        log.warning("submission failed (%s); retry %d in %.1f s", error, attempt, wait)
        self.sleep(wait)
        return attempt

    def _note(self, batch: list, error: str) -> None:
        with self.db.write() as conn:
            conn.execute(
                update(s)
                .where(s.c.id.in_([r.id for r in batch]))
                .values(attempts=s.c.attempts + 1, last_attempt_at=self.clock(), last_error=error)
            )

    def _mark(
        self, rows: Iterable, state: str, *, uuids: dict[str, str] | None = None, errors: dict | None = None
    ) -> None:
        now = self.clock()
        with self.db.write() as conn:
            for row in rows:
                values = {"state": state, "attempts": s.c.attempts + 1, "last_attempt_at": now}
                if state == "submitted":
                    values.update(submitted_at=now, last_error=None, tdb_uuid=(uuids or {}).get(row.puid))
                else:
                    values["last_error"] = json.dumps((errors or {}).get(row.id), ensure_ascii=False)[:4000]
                conn.execute(update(s).where(s.c.id == row.id).values(**values))

    def _accepted(self, batch: list, response: httpx.Response) -> None:
        try:
            created = response.json().get("statements", [])
            uuids = {c.get("puid"): c.get("uuid") for c in created if isinstance(c, dict)}
        except ValueError:
            uuids = {}
        self._mark(batch, "submitted", uuids=uuids)
        self.report.submitted += len(batch)

    def _unprocessable(self, batch: list, response: httpx.Response) -> list:
        """Settle what a 422 names and return the rest of the batch to send again (the database
        created none of it)."""
        try:
            errors = response.json().get("errors", {})
        except (ValueError, AttributeError):
            errors = {}
        existing = set(errors.get("existing_puids") or []) if isinstance(errors, dict) else set()
        if existing:
            done = [r for r in batch if r.puid in existing]
            self._mark(done, "submitted")
            self.report.already += len(done)
            return [r for r in batch if r.puid not in existing]
        invalid = {}
        for key, detail in errors.items() if isinstance(errors, dict) else []:
            if key.startswith("statement_") and key[10:].isdigit() and int(key[10:]) < len(batch):
                invalid[batch[int(key[10:])].id] = detail
        if not invalid:  # a 422 about the request as a whole: nothing to learn per statement
            self._note(batch, f"HTTP 422: {response.text[:300]}")
            raise Unavailable("the Transparency Database refused the request as a whole (422)")
        rejected = [r for r in batch if r.id in invalid]
        self._mark(rejected, "rejected", errors=invalid)
        self.report.rejected += len(rejected)
        return [r for r in batch if r.id not in invalid]
