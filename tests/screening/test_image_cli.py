"""`moderator-app screen-images [--country CC] FILE...` through a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from tests.screening.conftest_image import encode, real_photo, text_image
from tests.screening.test_image_registry import tiny_classifier

KEYS = ["path", "sha256", "width", "height", "flags", "ocr", "findings", "phash", "models", "ms"]
FLAG_KEYS = ["kind", "label", "score", "box", "details"]
KINDS = {"nudity", "text_in_image", "duplicate", "quality", "unreadable"}


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "moderator_app", "screen-images", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
        cwd=Path(__file__).parents[2],
    )


def test_one_row_per_file_in_order_with_duplicates_and_unreadable(tmp_path: Path) -> None:
    astronaut = Image.fromarray(real_photo("astronaut"))
    files = {
        "photo.png": encode(astronaut, "PNG"),
        "text.jpg": encode(
            text_image(["Appelle au 06 12 34 56 78", "insta @vente_rapide"], size=36), "JPEG", quality=90
        ),
        "copy-small.jpg": encode(astronaut.resize((256, 256)), "JPEG", quality=45),
        "broken.jpg": b"\xff\xd8\xff\xe0 not really a jpeg",
        "coffee.jpg": encode(real_photo("coffee"), "JPEG", quality=85),
        "copy-cropped.jpg": encode(astronaut.crop((12, 12, 500, 500)), "JPEG", quality=80),
    }
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))
    paths.append(str(tmp_path / "missing.png"))

    completed = _run(["--country", "FR", *paths])
    assert completed.returncode == 0, completed.stderr
    rows = [json.loads(line) for line in completed.stdout.splitlines()]
    assert [row["path"] for row in rows] == paths
    for row in rows:
        assert list(row) == KEYS
        for flag in row["flags"]:
            assert list(flag) == FLAG_KEYS and flag["kind"] in KINDS
            assert flag["box"] is None or (len(flag["box"]) == 4 and flag["box"][0] <= flag["box"][2])
        assert all(isinstance(v, (int, float)) for v in row["ms"].values())
    photo, text, small, broken, coffee, cropped, missing = rows

    face = next(f for f in photo["flags"] if f["kind"] == "nudity")
    assert face["label"] == "FACE_FEMALE" and face["details"]["sexual"] is False
    assert photo["models"]["nudenet-320n"] == "3.4.2"
    assert photo["width"] == 512 and len(photo["phash"]) == 16 and len(photo["sha256"]) == 64

    duplicate = next(f for f in photo["flags"] if f["kind"] == "duplicate")
    assert sorted(m["path"] for m in duplicate["details"]["matches"]) == sorted([paths[2], paths[5]])
    assert all(m["distance"] <= 12 for m in duplicate["details"]["matches"])
    assert any(f["kind"] == "duplicate" for f in small["flags"])
    assert any(f["kind"] == "duplicate" for f in cropped["flags"])
    assert not any(f["kind"] == "duplicate" for f in coffee["flags"])

    phones = [f for f in text["findings"] if f["kind"] == "phone"]
    assert phones and phones[0]["field"] == "ocr" and phones[0]["normalized"] == "+33612345678"
    joined = "\n".join(line["text"] for line in text["ocr"])
    assert joined[phones[0]["start"] : phones[0]["end"]] == phones[0]["text"]
    assert any(f["kind"] == "text_in_image" for f in text["flags"])
    assert all(list(line) == ["text", "box"] for line in text["ocr"])

    for row in (broken, missing):
        [flag] = row["flags"]
        assert flag["kind"] == "unreadable" and flag["label"].startswith("image could not be analysed: ")
    assert "RapidOCR" not in completed.stderr


def test_a_deployment_model_shows_up_in_the_cli(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    tiny_classifier(models / "colour.onnx")
    manifest = {
        "name": "colour",
        "version": "2",
        "task": "classifier",
        "license": "MIT",
        "file": {"path": "colour.onnx"},
        "input": {"size": [32, 32], "resize": "stretch"},
        "output": {"format": "scores", "activation": "softmax"},
        "labels": ["red", "green", "blue"],
        "flag_kind": "quality",
        "thresholds": {"default": 0.6},
    }
    (models / "colour.json").write_text(json.dumps(manifest))
    image = Image.new("RGB", (300, 300), (20, 30, 240))
    image.paste((250, 250, 250), (0, 0, 150, 150))
    (tmp_path / "blue.png").write_bytes(encode(image, "PNG"))
    completed = _run([str(tmp_path / "blue.png")], env={"MODERATOR_MODELS_DIR": str(models)})
    assert completed.returncode == 0, completed.stderr
    row = json.loads(completed.stdout)
    assert row["models"]["colour"] == "2"
    assert [f["label"] for f in row["flags"] if f["details"].get("model") == "colour"] == ["blue"]
