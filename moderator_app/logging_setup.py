"""Logging to a rotating file in the platform log directory (never secrets, never listing text)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from moderator_app.config import app_paths

LOG_FILENAME = "moderator-app.log"


def setup_logging(level: int = logging.INFO, log_dir: Path | None = None) -> Path:
    """Send the app's logs to a rotating file (1 MB x 5) and stderr; return the file's path."""
    directory = log_dir or app_paths().ensure().log_dir
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILENAME
    root = logging.getLogger()
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        file_handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(file_handler)
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(console)
    # httpx logs full URLs at INFO; keep them out of the file.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return path
