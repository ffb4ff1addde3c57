"""The OpenAPI document as the API really answers: errors are problem documents, and every status
an operation can give is declared.

FastAPI documents errors as ``application/json`` and adds its own validation-error schema; the API
answers every error as ``application/problem+json`` (RFC 9457, ``Problem``). This rewrites the
generated document once:

- every 4xx/5xx response is a ``Problem`` in ``application/problem+json``;
- an operation that takes a JSON body may answer 400 (malformed JSON), 413 (body too large) and
  422; one with parameters may answer 422; one behind sign-in may answer 401;
- the bearer-token scheme is declared, and sign-in is the one operation without it.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from moderator_app.server.problems import PROBLEM_MEDIA_TYPE

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
_PUBLIC = {("post", "/v1/auth/token")}
_FASTAPI_ERRORS = ("HTTPValidationError", "ValidationError")


def _problem(status: int, description: str | None = None) -> dict[str, Any]:
    return {
        "description": description or HTTPStatus(status).phrase,
        "content": {PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_REF}},
    }


def _has_json_body(operation: dict) -> bool:
    return "application/json" in operation.get("requestBody", {}).get("content", {})


def rewrite(schema: dict[str, Any]) -> dict[str, Any]:
    """Apply the rules of the module docstring to a generated document (in place; returned)."""
    for path, methods in schema.get("paths", {}).items():
        for method, operation in methods.items():
            responses = operation.setdefault("responses", {})
            for status in list(responses):
                if status.isdigit() and int(status) >= 400:
                    responses[status] = _problem(int(status), responses[status].get("description"))
            if (method, path) in _PUBLIC:
                operation["security"] = []
            else:
                responses.setdefault("401", _problem(401))
            if operation.get("parameters") or "requestBody" in operation:
                responses.setdefault("422", _problem(422))
            if "requestBody" in operation:
                responses.setdefault("413", _problem(413, "The request body is larger than the server accepts"))
            if _has_json_body(operation):
                responses.setdefault("400", _problem(400, "The body is not well-formed JSON"))
    components = schema.setdefault("components", {})
    for name in _FASTAPI_ERRORS:
        components.get("schemas", {}).pop(name, None)
    components["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
    schema["security"] = [{"bearer": []}]
    return schema


def install_openapi(app: FastAPI) -> None:
    """Serve the rewritten document at /openapi.json (built once, on first request)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = rewrite(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    description=app.description,
                    routes=app.routes,
                )
            )
        return app.openapi_schema

    app.openapi = openapi
