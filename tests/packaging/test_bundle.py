"""The frozen app, as the desks get it: built with packaging/build and run outside the checkout.

The bundle is built once per change: packaging/dist/build-stamp.txt holds the fingerprint of
the sources and environment it came from (packaging/fingerprint.py), and a matching stamp is
reused. Every run of the frozen program gets a temporary HOME and working directory and an
environment without PYTHONPATH or the venv, so only what is inside the bundle can be found.
"""

from __future__ import annotations

import importlib.util
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "packaging" / "dist"
BUNDLE = DIST / "moderator-app"
EXECUTABLE = BUNDLE / ("moderator-app.exe" if sys.platform == "win32" else "moderator-app")
STAMP = DIST / "build-stamp.txt"
BUILD_TIMEOUT_S = 1500
# The requirement: the queue picker within 10 s of launch. A loaded shared runner may
# override it (MODERATOR_BUNDLE_READY_S) rather than fail on machine noise.
READY_TIMEOUT_S = float(os.environ.get("MODERATOR_BUNDLE_READY_S", "10"))
# Local iteration while other files change: test whatever bundle is there (never set in CI).
REUSE_ENV = "MODERATOR_BUNDLE_REUSE"
SMOKE_ENV = "MODERATOR_APP_SMOKE_TEST"
READY_LINE = "ready: queue-picker"

pytestmark = [pytest.mark.slow, pytest.mark.timeout(BUILD_TIMEOUT_S + 300)]


