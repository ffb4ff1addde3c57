"""The reference server's FastAPI application: `create_app(database_url)`.

The schema is migrated when the app is created, so a fresh SQLite file or an empty PostgreSQL
database is ready for requests (and for seeding) as soon as this returns.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI
from sqlalchemy import select

from moderator_app import __version__
from moderator_app.core.schema import API_PREFIX
from moderator_app.server import tables as t
from moderator_app.server.auth import UserCache
from moderator_app.server.context import Clock, ServerContext, ServerSettings, utc_now
from moderator_app.server.db import Database
from moderator_app.server.dsa import routes as dsa_routes
from moderator_app.server.hotpath import HotRoutes
from moderator_app.server.middleware import BodySizeLimit, SecurityHeaders
from moderator_app.server.migrate import upgrade
from moderator_app.server.problems import install_problem_handlers
from moderator_app.server.routes import admin, auth, decisions, items, metrics, policy, qa, queues

log = logging.getLogger(__name__)

SQLITE_THREADS = 6
POSTGRES_THREADS = 8
DATABASE_ENV = "MODERATOR_DATABASE_URL"
LEASE_ENV = "MODERATOR_LEASE_SECONDS"


def create_app(
    database_url: str,
    *,
    settings: ServerSettings | None = None,
    clock: Clock | None = None,
) -> FastAPI:
    """Build the app on a database URL (or SQLite file path), migrating its schema first."""
    db = Database(database_url)
    upgrade(db)
    with db.read() as conn:
        secret = conn.execute(
            select(t.server_settings.c.value).where(t.server_settings.c.key == "token_secret")
        ).scalar_one()
    ctx = ServerContext(
        db=db,
        settings=settings or ServerSettings(),
        clock=clock or utc_now,
        token_secret=bytes.fromhex(secret),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Sync routes run in AnyIO's thread pool. Dozens of runnable threads fighting for the GIL
        # starve the event loop (latency spikes under load), and SQLite has one writer anyway;
        # a small pool keeps throughput and cuts tail latency.
        to_thread.current_default_thread_limiter().total_tokens = (
            SQLITE_THREADS if db.is_sqlite else POSTGRES_THREADS
        )
        yield
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
    app.state.ctx = ctx
    app.state.user_cache = UserCache()
    install_problem_handlers(app)
    for module in (auth, queues, items, decisions, policy, admin, qa, metrics, dsa_routes):
        app.include_router(module.router, prefix=API_PREFIX)
    # Innermost, so that the body limit and the security headers apply to its answers too.
    app.add_middleware(HotRoutes, ctx=ctx, user_cache=app.state.user_cache)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodySizeLimit, limit=ctx.settings.max_body_bytes)
    return app


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` worker processes: the database comes from the environment."""
    lease_seconds = int(os.environ.get(LEASE_ENV, ServerSettings.lease_seconds))
    return create_app(os.environ[DATABASE_ENV], settings=ServerSettings(lease_seconds=lease_seconds))
