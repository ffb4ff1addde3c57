"""Run a manifest-described ONNX detector or classifier on a decoded image and return flags.

Detectors use the YOLOv8 export layout (``[1, 4 + classes, anchors]``, centre-x/y/w/h in input
pixels), which is what NudeNet 320n and most Ultralytics exports produce. Pre- and
post-processing follow NudeNet's reference pipeline (pad right/bottom to a square, resize,
class-agnostic NMS) so the shipped detector gives the same boxes as ``NudeDetector``, but
vectorised with numpy and with a preallocated input buffer per worker thread.
"""

from __future__ import annotations

import threading

import cv2
import numpy as np

from moderator_app.screening.image.decoding import DecodedImage
from moderator_app.screening.image.manifests import ManifestError, ModelManifest
from moderator_app.screening.image.result import ImageFlag
from moderator_app.screening.image.sessions import ThreadCaps, shared_session


def nms(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float) -> np.ndarray:
    """Greedy non-maximum suppression over ``[x0, y0, x1, y1]`` boxes; indices kept, best first."""
    order = np.argsort(-scores, kind="stable")
    areas = np.clip(boxes[:, 2] - boxes[:, 0], 0, None) * np.clip(boxes[:, 3] - boxes[:, 1], 0, None)
    keep: list[int] = []
    while order.size:
        best = order[0]
        keep.append(int(best))
        rest = order[1:]
        ix0 = np.maximum(boxes[best, 0], boxes[rest, 0])
        iy0 = np.maximum(boxes[best, 1], boxes[rest, 1])
        ix1 = np.minimum(boxes[best, 2], boxes[rest, 2])
        iy1 = np.minimum(boxes[best, 3], boxes[rest, 3])
        inter = np.clip(ix1 - ix0, 0, None) * np.clip(iy1 - iy0, 0, None)
        union = areas[best] + areas[rest] - inter
        iou = np.where(union > 0, inter / np.maximum(union, 1e-9), 0.0)
        order = rest[iou <= iou_threshold]
    return np.asarray(keep, dtype=np.int64)


