"""View-test fixtures: the light theme applied to the session QApplication, and a task runner."""

from __future__ import annotations

import pytest

from moderator_app.views import theme as themes
from moderator_app.views.task_runner import TaskRunner


@pytest.fixture(autouse=True)
def light_theme(qapp):
    themes.apply(qapp, "light")
    yield


@pytest.fixture
def runner():
    """The background runner the screens use for network calls; joined at the end of the test."""
    r = TaskRunner("view-test")  # one worker, as the app runs its network calls
    yield r
    r.shutdown(wait=True)
