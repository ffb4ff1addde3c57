"""Each reason code's DSA mapping: category, keywords, terms-of-service clause, legal ground.

Where a mapping comes from, first match wins:
1. an admin's mapping for the code (table ``reason_code_dsa``);
2. the shipped policy's mapping (``reason_codes`` in resources/policy/default_policy.json), when
   it agrees with the server's reason code on the category;
3. a mapping derived from the reason code row itself (its category, migrated to the current
   schema; a reason marked illegal without a legal ground is stated as a terms-of-service
   breach that is also illegal, since the statement must name the law it relies on).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Connection, select

from moderator_app.assets import resource_path
from moderator_app.core.dsa_schema import ReasonCodeDsa
from moderator_app.core.dsa_vocabulary import GROUND_ILLEGAL, GROUND_INCOMPATIBLE, migrate_category
from moderator_app.server import tables as t

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReasonMapping:
    code: str
    label: str
    dsa: ReasonCodeDsa
    illegal_without_ground: bool = False  # marked illegal, but no law configured (see module doc)


@lru_cache(maxsize=1)
def shipped_mappings() -> dict[str, tuple[str, ReasonCodeDsa]]:
    """code -> (label, mapping) from the shipped policy file."""
    document = json.loads(resource_path("policy", "default_policy.json").read_text(encoding="utf-8"))
    result = {}
    for entry in document.get("reason_codes", []):
        fields = {k: v for k, v in entry.items() if k not in ("code", "label")}
        result[entry["code"]] = (entry["label"], ReasonCodeDsa.model_validate(fields))
    return result


def _derived(code: str, label: str, category: str, ground: str) -> ReasonMapping:
    current, keyword = migrate_category(category)
    illegal = ground == GROUND_ILLEGAL
    return ReasonMapping(
        code,
        label,
        ReasonCodeDsa(
            statement_category=current,
            decision_ground=GROUND_INCOMPATIBLE,
            category_specification=[keyword] if keyword else [],
            tos_clause=f"Terms of service: {label}"[:500],
        ),
        illegal_without_ground=illegal,
    )


def mappings(conn: Connection, codes: list[str] | None = None) -> dict[str, ReasonMapping]:
    """The mapping of every reason code (or of ``codes``) the server knows."""
    query = select(t.reason_codes)
    overrides_query = select(t.reason_code_dsa)
    if codes is not None:
        query = query.where(t.reason_codes.c.code.in_(codes))
        overrides_query = overrides_query.where(t.reason_code_dsa.c.code.in_(codes))
    overrides = {row.code: row.mapping for row in conn.execute(overrides_query)}
    shipped = shipped_mappings()
    result = {}
    for row in conn.execute(query):
        if row.code in overrides:
            result[row.code] = ReasonMapping(
                row.code, row.label, ReasonCodeDsa.model_validate_json(overrides[row.code])
            )
            continue
        default = shipped.get(row.code)
        category, _ = migrate_category(row.statement_category)
        if default is not None and default[1].statement_category == category:
            result[row.code] = ReasonMapping(row.code, row.label, default[1])
        else:
            result[row.code] = _derived(row.code, row.label, row.statement_category, row.decision_ground)
    return result


def dsa_policy_fields(mapping: ReasonMapping | None) -> dict:
    """The DSA fields a reason code shows in the published policy."""
    if mapping is None:
        return {}
    return {
        "category_specification": mapping.dsa.category_specification,
        "tos_clause": mapping.dsa.tos_clause,
        "legal_ground": mapping.dsa.legal_ground,
        "reference_url": mapping.dsa.reference_url,
        "content_types": mapping.dsa.content_types,
        "flag_kinds": mapping.dsa.flag_kinds,
        "term_categories": mapping.dsa.term_categories,
    }
