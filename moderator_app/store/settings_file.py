"""The settings file: the declared settings (core/settings_schema.py) kept in one JSON file."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


class JsonFileBackend:
    """Settings in one JSON file, replaced atomically (temp file, fsync, os.replace).

    A file that cannot be parsed is moved aside to ``<name>.corrupt`` (or ``.corrupt.1``... so an
    earlier one is never overwritten and nothing the user had is lost); the defaults are used.
    """

    def __init__(self, path: Path):
        self.path = Path(path)

    def load(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError(f"expected an object, found {type(data).__name__}")
        except ValueError as error:
            aside = self._free_name(self.path.name + ".corrupt")
            os.replace(self.path, aside)
            logger.warning(
                "settings file %s is unreadable (%s); moved to %s, using defaults", self.path, error, aside
            )
            return {}
        return data

    def _free_name(self, name: str) -> Path:
        candidate, n = self.path.with_name(name), 1
        while candidate.exists():
            candidate, n = self.path.with_name(f"{name}.{n}"), n + 1
        return candidate

    def save(self, values: Mapping[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                json.dump(dict(values), file, ensure_ascii=False, indent=2, sort_keys=True)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
