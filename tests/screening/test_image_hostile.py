"""Images are hostile input: every bad file gives a clear 'could not be analysed' flag, never a crash."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from moderator_app.screening.image.decoding import UnreadableImage, decode_image
from tests.screening.conftest_image import (
    encode,
    real_photo,
    screener_without_ocr_fixture,  # noqa: F401
)


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` x ``height`` RGB pixels but carries a few bytes of data."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def _reason(screener, data: bytes) -> str:
    result = screener.analyse(data)
    assert [f.kind for f in result.flags] == ["unreadable"], result.flags
    flag = result.flags[0]
    assert flag.label == f"image could not be analysed: {flag.details['reason']}"
    return flag.details["reason"]


@pytest.mark.parametrize(
    ("width", "height"),
    [(20_000, 20_000), (10_000, 10_000), (9_000, 6_000)],
    ids=["over-pillow-error-limit", "over-pillow-warning-limit", "over-our-cap"],
)
def test_decompression_bombs_are_refused_before_decoding(screener_without_ocr, width, height) -> None:
    """pytest turns warnings into errors here, as a strict app might: neither leaks out."""
    limit_before = Image.MAX_IMAGE_PIXELS
    assert "too many pixels" in _reason(screener_without_ocr, _png_header_only(width, height))
    assert limit_before == Image.MAX_IMAGE_PIXELS


def test_truncated_file(screener_without_ocr) -> None:
    data = encode(real_photo("astronaut"), "JPEG", quality=90)
    assert "truncated" in _reason(screener_without_ocr, data[: len(data) // 2])


def test_truncated_png(screener_without_ocr) -> None:
    data = encode(real_photo("coffee"), "PNG")
    _reason(screener_without_ocr, data[: len(data) // 3])


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello, this is not an image",
        b"%PDF-1.7\n" + bytes(range(256)) * 8,
        b"\xff\xd8\xff\xe0" + bytes(range(256)) * 16,
        b"GIF89a" + b"\x00" * 10,
        np.random.default_rng(1).bytes(5000),
    ],
    ids=["empty", "text", "pdf", "jpeg-magic-then-garbage", "gif-header-only", "random"],
)
def test_non_images_and_corrupt_files(screener_without_ocr, data) -> None:
    assert _reason(screener_without_ocr, data)


def test_png_with_a_bad_checksum(screener_without_ocr) -> None:
    data = bytearray(encode(real_photo("chelsea"), "PNG"))
    data[40:48] = b"\x00" * 8  # inside the first IDAT chunk: CRC mismatch
    _reason(screener_without_ocr, bytes(data))


def test_an_animation_with_thousands_of_frames_uses_the_first_frame(screener_without_ocr) -> None:
    first = Image.new("RGB", (240, 240), (220, 20, 20))
    others = [Image.new("RGB", (240, 240), (20, 20, 220 - i % 50)) for i in range(3000)]
    buffer = io.BytesIO()
    first.save(buffer, "GIF", save_all=True, append_images=others, duration=10, loop=0)
    data = buffer.getvalue()
    decoded = decode_image(data)
    assert decoded.notes["animated"] is True
    red, green, blue = decoded.rgb[120, 120]
    assert red > 150 and blue < 100
    result = screener_without_ocr.analyse(data)
    animated = [f for f in result.flags if f.details.get("check") == "animated"]
    assert animated and "first frame" in animated[0].label
    assert not result.unreadable


def test_cmyk_jpeg_decodes_to_the_same_colours(screener_without_ocr) -> None:
    photo = Image.fromarray(real_photo("astronaut"))
    cmyk = encode(photo.convert("CMYK"), "JPEG", quality=95)
    decoded = decode_image(cmyk)
    assert decoded.rgb.shape == (512, 512, 3)
    assert np.abs(decoded.rgb.astype(int) - np.asarray(photo).astype(int)).mean() < 6
    labels = {f.label for f in screener_without_ocr.analyse(cmyk).flags}
    assert "FACE_FEMALE" in labels


def test_16_bit_greyscale_is_scaled_not_clipped() -> None:
    camera = real_photo("camera")[:, :, 0].astype(np.uint16) * 257
    data = encode(Image.fromarray(camera), "PNG")  # a uint16 array gives an I;16 image
    decoded = decode_image(data)
    assert np.abs(decoded.rgb[:, :, 0].astype(int) - real_photo("camera")[:, :, 0].astype(int)).max() <= 1


def test_16_bit_rgb_png_is_read() -> None:
    import cv2

    photo = real_photo("coffee").astype(np.uint16) * 257
    ok, png = cv2.imencode(".png", np.ascontiguousarray(photo[:, :, ::-1]))
    assert ok
    decoded = decode_image(png.tobytes())
    assert np.abs(decoded.rgb.astype(int) - real_photo("coffee").astype(int)).max() <= 1


def test_palette_with_transparency_is_flattened_on_white() -> None:
    image = Image.new("P", (300, 300), 0)
    image.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    image.paste(1, (100, 100, 200, 200))
    image.info["transparency"] = 0
    decoded = decode_image(encode(image, "PNG", transparency=0))
    assert tuple(decoded.rgb[10, 10]) == (255, 255, 255)
    assert tuple(decoded.rgb[150, 150]) == (255, 0, 0)


@pytest.mark.parametrize("mode", ["RGBA", "LA", "L", "1", "I", "F"])
def test_other_modes_become_rgb(mode: str) -> None:
    image = Image.fromarray(real_photo("chelsea")).convert(mode)
    fmt = "TIFF" if mode in ("I", "F") else "PNG"
    decoded = decode_image(encode(image, fmt))
    assert decoded.rgb.dtype == np.uint8 and decoded.rgb.shape == (300, 451, 3)
    assert decoded.rgb.std() > 10


@pytest.mark.parametrize(
    ("orientation", "transpose"),
    [(6, Image.Transpose.ROTATE_90), (8, Image.Transpose.ROTATE_270), (3, Image.Transpose.ROTATE_180)],
)
def test_exif_orientation_is_applied(screener_without_ocr, orientation, transpose) -> None:
    """The stored pixels are rotated; EXIF says how to show them. Boxes follow the shown image."""
    upright = Image.fromarray(real_photo("astronaut")).resize((512, 400))
    stored = upright.transpose(transpose)
    exif = Image.Exif()
    exif[0x0112] = orientation
    data = encode(stored, "JPEG", quality=95, exif=exif.tobytes())
    result = screener_without_ocr.analyse(data)
    assert (result.width, result.height) == (512, 400)
    reference = screener_without_ocr.analyse(encode(upright, "JPEG", quality=95))
    face = next(f for f in result.flags if f.label == "FACE_FEMALE")
    expected = next(f for f in reference.flags if f.label == "FACE_FEMALE")
    assert np.abs(np.array(face.box) - np.array(expected.box)).max() <= 6


def test_large_jpeg_is_decoded_reduced_but_reported_at_full_size(screener_without_ocr) -> None:
    big = Image.fromarray(real_photo("astronaut")).resize((5000, 5000))
    decoded = decode_image(encode(big, "JPEG", quality=80))
    assert (decoded.width, decoded.height) == (5000, 5000)
    assert max(decoded.rgb.shape[:2]) <= 1280


def test_decode_error_type_is_unreadable_image() -> None:
    with pytest.raises(UnreadableImage, match="empty"):
        decode_image(b"")


def test_a_failing_model_gives_an_unreadable_flag_not_a_crash(screener_without_ocr, monkeypatch) -> None:
    """Fault injection: the detector raises mid-run."""
    model = screener_without_ocr.image_models[0]

    def explode(image):
        raise RuntimeError("onnxruntime failure")

    monkeypatch.setattr(model, "run", explode)
    reason = _reason(screener_without_ocr, encode(real_photo("astronaut"), "PNG"))
    assert reason == "internal error (RuntimeError)"
