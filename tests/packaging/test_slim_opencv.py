"""packaging/slim_opencv.py: OpenCV without its video libraries and OpenBLAS still computes the
same, and a call into a left-out library stops loudly instead of going on with wrong data.

The slimming runs on a copy of the installed wheel (``cv2`` and its vendored libraries), and the
checks run in a subprocess that imports that copy. The frozen bundle is checked end to end by
test_bundle.py (OCR uses perspective transforms, which solve with LAPACK).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load():
    spec = importlib.util.spec_from_file_location("slim_opencv", ROOT / "packaging" / "slim_opencv.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["slim_opencv"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


slim_opencv = _load()

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the slimming is Linux-only"),
    pytest.mark.skipif(
        shutil.which("gcc") is None or shutil.which("readelf") is None,
        reason="gcc and readelf are needed (packaging/linux-build-deps.sh installs them)",
    ),
]

LINEAR_ALGEBRA = r"""
import json, sys
import numpy as np
import cv2
assert cv2.__file__.startswith(sys.argv[1]), cv2.__file__
rng = np.random.default_rng(7)
out = {}
for dtype in (np.float32, np.float64):
    a = rng.normal(size=(6, 6)).astype(dtype) + 6 * np.eye(6, dtype=dtype)
    b = rng.normal(size=(6, 2)).astype(dtype)
    key = np.dtype(dtype).name
    out[f"solve_lu_{key}"] = cv2.solve(a, b, flags=cv2.DECOMP_LU)[1].tolist()
    out[f"solve_svd_{key}"] = cv2.solve(a, b, flags=cv2.DECOMP_SVD)[1].tolist()
    out[f"solve_qr_{key}"] = cv2.solve(a, b, flags=cv2.DECOMP_QR)[1].tolist()
    spd = a @ a.T
    out[f"solve_cholesky_{key}"] = cv2.solve(spd, b, flags=cv2.DECOMP_CHOLESKY)[1].tolist()
    out[f"invert_{key}"] = cv2.invert(a)[1].tolist()
    out[f"svd_{key}"] = cv2.SVDecomp(a)[0].ravel().tolist()
    out[f"gemm_{key}"] = cv2.gemm(a, a, 1.0, None, 0.0).tolist()
src = np.float32([[0, 0], [300, 10], [310, 90], [5, 80]])
dst = np.float32([[0, 0], [320, 0], [320, 96], [0, 96]])
out["perspective"] = cv2.getPerspectiveTransform(src, dst).tolist()
# The image codecs (AVIF's among them, which every encode and decode touches) still work.
image = (rng.random((8, 8, 3)) * 255).astype(np.uint8)
for ext in (".png", ".jpg", ".webp"):
    ok, data = cv2.imencode(ext, image)
    out[f"codec{ext}"] = cv2.imdecode(data, cv2.IMREAD_COLOR).astype(float).tolist() if ok else None
