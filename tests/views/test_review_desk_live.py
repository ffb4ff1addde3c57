"""Regression tests of the review desk, run as a keyboard-only moderator on the real window."""

from __future__ import annotations

import re
import warnings

import pytest
from desk_support import (
    after_guard,
    close_desk,
    decide_shown,
    open_desk,
    press,
    recorded,
    shown,
    shown_as_ready,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

pytestmark = pytest.mark.slow


@pytest.fixture
def desk_of(qtbot, runner, server_factory, tmp_path):
    opened = []

    def make(server=None, **kw):
        desk = open_desk(qtbot, runner, server or server_factory(), tmp_path / f"desk-{len(opened)}", **kw)
        opened.append(desk)
        return desk

    yield make
    for desk in opened:
        close_desk(desk)


def wait_sent(qtbot, desk, count: int) -> None:
    qtbot.waitUntil(
        lambda: len(desk.ws.outbox.entries(("sent",))) >= count and desk.ws.status().outbox_count == 0,
        timeout=30_000,
    )
    QTest.qWait(300)  # the "sent" events reach the window


# 1. keys lost on a ready screen ------------------------------------------------------------------


def test_after_going_back_past_a_sent_decision_every_key_decides_the_listing_shown(desk_of, qtbot):
    desk = desk_of(hold=0.0)
    review = desk.review
    decide_shown(review, desk.ws, [Qt.Key.Key_A], "approve")
    wait_sent(qtbot, desk, 1)
    press(review, Qt.Key.Key_Left)  # the decided listing has gone to the server
    assert shown_as_ready(review)
    decide_shown(review, desk.ws, [Qt.Key.Key_A], "approve")
    decide_shown(review, desk.ws, [Qt.Key.Key_E, Qt.Key.Key_1, Qt.Key.Key_Return], "escalate")
    decide_shown(review, desk.ws, [Qt.Key.Key_R, Qt.Key.Key_1, Qt.Key.Key_Return], "reject")


# 2. previous right after a decision ------------------------------------------------------------


def test_previous_right_after_a_decision_shows_it_decided_and_the_keys_stay_on_the_listing_shown(desk_of):
    desk = desk_of(hold=60.0)  # the decisions wait in the outbox for the whole test
    review = desk.review
    first = decide_shown(review, desk.ws, [Qt.Key.Key_A], "approve")
    second = shown(review)
    press(review, Qt.Key.Key_Left)
    if shown(review) == first:
        # A decided listing is never presented as ready, and its buttons are not live.
        assert not shown_as_ready(review)
        assert not re.match(r"^\d+ of \d+ ready$", review.position_label.text())
        assert not review.decision_bar.approve_button.isEnabled()
        count = len(recorded(desk.ws))
        press(review, Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_1, Qt.Key.Key_Return)
        assert len(recorded(desk.ws)) == count
    press(review, Qt.Key.Key_Right)
    assert shown(review) == second
    decide_shown(review, desk.ws, [Qt.Key.Key_R, Qt.Key.Key_1, Qt.Key.Key_Return], "reject")
    press(review, Qt.Key.Key_P)
    press(review, Qt.Key.Key_N)
    decide_shown(review, desk.ws, [Qt.Key.Key_A], "approve")


# 9. a note left with Esc --------------------------------------------------------------------------


def test_a_note_left_with_escape_stays_with_the_listing(desk_of):
    desk = desk_of(hold=60.0)
    review = desk.review
    note = review.decision_bar.note_edit
    press(review, Qt.Key.Key_M)
    assert note.hasFocus()
    QTest.keyClicks(note, "numero dans la photo")
    press(note, Qt.Key.Key_Escape)
    assert note.text() == "numero dans la photo"
    decide_shown(review, desk.ws, [Qt.Key.Key_A], "approve")
    assert desk.ws.outbox.entries()[-1].request.note == "numero dans la photo"


# 10. the seller panel ----------------------------------------------------------------------------


def test_the_seller_panel_shows_the_moderators_own_decisions_at_once(desk_of, qtbot):
    desk = desk_of(hold=60.0, ready=5)
    review = desk.review
    by_seller: dict[str, list] = {}
    for item in desk.ws.review_items():
        by_seller.setdefault(item.listing.seller_id, []).append(item)
    first, second = next(items for items in by_seller.values() if len(items) >= 2)[:2]
    while shown(review) != first.item_id:
        press(review, Qt.Key.Key_N)
    rejected_before = _rejected_count(review)
    decide_shown(review, desk.ws, [Qt.Key.Key_R, Qt.Key.Key_1, Qt.Key.Key_Return], "reject")
    while shown(review) != second.item_id:
        press(review, Qt.Key.Key_N)
    assert _rejected_count(review) == rejected_before + 1
    rows = {row.text: row.detail for row in review.seller_panel.past.rows()}
    assert rows[first.listing.title].startswith("Rejected"), rows


def _rejected_count(review) -> int:
    return int(re.search(r"(\d+) rejected", review.seller_panel.history_value.text()).group(1))


# 11. the status bar -----------------------------------------------------------------------------


def test_a_message_never_covers_the_connection_and_outbox_state(desk_of, qtbot):
    desk = desk_of(hold=60.0)
    window = desk.window
    qtbot.waitUntil(
        lambda: "Online" in window.status.state_label.text() or "Syncing" in window.status.state_label.text()
    )
    window.show_message("Listing L-1 uses the same photo; its id was copied.")
    assert window.status.state_label.isVisible()
    assert window.status.outbox_label.isVisible()
    assert window.status.lease_label.isVisible()


def test_a_notice_about_one_listing_is_gone_when_the_next_one_shows(desk_of, qtbot):
    desk = desk_of(hold=60.0)
    review, status = desk.review, desk.window.status
    press(review, Qt.Key.Key_R, Qt.Key.Key_Return)  # no reason chosen: a notice about this listing
    notice = "Choose at least one reason"
    assert notice in _status_text(status)
    press(review, Qt.Key.Key_Escape, Qt.Key.Key_N)
    assert notice not in _status_text(status)


def _status_text(status) -> str:
    texts = [status.currentMessage()]
    texts += [label.text() for label in status.findChildren(QLabel) if label.isVisible()]
    return " | ".join(texts)


def test_the_header_and_the_status_bar_give_the_same_lease_time_after_renewals(
    desk_of, server_factory, qtbot
):
    desk = desk_of(server=server_factory(lease_seconds=20), hold=60.0, renew_margin_s=17.0, screen_text=False)
    review, status = desk.review, desk.window.status
    seen: list[int] = []

    def renewed() -> bool:
        if re.search(r"\d+:\d\d", status.lease_label.text()):
            seen.append(_seconds(status.lease_label.text()))
        return len(seen) > 1 and seen[-1] > min(seen) + 1  # the time left went up: a renewal

    qtbot.waitUntil(renewed, timeout=30_000)
    QTest.qWait(300)
    header = _seconds(review.lease_label.text())
    bar = _seconds(status.lease_label.text())
    assert abs(header - bar) <= 1, (review.lease_label.text(), status.lease_label.text())


def _seconds(text: str) -> int:
    minutes, seconds = re.search(r"(\d+):(\d\d)", text).groups()
    return int(minutes) * 60 + int(seconds)


# 12. sign-in: Enter submits ---------------------------------------------------------------------


def test_after_a_wrong_password_enter_signs_in_and_never_cancels(qtbot, runner):
    from moderator_app.net.errors import AuthFailed
    from moderator_app.views.sign_in_dialog import SignInDialog

    attempts = []

    def sign_in(url, user, password):
        attempts.append(password)
        if password != "demo":
            raise AuthFailed("Wrong username or password.")
        return ("ws", "user")

    dialog = SignInDialog(
        sign_in, lambda url: "", runner, server_url="http://127.0.0.1:1", username="moderator1"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with warnings.catch_warnings():  # the offscreen platform activates no window by itself
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(dialog)
    dialog.password_edit.setFocus()
    QTest.keyClicks(dialog.password_edit, "wrong")
    QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=10_000)
    QTest.keyClicks(dialog.password_edit, "demo")  # the wrong password is selected: typing replaces it
    QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() != 0 or len(attempts) == 2, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.result() != 0, timeout=10_000)
    assert attempts == ["wrong", "demo"]
    assert dialog.result() == QDialog.DialogCode.Accepted


