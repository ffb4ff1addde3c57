"""The DSA queues and the leads' DSA settings (kept in ``server_settings``)."""

from __future__ import annotations

import json
import logging

from sqlalchemy import Connection, insert, select

from moderator_app.core.dsa_schema import APPEALS_QUEUE, DsaSettings
from moderator_app.server import tables as t
from moderator_app.server.settings_store import get_value, put_value

log = logging.getLogger(__name__)

NOTICE_QUEUE = "reported"  # notices from users and authorities' other notifications
PRIORITY_QUEUE = "priority-notices"  # the trusted flaggers' lane (Art. 22) and authorities
PRIORITY_BOOST = 100  # a trusted flagger's notice lifts an item this far up its queue

# (id, name, SLA seconds, allowed actions): created on first use when a deployment's data lacks them.
_QUEUE_DEFAULTS = {
    NOTICE_QUEUE: ("Reported", 4 * 3600, ("approve", "reject", "escalate")),
    PRIORITY_QUEUE: ("Priority notices", 3600, ("approve", "reject", "escalate")),
    # Appeals are decided with POST /v1/appeals/{id}/outcome, never with a decision.
    APPEALS_QUEUE: ("Appeals", 48 * 3600, ()),
}
_SETTINGS_KEY = "dsa.settings"


def ensure_queue(conn: Connection, queue_id: str) -> None:
    """Create one of the DSA queues if this database has none by that id (all reason codes, and
    escalation to "escalations" when that queue exists)."""
    if conn.execute(select(t.queues.c.id).where(t.queues.c.id == queue_id)).first() is not None:
        return
    name, sla, actions = _QUEUE_DEFAULTS[queue_id]
    codes = sorted(conn.execute(select(t.reason_codes.c.code)).scalars()) if actions else []
    has_escalations = conn.execute(select(t.queues.c.id).where(t.queues.c.id == "escalations")).first()
    targets = ["escalations"] if actions and has_escalations else []
    conn.execute(
        insert(t.queues).values(
            id=queue_id,
            name=name,
            sla_seconds=sla,
            allowed_actions=json.dumps(list(actions)),
            reason_codes=json.dumps(codes),
            escalation_targets=json.dumps(targets),
        )
    )
    log.info("created the %s queue %r", name, queue_id)


def queue_sla_seconds(conn: Connection, queue_id: str) -> int:
    sla = conn.execute(select(t.queues.c.sla_seconds).where(t.queues.c.id == queue_id)).scalar()
    return int(sla) if sla is not None else _QUEUE_DEFAULTS[queue_id][1]


def load_settings(conn: Connection) -> DsaSettings:
    raw = get_value(conn, _SETTINGS_KEY)
    return DsaSettings.model_validate_json(raw) if raw else DsaSettings()


def save_settings(conn: Connection, settings: DsaSettings) -> None:
    put_value(conn, _SETTINGS_KEY, settings.model_dump_json())