class OnnxImageModel:
    """A detector or classifier from its manifest. The session loads on first use and is shared."""

    def __init__(self, manifest: ModelManifest, caps: ThreadCaps) -> None:
        if manifest.task not in ("detector", "classifier") or manifest.input is None:
            raise ManifestError(f"{manifest.name}: not an image detector or classifier")
        if manifest.task == "detector" and manifest.output_format != "yolov8":
            raise ManifestError(
                f"{manifest.name}: unsupported detector output format {manifest.output_format!r}"
            )
        self.manifest = manifest
        self.caps = caps
        self._local = threading.local()
        self._session = None
        self._input_name = ""
        self._lock = threading.Lock()

    def _get_session(self):
        if self._session is None:
            with self._lock:
                if self._session is None:
                    session = shared_session(self.manifest.model_path(), self.caps)
                    self._input_name = session.get_inputs()[0].name
                    self._session = session
        return self._session

    def _buffer(self, height: int, width: int) -> np.ndarray:
        buffers = getattr(self._local, "buffers", None)
        if buffers is None:
            buffers = self._local.buffers = {}
        buffer = buffers.get((height, width))
        if buffer is None:
            buffer = buffers[(height, width)] = np.zeros((1, 3, height, width), dtype=np.float32)
        return buffer

    def input_size(self, height: int, width: int) -> tuple[int, int]:
        """The (height, width) fed to the model for an image of this size."""
        spec = self.manifest.input
        stride = spec.trim_to_stride
        if spec.resize != "letterbox" or not stride:
            return spec.height, spec.width
        scale = min(spec.width / width, spec.height / height)
        trimmed_h = min(spec.height, -(-round(height * scale) // stride) * stride)
        trimmed_w = min(spec.width, -(-round(width * scale) // stride) * stride)
        return trimmed_h, trimmed_w

    def preprocess(self, rgb: np.ndarray) -> tuple[np.ndarray, float, float]:
        """Fill the thread's preallocated input buffer from ``rgb``; return it and the
        input-to-image ratios along x and y."""
        spec = self.manifest.input
        height, width = rgb.shape[:2]
        in_h, in_w = self.input_size(height, width)
        if spec.resize == "letterbox":
            # Exactly NudeNet's "pad right/bottom to a square, then resize" in one warp: the
            # same sampling grid, without building the padded full-size copy.
            scale = min(spec.width / width, spec.height / height)
            ratio_x = ratio_y = 1.0 / scale
            offset = 0.5 * scale - 0.5
            matrix = np.array([[scale, 0.0, offset], [0.0, scale, offset]], dtype=np.float64)
            border = cv2.BORDER_CONSTANT
            if scale > 1:
                # Upscaling samples past the square's far edge, where resize() clamps; the
                # padded side still blends into black. (Small images only, so the copy is cheap.)
                rgb = cv2.copyMakeBorder(
                    rgb, 0, int(height < width), 0, int(width < height), cv2.BORDER_CONSTANT, value=(0, 0, 0)
                )
                border = cv2.BORDER_REPLICATE
            resized = cv2.warpAffine(rgb, matrix, (in_w, in_h), flags=cv2.INTER_LINEAR, borderMode=border)
        else:
            ratio_x, ratio_y = width / spec.width, height / spec.height
            resized = cv2.resize(rgb, (spec.width, spec.height), interpolation=cv2.INTER_LINEAR)
        buffer = self._buffer(in_h, in_w)
        channels = (2, 1, 0) if spec.channel_order == "BGR" else (0, 1, 2)
        for out_channel, in_channel in enumerate(channels):
            plane = buffer[0, out_channel]
            np.multiply(resized[:, :, in_channel], spec.scale, out=plane, casting="unsafe")
            if spec.mean[out_channel] or spec.std[out_channel] != 1.0:
                plane -= spec.mean[out_channel]
                plane /= spec.std[out_channel]
        return buffer, ratio_x, ratio_y

    def run(self, image: DecodedImage) -> list[ImageFlag]:
        """Flags for every detection or class scoring at or above its threshold."""
        session = self._get_session()
        blob, ratio_x, ratio_y = self.preprocess(image.rgb)
        output = session.run(None, {self._input_name: blob})[0]
        if self.manifest.task == "detector":
            return self._detections(output, image, ratio_x, ratio_y)
        return self._classes(output)

    def _flag(self, label: str, score: float, box: list[int] | None) -> ImageFlag:
        details = dict(self.manifest.label_map.get(label, {}))
        details["model"] = self.manifest.name
        details["model_version"] = self.manifest.version
        return ImageFlag(self.manifest.flag_kind, label, float(score), box, details)

    def _detections(
        self, output: np.ndarray, image: DecodedImage, ratio_x: float, ratio_y: float
    ) -> list[ImageFlag]:
        manifest = self.manifest
        rows = output[0].T  # anchors x (4 + classes)
        class_scores = rows[:, 4:]
        class_ids = class_scores.argmax(axis=1)
        scores = class_scores[np.arange(len(rows)), class_ids]
        floor = max(
            manifest.candidate_threshold,
            min([manifest.default_threshold, *manifest.label_thresholds.values()]),
        )
        keep = scores >= floor
        if not keep.any():
            return []
        rows, class_ids, scores = rows[keep], class_ids[keep], scores[keep]
        # Centre/size in input pixels -> corners in original pixels, clipped to the image.
        to_original_x = ratio_x / image.scale
        to_original_y = ratio_y / image.scale
        cx, cy, w, h = rows[:, 0], rows[:, 1], rows[:, 2], rows[:, 3]
        x0 = np.clip((cx - w / 2) * to_original_x, 0, image.width)
        y0 = np.clip((cy - h / 2) * to_original_y, 0, image.height)
        x1 = np.minimum(x0 + w * to_original_x, image.width)
        y1 = np.minimum(y0 + h * to_original_y, image.height)
        boxes = np.stack([x0, y0, x1, y1], axis=1)
        flags = []
        for index in nms(boxes, scores, manifest.nms_iou):
            label = (
                manifest.labels[int(class_ids[index])]
                if class_ids[index] < len(manifest.labels)
                else str(class_ids[index])
            )
            if scores[index] < manifest.threshold(label):
                continue
            bx0, by0, bx1, by1 = boxes[index]
            box = [int(bx0), int(by0), int(bx0) + int(bx1 - bx0), int(by0) + int(by1 - by0)]
            flags.append(self._flag(label, float(scores[index]), box))
        return flags

    def _classes(self, output: np.ndarray) -> list[ImageFlag]:
        scores = np.asarray(output, dtype=np.float64).reshape(-1)
        if self.manifest.activation == "softmax":
            scores = np.exp(scores - scores.max())
            scores /= scores.sum()
        elif self.manifest.activation == "sigmoid":
            scores = 1.0 / (1.0 + np.exp(-scores))
        flags = []
        for label, score in zip(self.manifest.labels, scores, strict=False):
            if score >= self.manifest.threshold(label):
                flags.append(self._flag(label, float(score), None))
        return flags
