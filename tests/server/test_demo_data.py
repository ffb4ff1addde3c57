"""The demo dataset: deterministic, big enough, and carrying what moderators really catch."""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from collections import Counter, defaultdict
from datetime import timedelta

import imagehash
import pytest
from PIL import Image, ImageStat

from moderator_app.assets import resource_path
from moderator_app.core.dsa_vocabulary import CATEGORIES
from moderator_app.server.demo import REFERENCE_TIME, build_demo_dataset, load_default_policy

STATEMENT_CATEGORIES = set(CATEGORIES)  # the Transparency Database schema in force
DECISION_GROUNDS = {"DECISION_GROUND_ILLEGAL_CONTENT", "DECISION_GROUND_INCOMPATIBLE_CONTENT"}
CATEGORIES = {"electronics", "vehicles", "real_estate", "fashion", "jobs", "animals", "home"}


@pytest.fixture(scope="module")
def dataset():
    return build_demo_dataset()


@pytest.fixture(scope="module")
def all_text(dataset):
    return "\n".join(f"{listing.title}\n{listing.description}" for listing in dataset.listings)


@pytest.fixture(scope="module")
def image_owners(dataset):
    """sha256 of image bytes -> set of seller ids whose listings carry it."""
    owners = defaultdict(set)
    for listing in dataset.listings:
        for image in listing.images:
            owners[hashlib.sha256(image.data).hexdigest()].add(listing.seller_id)
    return owners


# --- determinism -----------------------------------------------------------------------------------


def test_same_seed_gives_an_identical_dataset_down_to_the_image_bytes(dataset):
    again = build_demo_dataset()
    assert again == dataset
    first = [image.data for listing in dataset.listings for image in listing.images]
    second = [image.data for listing in again.listings for image in listing.images]
    assert first == second


def test_another_seed_gives_another_dataset(dataset):
    other = build_demo_dataset(seed=8)
    assert [x.title for x in other.listings] != [x.title for x in dataset.listings]


# --- set-up: accounts, queues, reason codes -----------------------------------------------------------


def test_the_demo_accounts_exist_with_their_roles_and_password(dataset):
    users = {u.username: u for u in dataset.users}
    expected = {
        "moderator1": "moderator",
        "moderator2": "moderator",
        "lead1": "lead",
        "qa1": "qa",
        "admin1": "admin",
    }
    for username, role in expected.items():
        assert users[username].role == role
        assert users[username].password == "demo"
    assert {u.role for u in dataset.users} <= {"moderator", "lead", "qa", "admin"}
    assert len(users) == len(dataset.users), "usernames are unique"


def test_queues_have_the_exact_ids_names_and_sane_settings(dataset):
    queues = {q.id: q for q in dataset.queues}
    assert {q: queues[q].name for q in queues} == {
        "new-fr": "New listings FR",
        "new-es": "New listings ES",
        "reported": "Reported",
        "escalations": "Escalations",
    }
    assert queues["new-fr"].sla_seconds == queues["new-es"].sla_seconds == 2 * 3600
    assert queues["new-fr"].sla_seconds < queues["reported"].sla_seconds < queues["escalations"].sla_seconds
    codes = {r.code for r in dataset.reason_codes}
    for queue in dataset.queues:
        assert set(queue.allowed_actions) <= {"approve", "reject", "escalate"}
        assert {"approve", "reject"} <= set(queue.allowed_actions)
        assert set(queue.reason_codes) <= codes, f"{queue.id} names unknown reason codes"
        assert queue.reason_codes
        assert set(queue.escalation_targets) <= set(queues) - {queue.id}
        assert ("escalate" in queue.allowed_actions) == bool(queue.escalation_targets)


def test_reason_codes_map_to_dsa_statement_categories(dataset):
    codes = [r.code for r in dataset.reason_codes]
    assert len(codes) == len(set(codes))
    for expected in (
        "contact_details",
        "off_platform_payment",
        "prohibited_item",
        "counterfeit",
        "scam_suspected",
        "protected_animal",
        "hate_speech",
        "minors",
        "poor_quality_photos",
        "other",
    ):
        assert expected in codes
    for reason in dataset.reason_codes:
        assert reason.statement_category in STATEMENT_CATEGORIES, reason
        assert reason.decision_ground in DECISION_GROUNDS, reason
        assert reason.label


# --- volume and spread --------------------------------------------------------------------------------


