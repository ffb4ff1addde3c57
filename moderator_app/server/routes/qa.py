"""Quality-assurance routes (qa); see core.qa_schema for the wire shapes."""

from __future__ import annotations

import logging

from fastapi import APIRouter

log = logging.getLogger(__name__)
router = APIRouter(tags=["qa"])
