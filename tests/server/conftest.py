"""Server-test fixtures: run a test on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_server(request):
    """A seeded live server on SQLite, then on PostgreSQL (skipped without MODERATOR_TEST_PG_URL)."""
    name = "live_server" if request.param == "sqlite" else "pg_live_server"
    return request.getfixturevalue(name)
