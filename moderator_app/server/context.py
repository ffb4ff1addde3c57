"""What every request handler needs: the database, the clock and the server's settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request

from moderator_app.core.qa_schema import DEFAULT_DISPUTE_DAYS
from moderator_app.server.db import Database

if TYPE_CHECKING:
    from moderator_app.server.audit_checkpoints import Checkpointer
    from moderator_app.server.throttle import SignInThrottle

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ServerSettings:
    lease_seconds: int = 600
    token_ttl_seconds: int = 12 * 3600
    max_image_bytes: int = 10 * 1024 * 1024
    max_body_bytes: int = 12 * 1024 * 1024
    dispute_days: int = DEFAULT_DISPUTE_DAYS  # how long a moderator may contest an audit
    hot_routes: bool = True  # claim and decide skip FastAPI's machinery (server.hotpath)
    # Signed checkpoints of the audit chain's head (server.audit_checkpoints): how often, and the
    # file they are appended to besides the log (None: the log line only).
    checkpoint_seconds: float = 60.0
    checkpoint_file: Path | None = None
    # How often each process checks whether the clusters need a rebuild (server.clusters.builder);
    # None: never by itself (tests and tools rebuild on demand).
    cluster_refresh_seconds: float | None = 20.0


@dataclass
class ServerContext:
    db: Database
    settings: ServerSettings = field(default_factory=ServerSettings)
    clock: Clock = utc_now
    token_secret: bytes = b""
    # queue id -> (monotonic time, queue rules, known reason codes); see decisions.queue_rules
    rules_cache: dict = field(default_factory=dict)
    # QA sampling rules and per-moderator status, cached ~60 s; see server.qa.sampling
    qa_cache: dict = field(default_factory=dict)
    # monotonic time of the last purge of old claim request ids; see leases._purge_claim_requests
    claim_purged_at: float = 0.0
    # monotonic time before which this process does not rebuild clusters; see clusters.builder
    cluster_next_build: float = 0.0
    # ("routing", user id) -> (monotonic time, routing); see wellness.routing
    wellness_cache: dict = field(default_factory=dict)
    # (category, currency) -> (monotonic time, recent prices); see server.price_ranges
    price_cache: dict = field(default_factory=dict)
    throttle: SignInThrottle | None = None  # failed sign-ins (server.throttle); set by create_app
    checkpointer: Checkpointer | None = None  # the audit chain's checkpoints; set by create_app

    def now(self) -> datetime:
        return self.clock()


async def get_context(request: Request) -> ServerContext:
    # async on purpose: FastAPI runs sync dependencies in the thread pool, one hop each.
    return request.app.state.ctx


Ctx = Annotated[ServerContext, Depends(get_context)]
