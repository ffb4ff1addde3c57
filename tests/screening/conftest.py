"""Shared fixtures for the screening tests (text screening; image tests import their own)."""

from __future__ import annotations

import pytest

from moderator_app.screening.text import TextScreener, default_policy


@pytest.fixture(scope="session")
def text_screener() -> TextScreener:
    """One screener over the shipped policy, built once as the workstation does."""
    return TextScreener(default_policy())
