"""The pre-screening pipeline: background workers, a persistent cache, reused-photo matches."""

from __future__ import annotations

import threading
import time
from concurrent.futures import wait
from pathlib import Path

import pytest
from PIL import Image

from moderator_app.screening.image import HashCandidate, ImagePrescreener, ImageScreenResult, ScreenerSettings
from moderator_app.store.screening_cache import ScreeningCache
from tests.screening.conftest_image import encode, real_photo, text_image

CLI_KEYS = {"path", "sha256", "width", "height", "flags", "ocr", "findings", "phash", "models", "ms"}
NO_OCR = ScreenerSettings(ocr=False)


@pytest.fixture
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "desk" / "screening.sqlite"


def _astronaut(size: int = 512, quality: int = 90) -> bytes:
    return encode(Image.fromarray(real_photo("astronaut")).resize((size, size)), "JPEG", quality=quality)


def test_submit_runs_in_the_background_and_calls_back(cache_path: Path) -> None:
    done: list[ImageScreenResult] = []
    threads: list[str] = []
    called = threading.Event()

    def on_done(result: ImageScreenResult) -> None:
        done.append(result)
        threads.append(threading.current_thread().name)
        called.set()

    with ImagePrescreener(cache_path, NO_OCR) as prescreener:
        future = prescreener.submit("img-1", _astronaut(), on_done, listing_id="L1")
        assert called.wait(120)
        result = future.result()
    assert done == [result]
    assert threads[0].startswith("image-prescreen")  # a worker thread, not the caller's
    assert result.image_id == "img-1" and result.width == 512
    face = next(f for f in result.flags if f.label == "FACE_FEMALE")
    assert face.details["model"] == "nudenet-320n" and face.details["model_version"] == "3.4.2"
    assert set(result.to_json()) == CLI_KEYS


def test_results_survive_a_restart(cache_path: Path) -> None:
    data = _astronaut()
    with ImagePrescreener(cache_path, NO_OCR) as first:
        fresh = first.screen_bytes(data, image_id="a")
    assert not fresh.cached and "nudenet-320n" in fresh.ms
    with ImagePrescreener(cache_path, NO_OCR) as second:
        again = second.screen_bytes(data, image_id="a")
    assert again.cached and set(again.ms) == {"cache"}
    assert [f.to_json() for f in again.flags] == [f.to_json() for f in fresh.flags]
    assert again.phash == fresh.phash and again.sha256 == fresh.sha256


def test_a_model_or_threshold_change_invalidates_the_cache(cache_path: Path) -> None:
    data = _astronaut()
    with ImagePrescreener(cache_path, NO_OCR) as first:
        first.screen_bytes(data)
    stricter = ScreenerSettings(ocr=False, duplicate_max_distance=4)
    with ImagePrescreener(cache_path, stricter) as second:
        assert not second.screen_bytes(data).cached


def test_the_same_bytes_are_analysed_once_even_when_submitted_together(cache_path: Path) -> None:
    with ImagePrescreener(cache_path, NO_OCR, workers=2) as prescreener:
        calls: list[str] = []
        original = prescreener.screener.analyse

        def counting(data: bytes, sha256: str | None = None) -> ImageScreenResult:
            calls.append(sha256 or "")
            time.sleep(0.05)  # widen the race window
            return original(data, sha256)

        prescreener.screener.analyse = counting  # type: ignore[method-assign]
        data = _astronaut()
        futures = [prescreener.submit(f"copy-{i}", data, listing_id=f"L{i}") for i in range(4)]
        wait(futures, timeout=120)
    assert len(calls) == 1
    assert sum(not f.result().cached for f in futures) == 1


def test_reused_photo_in_another_listing_is_a_duplicate(cache_path: Path) -> None:
    with ImagePrescreener(cache_path, NO_OCR) as prescreener:
        first = prescreener.screen_bytes(_astronaut(), image_id="photo-A", listing_id="L1")
        assert not first.flags_of("duplicate")
        # Same photo, resized and recompressed, in another listing.
        copy = prescreener.screen_bytes(_astronaut(300, quality=50), image_id="photo-B", listing_id="L2")
        same_listing = prescreener.screen_bytes(
            _astronaut(400, quality=70), image_id="photo-C", listing_id="L1"
        )
        unrelated = prescreener.screen_bytes(
            encode(real_photo("coffee"), "JPEG"), image_id="photo-D", listing_id="L3"
        )
    [duplicate] = copy.flags_of("duplicate")
    assert duplicate.details["matches"][0]["ref"] == "photo-A"
    assert duplicate.details["matches"][0]["listing_id"] == "L1"
    assert duplicate.details["matches"][0]["distance"] <= 12
    # photo-C is in L1 like photo-A: only photo-B (listing L2) is "another listing".
    [same] = same_listing.flags_of("duplicate")
    assert [m["ref"] for m in same.details["matches"]] == ["photo-B"]
    assert not unrelated.flags_of("duplicate")


