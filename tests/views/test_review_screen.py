"""The review screen's keyboard flow, guarded by the review state machine, and the photo veil."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sample_items import QUEUE, StandInWorkstation, make_item

from moderator_app.core.review_session import REPEAT_GUARD_S
from moderator_app.core.session_types import Mode
from moderator_app.views.review_screen import ReviewScreen


@pytest.fixture
def screen_for(qtbot, tmp_path):
    def build(count=4, **kw):
        ws = StandInWorkstation([make_item(i, tmp_path, **kw) for i in range(1, count + 1)])
        screen = ReviewScreen(ws)
        qtbot.addWidget(screen)
        screen.resize(1400, 850)
        screen.set_queue(QUEUE)
        screen.show()
        qtbot.waitExposed(screen)
        screen.setFocus()
        # Let the first photos decode so later assertions see the full screen.
        qtbot.waitUntil(lambda: screen.cache.pending_count() == 0, timeout=10_000)
        return screen, ws

    return build


def press(screen, key):
    QTest.keyClick(screen, key)


def test_approve_records_once_and_moves_on(screen_for):
    screen, ws = screen_for()
    press(screen, Qt.Key.Key_A)
    assert [(d["item_id"], d["action"]) for d in ws.decisions] == [(1, "approve")]
    assert screen.current_item().item_id == 2


def test_a_double_press_never_decides_twice(screen_for):
    screen, ws = screen_for()
    press(screen, Qt.Key.Key_A)
    press(screen, Qt.Key.Key_A)  # a bounce within the repeat guard: must not approve item 2 unseen
    assert len(ws.decisions) == 1
    assert screen.current_item().item_id == 2


def test_reject_with_digits_then_enter(screen_for):
    screen, ws = screen_for()
    press(screen, Qt.Key.Key_R)
    assert screen.state() == Mode.CHOOSING_REASONS
    assert screen.decision_bar.options_box.isVisibleTo(screen)
    press(screen, Qt.Key.Key_1)
    press(screen, Qt.Key.Key_3)
    press(screen, Qt.Key.Key_3)  # toggled off again
    press(screen, Qt.Key.Key_2)
    assert [b.isChecked() for b in screen.decision_bar.option_buttons()] == [True, True, False, False]
    press(screen, Qt.Key.Key_Return)
    assert ws.decisions[-1]["action"] == "reject"
    assert ws.decisions[-1]["reason_codes"] == ["SCAM_ADVANCE_PAYMENT", "CONTACT_DETAILS"]
    assert screen.state() == Mode.BROWSING


def test_enter_without_a_reason_does_not_reject(screen_for):
    screen, ws = screen_for()
    press(screen, Qt.Key.Key_R)
    press(screen, Qt.Key.Key_Return)
    assert ws.decisions == []
    press(screen, Qt.Key.Key_Escape)
    assert screen.state() == Mode.BROWSING


def test_escalate_to_a_target(screen_for):
    screen, ws = screen_for()
    press(screen, Qt.Key.Key_E)
    press(screen, Qt.Key.Key_2)
    press(screen, Qt.Key.Key_Return)
    assert ws.decisions[-1]["action"] == "escalate"
    assert ws.decisions[-1]["escalate_to"] == "legal"


def test_skip_gives_the_listing_back_and_navigation(screen_for):
    screen, ws = screen_for()
    press(screen, Qt.Key.Key_S)
    assert screen.current_item().item_id == 2
    assert ws.given_back == [1]
    press(screen, Qt.Key.Key_Right)
    assert screen.current_item().item_id == 3
    press(screen, Qt.Key.Key_P)
    assert screen.current_item().item_id == 2
    assert ws.decisions == []


def test_undo_brings_the_item_back(screen_for):
    screen, ws = screen_for()
    press(screen, Qt.Key.Key_A)
    assert screen.undo_seconds_left() is not None
    press(screen, Qt.Key.Key_Z)
    assert ws.decisions == []
    assert ws.undone == ["key-0"]
    assert screen.current_item().item_id == 1


def test_the_note_field_takes_letters_without_deciding(screen_for, qtbot):
    screen, ws = screen_for()
    press(screen, Qt.Key.Key_M)
    assert screen.decision_bar.note_edit.hasFocus()
    QTest.keyClicks(screen.decision_bar.note_edit, "arnaque a")
    assert ws.decisions == []
    press(screen.decision_bar.note_edit, Qt.Key.Key_Return)
    press(screen, Qt.Key.Key_A)
    assert ws.decisions[-1]["note"] == "arnaque a"


def test_sensitive_photo_is_veiled_until_revealed(screen_for, qtbot):
    screen, _ws = screen_for(sensitive=True)
    gallery = screen.gallery
    assert gallery.view.is_veiled()
    painted_veiled = gallery.view.grab().toImage()
    press(screen, Qt.Key.Key_V)
    assert not gallery.view.is_veiled()
    assert gallery.view.grab().toImage() != painted_veiled


def test_click_reveals_a_veiled_photo(screen_for, qtbot):
    screen, _ws = screen_for(sensitive=True)
    view = screen.gallery.view
    assert view.is_veiled()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.rect().center())
    assert not view.is_veiled()


def test_flag_boxes_follow_the_photo(screen_for):
    screen, _ws = screen_for()
    view = screen.gallery.view
    box = view.box_rect((420, 380, 700, 450))
    image = view.image_rect()
    assert image.contains(box)
    view.zoom_in()
    assert view.box_rect((420, 380, 700, 450)).width() > box.width()


@pytest.mark.qt_log_ignore("JPEG", "Corrupt", "propagateSizeHints")
def test_hostile_image_files_show_a_placeholder(tmp_path):
    from moderator_app.views.photo_decode import decode_photo

    (tmp_path / "trunc.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    (tmp_path / "text.png").write_bytes(b"<html>not an image</html>")
    bomb = tmp_path / "bomb.png"
    # A valid PNG header declaring 100000 x 100000 pixels.
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    bomb.write_bytes(b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk)))
    for name in ("trunc.jpg", "text.png", "bomb.png"):
        photo = decode_photo(name, tmp_path / name, None)
        assert photo.image is None
        assert photo.error


@pytest.mark.qt_log_ignore("JPEG", "Corrupt", "propagateSizeHints")
def test_a_hostile_photo_in_a_listing_shows_its_reason_and_the_review_goes_on(qtbot, tmp_path):
    from dataclasses import replace

    item = make_item(1, tmp_path, photos=1)
    image_id = item.listing.images[0].id
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    items = [replace(item, image_paths={image_id: bad}), make_item(2, tmp_path)]
    ws = StandInWorkstation(items)
    screen = ReviewScreen(ws)
    qtbot.addWidget(screen)
    screen.set_queue(QUEUE)
    screen.show()
    qtbot.waitUntil(lambda: screen.gallery.view.photo() is not None, timeout=10_000)
    photo = screen.gallery.view.photo()
    assert photo.image is None and photo.error
    screen.setFocus()
    QTest.keyClick(screen, Qt.Key.Key_A)
    assert ws.decisions[-1]["item_id"] == 1


def test_finding_tooltip_names_the_rule_and_stays_inert():
    from moderator_app.core.findings import Finding
    from moderator_app.views.finding_labels import finding_tooltip

    f = Finding("banned_term", "description", 0, 4, "<b>x", "<b>x", "scam", "Matched <script>", rule="term:x")
    tip = finding_tooltip(f)
    assert "Policy term · Scam" in tip and "term:x" in tip  # categories are never shown raw
    assert "<script>" not in tip and "&lt;script&gt;" in tip


def test_question_mark_opens_the_shortcut_sheet_and_remapped_keys_apply(screen_for, qtbot):
    from moderator_app.core.keymap import Keymap

    screen, ws = screen_for()
    with qtbot.waitSignal(screen.shortcut_sheet_requested, timeout=1000):
        QTest.keyClick(screen, "?")
    screen.apply_keymap(Keymap({"approve": ["Y"]}))
    press(screen, Qt.Key.Key_A)
    assert ws.decisions == []
    press(screen, Qt.Key.Key_Y)
    assert ws.decisions[-1]["action"] == "approve"
    assert "Y" in screen.decision_bar.approve_button.text()


def test_new_flags_for_the_item_on_screen_keep_the_revealed_photo(screen_for):
    from dataclasses import replace

    screen, ws = screen_for(sensitive=True)
    press(screen, Qt.Key.Key_V)
    assert not screen.gallery.view.is_veiled()
    item = screen.current_item()
    ws.items[item.item_id] = replace(item, server_flags=list(item.server_flags))  # a re-screened copy
    screen.refresh_items()
    assert screen.current_item() is ws.items[item.item_id]
    assert not screen.gallery.view.is_veiled()


@pytest.mark.parametrize(
    ("blur_mode", "always_blur", "hidden", "first_veiled", "second_veiled"),
    [
        ("blur", False, ("nudity", "sexual", "violence"), True, False),
        ("grayscale", False, ("violence",), False, False),  # the user does not hide nudity
        ("both", True, (), True, True),  # always blur: every photo until revealed
    ],
)
def test_veil_follows_the_photo_settings(screen_for, qtbot, blur_mode, always_blur, hidden, first_veiled,
                                         second_veiled):
    screen, _ws = screen_for(sensitive=True)
    screen.apply_veil_settings(blur_mode, always_blur, hidden)
    qtbot.waitUntil(lambda: screen.cache.pending_count() == 0, timeout=10_000)
    gallery = screen.gallery
    ids = [img.id for img in screen.current_item().listing.images]
    assert gallery.is_veiled(ids[0]) is first_veiled
    assert gallery.is_veiled(ids[1]) is second_veiled


def test_the_next_photos_are_decoded_ready_scaled_for_the_view(screen_for, qtbot):
    # The first listings were decoded before the screen had its size; the prefetch scales them again.
    screen, _ws = screen_for(count=6)
    view = screen.gallery.view
    qtbot.waitUntil(lambda: screen.cache.pending_count() == 0, timeout=10_000)
    for _ in range(4):
        QTest.qWait(int(REPEAT_GUARD_S * 1000) + 20)
        press(screen, Qt.Key.Key_A)
        photo = view.photo()
        # Scaled on the decoder for this view's box, on whole pixels: painting it is a copy, not a scaling.
        assert photo.fitted is not None
        assert photo.fitted.size() == view.image_rect().size().toSize()
        assert view.image_rect().topLeft() == view.image_rect().topLeft().toPoint().toPointF()
        qtbot.waitUntil(lambda: screen.cache.pending_count() == 0, timeout=10_000)


def test_the_next_listing_paints_without_repainting_the_panels(screen_for):
    screen, _ws = screen_for()
    # Opaque panels: Qt repaints only the widgets that changed, not the columns under them. A style
    # sheet background on one of these panels would silently switch this off.
    for panel in (screen.listing_panel, screen.gallery, screen.seller_panel, screen.decision_bar):
        assert panel.autoFillBackground(), panel.objectName()


def test_the_findings_list_shows_the_new_listing_in_the_same_frame(screen_for):
    screen, _ws = screen_for()
    press(screen, Qt.Key.Key_A)
    findings = screen.listing_panel.findings_list
    # No event loop turn in between: the rows are laid out when the listing is shown.
    assert findings.visualRect(findings.model().index(0, 0)).height() > 0