# 13. French desks read French reasons, never raw codes -----------------------------------------


def test_the_french_reject_grid_names_the_reasons_in_french(desk_of, qapp):
    from moderator_app.views import i18n

    i18n.install(qapp, "fr")
    try:
        desk = desk_of(hold=60.0)
        review = desk.review
        press(review, Qt.Key.Key_R)
        labels = [b.text() for b in review.decision_bar.option_buttons()]
        assert labels and all("contact_details" not in t and "counterfeit" not in t for t in labels), labels
        assert any("Coordonnées" in t for t in labels), labels
        assert not any("Contact details" in t for t in labels), labels
    finally:
        i18n.install(qapp, "en")


def test_a_findings_category_is_translated_and_never_raw(qapp):
    from moderator_app.core.findings import Finding
    from moderator_app.views import i18n
    from moderator_app.views.finding_labels import finding_rule

    finding = Finding(
        "banned_term",
        "description",
        0,
        13,
        "western union",
        "western union",
        "scams_and_fraud",
        "Payment outside the platform",
        rule="term:western union",
    )
    i18n.install(qapp, "fr")
    try:
        text = finding_rule(finding)
    finally:
        i18n.install(qapp, "en")
    assert "scams_and_fraud" not in text
    assert "fraude" in text.lower(), text
    assert "scams_and_fraud" not in finding_rule(finding)