def test_server_candidates_are_matched_too(cache_path: Path) -> None:
    with ImagePrescreener(cache_path, NO_OCR) as prescreener:
        phash = prescreener.screen_bytes(_astronaut()).phash
        flipped_bit = f"{int(phash, 16) ^ 1:016x}"
        candidates = [
            HashCandidate("https://server/v1/images/77", flipped_bit, listing_id="L77", source="server"),
            HashCandidate(
                "https://server/v1/images/78", "0000000000000000", listing_id="L78", source="server"
            ),
        ]
        result = prescreener.screen_bytes(
            _astronaut(), image_id="x", listing_id="L1", server_candidates=candidates
        )
    [duplicate] = result.flags_of("duplicate")
    assert duplicate.details["matches"] == [
        {"ref": "https://server/v1/images/77", "distance": 1, "source": "server", "listing_id": "L77"}
    ]


def test_hostile_bytes_come_back_as_unreadable_and_the_worker_lives_on(cache_path: Path) -> None:
    results: list[ImageScreenResult] = []
    with ImagePrescreener(cache_path, NO_OCR) as prescreener:
        bad = prescreener.submit("bad", b"\x89PNG\r\n\x1a\n garbage", results.append)
        boom = prescreener.submit("boom", _astronaut(200), lambda r: 1 / 0)  # a failing callback
        good = prescreener.submit("good", _astronaut(), results.append)
        wait([bad, boom, good], timeout=120)
    assert bad.result().unreadable
    assert bad.result().flags[0].label.startswith("image could not be analysed: ")
    assert not boom.exception()
    assert not good.result().unreadable


def test_text_findings_depend_on_the_country_not_the_cache(cache_path: Path) -> None:
    data = encode(text_image(["Llamame 612 345 678"], size=40), "PNG")
    with ImagePrescreener(cache_path) as prescreener:
        spanish = prescreener.screen_bytes(data, country="ES")
        french = prescreener.screen_bytes(data, country="FR")
        unknown = prescreener.screen_bytes(data, country=None)
    assert french.cached and unknown.cached
    assert "+34612345678" in {f["normalized"] for f in spanish.findings if f["kind"] == "phone"}
    assert "+34612345678" not in {f["normalized"] for f in french.findings if f["kind"] == "phone"}
    # Without a country the number is read in the policy's markets, and the finding says so.
    [phone] = [f for f in unknown.findings if f["kind"] == "phone"]
    assert phone["normalized"] == "+34612345678" and "market ES" in phone["explanation"]


def test_cached_rows_expire(cache_path: Path) -> None:
    cache = ScreeningCache(cache_path, max_age_days=1)
    cache.put("abc", "cfg", {"sha256": "abc"}, "ffffffffffffffff")
    cache.remember_image("img", "abc", "ffffffffffffffff", "L1")
    assert cache.get("abc", "cfg") == {"sha256": "abc"}
    assert cache.get("abc", "other-config") is None
    assert cache.purge_expired(now=time.time() + 2 * 86400) == 2
    assert cache.get("abc", "cfg") is None
    assert cache.similar("ffffffffffffffff", 4) == []
    cache.close()


def test_a_damaged_cache_file_is_set_aside(cache_path: Path) -> None:
    cache_path.parent.mkdir(parents=True)
    cache_path.write_bytes(b"this is not a database" * 100)
    with ImagePrescreener(cache_path, NO_OCR) as prescreener:
        assert not prescreener.screen_bytes(_astronaut()).unreadable
    assert list(cache_path.parent.glob("screening.sqlite.corrupt-*"))


def test_transient_failures_are_not_cached(cache_path: Path, monkeypatch) -> None:
    """Fault injection: the detector fails once; the next attempt analyses again."""
    data = _astronaut()
    with ImagePrescreener(cache_path, NO_OCR) as prescreener:
        model = prescreener.screener.image_models[0]
        monkeypatch.setattr(model, "run", lambda image: 1 / 0)
        failed = prescreener.screen_bytes(data)
        monkeypatch.undo()
        again = prescreener.screen_bytes(data)
    assert failed.flags[0].details == {"reason": "internal error (ZeroDivisionError)", "transient": True}
    assert not again.cached and not again.unreadable
