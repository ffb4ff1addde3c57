"""Downloaded images as files under the cache directory, named by their sha256."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


class ImageHashMismatch(ValueError):
    """The bytes received do not have the sha256 the listing announced."""


class ImageFiles:
    """Content-addressed image files: ``<root>/<sha[:2]>/<sha256>``; identical photos share a file."""

    def __init__(self, root: Path):
        self.root = root

    def path_for(self, sha256: str) -> Path:
        sha = sha256.lower()
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise ValueError("not a sha256 hex digest")
        return self.root / sha[:2] / sha

    def existing(self, sha256: str) -> Path | None:
        path = self.path_for(sha256)
        return path if path.is_file() else None

    def write(self, sha256: str, data: bytes) -> Path:
        """Store ``data`` after checking its digest; atomic (temp file + rename)."""
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha256.lower():
            raise ImageHashMismatch("the image bytes do not match the announced sha256")
        path = self.path_for(sha256)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    def delete(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)