# 14. the offline runway and the empty-queue message --------------------------------------------


def test_offline_the_empty_screen_and_the_status_bar_tell_the_truth(
    desk_of, server_factory, make_test_dataset, qtbot
):
    server = server_factory(dataset=make_test_dataset(open_items=3))
    desk = desk_of(server=server, hold=60.0)
    review = desk.review
    qtbot.waitUntil(lambda: len(desk.ws.review_items()) == 3, timeout=30_000)
    server.stop()
    for _ in range(3):
        decide_shown(review, desk.ws, [Qt.Key.Key_A], "approve")
    qtbot.waitUntil(lambda: desk.ws.status().state == "offline", timeout=30_000)
    QTest.qWait(300)
    text = review.empty_label.text()
    assert review.stack.currentIndex() == 1
    assert "Offline" in text and "3 decisions will be sent when the connection returns" in text, text
    assert "claimed and downloaded" not in text
    assert "0 listings ready" in _status_text(desk.window.status) or "No listings ready" in _status_text(
        desk.window.status
    )


# 4. leases are let go (skip, leaving the queue) --------------------------------------------------


def held_by_moderator1(url: str) -> set[int]:
    from moderator_app.net.api_client import ApiClient

    with ApiClient(url) as api:
        api.login("moderator1", "demo")
        body = api._send("GET", "/v1/leases").json()
    return {lease["item_id"] for lease in body["leases"]}


def test_skip_gives_the_listing_back_at_once(desk_of, qtbot):
    desk = desk_of(hold=60.0)
    review = desk.review
    after_guard()
    skipped = shown(review)
    assert skipped in held_by_moderator1(desk.server.url)
    press(review, Qt.Key.Key_S)
    assert shown(review) != skipped
    qtbot.waitUntil(lambda: skipped not in held_by_moderator1(desk.server.url), timeout=10_000)


def test_leaving_the_queue_gives_its_listings_back(desk_of, qtbot):
    desk = desk_of(hold=60.0)
    decided = decide_shown(desk.review, desk.ws, [Qt.Key.Key_A], "approve")
    assert held_by_moderator1(desk.server.url) - {decided}
    desk.window.show_picker()
    # Only the decided listing, whose decision still waits in the outbox, keeps its lease.
    qtbot.waitUntil(lambda: held_by_moderator1(desk.server.url) == {decided}, timeout=10_000)


# 5. a visibly expired lease -------------------------------------------------------------------


def test_a_listing_whose_lease_has_expired_cannot_be_decided_and_says_why(desk_of, server_factory, qtbot):
    desk = desk_of(server=server_factory(lease_seconds=4), hold=60.0)
    review = desk.review
    desk.server.stop()  # no renewal can reach it
    QTest.qWait(5000)
    count = len(recorded(desk.ws))
    press(review, Qt.Key.Key_A)
    assert len(recorded(desk.ws)) == count
    assert "expired" in _status_text(desk.window.status).lower() or "expired" in review.banner_text().lower()


# 7. a full disk on the review screen ------------------------------------------------------------


def test_a_full_disk_refuses_the_decision_clearly_and_the_screen_keeps_working(
    qtbot, runner, server_factory, tmp_path
):
    import contextlib
    import os
    import subprocess

    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)], capture_output=True
    ).returncode:
        pytest.skip("cannot mount a tmpfs here")
    desk = None
    try:
        desk = open_desk(qtbot, runner, server_factory(), disk / "desk", hold=60.0)
        review = desk.review
        after_guard()
        target = shown(review)
        filler = disk / "filler"
        with open(filler, "wb") as f, contextlib.suppress(OSError):
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        press(review, Qt.Key.Key_A)
        assert recorded(desk.ws) == []
        assert shown(review) == target and shown_as_ready(review)
        assert "disk" in _status_text(desk.window.status).lower()
        after_guard()
        press(review, Qt.Key.Key_S)  # skipping still works: the listing goes back once the disk takes it
        assert shown(review) != target
        filler.unlink()
        decide_shown(review, desk.ws, [Qt.Key.Key_A], "approve")
        qtbot.waitUntil(lambda: target not in held_by_moderator1(desk.server.url), timeout=15_000)
    finally:
        if desk is not None:
            close_desk(desk)
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_the_crash_dialog_does_not_claim_that_a_decision_was_saved(qtbot):
    from moderator_app.views.crash_dialog import CrashDialog

    dialog = CrashDialog("details")
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "they were saved" not in text
