"""Text written inside photos: read offline and quietly, screened, located, and skipped when absent."""

from __future__ import annotations

import logging
import socket

import pytest

from moderator_app.screening.image.decoding import decode_image
from moderator_app.screening.image.manifests import load_manifests
from moderator_app.screening.image.ocr import OcrReader, reading_order
from moderator_app.screening.image.result import OcrLine
from moderator_app.screening.image.sessions import ThreadCaps
from tests.screening.conftest_image import (
    encode,
    image_screener_fixture,  # noqa: F401
    real_photo,
    real_photo_names,
    text_image,
)

PHONE_LINES = ["WhatsApp: 06 12 34 56 78", "snap @jean_dupont93"]
CREAM, NAVY = (235, 230, 220), (30, 40, 90)
INK, WHITE, RED = (20, 20, 20), (255, 255, 255), (200, 20, 20)


def _fresh_reader() -> OcrReader:
    """A reader of its own (not the shared one), so RapidOCR is built inside the test."""
    by_role = {m.role: m for m in load_manifests() if m.task == "ocr"}
    return OcrReader(by_role["det"], by_role["rec"], ThreadCaps(intra_op=2), cls=by_role["cls"])


def _overlaps(box: list[int], region: tuple[int, int, int, int]) -> bool:
    return box[0] < region[2] and region[0] < box[2] and box[1] < region[3] and region[1] < box[3]


