"""Checked by the type checker, not run by pytest: the Workstation and the view tests' stand-in both
implement the facades the screens use (sync.facade). If either drifts from it, `make test` fails."""

from __future__ import annotations

from sample_items import StandInWorkstation

from moderator_app.sync.facade import DeskFacade, ReviewFacade
from moderator_app.sync.review_desk import DeskBackend
from moderator_app.sync.workstation import Workstation


def the_workstation_is_the_desk_facade(workstation: Workstation) -> DeskFacade:
    return workstation


def the_workstation_backs_the_review_desk(workstation: Workstation) -> DeskBackend:
    return workstation


def the_stand_in_is_the_review_facade(stand_in: StandInWorkstation) -> ReviewFacade:
    return stand_in


def the_stand_in_backs_the_review_desk(stand_in: StandInWorkstation) -> DeskBackend:
    return stand_in
