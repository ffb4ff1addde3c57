"""ONNX model manifests: what a model is, where its file lives and how its outputs become flags.

A manifest is a JSON file in ``models/`` (or in an extra deployment directory). Adding a detector
or classifier to a deployment takes a manifest and an ``.onnx`` file, no code. The fields:

- ``name``, ``version``, ``task`` (``detector`` | ``classifier`` | ``ocr``), ``source``, ``license``;
- ``file``: ``{"path": "x.onnx"}`` relative to the manifest, or ``{"package": "nudenet",
  "resource": "320n.onnx"}`` for a file shipped inside an installed Python package;
- ``input``: ``size`` [w, h], ``channel_order`` (RGB|BGR), ``scale``, ``mean``, ``std``,
  ``resize`` (``letterbox`` pads right/bottom to a square then resizes | ``stretch``);
- ``output``: ``format`` (``yolov8`` for detectors; ``scores`` for classifiers), ``activation``
  (``none`` | ``softmax`` | ``sigmoid``) for classifiers;
- ``labels``: class names in output order;
- ``flag_kind``: the flag kind its detections produce (e.g. ``nudity``);
- ``label_map``: ``{label: {"sexual": bool, "category": "...", ...}}`` copied into flag details;
- ``thresholds``: ``default`` score, optional per-label overrides in ``labels``, ``nms_iou``,
  ``candidate`` (pre-NMS score floor).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from moderator_app.assets import models_dir

log = logging.getLogger(__name__)

TASKS = ("detector", "classifier", "ocr")
EXTRA_DIRS_ENV = "MODERATOR_MODELS_DIR"


class ManifestError(ValueError):
    """A manifest is malformed or names a model file that cannot be found."""


@dataclass(frozen=True)
class InputSpec:
    width: int
    height: int
    channel_order: str = "RGB"
    scale: float = 1.0 / 255.0
    mean: tuple[float, float, float] = (0.0, 0.0, 0.0)
    std: tuple[float, float, float] = (1.0, 1.0, 1.0)
    resize: str = "letterbox"
    # A model with dynamic height/width may get a letterbox trimmed to the image's aspect
    # (rounded up to ``stride``) instead of the full square: same detections, less work.
    trim_to_stride: int = 0


@dataclass(frozen=True)
class ModelManifest:
    """One model as described by its manifest file."""

    name: str
    version: str
    task: str
    source: str
    license: str
    manifest_path: Path
    file: dict[str, str]
    input: InputSpec | None = None
    output_format: str = "yolov8"
    activation: str = "none"
    labels: tuple[str, ...] = ()
    flag_kind: str = ""
    label_map: dict[str, dict[str, Any]] = field(default_factory=dict)
    default_threshold: float = 0.25
    label_thresholds: dict[str, float] = field(default_factory=dict)
    nms_iou: float = 0.45
    candidate_threshold: float = 0.2
    role: str = ""
    enabled: bool = True
    card: str = ""

    @property
    def key(self) -> str:
        """``name@version``: what cached results and flags record."""
        return f"{self.name}@{self.version}"

    def threshold(self, label: str) -> float:
        return self.label_thresholds.get(label, self.default_threshold)

    def model_path(self) -> Path:
        """Resolve the ``.onnx`` file; raise :class:`ManifestError` if it is missing."""
        if "path" in self.file:
            path = (self.manifest_path.parent / self.file["path"]).resolve()
        elif "package" in self.file:
            spec = importlib.util.find_spec(self.file["package"])
            if spec is None or not spec.submodule_search_locations:
                raise ManifestError(f"{self.name}: package {self.file['package']!r} is not installed")
            path = Path(next(iter(spec.submodule_search_locations))) / self.file["resource"]
        else:
            raise ManifestError(f"{self.name}: 'file' needs 'path' or 'package'+'resource'")
        if not path.is_file():
            raise ManifestError(f"{self.name}: model file {path} not found")
        return path


def _require(data: dict[str, Any], key: str, where: Path) -> Any:
    if key not in data:
        raise ManifestError(f"{where.name}: missing field {key!r}")
    return data[key]


def parse_manifest(path: Path) -> ModelManifest:
    """Read one manifest file; raise :class:`ManifestError` naming the file and field at fault."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ManifestError(f"{path.name}: {exc}") from exc
    if not isinstance(data, dict):
        raise ManifestError(f"{path.name}: expected a JSON object")
    task = _require(data, "task", path)
    if task not in TASKS:
        raise ManifestError(f"{path.name}: task must be one of {TASKS}, not {task!r}")
    file_spec = _require(data, "file", path)
    if not isinstance(file_spec, dict):
        raise ManifestError(f"{path.name}: 'file' must be an object")
    input_spec = None
    if "input" in data:
        raw = data["input"]
        size = raw.get("size", [320, 320])
        input_spec = InputSpec(
            width=int(size[0]),
            height=int(size[1]),
            channel_order=str(raw.get("channel_order", "RGB")).upper(),
            scale=float(raw.get("scale", 1.0 / 255.0)),
            mean=tuple(float(v) for v in raw.get("mean", (0.0, 0.0, 0.0))),
            std=tuple(float(v) for v in raw.get("std", (1.0, 1.0, 1.0))),
            resize=str(raw.get("resize", "letterbox")),
            trim_to_stride=int(raw.get("trim_to_stride", 0)),
        )
    if task in ("detector", "classifier") and input_spec is None:
        raise ManifestError(f"{path.name}: missing field 'input'")
    output = data.get("output", {})
    thresholds = data.get("thresholds", {})
    labels = tuple(str(label) for label in data.get("labels", ()))
    if task in ("detector", "classifier") and not labels:
        raise ManifestError(f"{path.name}: missing field 'labels'")
    return ModelManifest(
        name=str(_require(data, "name", path)),
        version=str(_require(data, "version", path)),
        task=task,
        source=str(data.get("source", "")),
        license=str(_require(data, "license", path)),
        manifest_path=path,
        file={str(k): str(v) for k, v in file_spec.items()},
        input=input_spec,
        output_format=str(output.get("format", "yolov8" if task == "detector" else "scores")),
        activation=str(output.get("activation", "none")),
        labels=labels,
        flag_kind=str(data.get("flag_kind", "")),
        label_map={str(k): dict(v) for k, v in data.get("label_map", {}).items()},
        default_threshold=float(thresholds.get("default", 0.25)),
        label_thresholds={str(k): float(v) for k, v in thresholds.get("labels", {}).items()},
        nms_iou=float(thresholds.get("nms_iou", 0.45)),
        candidate_threshold=float(thresholds.get("candidate", thresholds.get("default", 0.25))),
        role=str(data.get("role", "")),
        enabled=bool(data.get("enabled", True)),
        card=str(data.get("card", "")),
    )


