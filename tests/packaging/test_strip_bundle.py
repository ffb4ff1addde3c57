"""packaging/strip_bundle.py strips binaries without breaking the ones patchelf edited."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF stripping is Linux-only"),
    pytest.mark.skipif(
        shutil.which("strip") is None or shutil.which("readelf") is None, reason="binutils missing"
    ),
]


@pytest.fixture(scope="module")
def strip_bundle():
    spec = importlib.util.spec_from_file_location("strip_bundle", ROOT / "packaging" / "strip_bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _numpy_openblas() -> Path:
    import numpy

    libs = sorted((Path(numpy.__file__).parent.parent / "numpy.libs").glob("libscipy_openblas*.so"))
    if not libs:
        pytest.skip("this NumPy wheel vendors no OpenBLAS")
    return libs[0]


def test_a_patchelf_edited_library_stays_loadable(strip_bundle, tmp_path):
    """NumPy's vendored OpenBLAS is what plain `strip` breaks (misaligned segments)."""
    copy = tmp_path / _numpy_openblas().name
    shutil.copy2(_numpy_openblas(), copy)
    assert strip_bundle.segments_loadable(copy)
    strip_bundle.strip_file(copy)
    assert strip_bundle.segments_loadable(copy)


def test_a_plain_extension_module_gets_smaller_and_still_imports(strip_bundle, tmp_path):
    import _ctypes

    original = Path(_ctypes.__file__)
    package = tmp_path / "stripped"
    package.mkdir()
    copy = package / original.name
    shutil.copy2(original, copy)
    saved = strip_bundle.strip_file(copy)
    if saved == 0:
        pytest.skip(f"{original.name} has no symbols to strip in this Python build")
    assert copy.stat().st_size == original.stat().st_size - saved
    assert strip_bundle.segments_loadable(copy)
    probe = "import sys; sys.path.insert(0, sys.argv[1]); import _ctypes; print(_ctypes.__file__)"
    loaded = subprocess.run(
        [sys.executable, "-c", probe, str(package)], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == str(copy)


def test_non_elf_files_are_left_alone(strip_bundle, tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    text = bundle / "_internal" / "notes.txt"
    text.write_text("not a binary")
    assert strip_bundle.strip_bundle(bundle) == (0, 0, [])
    assert text.read_text() == "not a binary"
