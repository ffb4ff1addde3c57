"""Image pre-screening speed: per-step latency, the whole pipeline, and NudeDetector for the ratio.

Run with ``.venv/bin/pytest tests/benchmarks/test_bench_image_screening.py -m benchmark -s``.
Prints figures; asserts only behaviour. Goals: detector <= 20 ms/image with 2 threads
and <= 0.6x ``NudeDetector().detect()``; pipeline without OCR <= 30 ms/image; OCR <= 400 ms on
an 800x600 photo with text, and skipped on most photos without text.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

import numpy as np
import pytest
from PIL import Image, ImageFilter

from moderator_app.screening.image import ImagePrescreener, ScreenerSettings, ThreadCaps
from moderator_app.screening.image.decoding import decode_image
from moderator_app.screening.image.manifests import load_manifests
from moderator_app.screening.image.onnx_models import OnnxImageModel
from moderator_app.screening.image.quality import QualitySettings, quality_flags
from moderator_app.screening.image.screener import ImageScreener
from moderator_app.screening.image.similarity import phash_hex
from tests.screening.conftest_image import encode, real_photo, real_photo_names, text_image

pytestmark = pytest.mark.benchmark


def _stats(samples: list[tuple[float, float]] | list[float]) -> str:
    """Wall-clock median and p95, plus the median CPU time of the whole process when known.

    The machine is shared: wall times carry other processes' load; CPU time (all threads of
    this process) is the steadier measure of the work itself."""
    walls = sorted(s[0] if isinstance(s, tuple) else s for s in samples)
    p95 = walls[min(len(walls) - 1, round(0.95 * (len(walls) - 1)))]
    text = f"median {statistics.median(walls):7.1f} ms  p95 {p95:7.1f} ms"
    cpus = [s[1] for s in samples if isinstance(s, tuple)]
    if cpus:
        text += f"  cpu median {statistics.median(cpus):7.1f} ms"
    return text + f"  (n={len(walls)})"


def _time(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall ms, process CPU ms) of one call."""
    cpu_started, started = time.process_time(), time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu_started) * 1000


