"""What `--version` prints: the app, its models and Qt."""

from __future__ import annotations

from moderator_app import __version__


def version_lines() -> list[str]:
    lines = [f"moderator-app {__version__}"]
    try:
        from moderator_app.screening.model_registry import load_manifests

        for manifest in load_manifests():
            lines.append(f"model {manifest.name} {manifest.version} ({manifest.license})")
    except ImportError:
        lines.append("models: image screening not installed")
    try:
        import PySide6
        from PySide6 import QtCore

        lines.append(f"Qt {QtCore.qVersion()} (PySide6 {PySide6.__version__})")
    except ImportError:
        lines.append("Qt: not available")
    return lines
