"""Duplicate-photo links: one per other listing, closest first, and a bounded row of chips."""

from __future__ import annotations

from dataclasses import replace

from moderator_app.core import schema
from moderator_app.views.photo_flags import MAX_DUPLICATE_CHIPS, duplicate_chips, duplicate_links
from tests.views.sample_items import make_item


def _similar(listing_id: str, distance: int, image_id: str = "img-x") -> schema.SimilarImage:
    return schema.SimilarImage(
        image_id=image_id, listing_id=listing_id, seller_id="S-9", phash="0" * 16, distance=distance
    )


def test_links_keep_the_closest_photo_of_each_other_listing(qapp, tmp_path):
    item = make_item(1, tmp_path)
    item = replace(
        item,
        similar_images=[
            _similar("L-2", 6, "a"),
            _similar("L-2", 2, "b"),
            _similar("L-3", 4),
            _similar(item.listing.id, 0),  # the listing's own photo is no duplicate
        ],
    )
    links = duplicate_links(item)
    assert [(link.listing_id, link.distance, link.image_id) for link in links] == [("L-2", 2, "b"), ("L-3", 4, "img-x")]


def test_chips_are_capped_with_a_count_of_the_rest(qapp, tmp_path):
    item = make_item(1, tmp_path)
    item = replace(item, similar_images=[_similar(f"L-{n:03d}", n % 9) for n in range(MAX_DUPLICATE_CHIPS + 4)])
    chips = duplicate_chips(duplicate_links(item))
    assert len(chips) == MAX_DUPLICATE_CHIPS + 1
    assert all(chip.payload is not None for chip in chips[:-1])
    assert chips[-1].payload is None and "4" in chips[-1].text
