"""The ONNX model registry (manifests in ``models/``); see ``screening.image.manifests``.

Kept as a light module so ``moderator-app --version`` and the About box can list models and
their licences without loading onnxruntime.
"""

from moderator_app.screening.image.manifests import (
    EXTRA_DIRS_ENV,
    ManifestError,
    ModelManifest,
    load_manifests,
    parse_manifest,
)

__all__ = ["EXTRA_DIRS_ENV", "ManifestError", "ModelManifest", "load_manifests", "parse_manifest"]