json.dump(out, sys.stdout)
"""

VIDEO = r"""
import sys
import cv2
assert cv2.__file__.startswith(sys.argv[1]), cv2.__file__
capture = cv2.VideoCapture(sys.argv[2], cv2.CAP_FFMPEG)
print("opened" if capture.isOpened() else "not opened")
"""


def _copy_wheel(destination: Path) -> Path:
    import cv2

    package = Path(cv2.__file__).parent
    libs = package.parent / slim_opencv.LIBS_DIR
    if not libs.is_dir():
        pytest.skip("this OpenCV wheel vendors no libraries (not a manylinux wheel)")
    shutil.copytree(package, destination / "cv2")
    shutil.copytree(libs, destination / slim_opencv.LIBS_DIR)
    return destination


def _run(script: str, site: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", script, str(site), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "OPENCV_LOG_LEVEL": "SILENT"},
    )


@pytest.fixture(scope="module")
def wheel_pair(tmp_path_factory) -> tuple[Path, Path, int]:
    """(untouched copy, slimmed copy, bytes saved)."""
    whole = _copy_wheel(tmp_path_factory.mktemp("whole"))
    slim = _copy_wheel(tmp_path_factory.mktemp("slim"))
    saved = slim_opencv.slim(slim)
    return whole, slim, saved


def test_the_video_libraries_are_stubs_and_their_dependencies_are_gone(wheel_pair):
    whole, slim, saved = wheel_pair
    whole_libs = {p.name for p in (whole / slim_opencv.LIBS_DIR).iterdir()}
    slim_libs = {p.name: p for p in (slim / slim_opencv.LIBS_DIR).iterdir()}
    cv2_binary = next((slim / "cv2").glob("cv2*.so"))
    stubbed = [n for n in slim_opencv.needed(cv2_binary) if n.startswith(slim_opencv.STUBBED_PREFIXES)]
    assert stubbed, "the wheel links no video libraries: nothing was tested"
    for name in stubbed:
        assert slim_libs[name].stat().st_size < 100_000  # a stub, not FFmpeg
        assert slim_opencv.soname(slim_libs[name]) == name
        # Every symbol cv2 imports from it is still there, at the same version.
        imported = slim_opencv.imported_names(cv2_binary)
        original = {
            (s.name, s.version)
            for s in slim_opencv.exported(whole / slim_opencv.LIBS_DIR / name)
            if s.name in imported
        }
        assert original <= {(s.name, s.version) for s in slim_opencv.exported(slim_libs[name])}
    # What only the video libraries linked is gone (codecs, OpenSSL), and nothing dangles.
    assert not [n for n in slim_libs if n.startswith(("libvpx", "libssl", "libcrypto", "libswresample"))]
    assert whole_libs - set(slim_libs)
    for path in slim_libs.values():
        for dependency in slim_opencv.needed(path):
            if dependency in whole_libs or dependency in slim_opencv.REFERENCE_BLAS:
                assert dependency in slim_libs, (path.name, dependency)
    assert saved > 30 * 2**20


def test_linear_algebra_matches_the_untouched_wheel(wheel_pair):
    whole, slim, _ = wheel_pair
    cv2_binary = next((slim / "cv2").glob("cv2*.so"))
    blas = next(n for n in slim_opencv.needed(cv2_binary) if n.startswith(slim_opencv.OPENBLAS_PREFIX))
    shim = slim / slim_opencv.LIBS_DIR / blas
    assert shim.stat().st_size < 2**20, "OpenBLAS was kept: the system's LAPACK/BLAS were not found"
    assert "libblas.so.3" in slim_opencv.needed(shim)
    assert slim_opencv.OPENBLAS_PREFIX not in " ".join(p.name for p in shim.parent.iterdir() if p != shim)

    expected = _run(LINEAR_ALGEBRA, whole)
    actual = _run(LINEAR_ALGEBRA, slim)
    assert expected.returncode == 0, expected.stderr
    assert actual.returncode == 0, actual.stderr
    import numpy as np

    reference, result = json.loads(expected.stdout), json.loads(actual.stdout)
    assert reference.keys() == result.keys()
    for key in reference:
        tolerance = 1e-3 if "float32" in key else 1e-9
        np.testing.assert_allclose(result[key], reference[key], rtol=tolerance, atol=tolerance, err_msg=key)


def test_a_call_into_a_left_out_library_stops_with_a_clear_message(wheel_pair, tmp_path):
    whole, slim, _ = wheel_pair
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(64))
    untouched = _run(VIDEO, whole, str(clip))
    assert untouched.returncode == 0, untouched.stderr  # the real FFmpeg refuses the file politely
    stopped = _run(VIDEO, slim, str(clip))
    assert stopped.returncode != 0
    assert "which this bundle leaves out" in stopped.stderr, stopped.stderr[-2000:]
    assert "opened" not in stopped.stdout
