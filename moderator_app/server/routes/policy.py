"""The moderation policy: banned terms and reason codes, versioned, with ETag / If-None-Match."""

from __future__ import annotations

import hashlib
import json
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy import Connection, select

from moderator_app.core.schema import FlagTarget, Policy, PolicyTerm, ReasonCode
from moderator_app.server import tables as t
from moderator_app.server.audit import canonical_json
from moderator_app.server.auth import Principal, current_user
from moderator_app.server.context import Ctx
from moderator_app.server.dsa.reasons import dsa_policy_fields
from moderator_app.server.dsa.reasons import mappings as reason_mappings
from moderator_app.server.problems import problem_responses
from moderator_app.server.responses import model_response
from moderator_app.server.validators import if_none_match_hits

router = APIRouter(tags=["policy"])


def current_flag_targets(conn: Connection) -> list[FlagTarget]:
    """What each flag predicts, in the newest policy version ([] before any policy)."""
    targets = conn.execute(
        select(t.policies.c.flag_targets).order_by(t.policies.c.id.desc()).limit(1)
    ).scalar_one_or_none()
    return [FlagTarget.model_validate(target) for target in targets or []]


def current_policy(conn: Connection) -> Policy:
    row = conn.execute(select(t.policies).order_by(t.policies.c.id.desc()).limit(1)).first()
    codes = conn.execute(select(t.reason_codes).order_by(t.reason_codes.c.code)).all()
    dsa = reason_mappings(conn)
    return Policy(
        version=row.version if row else "0",
        terms=[PolicyTerm.model_validate(term) for term in json.loads(row.terms)] if row else [],
        reason_codes=[
            ReasonCode(
                code=c.code,
                label=c.label,
                statement_category=c.statement_category,
                decision_ground=c.decision_ground,
                **dsa_policy_fields(dsa.get(c.code)),
            )
            for c in codes
        ],
        flag_targets=[FlagTarget.model_validate(target) for target in row.flag_targets] if row else [],
    )


def policy_etag(policy: Policy) -> str:
    """A strong ETag: the digest of the policy's canonical JSON."""
    digest = hashlib.sha256(canonical_json(policy.model_dump(mode="json")).encode("utf-8")).hexdigest()
    return f'"{digest[:40]}"'


@router.get(
    "/policy",
    response_model=Policy,
    responses={
        304: {"description": "Not modified (If-None-Match matched the ETag)"},
        **problem_responses(401),
    },
)
def get_policy(request: Request, _user: Annotated[Principal, Depends(current_user)], ctx: Ctx) -> Response:
    """The current policy. Send the last ETag in If-None-Match to get 304 when nothing changed."""
    with ctx.db.read() as conn:
        policy = current_policy(conn)
    etag = policy_etag(policy)
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if if_none_match_hits(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    return model_response(policy, headers)
