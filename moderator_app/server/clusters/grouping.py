"""Grouping open listings into clusters, from features already extracted. Pure: no database.

Evidence comes in *groups*: the members that share one contact detail, one photo (near-identical
photos form one group), or near-identical text (a connected set of text matches). A group links
nothing when it spans more sellers than ``max_key_sellers`` (a common value: a marketplace's own
address, a stock photo or a stock text), or, unless ``group_single_seller``, only one seller (a
shop's own phone on all its listings, a reposted ad). Clusters are the connected components of the
remaining groups with at least two listings (and two sellers, unless ``group_single_seller``).

- **Photos**: only photos whose hash means something (``hash_quality`` at least
  core.phash.MIN_HASH_QUALITY: blank, uniform and flat photos never link listings). Candidates
  share one of the four 16-bit quarters of the 64-bit pHash; a candidate pair is a match at
  ``photo_max_distance`` bits or fewer. Pairs up to 3 bits apart always share a quarter (four
  quarters, three differing bits); most re-encoded or resized copies differ by 0-4 bits, and a
  group needs only one path between its photos.
- **Text**: MinHash signatures (datasketch) of the 5-gram sets, indexed with MinHash LSH at
  ``text_similarity``; every candidate pair is checked on its signatures (the estimated Jaccard
  similarity) before it counts.
- **Contacts**: exact values (E.164 phone numbers, lower-case e-mail addresses, handles, IBANs).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from moderator_app.core.cluster_schema import ClusterSettings
from moderator_app.core.schema import EvidenceKind
from moderator_app.server.clusters.text_signature import NUM_PERM, lsh_index

PHOTO_BANDS = 4  # 16-bit quarters of the 64-bit pHash
_BAND_BITS = 64 // PHOTO_BANDS


@dataclass
class Node:
    """One open queue item and what its listing version shows."""

    item_id: int
    listing_id: str
    version: int
    seller_id: str
    # (kind, value, source, image_id): source "text" | "photo" | "account"
    contacts: list[tuple[str, str, str, str | None]] = field(default_factory=list)
    photos: list[tuple[str, int]] = field(default_factory=list)  # (image_id, pHash) of hashable photos
    signature: np.ndarray | None = None  # uint32[NUM_PERM], None: text too short


@dataclass
class Group:
    """Members that share one thing; ``members`` are (node index, source, image_id, distance)."""

    kind: EvidenceKind
    value: str | None
    members: list[tuple[int, str, str | None, int | None]]
    similarity: float | None = None


@dataclass
class BuiltCluster:
    nodes: list[int]  # node indexes, ascending
    groups: list[Group]


@dataclass
class GroupingStats:
    groups: int = 0
    common_ignored: int = 0
    single_seller_ignored: int = 0
    text_candidates: int = 0
    photo_candidates: int = 0


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def build_clusters(nodes: list[Node], settings: ClusterSettings) -> tuple[list[BuiltCluster], GroupingStats]:
    """The clusters of these nodes, each with the groups that link it (see the module docstring)."""
    stats = GroupingStats()
    groups = [
        *_contact_groups(nodes),
        *_photo_groups(nodes, settings, stats),
        *_text_groups(nodes, settings, stats),
    ]
    kept: list[Group] = []
    for group in groups:
        sellers = {nodes[m[0]].seller_id for m in group.members}
        listings = {nodes[m[0]].listing_id for m in group.members}
        if len(listings) < 2:
            continue
        if len(sellers) > settings.max_key_sellers:
            stats.common_ignored += 1
            continue
        if len(sellers) < 2 and not settings.group_single_seller:
            stats.single_seller_ignored += 1
            continue
        kept.append(group)
    stats.groups = len(kept)
    union = _UnionFind(len(nodes))
    for group in kept:
        first = group.members[0][0]
        for member in group.members[1:]:
            union.union(first, member[0])
    by_root: dict[int, list[Group]] = defaultdict(list)
    for group in kept:
        by_root[union.find(group.members[0][0])].append(group)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(nodes)):
        root = union.find(index)
        if root in by_root:
            members[root].append(index)
    clusters = []
    for root, indexes in members.items():
        sellers = {nodes[i].seller_id for i in indexes}
        if len({nodes[i].listing_id for i in indexes}) < 2:
            continue
        if len(sellers) < 2 and not settings.group_single_seller:
            continue
        clusters.append(BuiltCluster(sorted(indexes), by_root[root]))
    clusters.sort(key=lambda c: nodes[c.nodes[0]].item_id)
    return clusters, stats


def _contact_groups(nodes: list[Node]) -> Iterable[Group]:
    by_key: dict[tuple[str, str], list[tuple[int, str, str | None, int | None]]] = defaultdict(list)
    for index, node in enumerate(nodes):
        seen = set()
        for kind, value, source, image_id in node.contacts:
            if (kind, value, source, image_id) in seen:
                continue
            seen.add((kind, value, source, image_id))
            by_key[(kind, value)].append((index, source, image_id, None))
    for (kind, value), members in sorted(by_key.items()):
        if len({m[0] for m in members}) >= 2:
            yield Group(EvidenceKind(kind), value, members)


def _photo_groups(nodes: list[Node], settings: ClusterSettings, stats: GroupingStats) -> Iterable[Group]:
    """Groups of near-identical photos: connected components of the photo match graph."""
    shown_by: dict[int, list[tuple[int, str]]] = defaultdict(list)  # pHash -> (node, image id)
    for index, node in enumerate(nodes):
        for image_id, value in node.photos:
            shown_by[value].append((index, image_id))
    if not shown_by:
        return
    hashes = np.fromiter(shown_by, dtype=np.uint64, count=len(shown_by))
    union = _UnionFind(len(hashes))
    limit = settings.photo_max_distance
    for band in range(PHOTO_BANDS):
        keys = (hashes >> np.uint64(band * _BAND_BITS)) & np.uint64((1 << _BAND_BITS) - 1)
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
        ends = np.r_[starts[1:], len(order)]
        for start, end in zip(starts[ends - starts > 1], ends[ends - starts > 1], strict=True):
            run = order[start:end]
            left, right = np.triu_indices(len(run), k=1)
            stats.photo_candidates += len(left)
            close = np.bitwise_count(hashes[run[left]] ^ hashes[run[right]]) <= limit
            for a, b in zip(run[left[close]], run[right[close]], strict=True):
                union.union(int(a), int(b))
    components: dict[int, list[int]] = defaultdict(list)
    for index in range(len(hashes)):
        components[union.find(index)].append(index)
    for indexes in components.values():
        first = int(hashes[indexes[0]])
        members = []
        for index in indexes:
            value = int(hashes[index])
            distance = (value ^ first).bit_count()
            members.extend((node, "image", image_id, distance) for node, image_id in shown_by[value])
        if len({m[0] for m in members}) >= 2:
            yield Group(EvidenceKind.photo, f"{first:016x}", members)


def _text_groups(nodes: list[Node], settings: ClusterSettings, stats: GroupingStats) -> Iterable[Group]:
    """Groups of near-identical texts: connected components of the checked LSH matches."""
    # One signature per listing version (a version waiting in two queues is two nodes).
    versions: dict[tuple[str, int], list[int]] = defaultdict(list)
    for index, node in enumerate(nodes):
        if node.signature is not None:
            versions[(node.listing_id, node.version)].append(index)
    if len(versions) < 2:
        return
    keys = list(versions)
    signatures = np.stack([nodes[versions[k][0]].signature for k in keys])
    index = lsh_index(settings.text_similarity)
    minhashes = [index.minhash(signatures[i]) for i in range(len(keys))]
    lsh = index.new()
    with lsh.insertion_session() as session:
        for i, minhash in enumerate(minhashes):
            session.insert(i, minhash, check_duplication=False)
    union = _UnionFind(len(keys))
    lowest: dict[int, float] = {}
    edges: list[tuple[int, int, float]] = []
    for i, minhash in enumerate(minhashes):
        candidates = [j for j in lsh.query(minhash) if j > i]
        if not candidates:
            continue
        stats.text_candidates += len(candidates)
        similar = (signatures[candidates] == signatures[i]).sum(axis=1) / NUM_PERM
        for j, similarity in zip(candidates, similar, strict=True):
            if similarity >= settings.text_similarity:
                edges.append((i, j, float(similarity)))
                union.union(i, j)
    for i, _j, similarity in edges:
        root = union.find(i)
        lowest[root] = min(lowest.get(root, 1.0), similarity)
    components: dict[int, list[int]] = defaultdict(list)
    for i in range(len(keys)):
        if union.find(i) in lowest:
            components[union.find(i)].append(i)
    for root, members in components.items():
        nodes_in = [(node, "text", None, None) for k in members for node in versions[keys[k]]]
        yield Group(EvidenceKind.text, None, nodes_in, similarity=round(lowest[root], 3))


def group_json(group: Group, nodes: list[Node]) -> dict:
    """A group as stored with its cluster: a core ClusterEvidence over item ids."""
    members = []
    for index, source, image_id, distance in sorted(
        group.members, key=lambda m: (nodes[m[0]].item_id, m[2] or "")
    ):
        node = nodes[index]
        member = {"item_id": node.item_id, "listing_id": node.listing_id, "source": source}
        if image_id is not None:
            member["image_id"] = image_id
        if distance is not None:
            member["distance"] = distance
        members.append(member)
    return {
        "kind": group.kind.value,
        "value": group.value,
        "similarity": group.similarity,
        "sellers": len({nodes[m[0]].seller_id for m in group.members}),
        "members": members,
    }


def cluster_digest(item_ids: list[int], evidence: list[dict]) -> str:
    """What identifies a cluster's content, so that an unchanged cluster is not rewritten."""
    text = json.dumps([item_ids, evidence], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
