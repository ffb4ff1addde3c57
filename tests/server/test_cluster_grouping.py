"""The grouping's invariants over many random sets of listings (Hypothesis), and the pure rules it
rests on: contact keys, what is sensitive, member keys."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from moderator_app.core.cluster_schema import ClusterSettings, member_key
from moderator_app.core.exposure_rules import flag_category
from moderator_app.server.clusters.features import contact_key
from moderator_app.server.clusters.grouping import Node, build_clusters

PHONES = [f"+3361122{n:04d}" for n in range(6)]
PHOTOS = [0x0F0F_F0F0_3C3C_C3C3 ^ (n << 40) for n in range(4)]


@st.composite
def listings(draw) -> list[Node]:
    count = draw(st.integers(2, 30))
    nodes = []
    for n in range(count):
        node = Node(n + 1, f"L{n}", 1, f"S{draw(st.integers(0, 8))}")
        for phone in draw(st.lists(st.sampled_from(PHONES), max_size=2)):
            node.contacts.append(("phone", phone, draw(st.sampled_from(["text", "photo", "account"])), None))
        for k, photo in enumerate(draw(st.lists(st.sampled_from(PHOTOS), max_size=2))):
            node.photos.append((f"img-{n}-{k}", photo ^ draw(st.sampled_from([0, 1, 3, 1 << 20]))))
        nodes.append(node)
    return nodes


@settings(max_examples=200, deadline=None)
@given(listings(), st.booleans(), st.integers(2, 10))
def test_clusters_are_disjoint_connected_and_cross_sellers(nodes, single_seller, max_sellers):
    config = ClusterSettings(group_single_seller=single_seller, max_key_sellers=max_sellers)
    clusters, _stats = build_clusters(nodes, config)
    seen: set[int] = set()
    for cluster in clusters:
        members = set(cluster.nodes)
        assert not members & seen, "a listing is in two clusters"
        seen |= members
        assert len({nodes[i].listing_id for i in members}) >= 2
        if not single_seller:
            assert len({nodes[i].seller_id for i in members}) >= 2
        reached, frontier = set(), [min(members)]
        while frontier:  # every member is reached through the cluster's own evidence
            x = frontier.pop()
            if x in reached:
                continue
            reached.add(x)
            for group in cluster.groups:
                ids = {m[0] for m in group.members}
                if x in ids:
                    frontier.extend(ids - reached)
        assert reached == members
        for group in cluster.groups:
            sellers = {nodes[m[0]].seller_id for m in group.members}
            assert len(sellers) <= max_sellers
            assert single_seller or len(sellers) >= 2
    print(f"checked {len(clusters)} clusters over {len(nodes)} listings")


def test_contact_keys_name_someone_or_nothing():
    assert contact_key("phone", "+33612345678;ext=12") == ("phone", "+33612345678")
    assert contact_key("email", "Jean.Dupont@Mail.FR") == ("email", "jean.dupont@mail.fr")
    assert contact_key("messaging", "telegram:Bob_Sells") == ("handle", "bob_sells")
    assert contact_key("messaging", "@bob_sells") == ("handle", "bob_sells")
    assert contact_key("messaging", "whatsapp:33612345678") == ("phone", "+33612345678")
    assert contact_key("messaging", "whatsapp") is None  # an app, not a person
    assert contact_key("payment", "western union") is None
    assert contact_key("payment", "FR76 3000 6000 0112 3456 7890 189") == ("iban", "FR7630006000011234567890189")
    assert contact_key("url", "www.example.fr") is None


def test_what_is_sensitive():
    assert flag_category("nudity", "Possible nudity", 0.9) == "nudity"
    assert flag_category("server", "adult_content", None) == "nudity"
    assert flag_category("server", "graphic_violence", 0.7) == "violence"
    assert flag_category("nudity", "Possible nudity", 0.3) is None  # too weak
    assert flag_category("server", "scam_risk", 0.99) is None


def test_member_keys_are_stable_and_distinct():
    key = uuid.uuid4()
    assert member_key(key, 5) == member_key(key, 5)
    assert len({member_key(key, n) for n in range(100)}) == 100
    assert member_key(key, 5) != member_key(uuid.uuid4(), 5)
