"""The model registry: shipped manifests, deployment directories, and new models without code."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper

from moderator_app.screening.image.manifests import (
    EXTRA_DIRS_ENV,
    ManifestError,
    load_manifests,
    parse_manifest,
)
from moderator_app.screening.image.screener import ImageScreener, ScreenerSettings
from moderator_app.screening.image.sessions import ThreadCaps, session_options
from tests.screening.conftest_image import encode


def _save(model: onnx.ModelProto, path: Path) -> None:
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


def tiny_classifier(path: Path) -> None:
    """[1,3,32,32] -> per-channel mean -> [1,3] scores: 'which colour dominates'."""
    graph = helper.make_graph(
        [
            helper.make_node("ReduceMean", ["images"], ["mean"], axes=[2, 3], keepdims=0),
            helper.make_node("Mul", ["mean", "gain"], ["logits"]),
        ],
        "colour_classifier",
        [helper.make_tensor_value_info("images", TensorProto.FLOAT, [1, 3, 32, 32])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, 3])],
        [helper.make_tensor("gain", TensorProto.FLOAT, [1], [8.0])],
    )
    _save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)


def tiny_detector(path: Path) -> None:
    """[1,3,32,32] -> YOLOv8 layout [1, 4+3, 1]: one fixed box (centre 16,16, size 16x16 in input
    pixels) scored by the mean of each colour channel."""
    graph = helper.make_graph(
        [
            helper.make_node("ReduceMean", ["images"], ["mean"], axes=[2, 3], keepdims=0),
            helper.make_node("Unsqueeze", ["mean", "last"], ["scores"]),
            helper.make_node("Concat", ["box", "scores"], ["output0"], axis=1),
        ],
        "colour_detector",
        [helper.make_tensor_value_info("images", TensorProto.FLOAT, [1, 3, 32, 32])],
        [helper.make_tensor_value_info("output0", TensorProto.FLOAT, [1, 7, 1])],
        [
            helper.make_tensor("box", TensorProto.FLOAT, [1, 4, 1], [16.0, 16.0, 16.0, 16.0]),
            helper.make_tensor("last", TensorProto.INT64, [1], [2]),
        ],
    )
    _save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)


def _manifest(directory: Path, name: str, task: str, onnx_file: str, **extra: object) -> Path:
    data = {
        "name": name,
        "version": "0.1",
        "task": task,
        "source": "built in the test with onnx.helper",
        "license": "MIT",
        "file": {"path": onnx_file},
        "input": {
            "size": [32, 32],
            "channel_order": "RGB",
            "resize": "stretch" if task == "classifier" else "letterbox",
        },
        "labels": ["red", "green", "blue"],
        "flag_kind": "weapon",
        "label_map": {"red": {"sexual": False, "category": "unsafe_and_prohibited_products"}},
        **extra,
    }
    path = directory / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def deployment_dir(tmp_path: Path) -> Path:
    tiny_classifier(tmp_path / "colour-classifier.onnx")
    tiny_detector(tmp_path / "colour-detector.onnx")
    _manifest(
        tmp_path,
        "colour-classifier",
        "classifier",
        "colour-classifier.onnx",
        output={"format": "scores", "activation": "softmax"},
        thresholds={"default": 0.6},
    )
    _manifest(tmp_path, "colour-detector", "detector", "colour-detector.onnx", thresholds={"default": 0.5})
    return tmp_path


def _red_photo() -> bytes:
    image = np.zeros((64, 64, 3), dtype=np.uint8)
    image[:, :, 0] = 230
    return encode(image, "PNG")


def test_shipped_manifests_resolve_their_files() -> None:
    manifests = {m.name: m for m in load_manifests()}
    assert {"nudenet-320n", "rapidocr-det", "rapidocr-rec", "rapidocr-cls"} <= set(manifests)
    for manifest in manifests.values():
        assert manifest.model_path().is_file()
        assert manifest.license
    assert manifests["nudenet-320n"].task == "detector"
    assert manifests["nudenet-320n"].file == {"package": "nudenet", "resource": "320n.onnx"}


def test_a_deployment_adds_a_classifier_and_a_detector_without_code(deployment_dir: Path) -> None:
    screener = ImageScreener(ScreenerSettings(ocr=False, extra_model_dirs=(deployment_dir,)))
    result = screener.analyse(_red_photo())
    ours = [f for f in result.flags if f.kind == "weapon"]
    by_model = {f.details["model"]: f for f in ours}
    assert set(by_model) == {"colour-classifier", "colour-detector"}
    classified = by_model["colour-classifier"]
    assert classified.label == "red" and classified.box is None and classified.score > 0.9
    assert classified.details["category"] == "unsafe_and_prohibited_products"
    detected = by_model["colour-detector"]
    # The box (8..24 of a 32 px input) comes back in the 64 px photo's pixels.
    assert detected.label == "red" and detected.box == [16, 16, 48, 48]
    assert result.models["colour-classifier"] == "0.1"
    assert {f.label for f in result.flags if f.kind == "nudity"} == set()  # shipped models still run


def test_deployment_dir_from_the_environment(deployment_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv(EXTRA_DIRS_ENV, str(deployment_dir))
    assert {"colour-classifier", "colour-detector", "nudenet-320n"} <= {m.name for m in load_manifests()}


def test_a_deployment_can_override_a_shipped_threshold(tmp_path: Path) -> None:
    shipped = json.loads((Path(__file__).parents[2] / "models" / "nudenet-320n.json").read_text())
    shipped["thresholds"]["default"] = 0.6
    (tmp_path / "nudenet-320n.json").write_text(json.dumps(shipped))
    manifest = next(m for m in load_manifests([tmp_path]) if m.name == "nudenet-320n")
    assert manifest.default_threshold == 0.6


def test_a_broken_manifest_is_skipped_and_logged(tmp_path: Path, caplog) -> None:
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "incomplete.json").write_text(json.dumps({"name": "x", "task": "detector"}))
    with caplog.at_level(logging.ERROR):
        names = {m.name for m in load_manifests([tmp_path])}
    assert "nudenet-320n" in names and "x" not in names
    assert "broken.json" in caplog.text and "incomplete.json" in caplog.text


def test_manifest_errors_name_the_field(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(
        json.dumps({"name": "m", "version": "1", "task": "segmenter", "file": {}, "license": "MIT"})
    )
    with pytest.raises(ManifestError, match="task must be one of"):
        parse_manifest(path)
    path.write_text(
        json.dumps(
            {
                "name": "m",
                "version": "1",
                "task": "classifier",
                "file": {"path": "missing.onnx"},
                "license": "MIT",
                "input": {},
                "labels": ["a"],
            }
        )
    )
    with pytest.raises(ManifestError, match="not found"):
        parse_manifest(path).model_path()


def test_sessions_are_capped_and_cpu_only() -> None:
    options = session_options(ThreadCaps(intra_op=1, inter_op=1))
    assert options.intra_op_num_threads == 1 and options.inter_op_num_threads == 1
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"
    screener = ImageScreener(ScreenerSettings(ocr=False, threads=ThreadCaps(intra_op=1)))
    screener.analyse(_red_photo())
    session = screener.image_models[0]._get_session()
    assert session.get_providers() == ["CPUExecutionProvider"]


def test_version_lines_list_the_models_and_their_licences() -> None:
    from moderator_app.version_info import version_lines

    lines = version_lines()
    assert "model nudenet-320n 3.4.2 (AGPL-3.0)" in lines
