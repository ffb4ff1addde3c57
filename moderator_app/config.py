"""Where the workstation keeps its files: data, cache, logs and settings.

Every directory comes from platformdirs, except when ``MODERATOR_APP_HOME`` is set:
then all four live under that one folder (tests, portable installs, USB sticks).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "moderator-app"
APP_AUTHOR = "moderator-app"
HOME_ENV_VAR = "MODERATOR_APP_HOME"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path  # the local cache database and the outbox
    cache_dir: Path  # downloaded images (re-fetchable, expire)
    log_dir: Path
    config_dir: Path  # settings (never secrets)

    def ensure(self) -> AppPaths:
        """Create the directories (owner-only where the OS supports it) and return self."""
        for path in (self.data_dir, self.cache_dir, self.log_dir, self.config_dir):
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def app_paths(home: Path | None = None) -> AppPaths:
    """The app's directories: under ``home`` or ``$MODERATOR_APP_HOME`` if given, else platformdirs."""
    root = home if home is not None else os.environ.get(HOME_ENV_VAR)
    if root:
        base = Path(root)
        return AppPaths(base / "data", base / "cache", base / "log", base / "config")
    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
    return AppPaths(
        Path(dirs.user_data_dir),
        Path(dirs.user_cache_dir),
        Path(dirs.user_log_dir),
        Path(dirs.user_config_dir),
    )