def test_volume_languages_categories_and_countries(dataset):
    listings = dataset.listings
    assert len(listings) >= 500
    assert len(dataset.sellers) >= 150
    assert {x.language for x in listings} == {"fr", "es", "en"}
    assert {x.category for x in listings} == CATEGORIES
    assert {"FR", "ES", "BE", "GB", "MA", "PT"} <= {x.country for x in listings}
    assert len({x.id for x in listings}) == len(listings)
    assert len({i.id for x in listings for i in x.images}) == sum(len(x.images) for x in listings)


def test_every_queue_has_work_and_most_listings_are_pending(dataset):
    pending = Counter(x.queue_id for x in dataset.listings if x.queue_id)
    assert set(pending) == {q.id for q in dataset.queues}
    assert min(pending.values()) >= 20
    assert sum(pending.values()) > len(dataset.listings) / 2


def test_pending_and_past_listings_are_consistent(dataset):
    codes = {r.code for r in dataset.reason_codes}
    outcomes = Counter()
    for listing in dataset.listings:
        if listing.queue_id is None:
            assert listing.outcome in ("approved", "rejected")
            assert set(listing.outcome_reasons) <= codes
            assert bool(listing.outcome_reasons) == (listing.outcome == "rejected")
            assert listing.enqueued_at is None
        else:
            assert listing.outcome is None and listing.outcome_reasons == ()
            assert listing.created_at <= listing.enqueued_at <= REFERENCE_TIME
        outcomes[listing.outcome] += 1
    assert outcomes["approved"] >= 50 and outcomes["rejected"] >= 15


def test_timestamps_are_fixed_relative_to_the_reference_date(dataset):
    sellers = {s.id: s for s in dataset.sellers}
    assert dataset.reference_time == REFERENCE_TIME
    for listing in dataset.listings:
        assert listing.created_at.tzinfo is not None
        assert sellers[listing.seller_id].created_at <= listing.created_at <= REFERENCE_TIME
    spread = REFERENCE_TIME - min(x.created_at for x in dataset.listings)
    assert spread > timedelta(weeks=3)


def test_prices_currencies_and_priorities(dataset):
    for listing in dataset.listings:
        assert listing.currency == ("GBP" if listing.country == "GB" else "EUR")
        assert (listing.price is None) == (listing.category == "jobs"), listing.id
    new = [x.priority for x in dataset.listings if x.queue_id in ("new-fr", "new-es")]
    reported = [x.priority for x in dataset.listings if x.queue_id == "reported"]
    assert min(reported) > max(new), "reported items come before new listings"
    assert len(set(new)) > 5


# --- sellers ------------------------------------------------------------------------------------------


def test_sellers_have_varied_histories(dataset):
    sellers = dataset.sellers
    ages = [REFERENCE_TIME - s.created_at for s in sellers]
    assert min(ages) < timedelta(days=3) and max(ages) > timedelta(days=3 * 365)
    assert {s.kyc for s in sellers} == {"none", "pending", "verified"}
    assert any(s.reports_received >= 3 for s in sellers)
    struck = [s for s in sellers if s.strikes]
    assert len(struck) >= 10
    codes = {r.code for r in dataset.reason_codes}
    for seller in struck:
        for at, reason in seller.strikes:
            assert seller.created_at <= at <= REFERENCE_TIME
            assert reason in codes
    with_history = {x.seller_id for x in dataset.listings if x.queue_id is None}
    assert len(with_history) >= 60
    assert len({s.id for s in sellers}) == len(sellers)
    assert {x.seller_id for x in dataset.listings} <= {s.id for s in sellers}


@pytest.mark.parametrize("attribute", ["phone", "email", "device_fingerprint", "payment_fingerprint"])
def test_some_accounts_are_linked_by_a_shared_identifier(dataset, attribute):
    counts = Counter(getattr(s, attribute) for s in dataset.sellers if getattr(s, attribute))
    assert max(counts.values()) >= 2


def test_the_shared_phone_number_appears_in_listings_of_several_accounts(dataset):
    counts = Counter(s.phone for s in dataset.sellers if s.phone)
    shared, owners = counts.most_common(1)[0]
    assert owners >= 3
    digits = shared[3:]  # national digits without "+33"
    writers = {
        x.seller_id
        for x in dataset.listings
        if digits in re.sub(r"\D", "", x.title + x.description) or digits in x.description.replace(" ", "")
    }
    assert len(writers) >= 2


def test_a_brand_new_account_posts_many_listings_fast(dataset):
    sellers = {s.id: s for s in dataset.sellers}
    by_seller = defaultdict(list)
    for listing in dataset.listings:
        by_seller[listing.seller_id].append(listing)
    bursts = [
        seller_id
        for seller_id, listings in by_seller.items()
        if REFERENCE_TIME - sellers[seller_id].created_at < timedelta(days=3)
        and len(listings) >= 10
        and max(x.created_at for x in listings) - min(x.created_at for x in listings) < timedelta(hours=6)
    ]
    assert bursts
    flagged = [x for x in by_seller[bursts[0]] if any(f.label == "new_account_burst" for f in x.server_flags)]
    assert len(flagged) >= 10


