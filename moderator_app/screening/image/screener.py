"""Screen one image synchronously: decode, hash, run the models, OCR, quality.

``ImageScreener.analyse()`` does the content analysis, which depends only on the bytes and the
configuration and is therefore cacheable by sha256. ``ImageScreener.contextual()`` adds what
depends on the moment: text findings (country, policy) and reused-photo matches.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from moderator_app.screening.image.decoding import DEFAULT_MAX_PIXELS, UnreadableImage, decode_image
from moderator_app.screening.image.manifests import ManifestError, ModelManifest, load_manifests
from moderator_app.screening.image.ocr import OcrReader, OcrSettings, shared_ocr_reader
from moderator_app.screening.image.ocr_findings import finding_flags, ocr_findings
from moderator_app.screening.image.onnx_models import OnnxImageModel
from moderator_app.screening.image.quality import QualitySettings, quality_flags
from moderator_app.screening.image.result import ImageFlag, ImageScreenResult
from moderator_app.screening.image.sessions import ThreadCaps
from moderator_app.screening.image.similarity import MAX_DISTANCE, HashMatch, phash_hex

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScreenerSettings:
    """Everything that tunes image screening. The defaults suit a 2-core desk PC."""

    threads: ThreadCaps = field(default_factory=ThreadCaps)
    ocr: bool = True
    ocr_settings: OcrSettings = field(default_factory=OcrSettings)
    quality: QualitySettings = field(default_factory=QualitySettings)
    max_pixels: int = DEFAULT_MAX_PIXELS
    duplicate_max_distance: int = MAX_DISTANCE
    extra_model_dirs: tuple[Path, ...] = ()


def unreadable_flag(reason: str, transient: bool = False) -> ImageFlag:
    """The flag of an image that could not be analysed, with its reason. ``transient`` marks a
    failure of ours (a model, a bug), not of the bytes: such results are not cached."""
    details: dict[str, Any] = {"reason": reason}
    if transient:
        details["transient"] = True
    return ImageFlag("unreadable", f"image could not be analysed: {reason}", None, None, details)


def duplicate_flag(
    matches: list[HashMatch], max_distance: int, extra: list[dict[str, Any]] | None = None
) -> ImageFlag:
    """One ``duplicate`` flag listing every match, nearest first; score 1 for identical hashes."""
    rows = extra if extra is not None else [match.to_json() for match in matches]
    nearest = min(int(row["distance"]) for row in rows)
    return ImageFlag(
        "duplicate",
        "photo reused from other listings",
        round(1.0 - nearest / 64.0, 4),
        None,
        {"matches": rows, "max_distance": max_distance},
    )


class ImageScreener:
    """The models and settings of image screening; thread-safe, models load on first use."""

    def __init__(self, settings: ScreenerSettings | None = None, text_screener: Any = None) -> None:
        self.settings = settings or ScreenerSettings()
        self.text_screener = text_screener
        manifests = [m for m in load_manifests(self.settings.extra_model_dirs) if m.enabled]
        self.image_models = [
            OnnxImageModel(m, self.settings.threads)
            for m in manifests
            if m.task in ("detector", "classifier")
        ]
        self.ocr_reader = self._ocr_reader(manifests) if self.settings.ocr else None
        self.models = {m.manifest.name: m.manifest.version for m in self.image_models}
        if self.ocr_reader is not None:
            self.models.update(self.ocr_reader.model_versions)
        self.config_key = self._config_key()

    def _ocr_reader(self, manifests: list[ModelManifest]) -> OcrReader | None:
        by_role = {m.role: m for m in manifests if m.task == "ocr"}
        if "det" not in by_role or "rec" not in by_role:
            log.warning("OCR disabled: no rapidocr det/rec manifests found")
            return None
        return shared_ocr_reader(
            by_role["det"],
            by_role["rec"],
            self.settings.threads,
            self.settings.ocr_settings,
            by_role.get("cls"),
        )

    def _config_key(self) -> str:
        settings = dataclasses.asdict(self.settings)
        settings.pop("threads")
        settings.pop("extra_model_dirs")
        thresholds = {
            m.manifest.name: [m.manifest.default_threshold, sorted(m.manifest.label_thresholds.items())]
            for m in self.image_models
        }
        blob = json.dumps([sorted(self.models.items()), thresholds, settings], sort_keys=True, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    def analyse(self, data: bytes, sha256: str | None = None) -> ImageScreenResult:
        """The content analysis of ``data``. Never raises: failures become an ``unreadable`` flag."""
        timings: dict[str, float] = {}
        started = time.perf_counter()
        digest = sha256 or hashlib.sha256(data).hexdigest()
        result = ImageScreenResult(sha256=digest, models=dict(self.models), ms=timings)
        try:
            self._analyse_into(result, data, timings)
        except UnreadableImage as exc:
            result.flags = [unreadable_flag(str(exc))]
        except ManifestError as exc:
            log.error("image screening model unavailable: %s", exc)
            result.flags = [unreadable_flag(f"model unavailable ({exc})", transient=True)]
        except Exception as exc:  # a worker never crashes, whatever the bytes or a model do
            log.exception("image screening failed")
            result.flags = [unreadable_flag(f"internal error ({type(exc).__name__})", transient=True)]
        timings["total"] = (time.perf_counter() - started) * 1000
        return result

    def _analyse_into(self, result: ImageScreenResult, data: bytes, timings: dict[str, float]) -> None:
        mark = time.perf_counter()

        def lap(step: str) -> None:
            nonlocal mark
            now = time.perf_counter()
            timings[step] = timings.get(step, 0.0) + (now - mark) * 1000
            mark = now

        image = decode_image(data, self.settings.max_pixels)
        result.width, result.height = image.width, image.height
        lap("decode")
        if image.notes.get("animated"):
            result.flags.append(
                ImageFlag(
                    "quality",
                    "animated image: only the first frame was analysed",
                    None,
                    None,
                    {"check": "animated", "animated": True, "frames_analysed": 1},
                )
            )
        image.grey(self.settings.quality.blur_side)  # the hash's smaller grey copy derives from it
        result.phash = phash_hex(image)
        lap("phash")
        for model in self.image_models:
            result.flags.extend(model.run(image))
            lap(model.manifest.name)
        lines = []
        if self.ocr_reader is not None:
            gate = self.ocr_reader.gate(image)
            lap("ocr_gate")
            if gate.likely_text:
                lines = self.ocr_reader.read(image, gate.crop)
                lap("ocr")
        result.ocr = lines
        result.flags.extend(quality_flags(image, self.settings.quality, lines))
        lap("quality")

    def contextual(
        self,
        result: ImageScreenResult,
        country: str | None = None,
        matches: Iterable[HashMatch] = (),
        match_rows: list[dict[str, Any]] | None = None,
    ) -> ImageScreenResult:
        """Add text findings on the OCR text and a ``duplicate`` flag for ``matches`` (or the
        ready-made ``match_rows``). Findings failures are logged, never raised."""
        started = time.perf_counter()
        result.flags = [flag for flag in result.flags if flag.kind not in ("duplicate", "text_in_image")]
        result.findings = []
        if result.ocr:
            try:
                result.findings = ocr_findings(result.ocr, country, self.text_screener)
            except Exception:
                log.exception("text screening of OCR text failed")
            result.flags.extend(finding_flags(result.findings))
            result.ms["findings"] = (time.perf_counter() - started) * 1000
        matches = list(matches) if result.matchable else []
        match_rows = match_rows if result.matchable else None
        if match_rows or matches:
            result.flags.append(
                duplicate_flag(matches, self.settings.duplicate_max_distance, match_rows or None)
            )
        return result

    def screen_bytes(
        self, data: bytes, country: str | None = None, matches: Iterable[HashMatch] = ()
    ) -> ImageScreenResult:
        """Analyse ``data`` and add findings and duplicate matches, without any cache."""
        return self.contextual(self.analyse(data), country, matches)