def _fingerprint() -> str:
    spec = importlib.util.spec_from_file_location("fingerprint", ROOT / "packaging" / "fingerprint.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.fingerprint()


@pytest.fixture(scope="session")
def frozen_app() -> Path:
    """The bundle's executable, built now unless a build of the same sources is already there."""
    current = _fingerprint()
    if EXECUTABLE.is_file() and STAMP.is_file() and STAMP.read_text().strip() == current:
        print(f"\nreusing the bundle built from {current[:12]}")
        return EXECUTABLE
    if EXECUTABLE.is_file() and os.environ.get(REUSE_ENV) == "1":
        print(f"\n{REUSE_ENV}=1: testing the existing bundle, built from other sources")
        return EXECUTABLE
    started = time.perf_counter()
    build = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build"), "--no-tarball"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    if build.returncode != 0:
        pytest.fail(
            f"packaging/build failed ({build.returncode}):\n{build.stdout[-3000:]}\n{build.stderr[-5000:]}"
        )
    print(f"\nbundle built in {time.perf_counter() - started:.0f} s: {build.stdout.strip().splitlines()[-1]}")
    assert EXECUTABLE.is_file()
    return EXECUTABLE


@pytest.fixture
def outside(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A working directory and an environment that cannot see the checkout or the venv."""
    cwd = tmp_path / "cwd"
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for directory in (cwd, home, runtime):
        directory.mkdir()
    runtime.chmod(0o700)
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "MODERATOR_APP_HOME": str(home / "moderator-app"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TMPDIR": str(tmp_path),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
    }
    for windows_essential in ("SYSTEMROOT", "WINDIR"):
        if windows_essential in os.environ:
            env[windows_essential] = os.environ[windows_essential]
    return cwd, env


def run_frozen(
    executable: Path, outside, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess:
    cwd, env = outside
    started = time.perf_counter()
    result = subprocess.run(
        [str(executable), *args], cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=300
    )
    print(
        f"\n$ moderator-app {' '.join(args)}: exit {result.returncode} after {time.perf_counter() - started:.2f} s"
    )
    assert result.returncode == 0, result.stderr[-5000:]
    # Nothing may come from the source tree (a path to the checkout would mean a leak).
    assert str(ROOT) not in result.stdout + result.stderr
    return result


def test_version_names_the_app_its_models_and_qt(frozen_app, outside):
    import moderator_app

    lines = run_frozen(frozen_app, outside, "--version").stdout.splitlines()
    assert lines[0] == f"moderator-app {moderator_app.__version__}"
    for manifest in sorted((ROOT / "models").glob("*.json")):
        spec = json.loads(manifest.read_text(encoding="utf-8"))
        assert any(spec["name"] in line and spec["version"] in line for line in lines), (spec["name"], lines)
    assert any(line.startswith("Qt 6.") for line in lines), lines


def test_screen_finds_contact_details_in_a_listing(frozen_app, outside):
    listings = [
        {
            "id": "l1",
            "title": "Vélo de course",
            "country": "FR",
            "description": "Très bon état. Appelez-moi au 06 12 34 56 78 ou bob@example.com",
        },
        {"id": "l2", "title": "Chaise", "description": "Chaise en bois, bon état."},
        # Reading these needs the confusables table and the word lists shipped in the bundle.
        {"id": "l3", "title": "ᏙᎥᎪᏀᎡᎪ", "description": "vi agra pas cher", "country": "FR"},
    ]
    stdin = "".join(json.dumps(listing, ensure_ascii=False) + "\n" for listing in listings)
    rows = [
        json.loads(line)
        for line in run_frozen(frozen_app, outside, "screen", stdin=stdin).stdout.splitlines()
    ]
    assert [row["id"] for row in rows] == ["l1", "l2", "l3"]
    kinds = {finding["kind"] for finding in rows[0]["findings"]}
    assert {"phone", "email"} <= kinds
    assert rows[1]["findings"] == []
    assert [(f["field"], f["normalized"]) for f in rows[2]["findings"]] == [
        ("title", "viagra"),
        ("description", "viagra"),
    ]


def _photo_with_a_phone_number(path: Path) -> None:
    """A noisy gradient 'photo' with a phone number on a card, as sellers paste into pictures."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    rng = np.random.default_rng(7)
    y = np.linspace(0, 1, 480)[:, None]
    x = np.linspace(0, 1, 640)[None, :]
    base = np.stack([120 + 80 * y + 0 * x, 150 + 60 * x + 0 * y, 90 + 40 * x * y], axis=-1)
    pixels = np.clip(base + rng.normal(0, 12, base.shape), 0, 255).astype(np.uint8)
    image = Image.fromarray(pixels)
    draw = ImageDraw.Draw(image)
    draw.rectangle([60, 170, 580, 300], fill=(250, 250, 245))
    draw.text((80, 200), "06 12 34 56 78", fill=(10, 10, 10), font=ImageFont.load_default(size=56))
    image.save(path, quality=90)


def test_screen_images_runs_the_models_inside_the_bundle(frozen_app, outside, tmp_path):
    photo = outside[0] / "photo.jpg"
    _photo_with_a_phone_number(photo)
    result = run_frozen(frozen_app, outside, "screen-images", "--country", "FR", photo.name)
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["path"] == photo.name and (row["width"], row["height"]) == (640, 480)
    assert not [flag for flag in row["flags"] if flag["kind"] in ("unreadable", "error")], row["flags"]
    # The detector and both OCR networks ran, from the bundle's copies.
    assert {"nudenet-320n", "rapidocr-det", "rapidocr-rec"} <= set(row["models"])
    assert any("12 34 56" in line["text"] for line in row["ocr"]), row["ocr"]
    assert any(finding["kind"] == "phone" for finding in row["findings"]), row["findings"]
    assert row["phash"]


def _lines_of(stream) -> queue.Queue:
    lines: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _log_tail(env: dict[str, str]) -> str:
    log = Path(env["MODERATOR_APP_HOME"]) / "log" / "moderator-app.log"
    return log.read_text(encoding="utf-8")[-3000:] if log.exists() else "(no log file)"


def test_gui_demo_shows_the_queue_picker_then_exits_cleanly(frozen_app, outside):
    cwd, env = outside
    env = {**env, SMOKE_ENV: "1"}
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(frozen_app), "--demo"],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stdout = _lines_of(process.stdout)
    seen = []
    try:
        deadline = started + READY_TIMEOUT_S
        while True:
            try:
                line = stdout.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                pytest.fail(
                    f"no '{READY_LINE}' within {READY_TIMEOUT_S:.0f} s; stdout {seen}; log:\n{_log_tail(env)}"
                )
            if line is None:
                pytest.fail(f"the app exited before the queue picker; stdout {seen}; log:\n{_log_tail(env)}")
            seen.append(line.rstrip())
            if line.startswith(READY_LINE):
                break
        ready_s = time.perf_counter() - started
        returncode = process.wait(timeout=30)
        stderr = process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()
    print(f"\nfrozen cold start to the queue picker (demo, first run): {ready_s:.2f} s")
    assert returncode == 0, stderr[-5000:]
    assert "Traceback" not in stderr, stderr[-5000:]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is the clean stop signal on POSIX only")
def test_gui_demo_opens_its_window_then_exits_cleanly_on_sigterm(frozen_app, outside):
    """The frozen GUI starts the demo and opens its window (seen in its log), then SIGTERM (how a
    session logout stops it) ends it with status 0."""
    cwd, env = outside
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(frozen_app), "--demo"],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = Path(env["MODERATOR_APP_HOME"]) / "log" / "moderator-app.log"
    try:
        while "window open after" not in (log.read_text(encoding="utf-8") if log.exists() else ""):
            if process.poll() is not None:
                pytest.fail(f"the app exited ({process.returncode}):\n{process.stderr.read()[-5000:]}")
            if time.perf_counter() - started > 10 * READY_TIMEOUT_S:
                pytest.fail(f"the window did not open; log:\n{_log_tail(env)}")
            time.sleep(0.1)
        print(
            f"\nfrozen cold start to the main window (demo, first run): {time.perf_counter() - started:.2f} s"
        )
        assert process.poll() is None, "the app quit right after opening its window"
        process.terminate()
        returncode = process.wait(timeout=30)
        stderr = process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()
    assert returncode == 0, stderr[-5000:]
    assert "Traceback" not in stderr, stderr[-5000:]