def mixed_images(count: int = 100) -> tuple[list[bytes], list[bool]]:
    """``count`` listing-like images and whether each has text written in it (about 1 in 7).

    Real photos at several sizes and JPEG qualities, crops, blurred and tiny copies, text on
    plain and photo backgrounds, and a few unreadable files.
    """
    rng = np.random.default_rng(7)
    photos = [Image.fromarray(real_photo(name)) for name in real_photo_names()]
    images: list[bytes] = []
    has_text: list[bool] = []
    while len(images) < count:
        index = len(images)
        photo = photos[index % len(photos)]
        kind = index % 14
        if kind == 0:
            background = np.asarray(photo) if index % 28 == 0 else (235, 230, 220)
            image = text_image(
                ["WhatsApp 06 12 34 56 78"], size=int(rng.integers(26, 44)), background=background
            )
            images.append(encode(image, "JPEG", quality=85))
            has_text.append(True)
            continue
        if kind == 13:
            images.append(b"\xff\xd8\xff\xe0 broken" if index % 2 else encode(photo, "JPEG")[:4000])
            has_text.append(False)
            continue
        scale = float(rng.choice([0.6, 1.0, 1.5, 2.0]))
        variant = photo.resize((max(32, int(photo.width * scale)), max(32, int(photo.height * scale))))
        if kind == 5:
            variant = variant.filter(ImageFilter.GaussianBlur(4))
        if kind == 9:
            w, h = variant.size
            variant = variant.crop((w // 10, h // 10, w - w // 10, h - h // 10))
        if kind == 11:
            variant = variant.resize((150, 110))
        images.append(encode(variant, "JPEG", quality=int(rng.integers(60, 95))))
        has_text.append(False)
    return images, has_text


@pytest.fixture(scope="module")
def corpus() -> tuple[list[bytes], list[bool]]:
    return mixed_images(100)


def _threaded_steps(threads: int, decoded: list, manifest) -> None:
    label = f"{threads} thread{'s' if threads > 1 else ''}"
    caps = ThreadCaps(intra_op=threads)
    detector = OnnxImageModel(manifest, caps)
    detector.run(decoded[0])
    print(f"detector ({label}): {_stats([_time(lambda i=i: detector.run(i)) for i in decoded])}")
    reader = ImageScreener(ScreenerSettings(threads=caps)).ocr_reader
    reader.gate(decoded[0])
    print(f"ocr gate ({label}): {_stats([_time(lambda i=i: reader.gate(i)) for i in decoded])}")
    lines = ["Vends vélo, appelez le 06 12 34 56 78", "snap: jean_dupont93"]
    photo = decode_image(
        encode(text_image(lines, size=32, background=real_photo("china.jpg")), "JPEG", quality=90)
    )
    assert (photo.width, photo.height) == (800, 600)
    assert any("06 12 34 56 78" in line.text for line in reader.read(photo, reader.gate(photo).crop))
    step = [_time(lambda: reader.read(photo, reader.gate(photo).crop)) for _ in range(7)]
    print(f"ocr 800x600 photo with text, gate + read ({label}): {_stats(step)}")
    whole = [_time(lambda: reader.read(photo)) for _ in range(5)]
    print(f"ocr 800x600 photo with text, whole frame, no gate ({label}): {_stats(whole)}")


def test_bench_per_step_latency(corpus) -> None:
    images, _ = corpus
    readable = [data for data in images if not _unreadable(data)]
    decoded = [decode_image(data) for data in readable]
    manifest = next(m for m in load_manifests() if m.name == "nudenet-320n")
    print(f"\n== per-step latency on {len(decoded)} readable images (os.cpu_count()={os.cpu_count()}) ==")
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    print(f"decode   : {_stats([_time(lambda d=d: decode_image(d)) for d in readable])}")
    print(f"phash    : {_stats([_time(lambda i=i: phash_hex(i)) for i in decoded])}")
    print(f"quality  : {_stats([_time(lambda i=i: quality_flags(i, QualitySettings())) for i in decoded])}")
    for threads in (1, 2):
        _threaded_steps(threads, decoded, manifest)


def _unreadable(data: bytes) -> bool:
    try:
        decode_image(data)
    except Exception:
        return True
    return False


def _median_ratio(ours: list[tuple[float, float]], reference: list[tuple[float, float]]) -> str:
    wall = statistics.median(w for w, _ in ours) / statistics.median(w for w, _ in reference)
    cpu = statistics.median(c for _, c in ours) / statistics.median(c for _, c in reference)
    return f"wall {wall:.2f}, cpu {cpu:.2f}"


def test_bench_detector_against_nudedetector(corpus) -> None:
    """Ours (no spinning, the shipped default; and with spinning, as onnxruntime's default) against
    ``NudeDetector().detect()``: decode + detect from bytes, and detect alone on decoded arrays."""
    import cv2
    from nudenet import NudeDetector

    images, _ = corpus
    readable = [d for d in images if not _unreadable(d)]
    manifest = next(m for m in load_manifests() if m.name == "nudenet-320n")
    ours = OnnxImageModel(manifest, ThreadCaps(intra_op=2))
    spinning = OnnxImageModel(manifest, ThreadCaps(intra_op=2, allow_spinning=True))
    reference = NudeDetector()
    decoded = [decode_image(d) for d in readable]
    bgr = [cv2.imdecode(np.frombuffer(d, np.uint8), cv2.IMREAD_COLOR) for d in readable]
    for model in (ours, spinning):
        model.run(decoded[0])
    reference.detect(readable[0])
    # Interleave so that machine noise (other processes) hits all of them alike.
    rows: dict[str, list[tuple[float, float]]] = {
        k: [] for k in ("ours", "spin", "ref", "ours-d", "spin-d", "ref-d")
    }
    for data, image, array in zip(readable, decoded, bgr, strict=True):
        rows["ours"].append(_time(lambda d=data: ours.run(decode_image(d))))
        rows["spin"].append(_time(lambda d=data: spinning.run(decode_image(d))))
        rows["ref"].append(_time(lambda d=data: reference.detect(d)))
        rows["ours-d"].append(_time(lambda i=image: ours.run(i)))
        rows["spin-d"].append(_time(lambda i=image: spinning.run(i)))
        rows["ref-d"].append(_time(lambda a=array: reference.detect(a)))
    print(f"\n== detector vs NudeDetector, same {len(readable)} images (load {os.getloadavg()[0]:.1f}) ==")
    print(f"decode + detect, ours (2 threads, no spin)  : {_stats(rows['ours'])}")
    print(f"decode + detect, ours (2 threads, spinning) : {_stats(rows['spin'])}")
    print(f"decode + detect, NudeDetector().detect      : {_stats(rows['ref'])}")
    print(f"detect only,     ours (2 threads, no spin)  : {_stats(rows['ours-d'])}")
    print(f"detect only,     ours (2 threads, spinning) : {_stats(rows['spin-d'])}")
    print(f"detect only,     NudeDetector().detect(arr) : {_stats(rows['ref-d'])}")
    print(f"ratio decode+detect, no spin / reference: {_median_ratio(rows['ours'], rows['ref'])}")
    print(f"ratio decode+detect, spinning / reference: {_median_ratio(rows['spin'], rows['ref'])}")
    print(f"ratio detect only, no spin / reference: {_median_ratio(rows['ours-d'], rows['ref-d'])}")
    print(f"ratio detect only, spinning / reference: {_median_ratio(rows['spin-d'], rows['ref-d'])}")


# 1 worker x 2 threads is the desk default (one photo at a time, the UI keeps a core's worth of
# gaps); 2 workers x 1 thread keeps both cores busy, for a backlog screened while nobody reviews.
@pytest.mark.parametrize(("workers", "threads"), [(1, 2), (2, 1)], ids=["1x2", "2x1"])
@pytest.mark.parametrize("ocr", [False, True], ids=["without-ocr", "with-ocr"])
def test_bench_whole_pipeline_on_100_images(corpus, ocr: bool, workers: int, threads: int) -> None:
    images, has_text = corpus
    settings = ScreenerSettings(ocr=ocr, threads=ThreadCaps(intra_op=threads))
    with ImagePrescreener(None, settings, workers=workers) as prescreener:
        prescreener.screen_bytes(images[1])  # load the models outside the measurement
        cpu_started, started = time.process_time(), time.perf_counter()
        futures = [prescreener.submit(f"img-{i}", data) for i, data in enumerate(images)]
        results = [future.result() for future in futures]
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
    per_image = [r.ms.get("total", 0.0) for r in results]
    print(
        f"\n== pipeline {'with' if ocr else 'without'} OCR: {len(images)} mixed images, "
        f"{workers} worker(s) x {threads} thread(s) =="
    )
    print(
        f"wall {wall * 1000 / len(images):.1f} ms/image; CPU {cpu * 1000 / len(images):.1f} ms/image; "
        f"{cpu / wall:.2f} cores busy on average"
    )
    print(f"per image: {_stats(per_image)}")
    if ocr:
        text_free = [r for r, t in zip(results, has_text, strict=True) if not t and not r.unreadable]
        skipped = sum("ocr" not in r.ms for r in text_free)
        with_text = [r for r, t in zip(results, has_text, strict=True) if t]
        read = sum(bool(r.ocr) for r in with_text)
        print(
            f"OCR skipped on {skipped}/{len(text_free)} photos without text; text read in {read}/{len(with_text)} photos with text"
        )
        assert skipped >= len(text_free) * 0.7
    assert sum(r.unreadable for r in results) == sum(1 for d in images if _unreadable(d))
