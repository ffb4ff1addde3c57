"""View-test fixtures: the light theme applied to the session QApplication, and sample items."""

from __future__ import annotations

import pytest

from moderator_app.views import theme as themes


@pytest.fixture(autouse=True)
def light_theme(qapp):
    themes.apply(qapp, "light")
    yield

