"""The photo gallery: large view with flag boxes, thumbnails, flag chips and duplicate links."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from moderator_app.views.chip_row import ChipRow
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.opaque_panel import OpaquePanel
from moderator_app.views.photo_decode import DecodedPhoto
from moderator_app.views.photo_flags import DuplicateLink, PhotoFlags, duplicate_chips
from moderator_app.views.photo_view import PhotoView
from moderator_app.views.thumb_strip import Thumb, ThumbStrip


class PhotoGallery(OpaquePanel):
    """Shows one listing's photos.

    Signals:
        duplicate_activated(object): a DuplicateLink chip was clicked.
        current_changed(int): the photo shown in the large view changed.
        revealed(str): the moderator revealed a hidden photo (its image id), once per showing.
    """

    duplicate_activated = Signal(object)
    current_changed = Signal(int)
    revealed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhotoGallery")
        self.header = plain_label("SectionHeader", selectable=False)
        self.position_label = plain_label("MutedLabel", selectable=False)
        self.view = PhotoView(self)
        self.thumbs = ThumbStrip(self)
        self.flag_chips = ChipRow(self)
        self.duplicate_chips = ChipRow(self)
        self.view.reveal_requested.connect(self.reveal_current)
        self.thumbs.selected.connect(self.select)
        self.duplicate_chips.chip_clicked.connect(self.duplicate_activated)

        head = QHBoxLayout()
        head.addWidget(self.header)
        head.addStretch(1)
        head.addWidget(self.position_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.flag_chips)
        layout.addWidget(self.thumbs)
        layout.addWidget(self.duplicate_chips)

        self._ids: list[str] = []
        self._decoded: dict[str, DecodedPhoto | None] = {}
        self._flags: dict[str, PhotoFlags] = {}
        self._veil: dict[str, bool] = {}
        self._revealed: set[str] = set()
        self._current = 0

    def show_photos(
        self,
        image_ids: Sequence[str],
        decoded: Mapping[str, DecodedPhoto | None],
        flags: Mapping[str, PhotoFlags],
        veiled: Mapping[str, bool],
        duplicates: Sequence[DuplicateLink] = (),
        keep_state: bool = False,
    ) -> None:
        """Show a listing's photos, the first one large; veiled photos stay hidden until revealed.

        `keep_state` (the same listing, refreshed with new flags) keeps the photo on display and
        what the moderator already revealed.
        """
        same = keep_state and list(image_ids) == self._ids
        self._ids = list(image_ids)
        self._decoded = dict(decoded)
        self._flags = dict(flags)
        self._veil = dict(veiled)
        if not same:
            self._revealed = set()
            self._current = 0
        if self._ids:
            self.header.setText(self.tr("Photos (%n)", "", len(self._ids)))
        else:
            self.header.setText(self.tr("No photos"))
        self.duplicate_chips.set_chips(duplicate_chips(list(duplicates)))
        self.duplicate_chips.setVisible(bool(duplicates))
        self._refresh_thumbs()
        self._show_current()

    def update_photo(self, photo: DecodedPhoto) -> None:
        """A photo finished decoding after the listing was shown."""
        if photo.image_id not in self._ids:
            return
        self._decoded[photo.image_id] = photo
        self._refresh_thumbs()
        if self._ids[self._current] == photo.image_id:
            self._show_current()

    def select(self, index: int) -> None:
        if 0 <= index < len(self._ids) and index != self._current:
            self._current = index
            self.thumbs.set_current(index)
            self._show_current()
            self.current_changed.emit(index)

    def next_photo(self) -> None:
        self.select(self._current + 1)

    def previous_photo(self) -> None:
        self.select(self._current - 1)

    def current_index(self) -> int:
        return self._current

    def current_id(self) -> str | None:
        return self._ids[self._current] if self._ids else None

    def reveal_current(self) -> None:
        """Reveal the veiled photo in the large view (the moderator chose to look)."""
        image_id = self.current_id()
        if image_id is None:
            return
        was_hidden = self.is_veiled(image_id)
        self._revealed.add(image_id)
        self.view.reveal()
        self._refresh_thumbs()
        if was_hidden:
            self.revealed.emit(image_id)

    def is_veiled(self, image_id: str) -> bool:
        return self._veil.get(image_id, False) and image_id not in self._revealed

    def _refresh_thumbs(self) -> None:
        thumbs = []
        for image_id in self._ids:
            photo = self._decoded.get(image_id)
            flags = self._flags.get(image_id)
            image = None
            if photo is not None and photo.ok:
                image = photo.veiled_thumb if self.is_veiled(image_id) and photo.veiled_thumb else photo.thumb
            thumbs.append(Thumb(image, bool(flags and flags.flagged), photo is not None and not photo.ok))
        self.thumbs.set_thumbs(thumbs, self._current)
        self.thumbs.setVisible(len(self._ids) > 1)

    def _show_current(self) -> None:
        if not self._ids:
            self.view.set_message(self.tr("This listing has no photos"))
            self.flag_chips.set_chips([])
            self.position_label.setText("")
            return
        image_id = self._ids[self._current]
        photo = self._decoded.get(image_id)
        flags = self._flags.get(image_id) or PhotoFlags()
        self.position_label.setText(self.tr("%1 of %2").replace("%1", str(self._current + 1)).replace("%2", str(len(self._ids))))
        if photo is None:
            self.view.set_message(self.tr("Loading photo…"))
        else:
            self.view.set_photo(photo, flags.boxes, veiled=self.is_veiled(image_id))
        self.flag_chips.set_chips(flags.chips, self.tr("No photo flags"))
