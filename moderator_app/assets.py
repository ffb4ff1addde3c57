"""Find the data folders (`ui/`, `resources/`, `models/`) wherever the app runs.

Three layouts are supported:
- a frozen bundle (PyInstaller puts data under ``sys._MEIPASS``);
- an installed wheel (the folders are packed into ``moderator_app/_data/``);
- a source checkout (the folders sit at the top of the repository).
"""

from __future__ import annotations

import sys
from pathlib import Path

DATA_FOLDERS = ("ui", "resources", "models")
_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidate_roots() -> list[Path]:
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots.append(_PACKAGE_DIR / "_data")
    roots.append(_PACKAGE_DIR.parent)
    return roots


def data_dir(folder: str) -> Path:
    """Return the directory of one of the data folders; raise if it cannot be found."""
    if folder not in DATA_FOLDERS:
        raise ValueError(f"unknown data folder {folder!r}; expected one of {DATA_FOLDERS}")
    for root in _candidate_roots():
        candidate = root / folder
        if candidate.is_dir():
            return candidate
    searched = ", ".join(str(r / folder) for r in _candidate_roots())
    raise FileNotFoundError(f"data folder {folder!r} not found (searched {searched})")


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return data_dir("resources").joinpath(*parts)


def models_dir() -> Path:
    return data_dir("models")


def ui_dir() -> Path:
    return data_dir("ui")
