"""Text findings in text read from a photo, each with the box it was read in.

The OCR lines are joined with ``"\\n"`` in reading order and screened as the field ``"ocr"`` by
the text-screening engine, so ``start``/``end`` index the joined text exactly as for listing
fields. Each finding gains a ``box``: the union of the boxes of the lines its span touches.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from moderator_app.screening.image.result import ImageFlag, OcrLine

log = logging.getLogger(__name__)

OCR_FIELD = "ocr"

_screener = None
_screener_lock = threading.Lock()


def _default_screener():
    global _screener
    if _screener is None:
        with _screener_lock:
            if _screener is None:
                from moderator_app.screening.text import TextScreener, default_policy

                _screener = TextScreener(default_policy())
    return _screener


def line_offsets(lines: list[OcrLine]) -> list[tuple[int, int]]:
    """``(start, end)`` of each line in the ``"\\n"``-joined text."""
    offsets, position = [], 0
    for line in lines:
        offsets.append((position, position + len(line.text)))
        position += len(line.text) + 1
    return offsets


def span_box(lines: list[OcrLine], start: int, end: int) -> list[int] | None:
    """The union box of the lines that ``[start, end)`` of the joined text falls in."""
    boxes = [
        line.box
        for line, (line_start, line_end) in zip(lines, line_offsets(lines), strict=True)
        if line_start < max(end, start + 1) and start < line_end + 1
    ]
    if not boxes:
        return None
    return [
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    ]


def ocr_findings(lines: list[OcrLine], country: str | None, screener: Any = None) -> list[dict[str, Any]]:
    """Text-screening findings (JSON form, field ``"ocr"``) on the joined lines, each with ``box``."""
    if not lines:
        return []
    text = "\n".join(line.text for line in lines)
    engine = screener or _default_screener()
    findings = engine.screen({OCR_FIELD: text}, country)
    rows = []
    for finding in findings:
        row = dict(finding.to_json())
        row["box"] = span_box(lines, int(row["start"]), int(row["end"]))
        rows.append(row)
    return rows


def finding_flags(findings: list[dict[str, Any]]) -> list[ImageFlag]:
    """One ``text_in_image`` flag per finding, so photo-borne contact details show as flags too."""
    flags = []
    for row in findings:
        details = {
            key: row.get(key) for key in ("kind", "normalized", "category", "explanation", "start", "end")
        }
        details["text"] = row.get("text")
        flags.append(ImageFlag("text_in_image", str(row.get("kind")), 1.0, row.get("box"), details))
    return flags