# --- what moderators catch ---------------------------------------------------------------------------------


def test_about_a_third_of_listings_carry_something(dataset):
    planted = [x for x in dataset.listings if set(x.planted) - {"innocent_trap"}]
    share = len(planted) / len(dataset.listings)
    assert 0.28 <= share <= 0.45


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b0[67]( \d\d){4}\b",  # 06 39 98 12 34
        r"\b0[67](\.\d\d){4}\b",  # 06.39.98.12.34
        r"\+33 6( \d\d){4}",
        r"\bO6( \d\d){4}\b",  # letter O for zero
        r"zéro six",
        r"\b(seis|siete) (uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|cero) ",
        r"\+34 6\d\d \d{3} \d{3}",
        r"\+32 4\d\d",
        r"\+44 7700 900\d{3}|07700 900\d{3}",
        r"(?i)whatsapp",
        r"(?i)telegram",
        r"(?i)snap",
        r"\[at\].*\[dot\]|\(at\)|arobase",
        r"Western Union",
        r"MoneyGram",
        r"Mandat Cash",
        r"PCS",
        r"Transcash",
        r"Neosurf",
        r"(?i)à l'étranger|abroad|extranjero",
        r"(?i)acompte|deposit|señal",
        r"(?i)réplique|réplica|replica",
        r"copie conforme",
        r"1:1",
        r"(?i)ivoire|marfil|ivory",
    ],
)
def test_planted_patterns_occur_in_listing_text(all_text, pattern):
    assert re.search(pattern, all_text), pattern


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bvéhicule\b|\bVéhicule\b",
        r"[Pp]articulier",
        r"[Aa]rmoire",
        r"\bcharme\b",
        r"réputé",
        r"IMEI ?:? \d{15}",
        r"SIRET \d{3} \d{3} \d{3} \d{5}",
        r"\d{1,3}[ .,]\d{3} (km|miles)",
        r"\b\d\d/\d\d/20\d\d\b",
    ],
)
def test_innocent_traps_occur_too(all_text, pattern):
    assert re.search(pattern, all_text), pattern


def test_prices_far_below_market_are_flagged(dataset):
    flagged = [
        x for x in dataset.listings if any(f.label == "price_far_below_market" for f in x.server_flags)
    ]
    assert len(flagged) >= 10
    assert all("price_below_market" in x.planted for x in flagged)


def test_server_flags_are_well_formed(dataset):
    labels = Counter()
    for listing in dataset.listings:
        image_ids = {i.id for i in listing.images}
        for flag in listing.server_flags:
            assert 0.0 <= flag.score <= 1.0
            assert flag.source and flag.label
            assert flag.image_id is None or flag.image_id in image_ids
            labels[flag.label] += 1
    assert {"price_far_below_market", "new_account_burst", "reported_by_user"} <= set(labels)
    reported = [x for x in dataset.listings if x.queue_id == "reported"]
    assert all(any(f.label == "reported_by_user" for f in x.server_flags) for x in reported)


def test_hostile_listings_are_present_as_text(dataset):
    titles = [x.title for x in dataset.listings]
    descriptions = [x.description for x in dataset.listings]
    assert any("<script>" in t for t in titles)
    assert any("<img src=" in t for t in titles)
    assert any("\u202e" in t for t in titles)
    assert any(sum(unicodedata.combining(c) > 0 for c in t) > 20 for t in titles), "zalgo text"
    assert max(len(d) for d in descriptions) >= 200_000
    assert not any("\x00" in t for t in titles + descriptions), "PostgreSQL text cannot hold NUL"


# --- images ---------------------------------------------------------------------------------------------------


def test_every_image_decodes_and_matches_its_mime_type(dataset):
    formats = Counter()
    for listing in dataset.listings:
        assert len(listing.images) <= 4
        if listing.category != "jobs":
            assert len(listing.images) >= 1, listing.id
        for image in listing.images:
            with Image.open(io.BytesIO(image.data)) as decoded:
                decoded.load()
                assert decoded.format == {"image/jpeg": "JPEG", "image/png": "PNG"}[image.mime]
                formats[decoded.format] += 1
    assert formats["JPEG"] > 300 and formats["PNG"] >= 1


