"""The cluster settings (``core.cluster_schema.ClusterSettings``), kept in ``server_settings``."""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection

from moderator_app.core.cluster_schema import ClusterSettings
from moderator_app.server.settings_store import get_value, put_value

SETTINGS_KEY = "clusters.settings"
# What changes the clusters themselves (the role limits only change who may decide them).
_BUILD_FIELDS = ("group_single_seller", "max_key_sellers", "photo_max_distance", "text_similarity")


def load_settings(conn: Connection) -> ClusterSettings:
    raw = get_value(conn, SETTINGS_KEY)
    return ClusterSettings.model_validate_json(raw) if raw else ClusterSettings()


def save_settings(conn: Connection, settings: ClusterSettings) -> None:
    put_value(conn, SETTINGS_KEY, settings.model_dump_json())


def settings_digest(settings: ClusterSettings) -> str:
    """Changes when a setting that shapes the clusters changes (a rebuild is then due)."""
    text = settings.model_dump_json(include=set(_BUILD_FIELDS))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
