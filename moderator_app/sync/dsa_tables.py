"""The lead's DSA figures without Qt: appeal and reversal rates per group, the notifiers flagged
for manifestly unfounded notices (Art. 23), and the call that fetches them with the DSA settings.

Tables are `qa_tables.Table`s (raw values under typed columns), headed in the QA tables'
translation context, so the lead dashboard shows, sorts and exports them like its other tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from moderator_app.core import dsa_schema as dsa
from moderator_app.core.i18n import translate_noop
from moderator_app.net.api_client import ApiClient
from moderator_app.sync.qa_desk import DashboardQuery, QaDesk
from moderator_app.sync.qa_tables import (
    CONTEXT,
    DATETIME,
    ERROR_RATE_GROUPS,
    INT,
    LABEL,
    PERCENT,
    Column,
    Table,
)

_H = translate_noop  # lupdate reads these through packaging/update_translations.py

NOTIFIER_KINDS = (
    translate_noop(CONTEXT, "user"),
    translate_noop(CONTEXT, "trusted_flagger"),
    translate_noop(CONTEXT, "authority"),
)


@dataclass
class AppealFigures:
    """What the Appeals tab shows for one query: rates per group, the settings, flagged notifiers
    (None when the role may not see notifiers)."""

    query: DashboardQuery
    group_by: str
    rates: list[dsa.AppealRateRow]
    settings: dsa.DsaSettings
    notifiers: list[dsa.NotifierRecord] | None


def load_appeal_figures(desk: QaDesk, query: DashboardQuery, group_by: str, lead: bool) -> AppealFigures:
    """Fetch the Appeals tab's figures (background thread)."""
    api: ApiClient = desk.api
    rates = api.appeal_rates(query.date_from, query.date_to, group_by, **query.params())
    settings = api.dsa_settings()
    notifiers = api.notifiers(flagged=True, limit=200).notifiers if lead else None
    return AppealFigures(query, group_by, rates, settings, notifiers)


def set_reversal_counts_as_error(desk: QaDesk, value: bool) -> dsa.DsaSettings:
    """Change the lead's setting, keeping the others as the server has them."""
    api: ApiClient = desk.api
    current = api.dsa_settings()
    return api.put_dsa_settings(current.model_copy(update={"reversal_counts_as_error": value}))


def suspend_notifier(desk: QaDesk, notifier_id: int, days: int, reason: str) -> None:
    api: ApiClient = desk.api
    api.suspend_notifier(notifier_id, dsa.NotifierSuspension(days=days, reason=reason))


def lift_suspension(desk: QaDesk, notifier_id: int) -> None:
    api: ApiClient = desk.api
    api.lift_suspension(notifier_id)


def appeal_rate_table(rows: Sequence[dsa.AppealRateRow], group_by: str) -> Table:
    """Per group: decisions, appeals filed against them, decided appeals, reversals and the
    reversal rate with its 95% interval (few decided appeals make a wide interval)."""
    labels = dict(ERROR_RATE_GROUPS)
    if group_by not in labels:
        raise ValueError(f"unknown appeal grouping: {group_by!r}")
    table = Table([
        Column("group", labels[group_by]),
        Column("decisions", _H(CONTEXT, "Decisions"), INT),
        Column("appeals", _H(CONTEXT, "Appeals"), INT),
        Column("appeal_rate", _H(CONTEXT, "Appeal rate"), PERCENT),
        Column("decided_appeals", _H(CONTEXT, "Appeals decided"), INT),
        Column("reversals", _H(CONTEXT, "Reversals"), INT),
        Column("reversal_rate", _H(CONTEXT, "Reversal rate"), PERCENT),
        Column("ci_low", _H(CONTEXT, "95% low"), PERCENT),
        Column("ci_high", _H(CONTEXT, "95% high"), PERCENT),
    ])  # fmt: skip
    for r in rows:
        table.add(
            [r.group, r.decisions, r.appeals, r.appeal_rate, r.decided_appeals, r.reversals, r.reversal_rate,
             r.ci_low, r.ci_high],
            payload=r,
        )  # fmt: skip
    return table


def notifier_table(records: Sequence[dsa.NotifierRecord]) -> Table:
    """Notifiers with their track record, most manifestly unfounded notices first (as the server
    orders them). Leads see who they are: they decide on a warning or a suspension."""
    table = Table([
        Column("kind", _H(CONTEXT, "Notifier"), LABEL),
        Column("who", _H(CONTEXT, "Name or e-mail")),
        Column("notices", _H(CONTEXT, "Notices"), INT),
        Column("decided", _H(CONTEXT, "Decided"), INT),
        Column("upheld_share", _H(CONTEXT, "Upheld"), PERCENT),
        Column("unfounded", _H(CONTEXT, "Manifestly unfounded"), INT),
        Column("last_notice_at", _H(CONTEXT, "Last notice (UTC)"), DATETIME),
        Column("suspended_until", _H(CONTEXT, "Suspended until (UTC)"), DATETIME),
    ])  # fmt: skip
    for n in records:
        names = [n.name, f"<{n.email}>" if n.email else None, n.flagger_id]
        who = " ".join(part for part in names if part) or f"#{n.notifier_id}"
        table.add(
            [n.kind, who, n.notices, n.decided, n.upheld_share, n.manifestly_unfounded, n.last_notice_at,
             n.suspended_until],
            payload=n,
        )  # fmt: skip
    return table
