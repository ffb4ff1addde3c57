"""The listing panel shows hostile text as inert plain text, with findings highlighted at exact spans."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from sample_items import DESCRIPTION, TITLE, findings_for, make_item

from moderator_app.core.findings import Finding
from moderator_app.screening.text import TextScreener, default_policy
from moderator_app.views.listing_panel import ListingPanel
from moderator_app.views.text_view import DIRECTION_MARKER, INVISIBLE_MARKER, visible_text

HOSTILE = [
    '<script>alert("x")</script><b>bold</b> &amp; <img src="http://evil.example/x.png" onerror=alert(1)>',
    "<html><body><h1>Titre</h1><a href='javascript:alert(1)'>clique</a></body></html>",
    "prix \u202egnp.exe\u202c normal \u2066isolé\u2069 fin",
    "Z̸̡̢̛̙̜͈̗̙̝̪̼̯̆̈́̈̔̃ą̷̧̛̦̟̱̩̫͕̱̗̂̋̅̀͊͘ļ̵̢̛̺̱̙̯̹̼̎̽̀͌͊̓̕g̴̼͎̐̔̾̊̍o̵̩͙͛̓̀͝ text",
    "emoji 📱📱 then <i>06 12 34 56 78</i>",
]


@pytest.fixture
def panel(qtbot):
    widget = ListingPanel()
    qtbot.addWidget(widget)
    widget.resize(600, 700)
    widget.show()
    return widget


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_shown_as_the_exact_characters(panel, tmp_path, text):
    item = make_item(1, tmp_path, title=text, description=text, photos=0, findings=[])
    panel.show_listing(item.listing, [])
    for view in (panel.title_view, panel.description_view):
        doc = view.document()
        # Every character is there, in the order it is written; direction controls and other
        # invisible characters are drawn as visible markers, one for one.
        assert doc.toPlainText() == visible_text(text)
        # Nothing was parsed as markup: no images, anchors or extra blocks came out of the tags.
        assert "<img" not in doc.toHtml() or "&lt;img" in doc.toHtml()
        assert doc.blockCount() == text.count("\n") + 1
        fmt_cursor = QTextCursor(doc)
        fmt_cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        assert not fmt_cursor.charFormat().isAnchor()
        assert not fmt_cursor.charFormat().isImageFormat()


def test_one_megabyte_of_text_is_shown_whole(panel, tmp_path):
    text = ("<b>spam</b> " * 90_000)[:1_000_000]
    item = make_item(1, tmp_path, description=text, photos=0, findings=[])
    panel.show_listing(item.listing, [])
    assert panel.description_view.document().toPlainText() == text


def test_meta_labels_are_plain_text(panel, tmp_path):
    item = make_item(1, tmp_path, photos=0)
    listing = item.listing.model_copy(update={"category": "<b>Cat</b>", "location": "<i>Lyon</i>"})
    panel.show_listing(listing, [])
    for label in (panel.price_label, panel.category_label, panel.location_label, panel.posted_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert panel.category_label.text() == "<b>Cat</b>"


def test_findings_are_highlighted_at_their_exact_spans(panel, tmp_path):
    item = make_item(1, tmp_path, photos=0)
    panel.show_listing(item.listing, item.text_findings)
    doc = panel.description_view.document()
    spans = panel.description_view.spans()
    assert len(spans) == len([f for f in item.text_findings if f.field == "description"])
    for span in spans:
        assert DESCRIPTION[span.finding.start : span.finding.end] == span.finding.text
        inside = QTextCursor(doc)
        inside.setPosition(span.start + 1)
        assert inside.charFormat().background().style() != Qt.BrushStyle.NoBrush
    before = QTextCursor(doc)
    before.setPosition(1)
    assert before.charFormat().background().style() == Qt.BrushStyle.NoBrush
    title_spans = panel.title_view.spans()
    assert [TITLE[s.finding.start : s.finding.end] for s in title_spans] == ["prix sacrifié"]


def test_spans_after_astral_characters_use_utf16_positions(panel, tmp_path):
    text = "📱📱 appelez 0612345678 vite"
    start = text.index("0612345678")
    finding = Finding("phone", "description", start, start + 10, "0612345678", "+33612345678", None, "phone")
    item = make_item(1, tmp_path, description=text, photos=0, findings=[finding])
    panel.show_listing(item.listing, [finding])
    span = panel.description_view.spans()[0]
    cursor = QTextCursor(panel.description_view.document())
    cursor.setPosition(span.start)
    cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "0612345678"


def test_clicking_a_finding_scrolls_to_and_selects_its_span(panel, qtbot, tmp_path):
    filler = "ligne sans rien\n" * 200
    description = filler + "Paiement par Western Union uniquement"
    findings = findings_for(TITLE, description)
    item = make_item(1, tmp_path, description=description, photos=0, findings=findings)
    panel.show_listing(item.listing, findings)
    view = panel.description_view
    assert view.verticalScrollBar().value() == 0
    row = next(r for r in range(panel.findings_model.rowCount()) if panel.findings_model.finding(r).text == "Western Union")
    index = panel.findings_model.index(row)
    rect = panel.findings_list.visualRect(index)
    panel.findings_list.scrollTo(index)
    rect = panel.findings_list.visualRect(index)
    qtbot.mouseClick(panel.findings_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.textCursor().selectedText() == "Western Union"
    assert view.verticalScrollBar().value() > 0


def test_direction_controls_and_invisible_characters_are_drawn_visibly(panel, tmp_path):
    description = "Votre facture\u202egpj.exe\u202c est prête, vi\u200bagra offert"
    findings = TextScreener(default_policy()).screen({"description": description}, "FR")
    item = make_item(1, tmp_path, description=description, photos=0, findings=findings)
    panel.show_listing(item.listing, findings)
    doc = panel.description_view.document()
    shown = (
        f"Votre facture{DIRECTION_MARKER}gpj.exe{DIRECTION_MARKER} est prête, vi{INVISIBLE_MARKER}agra offert"
    )
    assert doc.toPlainText() == shown
    marker = QTextCursor(doc)
    marker.setPosition(description.index("\u202e") + 1)
    assert marker.charFormat().toolTip() == "U+202E Right-To-Left Override"
    bidi = next(s for s in panel.description_view.spans() if s.finding.kind == "bidi_control")
    cursor = QTextCursor(doc)
    cursor.setPosition(bidi.start)
    cursor.setPosition(bidi.end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == f"{DIRECTION_MARKER}gpj.exe{DIRECTION_MARKER}"
    rows = [
        panel.findings_model.data(panel.findings_model.index(r))
        for r in range(panel.findings_model.rowCount())
    ]
    assert any(row.endswith(f"{DIRECTION_MARKER}gpj.exe{DIRECTION_MARKER}") for row in rows), rows
    assert any("viagra" in (panel.findings_model.finding(r).normalized) for r in range(len(rows)))
