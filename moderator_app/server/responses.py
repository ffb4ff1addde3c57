"""JSON responses built straight from a pydantic model."""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import Response
from pydantic import BaseModel


def model_response(model: BaseModel, headers: Mapping[str, str] | None = None) -> Response:
    """``model`` as a 200 JSON response, serialised once.

    Returning the model itself makes FastAPI validate it again against the route's
    ``response_model`` (the same class) before encoding it: a cost the hot routes (claim, decide)
    paid on every request for nothing. The route keeps ``response_model`` for the OpenAPI document.
    """
    return Response(content=model.model_dump_json(), media_type="application/json", headers=headers)
