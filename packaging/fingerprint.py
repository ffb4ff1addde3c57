"""Print a fingerprint of everything a bundle build depends on.

`packaging/build` stores it in packaging/dist/build-stamp.txt; the bundle test rebuilds only
when the current fingerprint differs, so CI builds once per change and a local re-run of the
test reuses the bundle. Inputs: the app's sources and data folders, the packaging files, the
Python version and platform, and the name and version of every installed distribution.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_TREES = ("moderator_app", "ui", "resources", "models")
PACKAGING_FILES = (
    "moderator-app.spec",
    "bundle_contents.py",
    "strip_bundle.py",
    "linux_tarball.py",
    "build",
    "fingerprint.py",
)


def _source_files() -> list[Path]:
    files = []
    for tree in SOURCE_TREES:
        for path in (ROOT / tree).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                files.append(path)
    files += [ROOT / "packaging" / name for name in PACKAGING_FILES]
    return sorted(files)


def fingerprint() -> str:
    """A hex digest that changes whenever a rebuild could change the bundle."""
    digest = hashlib.sha256()
    digest.update(f"{sys.version}|{platform.platform()}|{platform.machine()}\n".encode())
    distributions = sorted(
        f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions()
    )
    digest.update("\n".join(distributions).encode())
    for path in _source_files():
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()


if __name__ == "__main__":
    print(fingerprint())
