"""`moderator-app screen-images [--country CC] FILE...`: one JSON object per file, in order.

Each row is ``ImageScreenResult.to_json()``. A ``duplicate`` flag names the other files of the
same run whose pHash is within the match distance (``details.matches: [{"path", "distance"}]``);
photos too flat to hash meaningfully take no part (their quality flag says so). Without
``--country``, phone numbers read in a photo are resolved in the policy's markets.
Unreadable files get their row with an ``unreadable`` flag; the run goes on and exits 0.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
from pathlib import Path
from typing import TextIO

from moderator_app.screening.image.result import ImageScreenResult
from moderator_app.screening.image.screener import ImageScreener, unreadable_flag
from moderator_app.screening.image.similarity import hamming

log = logging.getLogger(__name__)


def _analyse_files(screener: ImageScreener, files: list[str]) -> list[ImageScreenResult]:
    by_sha: dict[str, ImageScreenResult] = {}
    results = []
    for path in files:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            result = ImageScreenResult(sha256=None, models=dict(screener.models))  # type: ignore[arg-type]
            result.flags = [unreadable_flag(f"cannot read file ({exc.strerror or exc})")]
        else:
            sha256 = hashlib.sha256(data).hexdigest()
            if sha256 in by_sha:
                result = copy.deepcopy(by_sha[sha256])
            else:
                result = screener.analyse(data, sha256)
                by_sha[sha256] = result
                result = copy.deepcopy(result)
        result.path = path
        results.append(result)
    return results


def _run_matches(results: list[ImageScreenResult], max_distance: int) -> list[list[dict[str, object]]]:
    matches: list[list[dict[str, object]]] = [[] for _ in results]
    for i, first in enumerate(results):
        for j in range(i + 1, len(results)):
            second = results[j]
            if not first.matchable or not second.matchable:
                continue
            distance = hamming(first.phash, second.phash)
            if distance <= max_distance:
                matches[i].append({"path": second.path, "distance": distance})
                matches[j].append({"path": first.path, "distance": distance})
    for rows in matches:
        rows.sort(key=lambda row: (row["distance"], str(row["path"])))
    return matches


def run_screen_images(files: list[str], country: str | None, stdout: TextIO) -> int:
    """Screen ``files`` and print their rows to ``stdout``; always 0 unless the models are missing."""
    screener = ImageScreener()
    results = _analyse_files(screener, list(files))
    matches = _run_matches(results, screener.settings.duplicate_max_distance)
    for result, rows in zip(results, matches, strict=True):
        screener.contextual(result, country, match_rows=rows or None)
        stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
    stdout.flush()
    return 0
