"""The review screen with notices (DSA): the notices panel, marking a notice manifestly unfounded
from the keyboard, the notices a decision records, and the statement preview of the reject flow."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sample_items import QUEUE, StandInWorkstation, make_item

from moderator_app.core import dsa_schema, schema
from moderator_app.core.session_types import Mode
from moderator_app.views.review_screen import ReviewScreen

RECEIVED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def notice(notice_id: int, kind: str = "user", **extra) -> schema.NoticeView:
    values = dict(
        notice_id=notice_id,
        received_at=RECEIVED,
        category="STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        explanation="Asks for a Western Union payment before any viewing.",
        notifier_kind=kind,
        track_record=schema.NotifierTrackRecord(decided=4, upheld=3, upheld_share=0.75, manifestly_unfounded=0),
    )
    values.update(extra)
    return schema.NoticeView(**values)


NOTICES = [
    notice(7),
    notice(
        8,
        "trusted_flagger",
        category="STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        explanation="<b>Counterfeit</b> of a registered design.",
        notifier_name="Brand Alliance",
        track_record=schema.NotifierTrackRecord(decided=20, upheld=19, upheld_share=0.95, manifestly_unfounded=2),
    ),
]


@pytest.fixture
def screen_for(qtbot, tmp_path):
    def build(notices_by_item: dict[int, list[schema.NoticeView]]):
        items = [
            dataclasses.replace(make_item(i, tmp_path), notices=notices_by_item.get(i, [])) for i in (1, 2, 3)
        ]
        ws = StandInWorkstation(items)
        screen = ReviewScreen(ws)
        qtbot.addWidget(screen)
        screen.resize(1400, 850)
        screen.set_queue(QUEUE)
        screen.show()
        qtbot.waitExposed(screen)
        screen.setFocus()
        qtbot.waitUntil(lambda: screen.cache.pending_count() == 0, timeout=10_000)
        return screen, ws

    return build


def press(screen, *keys):
    for key in keys:
        QTest.keyClick(screen, key)


def test_the_panel_shows_each_notice_its_category_notifier_and_track_record(screen_for):
    screen, _ws = screen_for({1: NOTICES})
    panel = screen.notices_panel
    assert panel.isVisible()
    assert panel.header.text() == "Notices (2)"
    assert panel.badge.isVisible() and panel.badge.text() == "Priority lane"
    first, second = panel.cards[:2]
    assert first.title.text() == "1 · Scams and fraud"
    assert first.meta.text() == "User — 75% upheld of 4 decided"
    assert second.title.text() == "2 · Intellectual property"
    assert second.meta.text() == "Trusted flagger · Brand Alliance — 95% upheld of 20 decided · 2 manifestly unfounded"
    # The notifier's text is hostile input: shown as plain text, never as markup.
    assert second.explanation.text() == "<b>Counterfeit</b> of a registered design."
    assert second.explanation.textFormat() == Qt.TextFormat.PlainText
    assert not panel.cards[2].isVisible()
    assert "STATEMENT_CATEGORY" not in " ".join(c.title.text() for c in panel.cards)
    press(screen, Qt.Key.Key_N)
    assert not panel.isVisible(), "a listing without notices shows no panel"


def test_a_users_notice_without_record_says_so_and_no_priority_badge(screen_for):
    screen, _ws = screen_for({1: [notice(7, track_record=None), notice(9, track_record=schema.NotifierTrackRecord())]})
    panel = screen.notices_panel
    assert not panel.badge.isVisible()
    assert panel.cards[0].meta.text() == "User — anonymous: no track record"
    assert panel.cards[1].meta.text() == "User — no earlier notice decided"


def test_u_then_a_digit_marks_a_notice_unfounded_and_the_approval_records_it(screen_for):
    screen, ws = screen_for({1: NOTICES, 2: [notice(11)]})
    press(screen, Qt.Key.Key_U)
    assert screen.state() == Mode.MARKING_NOTICES
    assert [b.text() for b in screen.decision_bar.option_buttons()] == [
        "1  Scams and fraud (User)",
        "2  Intellectual property (Trusted flagger)",
    ]
    press(screen, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert screen.state() == Mode.BROWSING
    assert screen.notices_panel.cards[0].mark.isVisible()
    assert not screen.notices_panel.cards[1].mark.isVisible()
    press(screen, Qt.Key.Key_A)
    assert ws.decisions[-1]["notice_ids"] == [7, 8]
    assert ws.decisions[-1]["unfounded_notice_ids"] == [7]
    # The next listing has one notice: U marks it at once; a rejection never carries the mark.
    press(screen, Qt.Key.Key_U)
    assert screen.notices_panel.cards[0].mark.isVisible()
    press(screen, Qt.Key.Key_R, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert ws.decisions[-1]["action"] == "reject"
    assert ws.decisions[-1]["notice_ids"] == [11] and ws.decisions[-1]["unfounded_notice_ids"] == []


def test_the_preview_offline_says_it_needs_the_server_and_esc_returns_with_the_reasons(screen_for, qtbot):
    screen, ws = screen_for({1: NOTICES})
    press(screen, Qt.Key.Key_R, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_T)
    dialog = screen.preview_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: "needs the server" in dialog.status_label.text())
    assert ws.previews == [(1, ("SCAM_ADVANCE_PAYMENT", "COUNTERFEIT"))]
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter never confirms from inside the preview
    assert dialog.isVisible() and ws.decisions == []
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible() and screen.isActiveWindow())
    assert screen.state() == Mode.CHOOSING_REASONS
    assert [b.isChecked() for b in screen.decision_bar.option_buttons()] == [True, False, True, False]
    press(screen, Qt.Key.Key_Return)
    assert ws.decisions[-1]["reason_codes"] == ["SCAM_ADVANCE_PAYMENT", "COUNTERFEIT"]


def test_the_preview_shows_the_statement_in_the_moderators_words(screen_for, qtbot):
    screen, ws = screen_for({})
    statement = dsa_schema.StatementOfReasons(
        decision_visibility=["DECISION_VISIBILITY_CONTENT_REMOVED"],
        decision_ground="DECISION_GROUND_ILLEGAL_CONTENT",
        illegal_content_legal_ground="Code pénal (FR) art. 313-1",
        illegal_content_explanation="The listing asks for an advance payment.",
        category="STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        category_specification=["KEYWORD_OTHER"],
        content_type=["CONTENT_TYPE_PRODUCT"],
        content_date="2026-11-19",
        territorial_scope=["FR"],
        application_date="2026-11-20",
        decision_facts="facts",
        source_type="SOURCE_VOLUNTARY",
        automated_detection="Yes",
        automated_decision="AUTOMATED_DECISION_NOT_AUTOMATED",
        puid="preview",
    )
    envelope = dsa_schema.StatementEnvelope(
        decision_id=None,
        puid="preview",
        statement=statement,
        seller_notice=dsa_schema.SellerNotice(language="fr", subject="Votre annonce a été retirée", text="Recours…"),
    )
    ws.preview = lambda item_id, reasons: envelope
    press(screen, Qt.Key.Key_R, Qt.Key.Key_1, Qt.Key.Key_T)
    dialog = screen.preview_dialog
    qtbot.waitUntil(lambda: dialog.view.isVisible())
    view = dialog.view
    assert view.category_value.text() == "Scams and fraud"
    assert view.ground_value.text() == "Illegal content: Code pénal (FR) art. 313-1"
    assert view.source_value.text() == "The platform's own initiative"
    assert view.automated_value.text() == "Yes"
    assert view.subject_label.text() == "Votre annonce a été retirée"
    assert view.notice_text.toPlainText() == "Recours…"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert screen.state() == Mode.CHOOSING_REASONS


@pytest.mark.parametrize(
    ("language", "header", "kind", "badge"),
    [("fr", "Signalements (2)", "Signaleur de confiance", "File prioritaire"),
     ("es", "Notificaciones (2)", "Alertador fiable", "Vía prioritaria")],
)  # fmt: skip
def test_the_notices_panel_speaks_french_and_spanish(screen_for, qapp, language, header, kind, badge):
    from moderator_app.views import i18n

    assert i18n.install(qapp, language) == language
    try:
        screen, _ws = screen_for({1: NOTICES})
        panel = screen.notices_panel
        assert panel.header.text() == header and panel.badge.text() == badge
        assert panel.cards[1].meta.text().startswith(f"{kind} · Brand Alliance — 95")
        assert "Intellectual property" not in panel.cards[1].title.text()
    finally:
        i18n.install(qapp, "en")