def manifest_dirs(extra_dirs: list[Path] | tuple[Path, ...] = ()) -> list[Path]:
    """The shipped ``models/`` folder, then ``$MODERATOR_MODELS_DIR`` entries, then ``extra_dirs``."""
    dirs = [models_dir()]
    env = os.environ.get(EXTRA_DIRS_ENV, "")
    dirs += [Path(p) for p in env.split(os.pathsep) if p]
    dirs += [Path(p) for p in extra_dirs]
    return dirs


def load_manifests(extra_dirs: list[Path] | tuple[Path, ...] = ()) -> list[ModelManifest]:
    """All manifests, shipped first. A later manifest with the same name replaces an earlier one,
    so a deployment can override a shipped model's thresholds. Broken manifests are logged and
    skipped: one bad deployment file must not stop screening with the shipped models.
    """
    by_name: dict[str, ModelManifest] = {}
    for directory in manifest_dirs(extra_dirs):
        if not directory.is_dir():
            log.warning("model directory %s does not exist", directory)
            continue
        for path in sorted(directory.glob("*.json")):
            try:
                manifest = parse_manifest(path)
            except ManifestError as exc:
                log.error("skipping model manifest: %s", exc)
                continue
            by_name[manifest.name] = manifest
    return list(by_name.values())