def test_pictures_are_not_blank_except_the_deliberately_poor_ones(dataset):
    poor = {x.id for x in dataset.listings if "poor_photo" in x.planted}
    checked = 0
    for listing in dataset.listings[::7]:
        if listing.id in poor or not listing.images:
            continue
        with Image.open(io.BytesIO(listing.images[0].data)) as decoded:
            assert decoded.width >= 300 and decoded.height >= 200
            assert max(ImageStat.Stat(decoded.convert("L")).stddev) > 6  # blank ones sit below 3
        checked += 1
    assert checked > 30


def test_some_pictures_are_deliberately_poor(dataset):
    kinds = set()
    for listing in (x for x in dataset.listings if "poor_photo" in x.planted):
        with Image.open(io.BytesIO(listing.images[0].data)) as decoded:
            if decoded.width < 100:
                kinds.add("tiny")
            elif ImageStat.Stat(decoded.convert("L")).stddev[0] < 3:
                kinds.add("blank")
            else:
                kinds.add("other")
    assert {"tiny", "blank"} & kinds
    assert len(kinds) >= 2


def test_the_same_photo_is_reused_byte_for_byte_by_several_sellers(image_owners):
    shared = [owners for owners in image_owners.values() if len(owners) >= 2]
    assert len(shared) >= 5
    assert max(len(owners) for owners in shared) >= 3


def test_near_duplicate_photos_match_another_sellers_photo(dataset, image_owners):
    hashes = []  # (phash, sha256, seller)
    for listing in dataset.listings:
        if listing.images:
            data = listing.images[0].data
            with Image.open(io.BytesIO(data)) as decoded:
                hashes.append((imagehash.phash(decoded), hashlib.sha256(data).hexdigest(), listing.seller_id))
    near = [x for x in dataset.listings if "image_near_duplicate" in x.planted]
    assert len(near) >= 3
    matched = 0
    for listing in near:
        data = listing.images[0].data
        with Image.open(io.BytesIO(data)) as decoded:
            mine = imagehash.phash(decoded)
        digest = hashlib.sha256(data).hexdigest()
        # Random pairs of pictures sit around 32 of 64 bits apart; re-uploads within 16.
        if any(
            other_sha != digest and seller != listing.seller_id and mine - other <= 16
            for other, other_sha, seller in hashes
        ):
            matched += 1
    assert matched == len(near)


def test_some_photos_carry_a_phone_number(dataset):
    listings = [x for x in dataset.listings if "phone_in_image" in x.planted]
    assert len(listings) >= 5
    assert all(x.images for x in listings)


# --- policy -------------------------------------------------------------------------------------------------


def test_policy_terms_come_from_the_shipped_policy_file(dataset):
    try:
        path = resource_path("policy", "default_policy.json")
    except FileNotFoundError:
        pytest.skip("resources/ not found")
    if not path.is_file():
        pytest.skip("the text-screening policy file does not exist yet")
    version, terms = load_default_policy()
    assert dataset.policy_version == version and version
    assert dataset.policy_terms == terms
    assert all(isinstance(t["term"], str) and isinstance(t["category"], str) for t in terms)


def test_demo_accounts_are_older_than_their_history_but_one_new_hire(dataset, tmp_path):
    """Seen: every demo moderator counted as "new" (accounts created today, eight weeks of
    history), so all were sampled at the new-moderator rate."""
    from datetime import UTC, datetime, timedelta

    from moderator_app.core.qa_schema import SamplingRule
    from moderator_app.core.schema import Action
    from moderator_app.server.db import Database
    from moderator_app.server.demo.history import DEMO_WEEKS
    from moderator_app.server.migrate import upgrade
    from moderator_app.server.qa.sampling import ModeratorStatus, sampling_rate
    from moderator_app.server.seed import seed_dataset
    from moderator_app.server.tables import users

    db = Database(str(tmp_path / "demo.sqlite3"))
    try:
        upgrade(db)
        seed_dataset(db, dataset)
        with db.read() as conn:
            created = dict(
                conn.execute(users.select().with_only_columns(users.c.username, users.c.created_at)).all()
            )
    finally:
        db.dispose()
    now = datetime.now(UTC)
    rule = SamplingRule(queue_id="new-fr")
    new = {
        name
        for name, at in created.items()
        if name.startswith("moderator")
        and sampling_rate(rule, ModeratorStatus(at, 0, 0), Action.approve, now)[1] == "new_moderator"
    }
    assert new == {"moderator6"}
    history_start = now - timedelta(weeks=DEMO_WEEKS)
    assert all(created[f"moderator{n}"] < history_start for n in range(1, 6))
