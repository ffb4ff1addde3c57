"""Read text written inside photos with RapidOCR, offline, quietly, and only where it can pay off.

- Offline: every model path (detection, recognition, orientation) is given explicitly from the
  manifests, so RapidOCR never reaches its download code. The recogniser's character set is
  embedded in the ONNX file.
- Quiet: RapidOCR logs each model load and each empty result at INFO/WARNING on its own
  handler; its logger is capped at ERROR.
- Gate: the PP-OCR detection model alone, on a copy whose longest side is 320 px, gives a
  text-probability map for about a sixth of the full OCR cost. Photos without a line-shaped
  region skip recognition altogether, and the others are read only in the band that holds
  text. Edge/stroke-density heuristics were tried first and could not tell text from grass,
  gravel or a cluttered street. A 160 px pre-pass missed 22 px text. The network at 320 px
  does both jobs well.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import cv2
import numpy as np

from moderator_app.screening.image.decoding import DecodedImage
from moderator_app.screening.image.manifests import ModelManifest
from moderator_app.screening.image.result import OcrLine
from moderator_app.screening.image.sessions import ThreadCaps, shared_session

log = logging.getLogger(__name__)

RAPIDOCR_LOGGER = "RapidOCR"


def silence_rapidocr() -> None:
    """Cap RapidOCR's logger at ERROR (it logs every model load and empty page otherwise)."""
    logging.getLogger(RAPIDOCR_LOGGER).setLevel(logging.ERROR)


@dataclass(frozen=True)
class OcrSettings:
    """Tuning of the OCR step.

    The gate runs the detection model on a copy whose longest side is ``gate_side`` and looks
    at the connected regions of its text-probability map (above 0.3): a region counts as text
    when its mean probability reaches ``gate_mean``, it is elongated like a line of text
    (``gate_min_aspect``) and covers at least ``gate_min_pixels``. On the bundled photos the
    false alarms are round blobs (coffee foam, petals, microscopy cells, aspect ~1), while text
    lines, even rotated, have aspects of 3 to 11. ``det_side``: longest side for full detection
    (no upscaling beyond it); ``min_score``: recognised lines below this confidence are dropped;
    ``use_cls``: run the orientation model so upside-down and 90-degree text reads correctly.
    Full OCR reads only the horizontal band of the photo that holds the gate's text regions
    (padded above and below by ``crop_padding`` gate pixels plus half the band's height) unless that band exceeds
    ``crop_max_fraction`` of the photo: detection, the expensive model, then works on a fraction
    of the pixels.
    """

    gate_side: int = 320
    gate_mean: float = 0.45
    gate_min_aspect: float = 2.0
    gate_min_pixels: int = 12
    det_side: int = 640
    min_score: float = 0.5
    use_cls: bool = True
    crop_padding: int = 12
    crop_max_fraction: float = 0.6


@dataclass
class GateResult:
    """``crop``: [x0, y0, x1, y1] of the working image around every text-like region (padded),
    or None when that would not save much; full OCR then reads only this part."""

    likely_text: bool
    peak: float
    regions: int
    crop: tuple[int, int, int, int] | None = None


def _union_box(quad: np.ndarray, scale: float, width: int, height: int) -> list[int]:
    xs, ys = quad[:, 0] / scale, quad[:, 1] / scale
    return [
        int(max(0, np.floor(xs.min()))),
        int(max(0, np.floor(ys.min()))),
        int(min(width, np.ceil(xs.max()))),
        int(min(height, np.ceil(ys.max()))),
    ]


def reading_order(lines: list[OcrLine]) -> list[OcrLine]:
    """Sort lines top to bottom, then left to right among lines sharing a row.

    Two lines share a row when their vertical centres are closer than half the smaller height.
    """
    remaining = sorted(lines, key=lambda line: (line.box[1] + line.box[3]) / 2)
    ordered: list[OcrLine] = []
    while remaining:
        first = remaining.pop(0)
        centre = (first.box[1] + first.box[3]) / 2
        row = [first]
        rest = []
        for line in remaining:
            height = min(first.box[3] - first.box[1], line.box[3] - line.box[1])
            if abs((line.box[1] + line.box[3]) / 2 - centre) < max(1.0, height / 2):
                row.append(line)
            else:
                rest.append(line)
        ordered.extend(sorted(row, key=lambda line: line.box[0]))
        remaining = rest
    return ordered


