"""The lead's wellness screens without Qt: the team exposure table, and the settings form's rules.

- ``exposure_table``: one row per person from ``GET /v1/wellness/exposure``: figures only (the
  server never sends a photo, and this table has no column that could hold one).
- ``WellnessForm``: what the settings dialog edits, checked before anything is sent, with errors
  a lead can act on; the bounds come from core.wellness_schema.WellnessSettings (one definition
  for the dialog, the client and the server).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from pydantic.fields import FieldInfo

from moderator_app.core import wellness_schema as wellness
from moderator_app.core.i18n import translate_noop
from moderator_app.net.api_client import ApiClient
from moderator_app.sync.qa_tables import BOOL, CONTEXT, DATETIME, INT, LABEL, PERCENT, RATE, Column, Table

_H = translate_noop  # lupdate sees translate_noop through the alias list

# The level values shown in LABEL cells (translated in context CONTEXT by the table model).
LEVEL_LABELS = (
    translate_noop("QaTables", "ok"),
    translate_noop("QaTables", "reminder"),
    translate_noop("QaTables", "reached"),
)

FORM_CONTEXT = "WellnessForm"  # the translation context of the form's errors


def exposure_table(rows: Sequence[wellness.ModeratorExposure]) -> Table:
    """One row per person: this shift and today against the budgets, the break clock, routing."""
    table = Table([
        Column("moderator", _H(CONTEXT, "Moderator")),
        Column("display_name", _H(CONTEXT, "Name")),
        Column("team", _H(CONTEXT, "Team")),
        Column("level", _H(CONTEXT, "Status"), LABEL),
        Column("routed", _H(CONTEXT, "Routed"), BOOL),
        Column("shift_minutes", _H(CONTEXT, "Shift: sensitive min"), RATE),
        Column("shift_photos", _H(CONTEXT, "Shift: photos"), INT),
        Column("shift_share", _H(CONTEXT, "Shift: of budget"), PERCENT),
        Column("day_minutes", _H(CONTEXT, "Today: sensitive min"), RATE),
        Column("day_photos", _H(CONTEXT, "Today: photos"), INT),
        Column("day_share", _H(CONTEXT, "Today: of budget"), PERCENT),
        Column("since_break", _H(CONTEXT, "Min since break"), RATE),
        Column("break_due", _H(CONTEXT, "Break due"), BOOL),
        Column("last_active", _H(CONTEXT, "Last active (UTC)"), DATETIME),
    ])
    for r in rows:
        shift = r.shift
        table.add(
            [r.username, r.display_name, r.team_id, r.level.value, r.routed,
             shift.sensitive_minutes if shift else None, shift.sensitive_photos if shift else None,
             shift.share if shift else None, r.day.sensitive_minutes, r.day.sensitive_photos, r.day.share,
             r.minutes_since_break, r.break_due, r.last_active_at],
            None,
            r,
        )
    return table


def team_summary(rows: Sequence[wellness.ModeratorExposure]) -> tuple[int, int, int]:
    """(people at work in a shift, reminded or at a budget, routed)."""
    working = sum(1 for r in rows if r.shift is not None)
    flagged = sum(1 for r in rows if r.level != wellness.Level.ok)
    routed = sum(1 for r in rows if r.routed)
    return working, flagged, routed


# --- the settings form ------------------------------------------------------------------------


def bounds(field: str) -> tuple[int, int]:
    """The (minimum, maximum) WellnessSettings accepts for an integer field."""
    info: FieldInfo = wellness.WellnessSettings.model_fields[field]
    low, high = 0, 0
    for meta in info.metadata:
        low = getattr(meta, "ge", low) if getattr(meta, "ge", None) is not None else low
        high = getattr(meta, "le", high) if getattr(meta, "le", None) is not None else high
    return int(low), int(high)


BUDGET_FIELDS = ("shift_budget_minutes", "day_budget_minutes", "shift_budget_photos", "day_budget_photos")


@dataclass(frozen=True)
class FormError:
    """An error for a field of the form (``field`` None: the whole form); ``text`` is English
    source text in context FORM_CONTEXT, ``args`` fill its %1, %2."""

    field: str | None
    text: str
    args: tuple[str, ...] = ()


MSG_SHIFT_OVER_DAY = translate_noop(
    "WellnessForm", "The budget per shift (%1) is larger than the budget per day (%2): the day budget would "
    "always be reached first."
)
MSG_BREAK_OVER_INTERVAL = translate_noop(
    "WellnessForm", "A break (%1 min) must be shorter than the interval between breaks (%2 min)."
)
MSG_ZONE = translate_noop("WellnessForm", "Unknown time zone: %1. Use a name such as Europe/Paris or UTC.")
MSG_INVALID = translate_noop("WellnessForm", "%1: %2")


def check_settings(values: dict[str, Any]) -> tuple[wellness.WellnessSettings | None, list[FormError]]:
    """The settings the form's ``values`` describe, or the errors that stop them being saved."""
    errors: list[FormError] = []
    for unit in ("minutes", "photos"):
        shift, day = values.get(f"shift_budget_{unit}"), values.get(f"day_budget_{unit}")
        if shift is not None and day is not None and shift > day:
            errors.append(FormError(f"shift_budget_{unit}", MSG_SHIFT_OVER_DAY, (str(shift), str(day))))
    interval, pause = values.get("break_interval_minutes"), values.get("break_minutes")
    if interval is not None and pause is not None and pause >= interval:
        errors.append(FormError("break_minutes", MSG_BREAK_OVER_INTERVAL, (str(pause), str(interval))))
    try:
        settings = wellness.WellnessSettings.model_validate(values)
    except ValidationError as exc:
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else None
            if field == "timezone":
                errors.append(FormError(field, MSG_ZONE, (str(values.get("timezone", "")),)))
            else:
                errors.append(FormError(field, MSG_INVALID, (field or "", str(error["msg"]))))
        return None, errors
    return (None, errors) if errors else (settings, [])


@dataclass(frozen=True)
class WellnessDesk:
    """The lead's wellness calls over the signed-in session's API client (any thread)."""

    api: Callable[[], ApiClient]

    def team_exposure(self, team_id: str | None = None) -> wellness.TeamExposure:
        return self.api().team_exposure(team_id)

    def teams(self) -> list[wellness.Team]:
        return self.api().teams()

    def save(self, team_id: str, settings: wellness.WellnessSettings) -> wellness.Team:
        return self.api().save_team_wellness(team_id, settings)
