"""The reference server's FastAPI application: `create_app(database_url)`.

The schema is migrated when the app is created, so a fresh SQLite file or an empty PostgreSQL
database is ready for requests (and for seeding) as soon as this returns.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from pathlib import Path

from anyio import to_thread
from fastapi import FastAPI
from sqlalchemy import select

from moderator_app import __version__
from moderator_app.core.schema import API_PREFIX
from moderator_app.server import tables as t
from moderator_app.server.audit_checkpoints import Checkpointer
from moderator_app.server.audit_key import AuditKey
from moderator_app.server.auth import UserCache
from moderator_app.server.clusters import builder as cluster_builder
from moderator_app.server.clusters import routes as cluster_routes
from moderator_app.server.context import Clock, ServerContext, ServerSettings, utc_now
from moderator_app.server.db import Database
from moderator_app.server.dsa import routes as dsa_routes
from moderator_app.server.hotpath import HotRoutes
from moderator_app.server.middleware import BodySizeLimit, CrashGuard, NoNulText, SecurityHeaders
from moderator_app.server.migrate import upgrade
from moderator_app.server.openapi_doc import install_openapi
from moderator_app.server.problems import install_problem_handlers
from moderator_app.server.routes import admin, auth, decisions, items, metrics, policy, qa, queues
from moderator_app.server.throttle import SignInThrottle
from moderator_app.server.wellness import routes as wellness_routes

log = logging.getLogger(__name__)

SQLITE_THREADS = 6
POSTGRES_THREADS = 8
DATABASE_ENV = "MODERATOR_DATABASE_URL"
LEASE_ENV = "MODERATOR_LEASE_SECONDS"
CHECKPOINTS_ENV = "MODERATOR_AUDIT_CHECKPOINTS"


def create_app(
    database_url: str,
    *,
    settings: ServerSettings | None = None,
    clock: Clock | None = None,
    audit_key: AuditKey | None = None,
) -> FastAPI:
    """Build the app on a database URL (or SQLite file path), migrating its schema first.

    ``audit_key`` seals the audit log; by default it comes from the environment or the data
    directory (server.audit_key).
    """
    settings = settings or ServerSettings()
    db = Database(database_url, audit_key)
    upgrade(db)
    with db.read() as conn:
        secret = conn.execute(
            select(t.server_settings.c.value).where(t.server_settings.c.key == "token_secret")
        ).scalar_one()
    ctx = ServerContext(
        db=db,
        settings=settings,
        clock=clock or utc_now,
        token_secret=bytes.fromhex(secret),
    )
    ctx.throttle = SignInThrottle(db)
    ctx.checkpointer = Checkpointer(db.audit_key, settings.checkpoint_file)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Sync routes run in AnyIO's thread pool. Dozens of runnable threads fighting for the GIL
        # starve the event loop (latency spikes under load), and SQLite has one writer anyway;
        # a small pool keeps throughput and cuts tail latency.
        to_thread.current_default_thread_limiter().total_tokens = (
            SQLITE_THREADS if db.is_sqlite else POSTGRES_THREADS
        )
        tasks = [asyncio.create_task(_checkpoint_loop(ctx))]
        if settings.cluster_refresh_seconds:
            tasks.append(asyncio.create_task(_cluster_loop(ctx, settings.cluster_refresh_seconds)))
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
                with suppress(asyncio.CancelledError):
                    await task
            write_checkpoint(ctx)  # the head as the server leaves it
            db.dispose()

    app = FastAPI(
        title="Moderator queue API",
        version=__version__,
        description=(
            "The queue API between moderator workstations and a marketplace backend. "
            "Errors are RFC 9457 problem details (application/problem+json)."
        ),
        lifespan=lifespan,
    )
    # A path with a trailing slash is a 404 problem, not a redirect: Starlette builds the redirect's
    # Location from the client's Host header, which an attacker controls.
    app.router.redirect_slashes = False
    app.state.ctx = ctx
    app.state.user_cache = UserCache()
    install_problem_handlers(app)
    for module in (
        auth,
        queues,
        items,
        decisions,
        policy,
        admin,
        qa,
        metrics,
        dsa_routes,
        cluster_routes,
        wellness_routes,
    ):
        app.include_router(module.router, prefix=API_PREFIX)
    install_openapi(app)
    # Added innermost first. The hot lane answers its own errors; the crash guard answers any
    # other crash as a problem (keeping the connection); the body limit and the security headers
    # wrap every answer, the guard's and the limit's own included.
    app.add_middleware(HotRoutes, ctx=ctx, user_cache=app.state.user_cache)
    app.add_middleware(CrashGuard)
    app.add_middleware(NoNulText)
    app.add_middleware(BodySizeLimit, limit=ctx.settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def write_checkpoint(ctx: ServerContext, *, force: bool = False) -> None:
    """Export the audit chain's head if it moved (a failure is logged, never raised)."""
    try:
        with ctx.db.read() as conn:
            ctx.checkpointer.checkpoint(conn, ctx.now(), force=force)
    except Exception:
        log.exception("the audit checkpoint could not be written")


async def _checkpoint_loop(ctx: ServerContext) -> None:
    while True:
        await asyncio.sleep(ctx.settings.checkpoint_seconds)
        await to_thread.run_sync(write_checkpoint, ctx)


def refresh_clusters(ctx: ServerContext) -> None:
    """Rebuild the clusters if due (a failure is logged, never raised: the next check retries)."""
    try:
        cluster_builder.maybe_build(ctx)
    except Exception:
        log.exception("the clusters could not be rebuilt")


async def _cluster_loop(ctx: ServerContext, seconds: float) -> None:
    while True:
        await asyncio.sleep(seconds)
        await to_thread.run_sync(refresh_clusters, ctx)


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` worker processes: the database, the lease length and the
    checkpoint file come from the environment (the audit key too: server.audit_key)."""
    lease_seconds = int(os.environ.get(LEASE_ENV, ServerSettings.lease_seconds))
    checkpoints = os.environ.get(CHECKPOINTS_ENV)
    settings = ServerSettings(
        lease_seconds=lease_seconds, checkpoint_file=Path(checkpoints) if checkpoints else None
    )
    return create_app(os.environ[DATABASE_ENV], settings=settings)