class OcrReader:
    """Text in a photo: a cheap gate, then RapidOCR with explicit, shipped model files."""

    def __init__(
        self,
        det: ModelManifest,
        rec: ModelManifest,
        caps: ThreadCaps,
        settings: OcrSettings | None = None,
        cls: ModelManifest | None = None,
    ) -> None:
        self.det = det
        self.rec = rec
        self.cls = cls
        self.caps = caps
        self.settings = settings or OcrSettings()
        self._engine = None
        self._engine_lock = threading.Lock()
        # RapidOCR keeps per-call state on the engine; one call at a time is the safe contract.
        self._run_lock = threading.Lock()

    @property
    def model_versions(self) -> dict[str, str]:
        versions = {self.det.name: self.det.version, self.rec.name: self.rec.version}
        if self.cls is not None and self.settings.use_cls:
            versions[self.cls.name] = self.cls.version
        return versions

    def gate(self, image: DecodedImage) -> GateResult:
        """Whether the photo probably holds text, from the detection model on a small copy."""
        session = shared_session(self.det.model_path(), self.caps)
        rgb = image.rgb
        height, width = rgb.shape[:2]
        ratio = self.settings.gate_side / max(height, width)
        new_w = max(32, round(width * ratio / 32) * 32)
        new_h = max(32, round(height * ratio / 32) * 32)
        small = cv2.resize(rgb, (new_w, new_h), interpolation=cv2.INTER_AREA)
        # PP-OCR detection: BGR, (x / 255 - 0.5) / 0.5, NCHW.
        blob = np.empty((1, 3, new_h, new_w), dtype=np.float32)
        for out_channel, in_channel in enumerate((2, 1, 0)):
            np.multiply(small[:, :, in_channel], 2.0 / 255.0, out=blob[0, out_channel], casting="unsafe")
        blob -= 1.0
        probability = session.run(None, {session.get_inputs()[0].name: blob})[0][0, 0]
        regions, (_, y0, _, y1) = self._text_regions(probability)
        crop = None
        if regions:
            # Map the band back to working-image pixels, padded generously above and below:
            # a slanted line's unconfident end can lie well outside the confident part.
            pad = self.settings.crop_padding + (y1 - y0) / 2
            sy = height / new_h
            box = (0, max(0, int((y0 - pad) * sy)), width, min(height, int(np.ceil((y1 + pad) * sy))))
            if (box[3] - box[1]) <= self.settings.crop_max_fraction * height:
                crop = box
        return GateResult(regions > 0, float(probability.max()), regions, crop)

    def _text_regions(self, probability: np.ndarray) -> tuple[int, tuple[int, int, int, int]]:
        """How many regions of the probability map look like lines of text, and the band
        [0, y0, width, y1] that holds them and any weaker region they overlap vertically.

        The band spans the full width: a line is often only partly confident (the part over a
        busy background), and cutting it sideways would lose the start of a phone number."""
        settings = self.settings
        mask = (probability > 0.3).astype(np.uint8)
        count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=4)
        found = 0
        top, bottom = probability.shape[0], 0
        for index in range(1, count):
            if stats[index, cv2.CC_STAT_AREA] < settings.gate_min_pixels:
                continue
            x, y, w, h = stats[index, :4]
            region = labels[y : y + h, x : x + w] == index
            if float(probability[y : y + h, x : x + w][region].mean()) < settings.gate_mean:
                continue
            points = np.column_stack(np.nonzero(region)[::-1]).astype(np.float32)
            _, (side_a, side_b), _ = cv2.minAreaRect(points)
            if max(side_a, side_b) >= settings.gate_min_aspect * max(1.0, min(side_a, side_b)):
                found += 1
                top, bottom = min(top, y), max(bottom, y + h)
        if found:
            for index in range(1, count):
                y, h = stats[index, cv2.CC_STAT_TOP], stats[index, cv2.CC_STAT_HEIGHT]
                if y < bottom and top < y + h:
                    top, bottom = min(top, y), max(bottom, y + h)
        return found, (0, top, probability.shape[1], bottom)

    def _get_engine(self):
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    silence_rapidocr()
                    from rapidocr import RapidOCR

                    engine = RapidOCR(params=self._engine_params())
                    self._share_sessions(engine)
                    silence_rapidocr()
                    self._engine = engine
        return self._engine

    def _share_sessions(self, engine) -> None:
        """Hand RapidOCR our own sessions (thread caps, no spinning; the detection session is
        the gate's, so the model sits in memory once). RapidOCR accepts a ready session in
        each section's config (``session``); OmegaConf needs its ``allow_objects`` flag for
        that, which is not public API, so on any error RapidOCR keeps its own sessions, still
        capped by the thread settings in ``_engine_params``."""
        sections = [("Det", self.det), ("Rec", self.rec)]
        if self.cls is not None and self.settings.use_cls:
            sections.append(("Cls", self.cls))
        try:
            for section, manifest in sections:
                config = engine.cfg[section]
                config._set_flag("allow_objects", True)
                config.session = shared_session(manifest.model_path(), self.caps)
        except Exception as exc:  # third-party internals: fall back, never fail OCR for this
            log.info("RapidOCR keeps its own sessions (%s)", type(exc).__name__)

    def _engine_params(self) -> dict[str, object]:
        params: dict[str, object] = {
            "Global.log_level": "error",
            "Global.use_cls": self.settings.use_cls and self.cls is not None,
            "Global.text_score": self.settings.min_score,
            "Det.model_path": str(self.det.model_path()),
            "Rec.model_path": str(self.rec.model_path()),
            "Det.limit_type": "max",
            "Det.limit_side_len": self.settings.det_side,
            "EngineConfig.onnxruntime.intra_op_num_threads": max(1, self.caps.intra_op),
            "EngineConfig.onnxruntime.inter_op_num_threads": max(1, self.caps.inter_op),
        }
        if self.cls is not None:
            # An explicit path even when orientation is off keeps any later load offline.
            params["Cls.model_path"] = str(self.cls.model_path())
        return params

    def read(self, image: DecodedImage, crop: tuple[int, int, int, int] | None = None) -> list[OcrLine]:
        """Every line read with enough confidence, boxes in original pixels, in reading order.

        ``crop`` ([x0, y0, x1, y1] in working-image pixels, usually ``GateResult.crop``)
        limits reading to that part of the photo."""
        engine = self._get_engine()
        x_offset, y_offset = 0, 0
        rgb = image.rgb
        if crop is not None:
            x_offset, y_offset = crop[0], crop[1]
            rgb = rgb[crop[1] : crop[3], crop[0] : crop[2]]
        # RapidOCR wants BGR, like OpenCV.
        bgr = np.ascontiguousarray(rgb[:, :, ::-1])
        with self._run_lock:
            output = engine(bgr)
        boxes = getattr(output, "boxes", None)
        texts = getattr(output, "txts", None)
        scores = getattr(output, "scores", None)
        if boxes is None or texts is None:
            return []
        lines = []
        for quad, text, score in zip(boxes, texts, scores or [1.0] * len(texts), strict=False):
            text = str(text).strip()
            if not text or float(score) < self.settings.min_score:
                continue
            quad = np.asarray(quad, dtype=np.float64) + (x_offset, y_offset)
            box = _union_box(quad, image.scale, image.width, image.height)
            lines.append(OcrLine(text=text, box=box, score=float(score)))
        return reading_order(lines)


_readers: dict[tuple, OcrReader] = {}
_readers_lock = threading.Lock()


def shared_ocr_reader(
    det: ModelManifest,
    rec: ModelManifest,
    caps: ThreadCaps,
    settings: OcrSettings | None = None,
    cls: ModelManifest | None = None,
) -> OcrReader:
    """The process-wide reader for these models and settings (RapidOCR loads once per process)."""
    settings = settings or OcrSettings()
    key = (det.key, str(det.manifest_path), rec.key, str(rec.manifest_path), caps, settings)
    with _readers_lock:
        reader = _readers.get(key)
        if reader is None:
            reader = OcrReader(det, rec, caps, settings, cls)
            _readers[key] = reader
        return reader