def test_ocr_never_touches_the_network(monkeypatch) -> None:
    """Fault injection: any socket connection or RapidOCR download attempt raises."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access is forbidden in this test")

    from rapidocr.utils.download_file import DownloadFile

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(DownloadFile, "run", classmethod(lambda cls, *a, **k: refuse(*a)))
    reader = _fresh_reader()
    image = decode_image(encode(text_image(PHONE_LINES), "PNG"))
    lines = reader.read(image)
    assert attempts == []
    assert any("06 12 34 56 78" in line.text for line in lines)


def test_ocr_is_quiet_in_the_logs(caplog, capfd) -> None:
    caplog.set_level(logging.DEBUG)
    reader = _fresh_reader()
    reader.read(decode_image(encode(text_image(PHONE_LINES), "PNG")))
    reader.read(decode_image(encode(real_photo("chelsea"), "PNG")))  # nothing to read: RapidOCR warns
    captured = capfd.readouterr()
    assert "RapidOCR" not in captured.err and "RapidOCR" not in captured.out
    assert not [r for r in caplog.records if r.name.startswith("RapidOCR") and r.levelno < logging.ERROR]
    assert logging.getLogger("RapidOCR").getEffectiveLevel() >= logging.ERROR


CASES = [
    # font, size, colour, background, angle
    ("default", 40, INK, CREAM, 0),
    ("default", 24, WHITE, NAVY, 0),
    ("default", 32, RED, "coffee", -15),
    ("dejavu", 22, INK, CREAM, 10),
    ("dejavu", 48, WHITE, NAVY, 0),
    ("dejavu", 30, RED, "chelsea", 8),
    ("dejavu-bold", 32, INK, CREAM, 90),
    ("dejavu-bold", 28, WHITE, NAVY, 180),
    ("dejavu-bold", 36, (250, 220, 40), "hubble_deep_field", -8),
    ("dejavu-serif", 30, INK, CREAM, -90),
]


@pytest.mark.parametrize(("font_kind", "size", "colour", "background", "angle"), CASES)
def test_phone_and_handle_written_in_a_photo_become_findings_with_boxes(
    image_screener,
    font_kind,
    size,
    colour,
    background,
    angle,
) -> None:
    bg = real_photo(background) if isinstance(background, str) else background
    image = text_image(PHONE_LINES, font_kind=font_kind, size=size, colour=colour, background=bg, angle=angle)
    result = image_screener.screen_bytes(encode(image, "JPEG", quality=90), country="FR")
    joined = result.ocr_text
    phones = [f for f in result.findings if f["kind"] == "phone"]
    assert [p["normalized"] for p in phones] == ["+33612345678"], joined
    handles = [f for f in result.findings if f["kind"] == "messaging" and "dupont" in f["normalized"]]
    assert handles, joined
    for finding in result.findings:
        assert finding["field"] == "ocr"
        assert joined[finding["start"] : finding["end"]] == finding["text"]
        assert finding["box"] is not None
    # The phone number's box lies on the drawn text, not elsewhere in the photo.
    x0, y0, x1, y1 = phones[0]["box"]
    assert 0 <= x0 < x1 <= 800 and 0 <= y0 < y1 <= 600
    flags = [f for f in result.flags if f.kind == "text_in_image"]
    assert {f.label for f in flags} >= {"phone", "messaging"}
    assert all(f.box is not None for f in flags)


def test_upright_text_box_covers_where_it_was_drawn(image_screener) -> None:
    image = text_image(["appelez le 06 12 34 56 78"], size=40, origin=(100, 300))
    result = image_screener.screen_bytes(encode(image, "PNG"), country="FR")
    phone = next(f for f in result.findings if f["kind"] == "phone")
    assert _overlaps(phone["box"], (100, 300, 700, 350))
    assert phone["box"][1] >= 280 and phone["box"][3] <= 370


def test_spanish_and_belgian_numbers_with_the_listing_country(image_screener) -> None:
    image = text_image(["Llamame 612 345 678", "Telegram: @vendo_barato"], size=40)
    result = image_screener.screen_bytes(encode(image, "PNG"), country="ES")
    assert "+34612345678" in {f["normalized"] for f in result.findings if f["kind"] == "phone"}
    image = text_image(["GSM +32 470 12 34 56"], size=40)
    result = image_screener.screen_bytes(encode(image, "PNG"), country="FR")
    assert "+32470123456" in {f["normalized"] for f in result.findings if f["kind"] == "phone"}


def test_banned_terms_in_a_photo_are_findings(image_screener) -> None:
    image = text_image(["Paiement Western Union", "uniquement"], size=44)
    result = image_screener.screen_bytes(encode(image, "PNG"), country="FR")
    assert any(f["kind"] in ("banned_term", "payment") for f in result.findings), result.ocr_text


def test_ocr_is_skipped_on_most_real_photos_without_text(image_screener) -> None:
    """The gate sends few text-free photos to recognition (the rocket photo has painted markings)."""
    skipped = [
        name
        for name in real_photo_names()
        if "ocr" not in image_screener.analyse(encode(real_photo(name))).ms
    ]
    assert len(skipped) >= len(real_photo_names()) - 2, skipped


def test_ocr_runs_on_photos_with_text(image_screener) -> None:
    image = text_image(PHONE_LINES, size=24, colour=INK, background=real_photo("china.jpg"))
    result = image_screener.analyse(encode(image, "JPEG", quality=85))
    assert "ocr" in result.ms and result.ocr


def test_reading_order_is_rows_top_to_bottom_then_left_to_right() -> None:
    lines = [
        OcrLine("second row", [10, 100, 200, 130]),
        OcrLine("right", [300, 12, 400, 38]),
        OcrLine("left", [10, 10, 200, 40]),
    ]
    assert [line.text for line in reading_order(lines)] == ["left", "right", "second row"]


def test_a_photo_covered_in_text_gets_a_quality_flag(image_screener) -> None:
    lines = [f"Ligne {i}: vends vélo 50 euros très bon état" for i in range(9)]
    image = text_image(lines, size=34, origin=(10, 10), canvas=(800, 600))
    result = image_screener.analyse(encode(image, "PNG"))
    assert "heavily covered in text" in {f.label for f in result.flags if f.kind == "quality"}
    sparse = image_screener.analyse(encode(text_image(["06 12 34 56 78"], size=30), "PNG"))
    assert "heavily covered in text" not in {f.label for f in sparse.flags}


def test_rapidocr_runs_on_our_capped_sessions() -> None:
    """The detection model is loaded once, shared by the gate and RapidOCR, with our thread caps."""
    from moderator_app.screening.image.sessions import shared_session

    reader = _fresh_reader()
    image = decode_image(encode(text_image(["06 12 34 56 78"]), "PNG"))
    reader.read(image, reader.gate(image).crop)
    engine = reader._get_engine()
    gate_session = shared_session(reader.det.model_path(), reader.caps)
    assert engine.text_det.session.session is gate_session
    assert engine.text_rec.session.session is shared_session(reader.rec.model_path(), reader.caps)
    assert gate_session.get_session_options().intra_op_num_threads == 2
