"""RFC 9457 problem details: every error the API returns has this one JSON shape."""

from __future__ import annotations

import logging
import re
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from moderator_app.core.schema import Problem

log = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
_MAX_LISTED_ERRORS = 20
INTERNAL_ERROR_DETAIL = "Internal server error; the server log has details."


class ApiError(Exception):
    """An expected failure, turned into a problem response.

    ``code`` is the machine-readable reason clients branch on (e.g. ``lease_expired``).
    """

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        code: str | None = None,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.code = code
        self.errors = errors or []
        self.headers = headers


def unauthorized(detail: str = "Missing or invalid bearer token.") -> ApiError:
    return ApiError(401, detail, code="unauthorized", headers={"WWW-Authenticate": "Bearer"})


def forbidden(detail: str, code: str = "forbidden") -> ApiError:
    return ApiError(403, detail, code=code)


def not_found(detail: str) -> ApiError:
    return ApiError(404, detail, code="not_found")


def conflict(detail: str, code: str) -> ApiError:
    return ApiError(409, detail, code=code)


def invalid(detail: str, loc: str, code: str = "invalid") -> ApiError:
    """A 422 about one field, named in ``errors`` as well as in the detail."""
    return ApiError(422, detail, code=code, errors=[{"loc": loc, "msg": detail}])


def problem_response(
    request: Request,
    status: int,
    detail: str,
    *,
    code: str | None = None,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = problem_document(status, detail, request.url.path, code=code, errors=errors)
    return JSONResponse(
        body.model_dump(mode="json"), status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE
    )


def problem_document(
    status: int,
    detail: str,
    instance: str,
    *,
    code: str | None = None,
    errors: list[dict[str, str]] | None = None,
) -> Problem:
    """The problem body for ``status`` on the request path ``instance``."""
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    return Problem(
        title=title, status=status, detail=detail, instance=instance, errors=errors or [], code=code
    )


def _loc(parts: tuple) -> str:
    return ".".join(str(p) for p in parts)


MALFORMED_DETAIL = "The request body is not well-formed JSON (or not UTF-8)."


def _malformed_problem(request: Request) -> JSONResponse:
    return problem_response(request, 400, MALFORMED_DETAIL, code="malformed_body")


def _validation_problem(request: Request, exc: RequestValidationError) -> JSONResponse:
    raw = exc.errors()
    if any(e.get("type") == "json_invalid" for e in raw):
        return _malformed_problem(request)
    # Never echo the input back: it may be huge or hostile. The field and the rule are enough.
    errors = [{"loc": _loc(e.get("loc", ())), "msg": e.get("msg", "invalid")} for e in raw]
    listed = "; ".join(f"{e['loc']}: {e['msg']}" for e in errors[:3])
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    return problem_response(
        request,
        422,
        f"Invalid request: {listed}{more}",
        code="validation_error",
        errors=errors[:_MAX_LISTED_ERRORS],
    )


def install_problem_handlers(app: FastAPI) -> None:
    """Route every error (ours, validation, routing, crashes) through the problem shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return problem_response(
            request, exc.status, exc.detail, code=exc.code, errors=exc.errors, headers=exc.headers
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _validation_problem(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        headers = dict(getattr(exc, "headers", None) or {})
        code = None
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"No such endpoint: {request.method} {request.url.path}"
        elif exc.status_code == 405:
            allowed = allowed_methods(request)
            headers["Allow"] = ", ".join(allowed)
            detail = f"{request.method} is not allowed on {request.url.path}; use {', '.join(allowed)}."
            code = "method_not_allowed"
        elif exc.status_code == 400:  # FastAPI could not read the body it was given
            return _malformed_problem(request)
        return problem_response(request, exc.status_code, detail, code=code, headers=headers or None)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(request, 500, INTERNAL_ERROR_DETAIL, code="internal")


def allowed_methods(request: Request) -> list[str]:
    """Every method some operation serves on this path (Starlette's own 405 names one route's
    only). Read from the OpenAPI document, the one list of operations; GET implies HEAD."""
    methods: set[str] = set()
    for pattern, served in _operations(request.app):
        if pattern.fullmatch(request.url.path):
            methods.update(served)
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


def _operations(app: FastAPI) -> list[tuple[re.Pattern[str], set[str]]]:
    cached = getattr(app.state, "operation_patterns", None)
    if cached is None:
        cached = [
            (re.compile(re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(path))), {m.upper() for m in methods})
            for path, methods in app.openapi().get("paths", {}).items()
        ]
        app.state.operation_patterns = cached
    return cached


async def send_problem(
    send,
    path: str,
    status: int,
    detail: str,
    code: str | None,
    *,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    """Send a problem document straight to an ASGI ``send`` (for middleware that answers before,
    or instead of, the FastAPI routes). Other middleware around it adds the security headers."""
    body = problem_document(status, detail, path, code=code, errors=errors).model_dump_json().encode("utf-8")
    extra = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()]
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-length", str(len(body)).encode()),
                (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                *extra,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def problem_responses(*statuses: int) -> dict[int | str, dict]:
    """OpenAPI declarations of the problem responses a route can give."""
    return {status: {"model": Problem, "description": HTTPStatus(status).phrase} for status in statuses}
