"""Image pre-screening on the desk: local ONNX models, OCR, reused photos, hostile images.

The workstation's entry points:

- :class:`ImagePrescreener` (background workers + SQLite cache): ``submit(image_id, data,
  on_done, listing_id=..., country=..., server_candidates=...)`` and ``screen_bytes(data, ...)``;
- :class:`ImageScreenResult` with ``to_json()`` in the ``moderator-app screen-images`` shape;
- :class:`HashCandidate` to pass the server's ``/v1/images/similar`` answers in;
- :func:`load_manifests` for the model list (About box, ``--version``).

Names are imported lazily, so reading manifests does not load onnxruntime or OpenCV.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "FLAG_KINDS": "result",
    "ImageFlag": "result",
    "ImageScreenResult": "result",
    "OcrLine": "result",
    "ImagePrescreener": "prescreener",
    "ImageScreener": "screener",
    "ScreenerSettings": "screener",
    "ThreadCaps": "sessions",
    "MAX_DISTANCE": "similarity",
    "HashCandidate": "similarity",
    "HashMatch": "similarity",
    "find_matches": "similarity",
    "ModelManifest": "manifests",
    "load_manifests": "manifests",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
