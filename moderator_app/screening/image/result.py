"""What image pre-screening reports: flags, OCR lines, findings, hash, timings.

``ImageScreenResult.to_json()`` is the exact row of ``moderator-app screen-images``; the cache
stores the same JSON and rebuilds results with ``from_json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FLAG_KINDS = ("nudity", "text_in_image", "duplicate", "quality", "unreadable")

Box = list[int]


@dataclass
class ImageFlag:
    """One thing worth a moderator's attention. ``box`` is [x0, y0, x1, y1] in original pixels."""

    kind: str
    label: str
    score: float | None = None
    box: Box | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "label": self.label,
            "score": None if self.score is None else round(float(self.score), 4),
            "box": None if self.box is None else [int(v) for v in self.box],
            "details": self.details,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ImageFlag:
        return cls(
            data["kind"], data["label"], data.get("score"), data.get("box"), dict(data.get("details") or {})
        )


@dataclass
class OcrLine:
    """A line of text read in the photo, with its axis-aligned box in original pixels."""

    text: str
    box: Box
    score: float = 1.0

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "box": [int(v) for v in self.box]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OcrLine:
        return cls(data["text"], list(data["box"]), float(data.get("score", 1.0)))


@dataclass
class ImageScreenResult:
    """Everything pre-screening found in one image.

    ``flags`` holds every kind, including ``duplicate`` flags, which depend on the other images
    known at the time and are therefore never cached. ``cached`` says whether the content
    analysis came from the cache.
    """

    sha256: str
    width: int | None = None
    height: int | None = None
    flags: list[ImageFlag] = field(default_factory=list)
    ocr: list[OcrLine] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    phash: str | None = None
    models: dict[str, str] = field(default_factory=dict)
    ms: dict[str, float] = field(default_factory=dict)
    path: str | None = None
    image_id: str | None = None
    cached: bool = False

    @property
    def unreadable(self) -> bool:
        return any(flag.kind == "unreadable" for flag in self.flags)

    @property
    def matchable(self) -> bool:
        """Whether the photo takes part in duplicate matching: it has a hash, and the hash is not
        that of a blank or flat photo (a quality flag with ``duplicate_matching`` False)."""
        return bool(self.phash) and not any(
            flag.details.get("duplicate_matching") is False for flag in self.flags if flag.kind == "quality"
        )

    @property
    def ocr_text(self) -> str:
        """The OCR lines joined with newlines in reading order: the text findings index into it."""
        return "\n".join(line.text for line in self.ocr)

    def flags_of(self, kind: str) -> list[ImageFlag]:
        return [flag for flag in self.flags if flag.kind == kind]

    def to_json(self) -> dict[str, Any]:
        """The CLI row: path, sha256, width, height, flags, ocr, findings, phash, models, ms."""
        return {
            "path": self.path,
            "sha256": self.sha256,
            "width": self.width,
            "height": self.height,
            "flags": [flag.to_json() for flag in self.flags],
            "ocr": [line.to_json() for line in self.ocr],
            "findings": self.findings,
            "phash": self.phash,
            "models": self.models,
            "ms": {step: round(float(value), 2) for step, value in self.ms.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ImageScreenResult:
        return cls(
            sha256=data["sha256"],
            width=data.get("width"),
            height=data.get("height"),
            flags=[ImageFlag.from_json(f) for f in data.get("flags", [])],
            ocr=[OcrLine.from_json(o) for o in data.get("ocr", [])],
            findings=list(data.get("findings", [])),
            phash=data.get("phash"),
            models=dict(data.get("models", {})),
            ms=dict(data.get("ms", {})),
            path=data.get("path"),
        )
